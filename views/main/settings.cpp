#include "settings.h"

#include "apptranslations.h"
#include "templates/cryptobaselines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <array>
#include <optional>

namespace ipsec {
namespace {

struct Entry {
    Settings::Key key;
    const char *path;
    QVariant defaultValue;
    std::optional<Settings::Description> description; // empty: kept by the program, not shown
};

using Editor = Settings::Description::Editor;

QList<std::pair<QString, QString>> languageChoices()
{
    QList<std::pair<QString, QString>> choices{
        {QString(), QCoreApplication::translate("ipsec::Settings", "System language")}};
    for (const QString &code : availableLanguages())
        choices.append({code, languageName(code)});
    return choices;
}

QList<std::pair<QString, QString>> themeChoices()
{
    return {{QStringLiteral("system"), QCoreApplication::translate("ipsec::Settings", "As the system")},
            {QStringLiteral("light"), QCoreApplication::translate("ipsec::Settings", "Light")},
            {QStringLiteral("dark"), QCoreApplication::translate("ipsec::Settings", "Dark")}};
}

QList<std::pair<QString, QString>> baselineChoices()
{
    return {{QString::fromLatin1(baselines::kLegacyStrongest),
             QCoreApplication::translate("ipsec::Settings",
                                         "Strongest for netsh and ipsecData (3DES, SHA1, DH 14)")},
            {QString::fromLatin1(baselines::kModern),
             QCoreApplication::translate("ipsec::Settings",
                                         "Modern, Windows Firewall only (AES-GCM, SHA-256, DH 19/20)")},
            {QString::fromLatin1(baselines::kWindowsDefaults),
             QCoreApplication::translate("ipsec::Settings",
                                         "Windows' defaults (3DES and DES, SHA1 and MD5, DH 2 and 1)")}};
}

const std::array<Entry, 12> &table()
{
    static const std::array<Entry, 12> entries{{
        {Settings::Key::Language, "appearance/language", QString(),
         Settings::Description{
             QT_TRANSLATE_NOOP("ipsec::Settings", "Appearance"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "&Language:"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "The language of the window; changes at once."),
             Editor::Choice, 0, 0, nullptr, &languageChoices}},
        {Settings::Key::Theme, "appearance/theme", QStringLiteral("system"),
         Settings::Description{
             QT_TRANSLATE_NOOP("ipsec::Settings", "Appearance"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "&Colours:"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "Light or dark palette, or whatever the desktop uses."),
             Editor::Choice, 0, 0, nullptr, &themeChoices}},
        {Settings::Key::ValidationDelayMs, "validation/delayMs", 300,
         Settings::Description{
             QT_TRANSLATE_NOOP("ipsec::Settings", "Editing"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "&Check after typing pauses for:"),
             QT_TRANSLATE_NOOP("ipsec::Settings",
                               "How long the Problems panel waits after the last keystroke."),
             Editor::Number, 0, 5000, QT_TRANSLATE_NOOP("ipsec::Settings", " ms")}},
        {Settings::Key::CryptoBaseline, "editing/cryptoBaseline",
         QString::fromLatin1(baselines::kLegacyStrongest),
         Settings::Description{
             QT_TRANSLATE_NOOP("ipsec::Settings", "Editing"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "Crypto &baseline for the wizards:"),
             QT_TRANSLATE_NOOP(
                 "ipsec::Settings",
                 "The key exchange methods and offers new policies and filter actions start from."),
             Editor::Choice, 0, 0, nullptr, &baselineChoices}},
        {Settings::Key::AutosaveSeconds, "recovery/autosaveSeconds", 60,
         Settings::Description{
             QT_TRANSLATE_NOOP("ipsec::Settings", "Files"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "&Save a recovery copy every:"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "While the document has unsaved changes; 0 turns it off."),
             Editor::Number, 0, 3600, QT_TRANSLATE_NOOP("ipsec::Settings", " s")}},
        {Settings::Key::RecoveryDirectory, "recovery/directory", QString(),
         Settings::Description{
             QT_TRANSLATE_NOOP("ipsec::Settings", "Files"),
             QT_TRANSLATE_NOOP("ipsec::Settings", "Recovery &folder:"),
             QT_TRANSLATE_NOOP("ipsec::Settings",
                               "Where recovery copies go; empty: the application data folder."),
             Editor::Directory}},
        {Settings::Key::MaxRecentFiles, "files/maxRecent", 10,
         Settings::Description{QT_TRANSLATE_NOOP("ipsec::Settings", "Files"),
                               QT_TRANSLATE_NOOP("ipsec::Settings", "&Recent files to remember:"),
                               QT_TRANSLATE_NOOP("ipsec::Settings", "The length of File → Open Recent."),
                               Editor::Number, 1, 30}},
        {Settings::Key::RecentFiles, "files/recent", QStringList(), std::nullopt},
        {Settings::Key::LastDirectory, "files/lastDirectory", QDir::homePath(), std::nullopt},
        {Settings::Key::PreviewFormat, "preview/format", QStringLiteral("netsh"), std::nullopt},
        {Settings::Key::MainWindowGeometry, "window/geometry", QByteArray(), std::nullopt},
        {Settings::Key::MainWindowState, "window/state", QByteArray(), std::nullopt},
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

QList<Settings::Description> Settings::userSettings()
{
    QList<Description> shown;
    for (const Entry &e : table())
        if (e.description) {
            Description d = *e.description;
            d.key = e.key; // named once, in the entry
            shown.append(d);
        }
    return shown;
}

QString Settings::translated(const char *source)
{
    return QCoreApplication::translate("ipsec::Settings", source);
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
