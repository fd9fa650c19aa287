// The program's languages: English is the source language; the others are compiled into the program
// (":/i18n/ipsecdesigner_<code>.qm"). The language can change while the program runs: installing a new one
// replaces the previous translators, and Qt then sends every widget a QEvent::LanguageChange.
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace ipsec {

// Installs the program's and Qt's own translations for `locale` into the application, replacing those
// installed before; returns whether a catalogue of the program was found (English has one for its plurals;
// a language without one falls back to the English source strings).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// The language codes the program speaks, English ("en") first, then those with a compiled translation.
QStringList availableLanguages();
// The language's name in that language ("Deutsch", "English").
QString languageName(const QString &code);
// The locale for a language code; an empty code is the system's locale.
QLocale localeForLanguage(const QString &code);

} // namespace ipsec
