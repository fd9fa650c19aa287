// The pieces the Windows wizards and property dialogs share: the address choice of "IP Traffic Source /
// Destination", the protocol and port choices, the authentication method choice, the Custom Security
// Method Settings dialog, and the welcome and completion pages.
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QWidget>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ipsec {

// "Source address:" / "Destination address:" with the fields the chosen kind needs.
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

    explicit AddressPicker(const QString &label, QWidget *parent = nullptr);

    // nullopt while the fields do not describe an address (and why, in *error).
    std::optional<FilterAddress> value(QString *error = nullptr) const;
    void setValue(const FilterAddress &address);

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *addressEdit() const { return m_address; } // "IP address or subnet" / range start
    QLineEdit *rangeEndEdit() const { return m_rangeEnd; }
    QLineEdit *dnsNameEdit() const { return m_dnsName; }

signals:
    void changed();

private:
    void updateVisibility();

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
    QComboBox *combo() const { return m_combo; }
    QSpinBox *numberBox() const { return m_number; }

signals:
    void changed();

private:
    QComboBox *m_combo;
    QSpinBox *m_number;
};

// "From any port / From this port" and "To any port / To this port".
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

private:
    QRadioButton *m_fromAny;
    QRadioButton *m_fromThis;
    QSpinBox *m_fromPort;
    QRadioButton *m_toAny;
    QRadioButton *m_toThis;
    QSpinBox *m_toPort;
};

// The initial authentication method: Kerberos, a certificate from a CA, or a preshared key.
class AuthMethodPicker : public QWidget {
    Q_OBJECT
public:
    explicit AuthMethodPicker(QWidget *parent = nullptr);
    std::optional<AuthMethod> value() const; // nullopt while the CA name or key is missing
    QRadioButton *kerberosButton() const { return m_kerberos; }
    QRadioButton *certificateButton() const { return m_certificate; }
    QRadioButton *presharedKeyButton() const { return m_psk; }
    QLineEdit *certificateAuthorityEdit() const { return m_ca; }
    QLineEdit *presharedKeyEdit() const { return m_key; }

signals:
    void changed();

private:
    QRadioButton *m_kerberos;
    QRadioButton *m_certificate;
    QLineEdit *m_ca;
    QRadioButton *m_psk;
    QLineEdit *m_key;
};

// "Custom Security Method Settings": AH and/or ESP with their algorithms, and the session key lifetimes.
class CustomSecurityMethodDialog : public QDialog {
    Q_OBJECT
public:
    explicit CustomSecurityMethodDialog(QWidget *parent = nullptr);
    SecurityMethod method() const;
    void setMethod(const SecurityMethod &method);
    bool isValid() const; // at least one of AH and ESP, and ESP not [None, None]

    QCheckBox *ahBox() const { return m_ah; }
    QComboBox *ahIntegrityCombo() const { return m_ahIntegrity; }
    QCheckBox *espBox() const { return m_esp; }
    QComboBox *espIntegrityCombo() const { return m_espIntegrity; }
    QComboBox *espEncryptionCombo() const { return m_espEncryption; }
    QCheckBox *kilobytesBox() const { return m_useKb; }
    QSpinBox *kilobytesSpin() const { return m_kb; }
    QCheckBox *secondsBox() const { return m_useSeconds; }
    QSpinBox *secondsSpin() const { return m_seconds; }

private:
    void updateState();

    QCheckBox *m_ah;
    QComboBox *m_ahIntegrity;
    QCheckBox *m_esp;
    QComboBox *m_espIntegrity;
    QComboBox *m_espEncryption;
    QCheckBox *m_useKb;
    QSpinBox *m_kb;
    QCheckBox *m_useSeconds;
    QSpinBox *m_seconds;
    QLabel *m_problem;
};

// "Welcome to the … Wizard" and "Completing the … Wizard" pages.
QWizardPage *makeWelcomePage(const QString &wizardName, const QString &text);
// Registers the field "editProperties" (the "Edit properties" check box, checked by default).
QWizardPage *makeCompletionPage(const QString &wizardName, const QString &text,
                                bool offerEditProperties = true);

// The IP protocols of the wizard's drop-down, in Windows' order: name and number (-1 for Other).
QList<std::pair<QString, int>> wizardProtocols();

} // namespace ipsec
