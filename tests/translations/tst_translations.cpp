// The German translation is kept in sync with the source strings: lupdate run over the sources now must find
// exactly the messages translations/ipsecdesigner_de.ts holds (refresh it with `cmake --build build --target
// update_translations`).
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
};

void TestTranslations::theGermanCatalogueHoldsExactlyTheSourceStrings()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), ipsec::test::sourcePath(QStringLiteral("model")),
                   ipsec::test::sourcePath(QStringLiteral("views")), ipsec::test::sourcePath(QStringLiteral("app")),
                   QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const TsMessages expected = readTs(fresh);
    const TsMessages committed = readTs(ipsec::test::sourcePath(QStringLiteral("translations/ipsecdesigner_de.ts")));
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
