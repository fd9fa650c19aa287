// The light and dark themes: complete, readable palettes, switched at run time, with everything that picks
// its own colours (script preview, diagram, navigator, icons) following them.
#include "core/policystore.h"
#include "diagram/policydiagramview.h"
#include "itemicons.h"
#include "navigatormodel.h"
#include "scriptpreview.h"
#include "templates/templates.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace ipsec;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ipsec::Theme)
Q_DECLARE_METATYPE(QPalette::ColorGroup)
Q_DECLARE_METATYPE(QPalette::ColorRole)

namespace {

// WCAG 2: 4.5 for text, 3 for large text and for what must be told apart but need not be read closely
// (disabled text, an icon's shape).
constexpr double kTextContrast = 4.5;
constexpr double kWeakContrast = 3.0;

QColor foregroundAt(const QTextBlock &block, int position)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (position >= range.start && position < range.start + range.length)
            return range.format.foreground().color();
    return {};
}

// An image painted over a solid background, as the icon appears in a view of that colour.
QImage onBackground(const QPixmap &pixmap, const QColor &background)
{
    QImage image(pixmap.size(), QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    QPixmap plain = pixmap;
    plain.setDevicePixelRatio(1);
    painter.drawPixmap(0, 0, plain);
    return image;
}

// The share of an icon's ink (its opaque pixels) that stands out from the background it is drawn on.
double shareThatStandsOut(const QPixmap &pixmap, const QColor &background)
{
    const QImage alpha = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage shown = onBackground(pixmap, background);
    int ink = 0;
    int standsOut = 0;
    for (int y = 0; y < alpha.height(); ++y)
        for (int x = 0; x < alpha.width(); ++x) {
            if (qAlpha(alpha.pixel(x, y)) < 128)
                continue;
            ++ink;
            if (contrastRatio(shown.pixelColor(x, y), background) >= kWeakContrast)
                ++standsOut;
        }
    return ink == 0 ? 0.0 : double(standsOut) / ink;
}

int differingPixels(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return -1;
    int count = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            if (x.pixel(col, row) != y.pixel(col, row))
                ++count;
    return count;
}

QStringList iconNames()
{
    QStringList names;
    for (const QString &file : QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}))
        names.append(file.chopped(4));
    return names;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void themeNamesRoundTrip_data();
    void themeNamesRoundTrip();
    void applyingAThemeRecoloursTheApplication_data();
    void applyingAThemeRecoloursTheApplication();
    void paletteTextContrasts_data();
    void paletteTextContrasts();
    void scriptColoursReadOnBothThemes_data();
    void scriptColoursReadOnBothThemes();
    void switchingThemeRecoloursAnOpenScriptPreview();
    void switchingThemeRedrawsTheDiagram();
    void inactiveRulesStayReadable_data();
    void inactiveRulesStayReadable();
    void iconsAreSharpAtTwiceTheDensity_data();
    void iconsAreSharpAtTwiceTheDensity();
    void iconsStandOutOnLightAndDarkBases_data();
    void iconsStandOutOnLightAndDarkBases();

private:
    QPointer<QStyle> m_startingStyle;
    QString m_startingStyleName;
    QPalette m_startingPalette;
};

void TestTheme::initTestCase()
{
    // A start that is neither Fusion nor a theme palette, so that System visibly has something to restore.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
    QPalette start = QApplication::palette();
    start.setColor(QPalette::Window, QColor(0xd4, 0xd0, 0xc8));
    QApplication::setPalette(start);
    m_startingStyle = QApplication::style();
    m_startingStyleName = m_startingStyle->name();
    m_startingPalette = QApplication::palette();
    QCOMPARE(m_startingStyleName, u"windows"_s);
    QVERIFY(!iconNames().isEmpty());
}

void TestTheme::cleanup()
{
    applyTheme(*qApp, Theme::System);
}

void TestTheme::themeNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("\"light\" is the light theme") << u"light"_s << Theme::Light << u"light"_s;
    QTest::newRow("\"dark\" is the dark theme") << u"dark"_s << Theme::Dark << u"dark"_s;
    QTest::newRow("\"system\" is the system look") << u"system"_s << Theme::System << u"system"_s;
    QTest::newRow("names ignore case and spaces") << u" Dark "_s << Theme::Dark << u"dark"_s;
    QTest::newRow("an unknown name gives the system look") << u"solarized"_s << Theme::System << u"system"_s;
}

