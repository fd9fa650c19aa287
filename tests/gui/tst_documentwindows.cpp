// `ipsecdesigner FILE...`: every document a file manager passes opens, each further one in a window of its
// own (openInNewWindows, used by app/gui/main.cpp). Offscreen; prompts answered by the test.
#include "core/policystore.h"
#include "documentwindows.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "settings.h"
#include "templates/templates.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ipsec;

class TestDocumentWindows : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    QStringList m_prompts;

    // A document from a template, saved under `name`; its path.
    QString document(const QString &templateName, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const std::optional<StoreData> store = makeTemplate(templateName);
        if (!store || !json::saveFile(*store, path))
            return {};
        return path;
    }

    void answerPrompts(MainWindow &window)
    {
        window.setPrompt(
            [this](QMessageBox::Icon, const QString &, const QString &text, QMessageBox::StandardButtons) {
                m_prompts.append(text);
                return QMessageBox::Discard;
            });
    }

    static QStringList openedFiles(const std::vector<MainWindow *> &windows)
    {
        QStringList files;
        for (const MainWindow *w : windows)
            files << w->currentFile();
        return files;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!templates().empty());
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::RecoveryDirectory, m_dir.filePath(QStringLiteral("recovery")));
        m_prompts.clear();
    }

    void everyFurtherFileOpensInAWindowOfItsOwn()
    {
        const QString templateName = templates().front().name;
        const QString a = document(templateName, QStringLiteral("a.ipsecstore"));
        const QString b = document(templateName, QStringLiteral("b.ipsecstore"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        MainWindow first(m_settings.get());
        answerPrompts(first);
        first.move(100, 80);

        const auto windows =
            openInNewWindows(first, {a, b}, m_settings.get(), [this](MainWindow &w) { answerPrompts(w); });

        QCOMPARE(openedFiles(windows),
                 (QStringList{QFileInfo(a).absoluteFilePath(), QFileInfo(b).absoluteFilePath()}));
        QVERIFY(first.currentFile().isEmpty()); // the main window keeps its own document
        QVERIFY(windows[0]->pos() != first.pos());
        QVERIFY(windows[1]->pos() != windows[0]->pos()); // cascaded: no window hides another's title
        QVERIFY(windows[0]->windowTitle().contains(QStringLiteral("a.ipsecstore")));
        QVERIFY(windows[1]->windowTitle().contains(QStringLiteral("b.ipsecstore")));
        QVERIFY(m_prompts.isEmpty());
        for (MainWindow *w : windows) {
            QVERIFY(w->testAttribute(Qt::WA_DeleteOnClose));
            QVERIFY(!w->isModified());
            QVERIFY(!w->store()->data().policies.empty());
        }

        // Closing a window of its own frees it; the others stay.
        QPointer<MainWindow> closed = windows[0];
        windows[0]->show();
        QVERIFY(windows[0]->close());
        QTRY_VERIFY(closed.isNull());
        QCOMPARE(windows[1]->currentFile(), QFileInfo(b).absoluteFilePath());
        delete windows[1];
    }

    void aFileThatCannotBeOpenedIsReportedAndGetsNoWindow()
    {
        const QString good = document(templates().front().name, QStringLiteral("good.ipsecstore"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.ipsecstore"));
        QFile broken(m_dir.filePath(QStringLiteral("broken.ipsecstore")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"format\": \"something else\" }\n");
        broken.close();
        MainWindow first(m_settings.get());
        answerPrompts(first);

        const auto windows = openInNewWindows(first, {missing, good, broken.fileName()}, m_settings.get(),
                                              [this](MainWindow &w) { answerPrompts(w); });

        QCOMPARE(openedFiles(windows), QStringList{QFileInfo(good).absoluteFilePath()});
        QCOMPARE(m_prompts.size(), 2); // one message per file that failed, naming it
        QVERIFY2(m_prompts[0].contains(QStringLiteral("missing.ipsecstore")), qPrintable(m_prompts[0]));
        QVERIFY2(m_prompts[1].contains(QStringLiteral("broken.ipsecstore")), qPrintable(m_prompts[1]));
        for (MainWindow *w : windows)
            delete w;
    }

    void noFurtherFilesOpenNoWindows()
    {
        MainWindow first(m_settings.get());
        QVERIFY(openInNewWindows(first, {}, m_settings.get()).empty());
    }
};

QTEST_MAIN(TestDocumentWindows)
#include "tst_documentwindows.moc"
