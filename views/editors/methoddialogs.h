// The small dialogs the property pages open for one entry of an ordered list: a security method (with the
// Custom Security Method Settings), an authentication method, an IKE method, and the Key Exchange Settings.
#pragma once

#include "core/types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ipsec {

class IkeMethodsModel;

// "Modify Security Method": Integrity and encryption / Integrity only / Custom, and the custom settings
// (AH integrity, ESP integrity and encryption, session key lifetimes in KB and seconds).
class SecurityMethodDialog : public QDialog {
    Q_OBJECT
public:
    explicit SecurityMethodDialog(const SecurityMethod &method, QWidget *parent = nullptr);
    SecurityMethod method() const;

    static SecurityMethod integrityAndEncryption(); // ESP 3DES / SHA1, Windows' preset
    static SecurityMethod integrityOnly();          // ESP None / SHA1, Windows' preset

private:
    void updateEnabled();

    QRadioButton *m_encryptionPreset;
    QRadioButton *m_integrityPreset;
    QRadioButton *m_custom;
    QGroupBox *m_customBox;
    QCheckBox *m_ah;
    QComboBox *m_ahIntegrity;
    QCheckBox *m_esp;
    QComboBox *m_espIntegrity;
    QComboBox *m_espEncryption;
    QCheckBox *m_limitKilobytes;
    QSpinBox *m_kilobytes;
    QCheckBox *m_limitSeconds;
    QSpinBox *m_seconds;
};

// "Edit Authentication Method Properties": Kerberos, certificate (CA, mapping, exclude CA name), preshared
// key.
class AuthMethodDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuthMethodDialog(const AuthMethod &method, QWidget *parent = nullptr);
    AuthMethod method() const;

private:
    void updateEnabled();

    QRadioButton *m_kerberos;
    QRadioButton *m_certificate;
    QRadioButton *m_psk;
    QLineEdit *m_ca;
    QCheckBox *m_excludeCa;
    QCheckBox *m_mapping;
    QLineEdit *m_key;
};

// "IKE Security Algorithms": integrity, encryption, Diffie-Hellman group.
class IkeMethodDialog : public QDialog {
    Q_OBJECT
public:
    explicit IkeMethodDialog(const IkeMethod &method, QWidget *parent = nullptr);
    IkeMethod method() const;

private:
    QComboBox *m_encryption;
    QComboBox *m_integrity;
    QComboBox *m_dhGroup;
};

// "Key Exchange Settings": master key PFS, lifetime in minutes and sessions, and the ordered IKE methods.
class KeyExchangeDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeyExchangeDialog(const IkeSettings &settings, QWidget *parent = nullptr);
    IkeSettings settings() const;

private:
    IkeSettings m_settings;
    QCheckBox *m_masterPfs;
    QSpinBox *m_minutes;
    QSpinBox *m_sessions;
    IkeMethodsModel *m_methods;
};

// Combo helpers shared by the dialogs and editors: fill with every value, select one, read it back.
template <typename E> void fillCombo(QComboBox *combo, std::initializer_list<E> values);
void selectComboData(QComboBox *combo, int value);

} // namespace ipsec
