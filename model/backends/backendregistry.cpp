#include "backendregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>

namespace ipsec {

BackendInfo BackendInfo::fromMetaData(const QJsonObject &m)
{
    BackendInfo info;
    info.id = m.value(QStringLiteral("id")).toString();
    info.name = m.value(QStringLiteral("name")).toString();
    info.version = m.value(QStringLiteral("version")).toString();
    for (const auto &v : m.value(QStringLiteral("platforms")).toArray())
        info.platforms << v.toString();
    for (const auto &v : m.value(QStringLiteral("capabilities")).toArray())
        info.capabilities << v.toString();
    return info;
}

BackendRegistry::BackendRegistry(const QStringList &extraFolders)
{
    addStaticPlugins();
    QStringList folders = defaultFolders() + extraFolders;
    folders.removeDuplicates();
    for (const QString &folder : folders)
        addFolder(folder);
}

QStringList BackendRegistry::defaultFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("IPSEC_BACKEND_PATH");
    if (!env.isEmpty())
        folders << env.split(u':', Qt::SkipEmptyParts);
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        folders << app + QStringLiteral("/backends")
                << app + QStringLiteral("/../lib/ipsecdesigner/backends");
    }
    return folders;
}

void BackendRegistry::addStaticPlugins()
{
    const auto plugins = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &plugin : plugins) {
        const QJsonObject meta = plugin.metaData();
        if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(IPSEC_POLICY_BACKEND_IID))
            continue;
        BackendEntry entry;
        entry.info = BackendInfo::fromMetaData(meta.value(QStringLiteral("MetaData")).toObject());
        entry.factory = qobject_cast<PolicyBackendFactory *>(plugin.instance());
        if (!entry.factory)
            entry.loadError = QStringLiteral("the static plugin does not implement the backend interface");
        m_entries << entry;
    }
}

void BackendRegistry::addFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!QLibrary::isLibrary(file.fileName()))
            continue;
        auto loader = std::make_shared<QPluginLoader>(file.absoluteFilePath());
        const QJsonObject meta = loader->metaData();
        const QString iid = meta.value(QStringLiteral("IID")).toString();
        if (!iid.startsWith(QStringLiteral("org.ipsecpolicydesigner.PolicyBackendFactory/"))) {
            continue; // not a backend plugin at all
        }
        BackendEntry entry;
        entry.file = file.absoluteFilePath();
        entry.info = BackendInfo::fromMetaData(meta.value(QStringLiteral("MetaData")).toObject());
        if (find(entry.info.id)) {
            continue; // the first one found wins (static plugins first)
        }
        if (iid != QLatin1String(IPSEC_POLICY_BACKEND_IID)) {
            entry.loadError = QStringLiteral("built for interface %1, this program needs %2")
                                  .arg(iid, QLatin1String(IPSEC_POLICY_BACKEND_IID));
        } else if (QObject *instance = loader->instance()) {
            entry.factory = qobject_cast<PolicyBackendFactory *>(instance);
            m_loaders << loader; // the factory lives in it
            if (!entry.factory)
                entry.loadError = QStringLiteral("the plugin does not implement the backend interface");
        } else {
            entry.loadError = loader->errorString();
        }
        m_entries << entry;
    }
}

const BackendEntry *BackendRegistry::find(const QString &id) const
{
    for (const BackendEntry &e : m_entries)
        if (e.info.id == id)
            return &e;
    return nullptr;
}

std::unique_ptr<PolicyBackend> BackendRegistry::create(const QString &id, QString *error) const
{
    const BackendEntry *entry = find(id);
    if (!entry || !entry->factory) {
        if (error)
            *error = entry ? entry->loadError : QStringLiteral("no backend named '%1'").arg(id);
        return nullptr;
    }
    return entry->factory->create();
}

} // namespace ipsec
