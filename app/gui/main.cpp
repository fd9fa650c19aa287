// ipsecdesigner [FILE...] [--screenshot OUT.png]: the designer window, optionally opening FILE (several
// files: the first in this window, each further one in a window of its own); with --screenshot it renders the
// first window to OUT.png after loading and exits (README pictures, CI smoke test). With --dialog ACTION it
// triggers that action and renders the dialog it opens instead (--page N turns a wizard's pages, --choose
// PATH answers the action's file question). --theme NAME picks light, dark or system colours.
#include "analysis/packettestpanel.h"
#include "apptranslations.h"
#include "core/hugepagemalloc.h"
#include "core/policystore.h"
#include "documentwindows.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDockWidget>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>
#include <cstdio>
#include <memory>

namespace {

// --packet: the packet in the Test a Packet panel, the panel in front with room for its table.
bool showPacket(ipsec::MainWindow &window, const QString &packet)
{
    if (!window.packetTestPanel()->setPacketText(packet)) {
        std::fprintf(stderr, "not a packet: %s\n", qPrintable(packet));
        return false;
    }
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("packetTestDock"));
    dock->raise();
    QApplication::processEvents();
    window.resizeDocks({dock}, {window.height() * 2 / 5}, Qt::Vertical);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    ipsec::useHugePageHeapForLargeInput(argc, argv); // before any allocation worth the name
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("IPsec Policy Designer"));
    QApplication::setOrganizationName(QStringLiteral("ipsecdesigner"));
    QApplication::setApplicationVersion(QStringLiteral(IPSEC_VERSION));
    // Wayland compositors and task bars match the window to the installed desktop file by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ipsecpolicydesigner.ipsecdesigner"));
    ipsec::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design Windows IPsec policies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to FILE (PNG) and exit."), QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot (default 1500x950)."),
        QStringLiteral("WxH"), QStringLiteral("1500x950"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "Select this object (name) before the screenshot."),
        QStringLiteral("NAME"));
    const QCommandLineOption fromTemplate(
        QStringLiteral("template"),
        QApplication::translate("main", "Start with a new document from this template."),
        QStringLiteral("NAME"));
    const QCommandLineOption dialogAction(
        QStringLiteral("dialog"),
        QApplication::translate("main",
                                "With --screenshot: trigger this action (e.g. actionApply) and render "
                                "the dialog it opens."),
        QStringLiteral("ACTION"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "With --dialog: the wizard page to show."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption choose(
        QStringLiteral("choose"),
        QApplication::translate("main", "With --dialog: the file the action asks for."),
        QStringLiteral("PATH"));
    const QCommandLineOption dock(
        QStringLiteral("dock"),
        QApplication::translate("main",
                                "With --screenshot: bring this panel to the front (e.g. diagramDock)."),
        QStringLiteral("NAME"));
    const QCommandLineOption packet(
        QStringLiteral("packet"),
        QApplication::translate("main",
                                "With --screenshot: test this packet (\"tcp me -> 10.0.0.1:80\") in the "
                                "Test a Packet panel and bring it to the front."),
        QStringLiteral("PACKET"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "The language of the window (e.g. de, en); default: the setting."),
        QStringLiteral("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QApplication::translate("main", "Colour theme: system, light or dark."),
                                   QStringLiteral("NAME"));
    parser.addOptions(
        {screenshot, size, select, fromTemplate, dialogAction, page, choose, dock, packet, language, theme});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Documents to open, each in a window of its own."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    // A screenshot must not depend on (or change) the user's settings: it gets its own, thrown away.
    QTemporaryDir scratch;
    const bool rendering = parser.isSet(screenshot);
    auto settings = rendering
                        ? std::make_unique<ipsec::Settings>(scratch.filePath(QStringLiteral("settings.ini")))
                        : std::make_unique<ipsec::Settings>();
    // The language chosen in Settings (or on the command line) replaces the system's, installed above so that
    // --help speaks it.
    const QString languageCode = parser.isSet(language)
                                     ? parser.value(language)
                                     : settings->value(ipsec::Settings::Key::Language).toString();
    if (!languageCode.isEmpty())
        ipsec::installTranslations(app, ipsec::localeForLanguage(languageCode));
    // The colours: from the command line (a wrong name is an error), else the setting (an unknown one is the
    // system's look); "system" leaves the desktop's look alone.
    const QString themeChoice = parser.isSet(theme) ? parser.value(theme).toLower()
                                                    : settings->value(ipsec::Settings::Key::Theme).toString();
    if (parser.isSet(theme) && ipsec::themeName(ipsec::themeFromName(themeChoice)) != themeChoice) {
        std::fprintf(stderr, "unknown theme %s (system, light or dark)\n", qPrintable(themeChoice));
        return 2;
    }
    if (ipsec::themeFromName(themeChoice) != ipsec::Theme::System)
        ipsec::applyTheme(app, ipsec::themeFromName(themeChoice));
    ipsec::MainWindow window(settings.get());
    if (rendering)
        window.setPrompt(
            [](QMessageBox::Icon, const QString &title, const QString &text, QMessageBox::StandardButtons) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(text));
                return QMessageBox::Cancel;
            });
    if (parser.isSet(fromTemplate) && !window.newDocument(parser.value(fromTemplate)))
        return 2;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(files.first()) && rendering)
        return 2;

    if (!rendering) {
        for (ipsec::MainWindow *other : ipsec::openInNewWindows(window, files.mid(1), settings.get()))
            other->show();
        window.show();
        return QApplication::exec();
    }
    const QStringList wh = parser.value(size).split(u'x');
    window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1500,
                  wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 950);
    window.show();
    if (parser.isSet(dock)) {
        auto *panel = window.findChild<QDockWidget *>(parser.value(dock));
        if (!panel) {
            std::fprintf(stderr, "no panel %s\n", qPrintable(parser.value(dock)));
            return 2;
        }
        panel->raise();
        QApplication::processEvents(); // the dock areas have their sizes only once the window is laid out
        // The editor keeps room for its fields; the panel gets the rest (a bottom panel: room for its table).
        if (window.dockWidgetArea(panel) == Qt::BottomDockWidgetArea)
            window.resizeDocks({panel}, {window.height() * 2 / 5}, Qt::Vertical);
        else
            window.resizeDocks({panel}, {window.width() * 2 / 5}, Qt::Horizontal);
    }
    if (parser.isSet(packet) && !showPacket(window, parser.value(packet)))
        return 2;
    if (parser.isSet(select)) {
        // Select by name: the first navigator item whose text matches.
        const QString name = parser.value(select);
        const auto &d = window.store()->data();
        for (const auto &p : d.policies)
            for (const auto &r : p.rules)
                if (r.name == name)
                    window.showObject(ipsec::ObjectKind::Rule, r.id, p.id);
        for (const auto &p : d.policies)
            if (p.name == name)
                window.showObject(ipsec::ObjectKind::Policy, p.id);
        for (const auto &l : d.filterLists)
            if (l.name == name)
                window.showObject(ipsec::ObjectKind::FilterList, l.id);
        for (const auto &a : d.filterActions)
            if (a.name == name)
                window.showObject(ipsec::ObjectKind::FilterAction, a.id);
    }
    int exitCode = 0;
    if (parser.isSet(dialogAction)) {
        const QString out = parser.value(screenshot);
        window.setFileChooser([&](bool, const QString &, const QString &) { return parser.value(choose); });
        window.setDialogRunner([&](QDialog &dialog) {
            dialog.show(); // a wizard has its first page only once shown
            if (auto *wizard = qobject_cast<QWizard *>(&dialog))
                for (int i = 0; i < parser.value(page).toInt(); ++i)
                    wizard->next();
            QApplication::processEvents();
            if (!dialog.grab().toImage().save(out, "PNG")) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
                exitCode = 1;
            }
            return int(QDialog::Rejected);
        });
        QTimer::singleShot(300, &window, [&] {
            auto *action = window.findChild<QAction *>(parser.value(dialogAction));
            if (!action) {
                std::fprintf(stderr, "no action %s\n", qPrintable(parser.value(dialogAction)));
                exitCode = 2;
            } else {
                action->trigger();
            }
            window.setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
            QApplication::quit();
        });
        QApplication::exec();
        return exitCode;
    }
    QTimer::singleShot(300, &window, [&] {
        const QImage image = window.renderToImage();
        if (!image.save(parser.value(screenshot), "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(screenshot)));
            exitCode = 1;
        }
        window.setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        QApplication::quit();
    });
    QApplication::exec();
    return exitCode;
}
