// The settings dialog generated from the typed settings table, and what applying it does to an open window:
// the language switches at once (menus, editors, navigator, Problems panel) without touching the document.
#include "apptranslations.h"
#include "core/policystore.h"
#include "editors/objecteditor.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "problemsmodel.h"
#include "settings.h"
#include "settingsdialog.h"
#include "templates/templates.h"
#include "theme.h"
#include "validationrunner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ipsec;

class TestSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    static QString menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        return titles.join(u'|');
    }
    static QString tabTitles(const ObjectEditor *editor)
    {
        QStringList titles;
        if (auto *tabs = editor->findChild<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                titles << tabs->tabText(i);
        return titles.join(u'|');
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::RecoveryDirectory, m_dir.filePath(QStringLiteral("recovery")));
    }
    void cleanup()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCoreApplication::processEvents();
    }

    void everyDescribedSettingHasAFieldShowingItsStoredValue()
    {
        m_settings->setValue(Settings::Key::ValidationDelayMs, 750);
        m_settings->setValue(Settings::Key::Theme, QStringLiteral("dark"));
        SettingsDialog dialog(m_settings.get());
        const QList<Settings::Description> shown = Settings::userSettings();
        QVERIFY(shown.size() >= 6);
        for (const Settings::Description &d : shown) {
            QWidget *field = dialog.field(d.key);
            QVERIFY2(field, qPrintable(Settings::path(d.key)));
            QCOMPARE(field->objectName(), SettingsDialog::fieldName(d.key));
            QVERIFY(!field->toolTip().isEmpty());
            QCOMPARE(dialog.fieldValue(d.key), m_settings->value(d.key));
        }
        QCOMPARE(dialog.fieldValue(Settings::Key::ValidationDelayMs).toInt(), 750);
        // Keys the program keeps for itself are not offered.
        QVERIFY(!dialog.field(Settings::Key::RecentFiles));
        QVERIFY(!dialog.field(Settings::Key::MainWindowState));
    }

    void theLanguageChoiceOffersTheSystemEnglishAndGerman()
    {
        SettingsDialog dialog(m_settings.get());
        auto *combo = qobject_cast<QComboBox *>(dialog.field(Settings::Key::Language));
        QVERIFY(combo);
        QStringList values;
        for (int i = 0; i < combo->count(); ++i)
            values << combo->itemData(i).toString();
        QCOMPARE(values, QStringList({QString(), QStringLiteral("en"), QStringLiteral("de")}));
        QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
    }

    void applyWritesOnlyWhatChangedAndAnnouncesIt()
    {
        SettingsDialog dialog(m_settings.get());
        QList<Settings::Key> announced;
        connect(&dialog, &SettingsDialog::applied, this,
                [&](const QList<Settings::Key> &keys) { announced = keys; });
        QCOMPARE(dialog.apply(), QList<Settings::Key>());
        QVERIFY(announced.isEmpty());
        dialog.setFieldValue(Settings::Key::AutosaveSeconds, 15);
        dialog.setFieldValue(Settings::Key::Theme, QStringLiteral("light"));
        const QList<Settings::Key> changed = dialog.apply();
        QCOMPARE(changed, QList<Settings::Key>({Settings::Key::Theme, Settings::Key::AutosaveSeconds}));
        QCOMPARE(announced, changed);
        QCOMPARE(m_settings->value(Settings::Key::AutosaveSeconds).toInt(), 15);
        QCOMPARE(m_settings->value(Settings::Key::Theme).toString(), QStringLiteral("light"));
    }

    void restoreDefaultsRefillsTheFieldsButStoresNothingUntilApplied()
    {
        m_settings->setValue(Settings::Key::MaxRecentFiles, 4);
        SettingsDialog dialog(m_settings.get());
        dialog.restoreDefaults();
        QCOMPARE(dialog.fieldValue(Settings::Key::MaxRecentFiles),
                 Settings::defaultValue(Settings::Key::MaxRecentFiles));
        QCOMPARE(dialog.fieldValue(Settings::Key::RecoveryDirectory).toString(), QString());
        QCOMPARE(m_settings->value(Settings::Key::MaxRecentFiles).toInt(), 4);
        dialog.apply();
        QCOMPARE(m_settings->value(Settings::Key::MaxRecentFiles),
                 Settings::defaultValue(Settings::Key::MaxRecentFiles));
    }

    void anUnknownStoredChoiceShowsTheDefault()
    {
        m_settings->setValue(Settings::Key::Theme, QStringLiteral("sepia"));
        SettingsDialog dialog(m_settings.get());
        QCOMPARE(dialog.fieldValue(Settings::Key::Theme), Settings::defaultValue(Settings::Key::Theme));
    }

    void choosingGermanTurnsTheOpenWindowGermanAndKeepsTheDocument()
    {
        MainWindow window(m_settings.get());
        window.setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        window.show();
        QVERIFY(window.newDocument(QStringLiteral("expressroute-http8080")));
        const StoreData document = window.store()->data();
        const Policy &policy = document.policies.front();
        QVERIFY(window.showObject(ObjectKind::Rule, policy.rules.front().id, policy.id));
        window.findChild<QAction *>(QStringLiteral("actionAssign"))->trigger();
        QCOMPARE(window.undoStack()->count(), 1);
        const StoreData edited = window.store()->data();
        QCOMPARE(menuTitles(window), QStringLiteral("&File|&Edit|&Policy|&Tools|&View"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionUndo"))
                    ->text()
                    .startsWith(QStringLiteral("&Undo ")));

        // The user picks Deutsch in Tools → Settings and presses OK.
        window.setDialogRunner([](QDialog &dialog) {
            auto *settings = qobject_cast<SettingsDialog *>(&dialog);
            if (!settings)
                return int(QDialog::Rejected);
            settings->setFieldValue(Settings::Key::Language, QStringLiteral("de"));
            settings->apply();
            return int(QDialog::Accepted);
        });
        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QCOMPARE(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("de"));
        QTRY_COMPARE(window.findChild<QAction *>(QStringLiteral("actionOpen"))->text(),
                     QStringLiteral("Ö&ffnen..."));
        QVERIFY(menuTitles(window).startsWith(QStringLiteral("&Datei|&Bearbeiten|")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionUndo"))
                    ->text()
                    .startsWith(QStringLiteral("&Rückgängig")));
        // The editors are rebuilt in German and still show the selected rule; the models speak German too.
        QTRY_VERIFY(window.currentEditor() && window.currentEditor()->kind() == ObjectKind::Rule);
        QVERIFY(window.editor(ObjectKind::Policy)->isVisible() == false);
        QCOMPARE(tabTitles(window.editor(ObjectKind::Policy)).section(u'|', 0, 0), QStringLiteral("Regeln"));
        QCOMPARE(window.navigatorModel()->index(NavigatorModel::FilterActionsGroup, 0).data().toString(),
                 QStringLiteral("Filteraktionen"));
        QCOMPARE(window.problemsModel()
                     ->headerData(ProblemsModel::SeverityColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Schweregrad"));
        // The findings are written again, in German (the codes stay).
        QTRY_VERIFY(std::any_of(window.validation()->findings().begin(),
                                window.validation()->findings().end(), [](const Finding &f) {
                                    return f.code == QStringLiteral("IPS-060") &&
                                           f.message.contains(QStringLiteral("verschlüsselt"));
                                }));
        // Nothing happened to the document or its history.
        QVERIFY(window.store()->data() == edited);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(std::get<1>(window.selectedObject()), policy.rules.front().id);

        // And back: English at once again.
        window.setDialogRunner([](QDialog &dialog) {
            auto *settings = qobject_cast<SettingsDialog *>(&dialog);
            settings->setFieldValue(Settings::Key::Language, QStringLiteral("en"));
            settings->apply();
            return int(QDialog::Accepted);
        });
        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QTRY_COMPARE(menuTitles(window), QStringLiteral("&File|&Edit|&Policy|&Tools|&View"));
        QCOMPARE(tabTitles(window.editor(ObjectKind::Policy)).section(u'|', 0, 0), QStringLiteral("Rules"));
        window.undoStack()->undo();
        QVERIFY(window.store()->data() == document);
    }

    void choosingDarkColoursDarkensTheOpenWindowAtOnceAndSystemUndoesIt()
    {
        MainWindow window(m_settings.get());
        window.setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        window.show();
        QVERIFY(!hasDarkBase(window.navigator()->palette()));
        m_settings->setValue(Settings::Key::Theme, QStringLiteral("dark"));
        window.applySettings({Settings::Key::Theme});
        QTRY_VERIFY(hasDarkBase(window.navigator()->palette()));
        m_settings->setValue(Settings::Key::Theme, QStringLiteral("system"));
        window.applySettings({Settings::Key::Theme});
        QTRY_VERIFY(!hasDarkBase(window.navigator()->palette()));
    }

    void changedTimingsApplyToTheOpenWindow()
    {
        MainWindow window(m_settings.get());
        window.setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        m_settings->setValue(Settings::Key::ValidationDelayMs, 40);
        m_settings->setValue(Settings::Key::MaxRecentFiles, 1);
        m_settings->setValue(Settings::Key::RecentFiles,
                             QStringList({QStringLiteral("/a"), QStringLiteral("/b")}));
        window.applySettings({Settings::Key::ValidationDelayMs, Settings::Key::MaxRecentFiles});
        QCOMPARE(window.validation()->delay(), 40);
        QCOMPARE(m_settings->recentFiles(), QStringList({QStringLiteral("/a")}));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
