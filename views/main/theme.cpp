#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>
#include <QToolTip>
#include <cmath>

namespace ipsec {

namespace {

// The colours a theme chooses; the bevel shades Fusion draws buttons and frames with are derived from Button.
// Every text colour keeps a contrast of at least 4.5 with the background it is drawn on (3 when disabled):
// tests/gui/tst_theme.cpp checks it.
struct ThemeColours {
    QColor window, windowText;
    QColor base, alternateBase, text, placeholderText;
    QColor button, buttonText, brightText;
    QColor highlight, highlightedText;
    QColor link, linkVisited;
    QColor toolTipBase, toolTipText;
    QColor disabledText, disabledHighlight, disabledHighlightedText;
};

// The brand blue of the application icon: white text on it reads well, and it stands out on both bases.
constexpr QRgb kSelectionBlue = 0x2f6db5;

ThemeColours lightColours()
{
    ThemeColours c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = QColor(0x1a, 0x1a, 0x1a);
    c.base = Qt::white;
    c.alternateBase = QColor(0xf4, 0xf6, 0xf8);
    c.text = c.windowText;
    c.placeholderText = QColor(0x6e, 0x6e, 0x6e);
    c.button = QColor(0xf3, 0xf3, 0xf3);
    c.buttonText = c.windowText;
    c.brightText = Qt::white;
    c.highlight = QColor(kSelectionBlue);
    c.highlightedText = Qt::white;
    c.link = QColor(0x1a, 0x5f, 0xb4);
    c.linkVisited = QColor(0x7b, 0x3f, 0xa8);
    c.toolTipBase = QColor(0xff, 0xfb, 0xe0);
    c.toolTipText = c.windowText;
    c.disabledText = QColor(0x7a, 0x7a, 0x7a);
    c.disabledHighlight = QColor(0x8c, 0x8c, 0x8c);
    c.disabledHighlightedText = Qt::white;
    return c;
}

ThemeColours darkColours()
{
    ThemeColours c;
    c.window = QColor(0x2b, 0x2e, 0x33);
    c.windowText = QColor(0xe6, 0xe6, 0xe6);
    c.base = QColor(0x1f, 0x21, 0x25);
    c.alternateBase = QColor(0x27, 0x2a, 0x2f);
    c.text = c.windowText;
    c.placeholderText = QColor(0x8f, 0x94, 0x9a);
    c.button = QColor(0x36, 0x3a, 0x40);
    c.buttonText = c.windowText;
    c.brightText = Qt::white;
    c.highlight = QColor(kSelectionBlue);
    c.highlightedText = Qt::white;
    c.link = QColor(0x7a, 0xb4, 0xff);
    c.linkVisited = QColor(0xc5, 0xa3, 0xff);
    c.toolTipBase = QColor(0x3a, 0x3f, 0x46);
    c.toolTipText = c.windowText;
    c.disabledText = QColor(0x8a, 0x8e, 0x94);
    c.disabledHighlight = QColor(0x4a, 0x4f, 0x57);
    c.disabledHighlightedText = QColor(0xc0, 0xc0, 0xc0);
    return c;
}

QPalette paletteFrom(const ThemeColours &c)
{
    QPalette p;
    // Active and Inactive alike (a window out of focus looks the same); Disabled below.
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholderText);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, c.brightText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    // The bevel shades, as Fusion derives them from its own background.
    const QColor dark = c.button.darker(150);
    const QColor mid = c.button.darker(130);
    p.setColor(QPalette::Light, c.button.lighter(150));
    p.setColor(QPalette::Midlight, mid.lighter(110));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, dark);
    p.setColor(QPalette::Shadow, dark.darker(135));

    for (const auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    // A disabled field looks like the window around it.
    p.setColor(QPalette::Disabled, QPalette::Base, c.window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledHighlightedText);
    return p;
}

// Fusion, with the outlines of check boxes and radio buttons drawn in a tone that shows on a dark base:
// Fusion (Qt 6.4) draws them in a darker shade of the window colour, which vanishes on a dark base (an
// unchecked box in a table could not be seen).
class ThemeStyle : public QProxyStyle {
public:
    ThemeStyle() : QProxyStyle(QStringLiteral("Fusion")) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) ||
            !hasDarkBase(option->palette))
            return;
        const QColor text = option->palette.color(QPalette::Text);
        const QColor base = option->palette.color(QPalette::Base);
        constexpr float kTowardText = 0.45f;
        auto blend = [](float from, float to) { return from + (to - from) * kTowardText; };
        const QColor outline =
            QColor::fromRgbF(blend(base.redF(), text.redF()), blend(base.greenF(), text.greenF()),
                             blend(base.blueF(), text.blueF()));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(outline, 1));
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorCheckBox)
            painter->drawRect(box);
        else
            painter->drawEllipse(box.adjusted(1, 1, 0, 0));
        painter->restore();
    }
};

// What System gives back: the style and palettes before the first switch. The starting style is kept alive
// by a keeper of our own while another style is in use (QApplication deletes a replaced style only while the
// application is its parent), so System restores that very style, whatever it was made from.
struct StartingLook {
    bool remembered = false;
    QPointer<QStyle> style;
    QPointer<QObject> keeper;
    QPalette palette;
    QPalette toolTipPalette;
};

StartingLook &startingLook()
{
    static StartingLook look;
    return look;
}

void useStyle(QStyle *style)
{
    StartingLook &look = startingLook();
    if (QApplication::style() == look.style && style != look.style)
        look.style->setParent(look.keeper);
    QApplication::setStyle(style); // the application owns it, and deletes the style it replaces
}

double channelLuminance(float channel)
{
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &name)
{
    for (const Theme theme : {Theme::Light, Theme::Dark})
        if (name.trimmed().compare(themeName(theme), Qt::CaseInsensitive) == 0)
            return theme;
    return Theme::System;
}

QPalette themePalette(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return paletteFrom(lightColours());
    case Theme::Dark:
        return paletteFrom(darkColours());
    case Theme::System:
        break;
    }
    StartingLook &look = startingLook();
    return look.remembered ? look.palette : QApplication::palette();
}

void applyTheme(QApplication &app, Theme theme)
{
    StartingLook &look = startingLook();
    if (!look.remembered) {
        look.style = QApplication::style();
        look.keeper = new QObject(&app);
        look.palette = QApplication::palette();
        look.toolTipPalette = QToolTip::palette();
        look.remembered = true;
    }
    if (theme == Theme::System) {
        if (look.style && QApplication::style() != look.style)
            useStyle(look.style);
        QApplication::setPalette(look.palette);
        QToolTip::setPalette(look.toolTipPalette);
        return;
    }
    // Fusion draws everything from the palette; native styles may ignore parts of it.
    if (!dynamic_cast<ThemeStyle *>(QApplication::style()))
        useStyle(new ThemeStyle);
    const QPalette palette = themePalette(theme);
    // Every widget hears of it (through posted events): open windows repaint, and widgets that set a few
    // roles of their own keep those and take the rest.
    QApplication::setPalette(palette);
    // Tool tips keep a palette of their own, taken once from the application's.
    QToolTip::setPalette(palette);
}

bool hasDarkBase(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channelLuminance(rgb.redF()) + 0.7152 * channelLuminance(rgb.greenF()) +
           0.0722 * channelLuminance(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ipsec
