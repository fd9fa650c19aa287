// Light and dark palettes for the whole application, switched at run time. Light and Dark use the Fusion
// style (which draws everything from the palette, so both read the same on every platform); System gives
// back the style and palette the application started with.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace ipsec {

enum class Theme { System, Light, Dark };

// "system", "light", "dark" (settings, --theme); an unknown name gives System.
QString themeName(Theme theme);
Theme themeFromName(const QString &name);

// The complete palette of Light or Dark (System has none of its own: it gives back the starting palette).
QPalette themePalette(Theme theme);

// Switches the application's style and palette; every open window repaints. The first call remembers the
// starting style and palette, which System restores.
void applyTheme(QApplication &app, Theme theme);

// Whether text drawn on this palette's Base is light text on a dark background: hard-coded accent colours
// (syntax colouring, markers) pick their dark-background variants by it.
bool hasDarkBase(const QPalette &palette);

// WCAG 2 relative luminance (0 black … 1 white) and the contrast ratio of two colours (1 … 21).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

} // namespace ipsec
