#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace ipsec {
namespace {

const QString kCatalogue = QStringLiteral("ipsecdesigner");
const QString kCatalogueDirectory = QStringLiteral(":/i18n");

// What installTranslations put in, so the next call takes it out again.
QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

void replaceTranslator(QCoreApplication &app, int which, QTranslator *translator)
{
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed(which) = translator;
    if (translator) {
        translator->setParent(&app);
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto qt = std::make_unique<QTranslator>();
    const bool qtFound = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replaceTranslator(app, 0, qtFound ? qt.release() : nullptr);
    auto own = std::make_unique<QTranslator>();
    const bool ownFound = own->load(locale, kCatalogue, QStringLiteral("_"), kCatalogueDirectory);
    // A language without a catalogue (French, the C locale of a bare X server) reads the source language,
    // with the English catalogue's plurals: "1 filter", not "1 filters" or "1 rule(s)".
    if (!ownFound && !own->load(kCatalogue + QStringLiteral("_en"), kCatalogueDirectory))
        own.reset();
    // Removing the last translator already told every widget; installing one tells them again.
    replaceTranslator(app, 1, own.release());
    return ownFound;
}

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")}; // the source language; its catalogue holds only plurals
    const QStringList files =
        QDir(kCatalogueDirectory).entryList({kCatalogue + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        if (const QString code = file.mid(kCatalogue.size() + 1).chopped(3); !codes.contains(code))
            codes.append(code);
    return codes;
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QLocale localeForLanguage(const QString &code)
{
    return code.isEmpty() ? QLocale() : QLocale(code);
}

} // namespace ipsec
