// The desktop integration the .deb installs, checked as a desktop would use it: the MIME type through Qt's
// freedesktop MIME database (glob and magic), the icons rendered at build time, the .ico for Windows.
#include "icowriter.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDesktopIntegration : public QObject {
    Q_OBJECT

    QTemporaryDir m_data; // an XDG data folder holding only our MIME package

    static QByteArray exampleDocument()
    {
        QFile file(ipsec::test::sourcePath(QStringLiteral("examples/expressroute-http8080.ipsecstore")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A picture with something drawn: not every pixel transparent.
    static bool hasVisiblePixels(const QImage &image)
    {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 0)
                    return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        // Before the first QMimeDatabase use: the database reads the XDG data folders once.
        QVERIFY(QDir(m_data.path()).mkpath(QStringLiteral("mime/packages")));
        QVERIFY(QFile::copy(QStringLiteral(IPSEC_MIME_FILE),
                            m_data.filePath(QStringLiteral("mime/packages/ipsecdesigner.xml"))));
        qputenv("XDG_DATA_DIRS", (m_data.path() + QStringLiteral(":/usr/local/share:/usr/share")).toUtf8());
    }

    void theMimePackageIsAcceptedByUpdateMimeDatabase()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (tool.isEmpty())
            IPSEC_SKIP_OUTSIDE_CI(QStringLiteral("update-mime-database (shared-mime-info) is not installed"));
        QTemporaryDir scratch;
        QVERIFY(QDir(scratch.path()).mkpath(QStringLiteral("mime/packages")));
        QVERIFY(QFile::copy(QStringLiteral(IPSEC_MIME_FILE),
                            scratch.filePath(QStringLiteral("mime/packages/ipsecdesigner.xml"))));
        QProcess process;
        process.start(tool, {QStringLiteral("-V"), scratch.filePath(QStringLiteral("mime"))});
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(!output.contains(QStringLiteral("warning"), Qt::CaseInsensitive) &&
                     !output.contains(QStringLiteral("error"), Qt::CaseInsensitive),
                 qPrintable(output));
        QFile types(scratch.filePath(QStringLiteral("mime/types")));
        QVERIFY(types.open(QIODevice::ReadOnly));
        QVERIFY(types.readAll().contains("application/x-ipsecstore"));
    }

    void aDocumentIsRecognisedByItsName()
    {
        const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("policy.ipsecstore"),
                                                               QMimeDatabase::MatchExtension);
        QCOMPARE(type.name(), QStringLiteral("application/x-ipsecstore"));
        QVERIFY(type.inherits(QStringLiteral("application/json")));
        QCOMPARE(type.preferredSuffix(), QStringLiteral("ipsecstore"));
        QVERIFY(!type.comment().isEmpty());
    }

    void aDocumentIsRecognisedByItsFirstKey_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ours");
        QTest::newRow("the bundled example, as the designer writes it") << exampleDocument() << true;
        QTest::newRow("a hand-edited document with CRLF line ends")
            << QByteArray("{\r\n  \"format\": \"ipsec-policy-designer\",\r\n  \"version\": 1\r\n}\r\n")
            << true;
        QTest::newRow("a compact document on one line")
            << QByteArray("{\"format\":\"ipsec-policy-designer\",\"version\":1}") << true;
        QTest::newRow("other JSON is not a document")
            << QByteArray("{\n  \"format\": \"something-else\",\n  \"version\": 1\n}\n") << false;
        QTest::newRow("a netsh script is not a document")
            << QByteArray("ipsec static add policy name=\"format\"\r\n") << false;
    }
    void aDocumentIsRecognisedByItsFirstKey()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, ours);
        QVERIFY(!content.isEmpty());
        const QMimeType type = QMimeDatabase().mimeTypeForData(content);
        QCOMPARE(type.name() == QStringLiteral("application/x-ipsecstore"), ours);
    }

    void theIconIsRenderedInEveryHicolorSize()
    {
        const QStringList sizes = QStringLiteral(IPSEC_HICOLOR_SIZES).split(u',');
        QVERIFY(sizes.size() >= 6);
        for (const QString &size : sizes) {
            const QString path =
                QStringLiteral(IPSEC_ICON_DIR "/hicolor/%1x%1/apps/ipsecdesigner.png").arg(size);
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size.toInt(), size.toInt()));
            QVERIFY2(hasVisiblePixels(image), qPrintable(path));
        }
    }

    void theWindowsIconHoldsEverySizeItNeeds()
    {
        QImageReader reader(QStringLiteral(IPSEC_ICO_FILE), "ico");
        const QStringList sizes = QStringLiteral(IPSEC_ICO_SIZES).split(u',');
        QCOMPARE(reader.imageCount(), sizes.size());
        QList<int> read;
        for (int i = 0; i < reader.imageCount(); ++i) {
            QVERIFY(reader.jumpToImage(i));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), image.height());
            QVERIFY(hasVisiblePixels(image));
            read << image.width();
        }
        QList<int> expected;
        for (const QString &size : sizes)
            expected << size.toInt();
        QCOMPARE(read, expected);
    }

    void anIconImageMustBeSquareAndAtMost256Pixels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a 256 px square is the largest an icon holds") << QSize(256, 256) << true;
        QTest::newRow("a 1 px square is accepted") << QSize(1, 1) << true;
        QTest::newRow("a 257 px square is refused") << QSize(257, 257) << false;
        QTest::newRow("a rectangle is refused") << QSize(32, 16) << false;
    }
    void anIconImageMustBeSquareAndAtMost256Pixels()
    {
        QFETCH(QSize, size);
        QFETCH(bool, accepted);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::darkGreen);
        QString error;
        const QByteArray bytes = ipsec::icoBytes({image}, &error);
        QCOMPARE(!bytes.isEmpty(), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        if (accepted) {
            // ICONDIR: reserved 0, type 1, one image; the entry's width byte is 0 for 256.
            QCOMPARE(bytes.left(6), QByteArray("\0\0\1\0\1\0", 6));
            QCOMPARE(quint8(bytes.at(6)), quint8(size.width() == 256 ? 0 : size.width()));
        }
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
