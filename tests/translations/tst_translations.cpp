// The German translation is kept in sync with the source strings: lupdate run over the sources now must find
// exactly the messages translations/ipsecdesigner_de.ts holds (refresh it with `cmake --build build --target
// update_translations`).
#include "apptranslations.h"
#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessages {
    QSet<QString> sources; // "context\nsource"
    int unfinished = 0;
    QString error;
};

TsMessages readTs(const QString &path)
{
    TsMessages result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name" && source.isNull())
            context = xml.readElementText();
        else if (xml.name() == u"message")
            source = QString();
        else if (xml.name() == u"source") {
            source = xml.readElementText();
            result.sources.insert(context + u'\n' + source);
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            const bool unfinished = type == u"unfinished";
            const bool obsolete = type == u"vanished" || type == u"obsolete";
            if (obsolete)
                result.sources.remove(context + u'\n' + source);
            if (unfinished)
                ++result.unfinished;
            source = QString();
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void theGermanCatalogueHoldsExactlyTheSourceStrings();
    void theEnglishCatalogueHoldsEveryPluralFinished();
    void pluralsReadRightInEveryLanguage_data();
    void pluralsReadRightInEveryLanguage();
    void theLanguagesOnOfferAreEnglishThenTheCompiledOnes();

private:
    static TsMessages freshCatalogue(const QTemporaryDir &dir, const QStringList &extraOptions);
};

TsMessages TestTranslations::freshCatalogue(const QTemporaryDir &dir, const QStringList &extraOptions)
{
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"), QStringLiteral("none")} +
                      extraOptions +
                      QStringList{ipsec::test::sourcePath(QStringLiteral("model")),
                                  ipsec::test::sourcePath(QStringLiteral("views")),
                                  ipsec::test::sourcePath(QStringLiteral("app")), QStringLiteral("-ts"),
                                  fresh});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        TsMessages failed;
        failed.error = QString::fromUtf8(lupdate.readAll());
        return failed;
    }
    return readTs(fresh);
}

void TestTranslations::theEnglishCatalogueHoldsEveryPluralFinished()
{
    QTemporaryDir dir;
    const TsMessages expected = freshCatalogue(dir, {QStringLiteral("-pluralonly")});
    const TsMessages committed =
        readTs(ipsec::test::sourcePath(QStringLiteral("translations/ipsecdesigner_en.ts")));
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY(!expected.sources.isEmpty());
    QCOMPARE(committed.sources, expected.sources);
    QCOMPARE(committed.unfinished, 0);
}

void TestTranslations::pluralsReadRightInEveryLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QLocale english(QLocale::English);
    const QLocale german(QLocale::German);
    QTest::newRow("one rule in English has no (s)") << english << 1 << QStringLiteral("used by 1 rule");
    QTest::newRow("two rules in English") << english << 2 << QStringLiteral("used by 2 rules");
    QTest::newRow("one rule in German") << german << 1 << QStringLiteral("verwendet von 1 Regel");
    QTest::newRow("no rules in German are plural") << german << 0 << QStringLiteral("verwendet von 0 Regeln");
    // Issue 13: a desktop in a language without a catalogue (or the C locale of a bare X server) showed
    // "1 filters" and "1 rule(s) in 1 policy(ies)"; it reads the English catalogue's plurals instead.
    QTest::newRow("one rule in French reads English singular")
        << QLocale(QLocale::French) << 1 << QStringLiteral("used by 1 rule");
    QTest::newRow("one rule in the C locale reads English singular")
        << QLocale::c() << 1 << QStringLiteral("used by 1 rule");
}

void TestTranslations::pluralsReadRightInEveryLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(int, count);
    QFETCH(QString, expected);
    ipsec::installTranslations(*QCoreApplication::instance(), locale);
    QCOMPARE(QCoreApplication::translate("ipsec::PolicyStore", "used by %n rule(s)", nullptr, count),
             expected);
}

void TestTranslations::theLanguagesOnOfferAreEnglishThenTheCompiledOnes()
{
    QCOMPARE(ipsec::availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("de")}));
    QCOMPARE(ipsec::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(ipsec::localeForLanguage({}), QLocale());
}

void TestTranslations::theGermanCatalogueHoldsExactlyTheSourceStrings()
{
    QTemporaryDir dir;
    const TsMessages expected = freshCatalogue(dir, {});
    const TsMessages committed =
        readTs(ipsec::test::sourcePath(QStringLiteral("translations/ipsecdesigner_de.ts")));
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY(expected.sources.size() > 50);

    QStringList missing;
    for (const QString &s : expected.sources)
        if (!committed.sources.contains(s))
            missing << s.section(u'\n', 0, 0) + QStringLiteral(": ") + s.section(u'\n', 1);
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 source string(s) are not in translations/"
                                                          "ipsecdesigner_de.ts (run the update_translations "
                                                          "target), e.g.:\n%2")
                                               .arg(missing.size())
                                               .arg(missing.mid(0, 10).join(u'\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
