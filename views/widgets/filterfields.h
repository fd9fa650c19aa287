// The fields of one IP filter, as both the filter editor page and the IP Filter wizard (and its property
// dialog) show them: an address side, the protocol, and the two ports. One widget each, so that the editor
// and the wizards cannot drift apart.
#pragma once

#include "core/types.h"
#include "validation/fieldcheck.h"

#include <QTabWidget>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
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

    // What the fields say, judged by the field checks (validation/fieldcheck.h): a value when the text is an
    // address of the chosen kind, and the problems (a parse error, or an error the value still has, such as
    // a mask that is not contiguous). Marks the fields and shows the first problem under them.
    fieldcheck::Checked<FilterAddress> check() const;
    // The value when the text parses, or nullopt (and why, in *error).
    std::optional<FilterAddress> value(QString *error = nullptr) const;
    // The value only when the field checks find no error: what a wizard's Next and a dialog's OK take.
    std::optional<FilterAddress> completeValue(QString *error = nullptr) const;
    // Leaves a field alone when it already says the same (keeps the user's spelling and cursor), and a field
    // that holds refused text unless `restore` (Esc) asks for the document's value back.
    void setValue(const FilterAddress &address, bool restore = false);
    // The editor's commit semantics: finished() once a field is finished (Enter, focus out, a pause),
    // restoreRequested() on Esc. Without it (the wizards) every keystroke is judged at once.
    void commitWhenFinished();

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *addressEdit() const { return m_address; } // "IP address or subnet" / range start
    QLineEdit *rangeEndEdit() const { return m_rangeEnd; }
    QLineEdit *dnsNameEdit() const { return m_dnsName; }

signals:
    // Any change, typed or set; `field` is "address", "rangeEnd", "dnsName", or empty for the kind.
    void changed(const QString &field);
    // With commitWhenFinished(): a field's text is finished, or the kind was chosen (`field` empty).
    void finished(const QString &field);
    void restoreRequested();

private:
    void updateVisibility();

    Side m_side;
    QComboBox *m_kind;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_rangeEndLabel;
    QLineEdit *m_rangeEnd;
    QLabel *m_dnsNameLabel;
    QLineEdit *m_dnsName;
    QLabel *m_problem;
    bool m_commitWhenFinished = false;
};

// "Select a protocol type:" with the number box for Other.
class ProtocolPicker : public QWidget {
    Q_OBJECT
public:
    explicit ProtocolPicker(QWidget *parent = nullptr);
    std::uint8_t protocol() const;
    // The number box finishes on Enter, focus out or a pause, and leaves Ctrl+Z to the window (the editor).
    void commitWhenFinished();
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
// The port fields are text fields judged by fieldcheck::portRange, so that "70000" stays as typed and says
// why it is refused, where a spin box would silently keep "7000".
class PortPicker : public QWidget {
    Q_OBJECT
public:
    explicit PortPicker(QWidget *parent = nullptr);
    // The ports the fields say (any when "any port" is chosen), with the problems; marks the fields.
    fieldcheck::Checked<PortRange> checkSource() const;
    fieldcheck::Checked<PortRange> checkDestination() const;
    // Both sides free of errors.
    bool isAcceptable() const;
    PortRange sourcePort() const; // the checked value, or any port while the text is refused
    PortRange destinationPort() const;
    // Leaves a field holding refused text alone unless `restore` (Esc).
    void setPorts(const PortRange &source, const PortRange &destination, bool restore = false);
    void commitWhenFinished();
    QRadioButton *fromThisPort() const { return m_fromThis; }
    QRadioButton *toThisPort() const { return m_toThis; }
    QLineEdit *fromPortBox() const { return m_fromPort; }
    QLineEdit *toPortBox() const { return m_toPort; }
    QLineEdit *fromLastBox() const { return m_fromLast; }
    QLineEdit *toLastBox() const { return m_toLast; }

signals:
    // `field` is "sourcePort" or "destinationPort" for a number, empty for the choice of any or this port.
    void changed(const QString &field);
    void finished(const QString &field);
    void restoreRequested();

private:
    void updateEnabled();
    fieldcheck::Checked<PortRange> checkSide(bool source) const;

    QRadioButton *m_fromAny;
    QRadioButton *m_fromThis;
    QLineEdit *m_fromPort;
    QLineEdit *m_fromLast;
    QRadioButton *m_toAny;
    QRadioButton *m_toThis;
    QLineEdit *m_toPort;
    QLineEdit *m_toLast;
    QLabel *m_problem;
};

// The tabs of "IP Filter Properties" as the filter editor page and the IP Filter wizard's property dialog
// show them: Addresses (source, destination, Mirrored), Protocol (with the ports) and Description. The two
// texts that differ between them (the Mirrored check box and the description's label) come from the caller.
class FilterFieldTabs : public QTabWidget {
    Q_OBJECT
public:
    enum Tab : int { AddressesTab, ProtocolTab, DescriptionTab };

    FilterFieldTabs(const QString &mirroredText, const QString &descriptionLabel, QWidget *parent = nullptr);
    AddressPicker *source() const { return m_source; }
    AddressPicker *destination() const { return m_destination; }
    QCheckBox *mirrored() const { return m_mirrored; }
    ProtocolPicker *protocol() const { return m_protocol; }
    PortPicker *ports() const { return m_ports; }
    QPlainTextEdit *description() const { return m_description; }
    // The ports are editable only for a protocol that has them (TCP, UDP); kept so when the protocol
    // changes, and to be called after a filter is loaded.
    void syncPortsWithProtocol();

private:
    AddressPicker *m_source;
    AddressPicker *m_destination;
    QCheckBox *m_mirrored;
    ProtocolPicker *m_protocol;
    PortPicker *m_ports;
    QPlainTextEdit *m_description;
};

// The IP protocols of the drop-down, in Windows' order: name and number (-1 for Other).
QList<std::pair<QString, int>> wizardProtocols();

} // namespace ipsec
