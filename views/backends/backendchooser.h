// Choosing a backend and the store it addresses: every backend of the registry with its availability (and why
// not), local or domain store, and the settings the backends read (windows-netsh: netsh path and data folder;
// dry-run: a state file). Shared by Tools → Apply… and Tools → Read from backend….
#pragma once

#include "backends/backendregistry.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ipsec {

class BackendChooser : public QWidget {
    Q_OBJECT
public:
    explicit BackendChooser(QWidget *parent = nullptr);

    QString backendId() const;
    bool selectBackend(const QString &id);
    QStringList backendIds() const;
    // The availability the chosen backend reports with the current settings.
    Availability availability() const;
    BackendTarget target() const;
    void setTarget(const BackendTarget &target);
    QVariantMap settings() const;
    // A configured instance of the chosen backend, or null with the reason.
    std::unique_ptr<PolicyBackend> createBackend(QString *error = nullptr) const;

signals:
    void changed();

private:
    void refresh();
    std::unique_ptr<PolicyBackend> configuredBackend(const QString &id, QString *error) const;

    BackendRegistry m_registry;
    QFormLayout *m_form;
    QComboBox *m_backend;
    QLabel *m_availability;
    QComboBox *m_location;
    QLineEdit *m_domain;
    QLineEdit *m_netsh;
    QLineEdit *m_dataDir;
    QLineEdit *m_stateFile;
};

} // namespace ipsec
