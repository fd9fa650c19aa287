// Loads the translation for the user's language (German today; English is the source language).
#pragma once

#include <QLocale>

class QCoreApplication;

namespace ipsec {

// Installs the program's and Qt's own translations for `locale` into the application; returns whether a
// translation of the program was found (false for English).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace ipsec
