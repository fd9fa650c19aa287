// Finds backend plugins: static plugins linked into the executable, and shared-library plugins in the
// application's plugin folders. A plugin whose IID names another interface version is listed with the reason.
#pragma once

#include "policybackend.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QPluginLoader;

namespace ipsec {

struct BackendEntry {
    BackendInfo info;
    QString file;      // empty for a static plugin
    QString loadError; // why it could not be loaded (wrong interface version, broken file)
    PolicyBackendFactory *factory = nullptr; // lives in its plugin loader, which the registry owns

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
    // The loaders of the shared-library plugins whose factories m_entries point into. Shared: a copy of the
    // registry keeps them too. Destroying a loader does not unload its library, so a backend created from a
    // factory stays usable after the registry is gone.
    QList<std::shared_ptr<QPluginLoader>> m_loaders;
};

} // namespace ipsec