void TestTheme::themeNamesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(Theme, theme);
    QFETCH(QString, canonical);
    QCOMPARE(themeFromName(name), theme);
    QCOMPARE(themeName(theme), canonical);
    QCOMPARE(themeFromName(themeName(theme)), theme);
}

void TestTheme::applyingAThemeRecoloursTheApplication_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::newRow("the dark palette has light text on a dark base") << Theme::Dark;
    QTest::newRow("the light palette has dark text on a light base") << Theme::Light;
    QTest::newRow("System restores the starting palette") << Theme::System;
}

void TestTheme::applyingAThemeRecoloursTheApplication()
{
    QFETCH(Theme, theme);
    QWidget window;
    auto *plain = new QLabel(QStringLiteral("plain"), &window);
    // A widget that chose one colour of its own keeps it and takes the rest from the theme.
    auto *marked = new QLabel(QStringLiteral("marked"), &window);
    QPalette own;
    own.setColor(QPalette::WindowText, QColor(0xaa, 0x11, 0x22));
    marked->setPalette(own);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // From the other theme, so that every row changes something.
    applyTheme(*qApp, theme == Theme::Dark ? Theme::Light : Theme::Dark);
    applyTheme(*qApp, theme);

    const QPalette expected = theme == Theme::System ? m_startingPalette : themePalette(theme);
    QCOMPARE(QApplication::palette(), expected);
    if (theme == Theme::System) {
        // The very style the application started with, not just one of the same kind.
        QCOMPARE(QApplication::style(), m_startingStyle.data());
        QCOMPARE(QApplication::style()->name(), m_startingStyleName);
    } else {
        const auto *style = qobject_cast<const QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), u"fusion"_s);
    }
    QCOMPARE(QToolTip::palette().color(QPalette::ToolTipBase),
             theme == Theme::System ? QToolTip::palette().color(QPalette::ToolTipBase)
                                    : expected.color(QPalette::ToolTipBase));
    // The widgets hear of it through posted events, on the next pass of the event loop.
    QTRY_COMPARE(plain->palette().color(QPalette::Window), expected.color(QPalette::Window));
    QCOMPARE(plain->palette().color(QPalette::WindowText), expected.color(QPalette::WindowText));
    QCOMPARE(marked->palette().color(QPalette::Window), expected.color(QPalette::Window));
    QCOMPARE(marked->palette().color(QPalette::WindowText), QColor(0xaa, 0x11, 0x22));

    const QColor text = QApplication::palette().color(QPalette::Text);
    const QColor base = QApplication::palette().color(QPalette::Base);
    if (theme == Theme::Dark) {
        QVERIFY(hasDarkBase(QApplication::palette()));
        QVERIFY(text.lightnessF() > 0.7);
        QVERIFY(base.lightnessF() < 0.2);
    } else if (theme == Theme::Light) {
        QVERIFY(!hasDarkBase(QApplication::palette()));
        QVERIFY(text.lightnessF() < 0.2);
        QVERIFY(base.lightnessF() > 0.9);
    }
}

void TestTheme::paletteTextContrasts_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<QPalette::ColorGroup>("group");
    QTest::addColumn<QPalette::ColorRole>("foreground");
    QTest::addColumn<QPalette::ColorRole>("background");
    QTest::addColumn<double>("minimum");
    struct Pair {
        const char *name;
        QPalette::ColorRole foreground, background;
    };
    const Pair pairs[] = {
        {"window text on the window", QPalette::WindowText, QPalette::Window},
        {"text on the base", QPalette::Text, QPalette::Base},
        {"text on the alternate base", QPalette::Text, QPalette::AlternateBase},
        {"selected text on the selection", QPalette::HighlightedText, QPalette::Highlight},
        {"button text on a button", QPalette::ButtonText, QPalette::Button},
        {"a placeholder on the base", QPalette::PlaceholderText, QPalette::Base},
        {"a link on the base", QPalette::Link, QPalette::Base},
        {"a visited link on the base", QPalette::LinkVisited, QPalette::Base},
        {"a tool tip's text on its background", QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const Theme theme : {Theme::Light, Theme::Dark})
        for (const auto &[group, groupName, minimum] :
             {std::tuple{QPalette::Active, "", kTextContrast},
              std::tuple{QPalette::Inactive, " (inactive window)", kTextContrast},
              std::tuple{QPalette::Disabled, " (disabled)", kWeakContrast}})
            for (const Pair &pair : pairs)
                QTest::addRow("%s: %s reads%s", qPrintable(themeName(theme)), pair.name, groupName)
                    << theme << group << pair.foreground << pair.background << minimum;
}

