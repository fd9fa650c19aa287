// The window's settings as one typed table: every key has one path in QSettings, one default and, when the
// user may change it, how the settings dialog shows it. No string key is spelled twice, and the dialog is
// generated from the table. Tests pass their own QSettings file.
#pragma once

#include <QList>
#include <QSettings>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <utility>

namespace ipsec {

class Settings {
public:
    enum class Key {
        RecentFiles,        // QStringList, newest first
        MaxRecentFiles,     // int
        LastDirectory,      // QString: where the last file dialog was
        ValidationDelayMs,  // int: how long typing pauses before validation runs
        PreviewFormat,      // QString: the export form the script preview shows ("netsh")
        MainWindowGeometry, // QByteArray
        MainWindowState,    // QByteArray
        AutosaveSeconds,    // int: how often a modified document is written to its recovery copy; 0 = never
        RecoveryDirectory,  // QString: where recovery copies go; empty = AppDataLocation/recovery
        RecoveryKeys,       // QString: "keep" preshared keys in recovery copies, or "leave-out"
        Language,           // QString: a language code ("de"), empty = the system's language
        Theme,              // QString: "system", "light" or "dark"
        CryptoBaseline,     // QString: the crypto baseline the wizards start from ("legacy-strongest")
    };

    // How the settings dialog shows a key the user may change. Texts are source strings in the
    // "ipsec::Settings" translation context (translate with Settings::translated).
    struct Description {
        enum class Editor { Number, Choice, Directory };
        const char *group;
        const char *label;
        const char *hint;
        Editor editor;
        int minimum = 0;
        int maximum = 0;
        const char *suffix = nullptr;
        // Choice: the values and their (already translated) names, in the order shown.
        QList<std::pair<QString, QString>> (*choices)() = nullptr;
        Key key = Key::Language; // filled in by userSettings() from the table entry
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
    // The keys the settings dialog offers, in the order it shows them.
    static QList<Description> userSettings();
    static QString translated(const char *source);

    QStringList recentFiles() const;
    void addRecentFile(const QString &file);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ipsec
