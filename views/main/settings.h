// The window's settings as one typed table (as KeePassXC's Config does): every key has one path in
// QSettings and one default, so no string key is spelled twice. Tests pass their own QSettings file.
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace ipsec {

class Settings {
public:
    enum class Key {
        RecentFiles,        // QStringList, newest first
        MaxRecentFiles,     // int
        LastDirectory,      // QString: where the last file dialog was
        ValidationDelayMs,  // int: how long typing pauses before validation runs
        PreviewFormat,      // QString: the export form the script preview shows ("netsh")
        PreviewDomain,      // QString: domain for the preview's domain store
        MainWindowGeometry, // QByteArray
        MainWindowState,    // QByteArray
        AutosaveSeconds,    // int: how often a modified document is written to its recovery copy; 0 = never
        RecoveryDirectory,  // QString: where recovery copies go; empty = AppDataLocation/recovery
    };

    // The user's settings (QSettings' default location for the application).
    Settings();
    // Settings kept in this INI file (tests use a temporary one).
    explicit Settings(const QString &iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    static QString path(Key key);
    static QVariant defaultValue(Key key);

    QStringList recentFiles() const;
    void addRecentFile(const QString &file);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ipsec