void TestTheme::paletteTextContrasts()
{
    QFETCH(Theme, theme);
    QFETCH(QPalette::ColorGroup, group);
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    QFETCH(double, minimum);
    const QPalette palette = themePalette(theme);
    const double ratio = contrastRatio(palette.color(group, foreground), palette.color(group, background));
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("contrast %1 (%2 on %3)")
                                              .arg(ratio, 0, 'f', 2)
                                              .arg(palette.color(group, foreground).name(),
                                                   palette.color(group, background).name())));
    // Disabled text looks different from enabled text.
    const bool text = foreground == QPalette::WindowText || foreground == QPalette::Text ||
                      foreground == QPalette::ButtonText;
    if (group == QPalette::Disabled && text)
        QVERIFY(palette.color(QPalette::Disabled, foreground) != palette.color(QPalette::Active, foreground));
}

void TestTheme::scriptColoursReadOnBothThemes_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::newRow("the light theme's script colours read on its base") << Theme::Light;
    QTest::newRow("the dark theme's script colours read on its base") << Theme::Dark;
}

void TestTheme::scriptColoursReadOnBothThemes()
{
    QFETCH(Theme, theme);
    const QPalette palette = themePalette(theme);
    const QColor base = palette.color(QPalette::Base);
    const NetshColours colours = NetshColours::forPalette(palette);
    const std::pair<const char *, QColor> parts[] = {
        {"comment", colours.comment}, {"command", colours.command}, {"verb", colours.verb},
        {"object", colours.object},   {"tag", colours.tag},         {"string", colours.string}};
    for (const auto &[part, colour] : parts)
        QVERIFY2(contrastRatio(colour, base) >= kTextContrast,
                 qPrintable(QStringLiteral("%1 %2 on %3: %4")
                                .arg(QString::fromLatin1(part), colour.name(), base.name())
                                .arg(contrastRatio(colour, base), 0, 'f', 2)));
}

void TestTheme::switchingThemeRecoloursAnOpenScriptPreview()
{
    const auto data = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(data);
    PolicyStore store(*data);
    ScriptPreview preview(&store);
    preview.setPolicy(data->policies.front().id);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QTextDocument *document = preview.editor()->document();
    QTextBlock comment = document->firstBlock();
    QVERIFY(comment.text().startsWith(u"@echo"_s));
    QTextBlock command = comment;
    while (command.isValid() && !command.text().startsWith(u"netsh ipsec static"_s))
        command = command.next();
    QVERIFY(command.isValid());

    for (const Theme theme : {Theme::Dark, Theme::Light, Theme::Dark}) {
        applyTheme(*qApp, theme);
        const NetshColours expected = NetshColours::forPalette(themePalette(theme));
        QTRY_COMPARE(foregroundAt(comment, 0), expected.comment);
        QCOMPARE(foregroundAt(command, 0), expected.command);
        QVERIFY(contrastRatio(foregroundAt(comment, 0), preview.editor()->palette().color(QPalette::Base)) >=
                kWeakContrast);
    }
    QVERIFY(NetshColours::forPalette(themePalette(Theme::Dark)).comment !=
            NetshColours::forPalette(themePalette(Theme::Light)).comment);
}

