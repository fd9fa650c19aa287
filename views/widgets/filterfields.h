// The fields of one IP filter, as both the filter editor page and the IP Filter wizard (and its property
// dialog) show them: an address side, the protocol, and the two ports. One widget each, so that the editor
// and the wizards cannot drift apart.
#pragma once

#include "core/types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ipsec {

// "Source address:" / "Destination address:": the kind of address, then the fields that kind needs.
class AddressPicker : public QWidget {
    Q_OBJECT
public:
    // Windows' order of the address drop-down (the range entry exists on Vista and later).
    enum Choice {
        MyAddress,
        AnyAddress,
        DnsName,
        AddressOrSubnet,
        AddressRange,
        DnsServers,
        WinsServers,
        DhcpServer,
        DefaultGateway
    };
    // Which side: it names the widgets ("sourceKind", "destinationAddress", ...) and gives each side its own
    // accelerators, as both sides share the filter editor's Addresses tab.
    enum Side { Source, Destination };

    explicit AddressPicker(Side side, QWidget *parent = nullptr);

    // What the fields say, or nullopt (and why, in *error; the offending field is marked) when the text is
    // not an address of the chosen kind. What the validator reports (an empty host name, a reversed range)
    // passes: the editor commits it and shows the finding.
    std::optional<FilterAddress> value(QString *error = nullptr) const;
    // value(), refusing as well what Windows' wizard does not let through: an empty host name or one with a
    // space, a range that ends before it starts or mixes IP versions.
    std::optional<FilterAddress> completeValue(QString *error = nullptr) const;
    // Leaves a field alone when it already says the same (keeps the user's spelling and cursor).
    void setValue(const FilterAddress &address);

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *addressEdit() const { return m_address; } // "IP address or subnet" / range start
    QLineEdit *rangeEndEdit() const { return m_rangeEnd; }
    QLineEdit *dnsNameEdit() const { return m_dnsName; }

signals:
    // Any change, typed or set; `field` is "address", "rangeEnd", "dnsName", or empty for the kind.
    void changed(const QString &field);

private:
    void updateVisibility();
    void mark(QLineEdit *edit, const QString &why) const;

    Side m_side;
    QComboBox *m_kind;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_rangeEndLabel;
    QLineEdit *m_rangeEnd;
    QLabel *m_dnsNameLabel;
    QLineEdit *m_dnsName;
};

// "Select a protocol type:" with the number box for Other.
class ProtocolPicker : public QWidget {
    Q_OBJECT
public:
    explicit ProtocolPicker(QWidget *parent = nullptr);
    std::uint8_t protocol() const;
    void setProtocol(std::uint8_t protocol);
    bool carriesPorts() const; // TCP and UDP
    QComboBox *combo() const { return m_combo; }
    QSpinBox *numberBox() const { return m_number; }

signals:
    // `field` is "protocol" for the number, empty for the drop-down.
    void changed(const QString &field);

private:
    QComboBox *m_combo;
    QSpinBox *m_number;
};

// "From any port / From this port" and "To any port / To this port", each with an optional range end
// (0 = a single port).
class PortPicker : public QWidget {
    Q_OBJECT
public:
    explicit PortPicker(QWidget *parent = nullptr);
    PortRange sourcePort() const;
    PortRange destinationPort() const;
    void setPorts(const PortRange &source, const PortRange &destination);
    QRadioButton *fromThisPort() const { return m_fromThis; }
    QRadioButton *toThisPort() const { return m_toThis; }
    QSpinBox *fromPortBox() const { return m_fromPort; }
    QSpinBox *toPortBox() const { return m_toPort; }

signals:
    // `field` is "ports" for a number, empty for the choice of any port or this port.
    void changed(const QString &field);

private:
    void updateEnabled();

    QRadioButton *m_fromAny;
    QRadioButton *m_fromThis;
    QSpinBox *m_fromPort;
    QSpinBox *m_fromLast;
    QRadioButton *m_toAny;
    QRadioButton *m_toThis;
    QSpinBox *m_toPort;
    QSpinBox *m_toLast;
};

// The IP protocols of the drop-down, in Windows' order: name and number (-1 for Other).
QList<std::pair<QString, int>> wizardProtocols();

} // namespace ipsec
