#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <array>

namespace ipsec {
namespace {

struct Entry {
    Settings::Key key;
    const char *path;
    QVariant defaultValue;
};

const std::array<Entry, 10> &table()
{
    static const std::array<Entry, 10> entries{{
        {Settings::Key::RecentFiles, "files/recent", QStringList()},
        {Settings::Key::MaxRecentFiles, "files/maxRecent", 10},
        {Settings::Key::LastDirectory, "files/lastDirectory", QDir::homePath()},
        {Settings::Key::ValidationDelayMs, "validation/delayMs", 300},
        {Settings::Key::PreviewFormat, "preview/format", QStringLiteral("netsh")},
        {Settings::Key::PreviewDomain, "preview/domain", QString()},
        {Settings::Key::MainWindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "window/state", QByteArray()},
        {Settings::Key::AutosaveSeconds, "recovery/autosaveSeconds", 60},
        {Settings::Key::RecoveryDirectory, "recovery/directory", QString()},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table())
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString Settings::path(Key key)
{
    return QString::fromLatin1(entry(key).path);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant v = m_settings->value(QString::fromLatin1(e.path), e.defaultValue);
    // INI files give strings back: convert to the default's type.
    if (e.defaultValue.isValid() && v.metaType() != e.defaultValue.metaType() &&
        v.canConvert(e.defaultValue.metaType()))
        v.convert(e.defaultValue.metaType());
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(path(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(path(key));
}

QStringList Settings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &file)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > value(Key::MaxRecentFiles).toInt())
        files.removeLast();
    setValue(Key::RecentFiles, files);
}

} // namespace ipsec
