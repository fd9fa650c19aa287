// The pieces the Windows wizards and property dialogs share: the authentication method choice, the Custom
// Security Method Settings dialog, and the welcome, name, authentication and completion pages. The address,
// protocol and port choices are the filter editor's too (widgets/filterfields.h).
#pragma once

#include "core/types.h"
#include "widgets/filterfields.h"

#include <QDialog>
#include <QWidget>
#include <QWizard>
#include <QWizardPage>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ipsec {

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

// The "… Name" page: the fields "name" (mandatory; proposed as `baseName`, "baseName (2)", ... whichever is
// free) and "description". A name that `taken` says is taken keeps the page incomplete and shows
// `takenMessage` (with %1 for the name).
class NameDescriptionPage : public QWizardPage {
    Q_OBJECT
public:
    NameDescriptionPage(const QString &title, const QString &subtitle, const QString &baseName,
                        const std::function<bool(const QString &)> &taken, const QString &takenMessage);
    bool isComplete() const override;

private:
    std::function<bool(const QString &)> m_taken;
    QString m_takenMessage;
    QLabel *m_problem;
};

// The "… Authentication Method" page around an AuthMethodPicker: complete once the method is.
class AuthMethodPage : public QWizardPage {
    Q_OBJECT
public:
    AuthMethodPage(const QString &title, const QString &subtitle, AuthMethodPicker *picker);
    bool isComplete() const override;

private:
    AuthMethodPicker *m_picker;
};

// "Welcome to the … Wizard" and "Completing the … Wizard" pages.
QWizardPage *makeWelcomePage(const QString &wizardName, const QString &text);
// Registers the field "editProperties" (the "Edit properties" check box, checked by default).
QWizardPage *makeCompletionPage(const QString &wizardName, const QString &text,
                                bool offerEditProperties = true);
// A wizard run from inside another wizard or dialog: its result goes back to that one, so there is no page to
// open afterwards and "Edit properties" is not offered.
void withoutEditProperties(QWizard &wizard);

} // namespace ipsec