void TestTheme::switchingThemeRedrawsTheDiagram()
{
    const auto data = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(data);
    PolicyStore store(*data);
    PolicyDiagramView view;
    view.resize(900, 600);
    view.setStore(&store);
    view.setPolicy(data->policies.front().id);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto headerColour = [&view] {
        for (QGraphicsItem *item : view.scene()->items())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                return text->brush().color();
        return QColor();
    };
    for (const Theme theme : {Theme::Dark, Theme::Light}) {
        applyTheme(*qApp, theme);
        QTRY_COMPARE(headerColour(), themePalette(theme).color(QPalette::Text));
        const QImage picture = view.grab().toImage();
        QCOMPARE(picture.pixelColor(2, 2), themePalette(theme).color(QPalette::Base));
    }
}

void TestTheme::inactiveRulesStayReadable_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::newRow("an inactive rule reads on the light theme") << Theme::Light;
    QTest::newRow("an inactive rule reads on the dark theme") << Theme::Dark;
}

void TestTheme::inactiveRulesStayReadable()
{
    QFETCH(Theme, theme);
    auto data = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(data);
    Policy &policy = data->policies.front();
    QVERIFY(!policy.rules.isEmpty());
    policy.rules.front().active = false;
    PolicyStore store(*data);
    NavigatorModel model(&store);
    const QModelIndex rule = model.indexOf(ObjectKind::Rule, policy.rules.front().id, policy.id);
    QVERIFY(rule.isValid());

    applyTheme(*qApp, theme);
    const QColor muted = rule.data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(muted.isValid());
    const QPalette palette = themePalette(theme);
    // Set apart from the active rules' text, yet readable on the base.
    QVERIFY(muted != palette.color(QPalette::Text));
    QVERIFY2(contrastRatio(muted, palette.color(QPalette::Base)) >= kWeakContrast, qPrintable(muted.name()));
    QVERIFY(contrastRatio(muted, palette.color(QPalette::Base)) <
            contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)));
}

void TestTheme::iconsAreSharpAtTwiceTheDensity_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : iconNames())
        QTest::addRow("the %s icon is drawn afresh at twice the density", qPrintable(name)) << name;
}

void TestTheme::iconsAreSharpAtTwiceTheDensity()
{
    QFETCH(QString, name);
    const QIcon icon = itemIcon(name);
    QVERIFY(!icon.isNull());
    const QPixmap hiDpi = icon.pixmap(QSize(16, 16), 2.0);
    // Four times the pixels, shown at the size of 16 logical pixels.
    QCOMPARE(hiDpi.size(), QSize(32, 32));
    QCOMPARE(hiDpi.devicePixelRatio(), 2.0);
    QCOMPARE(hiDpi.deviceIndependentSize(), QSizeF(16, 16));
    // Exactly what a 32-pixel rendering gives, and not the 16-pixel one blown up.
    const QImage direct = icon.pixmap(QSize(32, 32), 1.0).toImage();
    QCOMPARE(differingPixels(hiDpi.toImage(), direct), 0);
    const QImage upscaled = icon.pixmap(QSize(16, 16), 1.0)
                                .toImage()
                                .scaled(32, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY(differingPixels(hiDpi.toImage(), upscaled) > 0);
}

void TestTheme::iconsStandOutOnLightAndDarkBases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Theme>("theme");
    for (const QString &name : iconNames())
        for (const Theme theme : {Theme::Light, Theme::Dark})
            QTest::addRow("the %s icon stands out on the %s base", qPrintable(name),
                          qPrintable(themeName(theme)))
                << name << theme;
}

void TestTheme::iconsStandOutOnLightAndDarkBases()
{
    QFETCH(QString, name);
    QFETCH(Theme, theme);
    // Most icons are filled shapes with a darker outline; on a base like their fill the outline carries them,
    // on a base like their outline the fill does. Either way a good part of the ink stands out. Thin line art
    // in a dark tone (a black arrow) fails on the dark base.
    constexpr double kMinimumShare = 0.3;
    const QColor base = themePalette(theme).color(QPalette::Base);
    const double share = shareThatStandsOut(itemIcon(name).pixmap(QSize(32, 32), 1.0), base);
    QVERIFY2(share >= kMinimumShare,
             qPrintable(QStringLiteral("%1% of the ink stands out").arg(share * 100, 0, 'f', 0)));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
