// The German window shows no English the catalogue translates: the diagram (legend, node captions such as
// "subnet, 256 addresses", rule lines), the Settings dialog after Apply switched the language, and the undo
// steps and their Undo/Redo labels made before the switch. A text counts as English when it is a source
// string of translations/ipsecdesigner_de.ts (or matches one with its %1 filled in) whose German differs.
#include "apptranslations.h"
#include "core/policystore.h"
#include "diagram/diagramitems.h"
#include "diagram/policydiagramview.h"
#include "editors/objecteditor.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "settings.h"
#include "settingsdialog.h"
#include "testdata.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace ipsec;

namespace {

// What the German catalogue translates: exact sources and patterns for the ones with arguments.
struct English {
    QSet<QString> sources;
    QList<QRegularExpression> patterns;
    QSet<QString> german; // a German text may equal an English source of another context

    bool contains(const QString &text) const
    {
        if (german.contains(text))
            return false;
        if (sources.contains(text))
            return true;
        return std::any_of(patterns.begin(), patterns.end(),
                           [&text](const QRegularExpression &p) { return p.match(text).hasMatch(); });
    }
};

English readCatalogue(const QString &path)
{
    English english;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString plain = QString(source).remove(u'&');
            english.german.insert(QString(translation).remove(u'&'));
            // Words only: names, codes and punctuation that stay the same are not English to find.
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
            if (translation == source ||
                !word.match(QString(plain).remove(QRegularExpression(QStringLiteral("%[0-9n]")))).hasMatch())
                continue;
            if (plain.contains(QRegularExpression(QStringLiteral("%[0-9n]")))) {
                QString pattern = QRegularExpression::escape(plain);
                pattern.replace(QRegularExpression(QStringLiteral("%[0-9n]")), QStringLiteral(".+"));
                english.patterns.append(QRegularExpression(u'^' + pattern + u'$'));
            } else {
                english.sources.insert(plain);
            }
        }
    }
    return english;
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : QString(text).remove(u'&').split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

// Every text a widget and its children show: labels, buttons, group titles, tool tips, combo entries.
QStringList widgetTexts(QWidget *root)
{
    QStringList out = lines(root->windowTitle());
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        out += lines(w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            out += lines(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out += lines(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            out += lines(box->title());
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            out += lines(spin->suffix());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                out += lines(combo->itemText(i));
    }
    return out;
}

} // namespace

class TestTranslationsWindow : public QObject {
    Q_OBJECT
private:
    English m_english;
    QTemporaryDir m_dir;

    QStringList englishIn(const QStringList &texts) const
    {
        QStringList found;
        for (const QString &t : texts)
            if (m_english.contains(t) && !found.contains(t))
                found.append(t);
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_english = readCatalogue(test::sourcePath(QStringLiteral("translations/ipsecdesigner_de.ts")));
        QVERIFY(m_english.sources.size() > 100);
        // The detector itself: a known English source is found, its German is not.
        QVERIFY(m_english.contains(QStringLiteral("Check Policy Integrity")) ||
                m_english.contains(QStringLiteral("Settings")));
    }
    void cleanup() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void theGermanDiagramHasNoEnglish()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
        const ImportResult example =
            json::loadFile(test::sourcePath(QStringLiteral("examples/expressroute-http8080.ipsecstore")));
        QVERIFY(example.ok);
        PolicyStore store;
        store.reset(example.store);
        PolicyDiagramView view;
        view.setStore(&store);
        view.setPolicy(store.data().policies.front().id);
        view.resize(900, 600);
        view.show();
        QTRY_VERIFY(!view.scene()->items().isEmpty());
        QStringList texts = diagram::LegendItem::texts();
        for (QGraphicsItem *item : view.scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts += lines(text->text());
            if (auto *node = dynamic_cast<diagram::NodeItem *>(item))
                texts << node->title() << node->caption();
            texts += lines(item->toolTip());
        }
        QVERIFY(texts.contains(QStringLiteral("Teilnetz, 256 Adressen")));
        const QStringList english = englishIn(texts);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    void theSettingsDialogTurnsGermanWhenApplySwitchesTheLanguage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(!englishIn(widgetTexts(&dialog)).isEmpty()); // English first: the detector sees it
        auto *language = qobject_cast<QComboBox *>(dialog.field(Settings::Key::Language));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QObject::connect(&dialog, &SettingsDialog::applied, &dialog, [](const QList<Settings::Key> &) {
            installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German));
        });
        dialog.apply();
        QCoreApplication::processEvents();
        const QStringList english = englishIn(widgetTexts(&dialog));
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    void undoStepsMadeBeforeTheSwitchReadGerman()
    {
        Settings settings(m_dir.filePath(QStringLiteral("window.ini")));
        settings.setValue(Settings::Key::RecoveryDirectory, m_dir.filePath(QStringLiteral("recovery")));
        MainWindow window(&settings);
        window.setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        QVERIFY(
            window.openFile(test::sourcePath(QStringLiteral("examples/expressroute-http8080.ipsecstore"))));
        window.findChild<QAction *>(QStringLiteral("actionAddFilterAction"))->trigger();
        auto *name = window.currentEditor()->findChild<QLineEdit *>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Mine"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(window.undoStack()->count(), 2);
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
        QTRY_VERIFY(!window.findChild<QAction *>(QStringLiteral("actionUndo"))->text().startsWith(u"&Undo"));
        QStringList texts;
        for (int i = 0; i < window.undoStack()->count(); ++i)
            texts += lines(window.undoStack()->text(i));
        texts += lines(window.findChild<QAction *>(QStringLiteral("actionUndo"))->text());
        window.undoStack()->undo();
        texts += lines(window.findChild<QAction *>(QStringLiteral("actionRedo"))->text());
        const QStringList english = englishIn(texts);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        // The step's words are German as a whole: the verb, the field and the kind of object.
        QVERIFY2(window.undoStack()->redoText().contains(QStringLiteral("Filteraktion")),
                 qPrintable(window.undoStack()->redoText()));
        window.setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
    }
};

QTEST_MAIN(TestTranslationsWindow)
#include "tst_translations_window.moc"
