// The text layers of the .reg and LDIF readers (regfile.cpp, ldif.cpp): lines, continuations and folds,
// the encodings, the chunked reading of large files, and the value spellings (hex, base64) read to exactly
// the bytes Qt's general routines give.
#include "formats/gpipsec/ldif.h"
#include "formats/gpipsec/regfile.h"
#include "readablefile.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstring>

using namespace ipsec;
using namespace ipsec::gpipsec;

// Serves `bytes` until `readable` of them were read, then fails every read, as a file on a failing disk does.
class FailingDevice : public QIODevice {
public:
    FailingDevice(QByteArray bytes, qint64 readable) : m_bytes(std::move(bytes)), m_readable(readable) {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_readable) {
            setErrorString(QStringLiteral("the disk went away"));
            return -1;
        }
        const qint64 n = std::min(maxSize, m_readable - pos());
        std::memcpy(data, m_bytes.constData() + pos(), std::size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_readable;
};

class TestGpipsecTextFiles : public QObject {
    Q_OBJECT

private slots:
    // The line layer of the .reg reader: a UTF-16LE file is read in place (or decoded when its bytes are not
    // aligned for that), continuation lines are joined, and every value keeps its first line's number.
    void regLinesAreJoinedAndNumberedInEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("file");
        const QString text = QStringLiteral(
            "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\x]\r\n\"a\"=hex:01,02,\\\r\n"
            "  03,\\\r\n  04\r\n\"b\"=dword:00000001\r\n\"c\"=\"Grüße\"\r\n\"d\"=hex:05,\\");
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("a UTF-16LE file, read in place") << utf16;
        // One byte into a buffer: the UTF-16 code units are not 2-byte aligned, so the text is decoded.
        static QByteArray shifted;
        shifted = QByteArray(1, ' ') + utf16;
        QTest::newRow("a UTF-16LE file at an odd address")
            << QByteArray::fromRawData(shifted.constData() + 1, utf16.size());
        QTest::newRow("a UTF-8 file with a byte order mark") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QTest::newRow("a UTF-8 file without one") << text.toUtf8();
    }
    void regLinesAreJoinedAndNumberedInEveryEncoding()
    {
        QFETCH(QByteArray, file);
        checkJoinedLines(parseRegFile(file, QStringLiteral("lines.reg")));
        // From an open file: a UTF-16LE one is read a chunk at a time, the others whole.
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        checkJoinedLines(parseRegFile(device, QStringLiteral("lines.reg")));
    }
    static void checkJoinedLines(const RegParseResult &r)
    {
        QVERIFY(r.ok);
        QCOMPARE(r.keys.size(), 1);
        const QList<RegValue> &values = r.keys.first().values;
        QCOMPARE(values.size(), 3);
        QCOMPARE(values[0].data, QByteArray("\x01\x02\x03\x04"));
        QCOMPARE(values[0].line, 4);
        QCOMPARE(values[1].dword(), 1u);
        QCOMPARE(values[1].line, 7);
        QCOMPARE(values[2].text(), QStringLiteral("Grüße"));
        // A backslash on the last line has nothing to join: "05,\" is malformed, reported at line 9.
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().location.line, 9);
    }

    // A large UTF-16LE file is read from disk a chunk at a time (1 MiB, regfile.cpp): lines that straddle two
    // chunks, a CR and its LF in different chunks, and a value longer than a whole chunk read exactly as
    // the same bytes read from memory.
    static QString largeRegText(int padding, int *values)
    {
        QString text =
            QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\x]\r\n");
        text += QStringLiteral("\"pad\"=\"%1\"\r\n").arg(QString(padding, u'p'));
        int name = 0;
        // Values of 1 to 300 bytes, most continued over several lines, until past three chunks.
        for (int length = 1; text.size() < 1600000; length = length % 300 + 1) {
            QString hex;
            for (int i = 0; i < length; ++i) {
                if (i > 0)
                    hex += i % 25 == 0 ? QStringLiteral(",\\\r\n  ") : QStringLiteral(",");
                hex += QStringLiteral("%1").arg(i % 256, 2, 16, QLatin1Char('0'));
            }
            text += QStringLiteral("\"v%1\"=hex:%2\r\n").arg(++name).arg(hex);
        }
        // One value of 600,000 bytes: continued lines longer together than a chunk (1.8 M characters).
        text += QStringLiteral("\"long\"=hex:");
        for (int i = 0; i < 600000; ++i)
            text += i % 25 == 24 ? QStringLiteral("ab,\\\r\n  ") : QStringLiteral("ab,");
        text += QStringLiteral("cd\r\n\"last\"=dword:00000002");
        *values = name + 3;
        return text;
    }
    void aRegFileReadInChunksReadsAsFromMemory_data()
    {
        QTest::addColumn<int>("padding");
        // The first chunk is the first 2^19 characters after the byte order mark; padding the first value
        // moves every later character along, so a chosen character can be made the chunk's last.
        constexpr qsizetype lastOfFirstChunk = (qsizetype(1) << 19) - 1;
        int values = 0;
        const QString unpadded = largeRegText(0, &values);
        const auto paddingToPutAtChunkEnd = [&](QStringView what) {
            return int(lastOfFirstChunk - unpadded.lastIndexOf(what, lastOfFirstChunk));
        };
        QTest::newRow("lines of every length") << 0;
        QTest::newRow("a CR the last character of a chunk, its LF the first of the next")
            << paddingToPutAtChunkEnd(u"\r\n");
        QTest::newRow("a continuing backslash the last character of a chunk")
            << paddingToPutAtChunkEnd(u"\\\r");
        QTest::newRow("a line break the last character of a chunk") << paddingToPutAtChunkEnd(u"\n");
    }
    void aRegFileReadInChunksReadsAsFromMemory()
    {
        QFETCH(int, padding);
        int values = 0;
        const QString text = largeRegText(padding, &values);
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.reg")));
        QVERIFY(test::writeAndReopenForReading(file, bytes));
        const RegParseResult chunked = parseRegFile(file, QStringLiteral("big.reg"));
        const RegParseResult whole = parseRegFile(bytes, QStringLiteral("big.reg"));
        QVERIFY(chunked.ok);
        QCOMPARE(chunked.findings.size(), 0);
        QCOMPARE(chunked.keys.size(), 1);
        const QList<RegValue> &read = chunked.keys.first().values;
        const QList<RegValue> &expected = whole.keys.first().values;
        QCOMPARE(read.size(), values);
        QCOMPARE(read.size(), expected.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].name, expected[i].name);
            QCOMPARE(read[i].line, expected[i].line);
            QCOMPARE(read[i].data, expected[i].data);
        }
        QCOMPARE(read[values - 2].data.size(), 600001);
        QCOMPARE(read.last().dword(), 2u);
    }

    // A file that stops being readable after its first chunk (a disk or network error) imports nothing and
    // says why, instead of giving the values read so far as if they were the file.
    void aReadErrorPartWayImportsNothingAndSaysWhy()
    {
        int values = 0;
        const QString text = largeRegText(0, &values);
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        FailingDevice device(bytes, 1 << 20);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const RegParseResult r = parseRegFile(device, QStringLiteral("cut.reg"));
        QVERIFY(!r.ok);
        QVERIFY(!r.findings.isEmpty());
        QCOMPARE(r.findings.last().code, QStringLiteral("IPS-380"));
        QVERIFY2(r.findings.last().message.contains(QStringLiteral("the disk went away")),
                 qPrintable(r.findings.last().message));
    }

    // A UTF-16LE file of odd size (a byte cut off) is read whole, as from memory: the same values and
    // findings.
    void anOddSizedUtf16RegFileReadsAsFromMemory()
    {
        const QString text =
            QStringLiteral("Windows Registry Editor Version "
                           "5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\x]\r\n\"a\"=dword:00000003\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        bytes.append('\x41');
        QBuffer device(&bytes);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const RegParseResult fromDevice = parseRegFile(device);
        const RegParseResult fromMemory = parseRegFile(bytes);
        QVERIFY(fromDevice.ok);
        QCOMPARE(fromDevice.keys.first().values.first().dword(), 3u);
        QCOMPARE(fromDevice.findings.size(), fromMemory.findings.size());
        QCOMPARE(fromDevice.keys.first().values.size(), fromMemory.keys.first().values.size());
    }

    // Hex values are written into an array sized from their commas (regfile.cpp, hexBytes): every spelling
    // regedit or a person may use reads to the same bytes, and what the fast reading cannot take goes the
    // careful way.
    void regHexValuesReadToTheirBytes_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("refused");
        QTest::newRow("pairs as regedit writes them")
            << QByteArray("01,02,ff") << QByteArray("\x01\x02\xff") << false;
        QTest::newRow("blanks around the pairs")
            << QByteArray(" 01 , 02 ") << QByteArray("\x01\x02") << false;
        QTest::newRow("single digits") << QByteArray("1,a") << QByteArray("\x01\x0a") << false;
        QTest::newRow("an empty part is skipped") << QByteArray("01,,02") << QByteArray("\x01\x02") << false;
        QTest::newRow("a trailing comma") << QByteArray("01,02,") << QByteArray("\x01\x02") << false;
        QTest::newRow("commas only") << QByteArray(",,,") << QByteArray() << false;
        QTest::newRow("no bytes at all") << QByteArray() << QByteArray() << false;
        QTest::newRow("three digits with a leading zero (the careful way)")
            << QByteArray("001,02") << QByteArray("\x01\x02") << false;
        QTest::newRow("a value above a byte is refused") << QByteArray("01,100") << QByteArray() << true;
        QTest::newRow("a letter that is not hex is refused") << QByteArray("01,0g") << QByteArray() << true;
    }
    void regHexValuesReadToTheirBytes()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, refused);
        const QByteArray file =
            "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\x]\r\n\"a\"=hex:" + hex +
            "\r\n";
        const RegParseResult r = parseRegFile(file, QStringLiteral("hex.reg"));
        QVERIFY(r.ok);
        QCOMPARE(r.keys.size(), 1);
        if (refused) {
            QVERIFY(r.keys.first().values.isEmpty());
            QCOMPARE(r.findings.size(), 1);
            QCOMPARE(r.findings.first().location.line, 4);
            return;
        }
        QCOMPARE(r.findings.size(), 0);
        QCOMPARE(r.keys.first().values.size(), 1);
        QCOMPARE(r.keys.first().values.first().data, bytes);
    }

    // The writer's side (regfile.cpp, RegWriter::hexValue, written through a pointer into text sized for the
    // most a value can take): regedit's layout, lines of at most 80 columns unless the name alone is longer,
    // for every length around a line's 25 pairs, and the same bytes read back.
    void regHexValuesAreLaidOutAsRegeditDoes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("size");
        const QString longName =
            QStringLiteral("a name longer than a whole line of regedit's eighty columns, "
                           "so the pairs start on the next");
        for (const int size : {0, 1, 2, 24, 25, 26, 49, 50, 51, 1000})
            for (const QString &name : {QStringLiteral("ipsecData"), longName})
                QTest::addRow("%d bytes, a name of %d characters", size, int(name.size())) << name << size;
    }
    void regHexValuesAreLaidOutAsRegeditDoes()
    {
        QFETCH(QString, name);
        QFETCH(int, size);
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = static_cast<char>((i * 37 + 11) & 0xFF);
        RegWriter writer;
        writer.key(QStringLiteral("HKEY_LOCAL_MACHINE\\x"));
        writer.binary(name, bytes);
        writer.dword(QStringLiteral("after"), 7);
        const QByteArray file = writer.data();
        const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(file.constData() + 2),
                                                (file.size() - 2) / 2);
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        const qsizetype first = lines.indexOf(QStringLiteral("[HKEY_LOCAL_MACHINE\\x]")) + 1;
        QVERIFY(first > 0);
        QString joined;
        for (qsizetype k = first; k < lines.size() && !lines[k].startsWith(u"\"after\""); ++k) {
            const QString &line = lines[k];
            const bool header = k == first;
            QVERIFY2(header || line.startsWith(u"  "), qPrintable(line));
            if (!header || name.size() + 8 <= 80)
                QVERIFY2(line.size() <= 80,
                         qPrintable(QStringLiteral("%1 columns: %2").arg(line.size()).arg(line)));
            joined += line.endsWith(u'\\') ? line.chopped(1).trimmed() : line.trimmed();
        }
        QVERIFY(joined.startsWith(u'"' + name + QStringLiteral("\"=hex:")));
        QCOMPARE(joined.mid(joined.indexOf(u':') + 1).size(), size == 0 ? 0 : size * 3 - 1);
        const RegParseResult back = parseRegFile(file, QStringLiteral("written.reg"));
        QVERIFY(back.ok);
        QCOMPARE(back.findings.size(), 0);
        QCOMPARE(back.keys.first().values.size(), 2);
        QCOMPARE(back.keys.first().values[0].name, name);
        QCOMPARE(back.keys.first().values[0].data, bytes);
        QCOMPARE(back.keys.first().values[1].dword(), 7u);
    }

    // LDIF lines (RFC 2849): a line starting with a space continues the one before; comments and their
    // continuations are dropped; an empty line ends a record. Every attribute keeps its first line's number.
    void ldifLinesAreUnfoldedAndNumbered_data()
    {
        QTest::addColumn<QByteArray>("ldif");
        const QByteArray text = "version: 1\n\n# a comment\n  continued comment\ndn: CN=a,DC=x\n"
                                "description: one\n  two\n   three\nname: plain\n\n"
                                " a fold with nothing before it\ndn: CN=b,DC=x\nname: b";
        QTest::newRow("line feeds") << text;
        QByteArray crlf = text;
        crlf.replace("\n", "\r\n");
        QTest::newRow("CR LF") << crlf;
        QTest::newRow("a byte order mark and a last line break") << QByteArray("\xEF\xBB\xBF") + text + "\n";
    }
    void ldifLinesAreUnfoldedAndNumbered()
    {
        QFETCH(QByteArray, ldif);
        const LdifParseResult r = parseLdif(ldif, QStringLiteral("lines.ldf"));
        QCOMPARE(r.findings.size(), 0);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0].dn, QStringLiteral("CN=a,DC=x"));
        QCOMPARE(r.records[0].line, 5);
        QCOMPARE(r.records[0].values(QStringLiteral("description")), QList<QByteArray>{"one two  three"});
        QCOMPARE(r.records[0].values(QStringLiteral("name")), QList<QByteArray>{"plain"});
        QCOMPARE(r.records[1].dn, QStringLiteral("CN=b,DC=x"));
        QCOMPARE(r.records[1].line, 12);
        QCOMPARE(r.records[1].values(QStringLiteral("name")), QList<QByteArray>{"b"});
    }

    // Base64 values ("name:: ...") are decoded through a table when they are canonical (ldif.cpp,
    // base64Value) and by Qt otherwise: either way the bytes, or the refusal, are what
    // QByteArray::fromBase64Encoding with AbortOnBase64DecodingErrors gives.
    void ldifBase64ValuesReadAsQtReadsThem_data()
    {
        QTest::addColumn<QByteArray>("base64");
        QTest::newRow("whole quartets") << QByteArray("AAECAwQF");
        QTest::newRow("one padding character") << QByteArray("AAECAwQ=");
        QTest::newRow("two padding characters") << QByteArray("AAECAw==");
        QTest::newRow("every character of the alphabet")
            << QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blanks around the value") << QByteArray("   AAEC  ");
        QTest::newRow("stray bits below two padding characters") << QByteArray("AAECAx==");
        QTest::newRow("stray bits below one padding character") << QByteArray("AAECAwR=");
        QTest::newRow("no padding on a short quartet") << QByteArray("AAECAw");
        QTest::newRow("padding in the middle") << QByteArray("AA==AAEC");
        QTest::newRow("three padding characters") << QByteArray("AA==A===");
        QTest::newRow("only padding") << QByteArray("====");
        QTest::newRow("a character outside the alphabet") << QByteArray("AAE!AwQF");
        QTest::newRow("the URL alphabet") << QByteArray("AAE-AwQ_");
        QTest::newRow("a blank inside") << QByteArray("AAEC AwQF");
        QTest::newRow("a byte above 127") << QByteArray("AAE\xC3"
                                                        "AwQF");
    }
    void ldifBase64ValuesReadAsQtReadsThem()
    {
        QFETCH(QByteArray, base64);
        const LdifParseResult r = parseLdif("dn: CN=a\nvalue:: " + base64 + "\n", QStringLiteral("b64.ldf"));
        QCOMPARE(r.records.size(), 1);
        const auto expected =
            QByteArray::fromBase64Encoding(base64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (expected) {
            QCOMPARE(r.records[0].valueProblems.size(), 0);
            QCOMPARE(r.records[0].values(QStringLiteral("value")), QList<QByteArray>{*expected});
        } else {
            QCOMPARE(r.records[0].valueProblems.size(), 1);
            QCOMPARE(r.records[0].valueProblems.first().location.line, 2);
        }
    }

    // A long binary value folded over hundreds of lines, as ldifde and this writer fold it, reads back whole.
    void aFoldedBinaryValueReadsBackWhole()
    {
        QByteArray value(100000, Qt::Uninitialized);
        for (qsizetype i = 0; i < value.size(); ++i)
            value[i] = char(i * 7 % 256);
        LdifWriter writer;
        writer.beginAdd(QStringLiteral("CN=a,DC=x"));
        writer.attribute(QStringLiteral("ipsecData"), value);
        const QByteArray ldif = writer.data();
        QVERIFY(ldif.count('\n') > 1000);
        const LdifParseResult r = parseLdif(ldif);
        QCOMPARE(r.findings.size(), 0);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].values(QStringLiteral("ipsecData")), QList<QByteArray>{value});
    }
};

QTEST_GUILESS_MAIN(TestGpipsecTextFiles)
#include "tst_gpipsectextfiles.moc"
