// Finds backend plugins: static plugins linked into the executable, and shared-library plugins in the
// application's plugin folders. A plugin whose IID names another interface version is listed with the reason.
#pragma once

#include "policybackend.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace ipsec {

struct BackendEntry {
    BackendInfo info;
    QString file;      // empty for a static plugin
    QString loadError; // why it could not be loaded (wrong interface version, broken file)
    PolicyBackendFactory *factory = nullptr; // owned by Qt's plugin loader

    bool isLoadable() const { return factory != nullptr; }
};

class BackendRegistry {
public:
    // The folders searched: $IPSEC_BACKEND_PATH (colon-separated), <app dir>/backends,
    // <app dir>/../lib/ipsecdesigner/backends, and the given extra folders.
    explicit BackendRegistry(const QStringList &extraFolders = {});

    const QList<BackendEntry> &entries() const { return m_entries; }
    const BackendEntry *find(const QString &id) const;
    // A new, unconfigured instance of the backend, or null with the reason.
    std::unique_ptr<PolicyBackend> create(const QString &id, QString *error = nullptr) const;

    static QStringList defaultFolders();

private:
    void addStaticPlugins();
    void addFolder(const QString &folder);

    QList<BackendEntry> m_entries;
};

} // namespace ipsec
