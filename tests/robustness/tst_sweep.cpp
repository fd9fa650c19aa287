// Every real sample of ../shared/testdata, cut short at each prefix length class and with single bytes
// flipped at fixed seeds, through the reader that takes it (docs/robustness.md, "The sweep"). Whatever comes
// out: no crash, a failure says where (every error finding has a location), and a result that was read never
// holds a rule whose filter list or action is missing.
#include "formats/formatregistry.h"
#include "formats/gpipsec/blobs.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace ipsec;

namespace {

// How a sample is read.
enum class Reader { Netsh, Blob, RegistryPol, Wfw, BackupFolder };

struct Mutation {
    QString what; // "the first 17 bytes", "byte 40 xor 0x3c"
    QByteArray bytes;
};

// 0-4 bytes, 2^k - 1, 2^k and 2^k + 1, and the quarters and the last bytes of the file: each length class
// once.
QList<qsizetype> prefixLengths(qsizetype size)
{
    QSet<qsizetype> lengths{0, 1, 2, 3, 4, size / 4, size / 2, 3 * size / 4, size - 2, size - 1};
    for (qsizetype p = 8; p < size; p *= 2)
        lengths << p - 1 << p << p + 1;
    QList<qsizetype> sorted;
    for (qsizetype n : std::as_const(lengths))
        if (n >= 0 && n < size)
            sorted << n;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QList<Mutation> mutationsOf(const QByteArray &original)
{
    QList<Mutation> out;
    for (qsizetype n : prefixLengths(original.size()))
        out << Mutation{QStringLiteral("the first %1 bytes").arg(n), original.left(n)};
    constexpr int kFlipsPerSeed = 6;
    for (const quint32 seed : {17u, 4711u}) {
        QRandomGenerator random(seed);
        for (int i = 0; i < kFlipsPerSeed && !original.isEmpty(); ++i) {
            const qsizetype at = random.bounded(original.size());
            const char mask = char(random.bounded(1, 256));
            QByteArray flipped = original;
            flipped[at] = char(flipped[at] ^ mask);
            out << Mutation{QStringLiteral("byte %1 xor 0x%2 (seed %3)")
                                .arg(at)
                                .arg(quint8(mask), 2, 16, QLatin1Char('0'))
                                .arg(seed),
                            flipped};
        }
    }
    return out;
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// What is wrong with one read, or empty.
QString problemsOf(bool ok, const Findings &findings, const StoreData *store)
{
    QStringList problems;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error && f.location.toString().isEmpty())
            problems << QStringLiteral("an error without a location: ") + f.toString();
    if (!ok && !hasErrors(findings))
        problems << QStringLiteral("nothing was read, and no error says why");
    if (ok && store)
        for (const Policy &p : store->policies)
            for (const Rule &r : p.rules)
                if ((!r.filterList.isNull() && !store->filterList(r.filterList)) ||
                    (!r.filterAction.isNull() && !store->filterAction(r.filterAction)))
                    problems << QStringLiteral("rule '%1' refers to a list or action that is not there")
                                    .arg(r.name);
    return problems.join(QStringLiteral("; "));
}

QString blobProblems(const QByteArray &bytes)
{
    using namespace gpipsec;
    const auto check = [](const auto &decoded) {
        return problemsOf(decoded.value.has_value(), decoded.findings, nullptr);
    };
    // Each decoder takes every blob: a mutated type GUID must be refused cleanly by all of them.
    QStringList problems;
    for (const QString &p : {check(decodePolicy(bytes)), check(decodeIsakmp(bytes)), check(decodeNfa(bytes)),
                             check(decodeNegotiationPolicy(bytes)), check(decodeFilter(bytes))})
        if (!p.isEmpty())
            problems << p;
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT
private slots:
    void everySampleCutShortOrFlippedFailsWithALocationOrReadsWithoutDanglingRules_data()
    {
        QTest::addColumn<QString>("sample");   // relative to testdata
        QTest::addColumn<int>("reader");       // Reader
        QTest::addColumn<QString>("importAt"); // the backup root for BackupFolder
        const QDir testdata(test::testdataPath(QString()));
        if (!testdata.exists()) { // one row, which skips (fails under CI) naming the folder
            QTest::newRow("the real samples are there")
                << QStringLiteral("README.md") << int(Reader::Netsh) << QString();
            return;
        }
        QDirIterator it(testdata.path(), QDir::Files, QDirIterator::Subdirectories);
        QStringList samples;
        while (it.hasNext())
            samples << testdata.relativeFilePath(it.next());
        samples.sort();
        for (const QString &sample : std::as_const(samples)) {
            const QStringList parts = sample.split(u'/');
            const QString suffix = QFileInfo(sample).suffix().toLower();
            std::optional<Reader> reader;
            QString importAt;
            // The dumps, the hex spellings of the blobs and the README are this project's notes, not inputs.
            if (sample.contains(u"/dumps/") || suffix == u"hex" || sample == u"README.md")
                continue;
            if (suffix == u"cmd" || suffix == u"bat")
                reader = Reader::Netsh;
            else if (suffix == u"bin")
                reader = Reader::Blob;
            else if (suffix == u"wfw")
                reader = Reader::Wfw;
            else if (suffix == u"pol")
                reader = Reader::RegistryPol;
            else if (parts.size() > 2 && (parts[0] == u"gpfas" || parts[0] == u"gpo_backups")) {
                reader = Reader::BackupFolder;
                importAt = parts[0] + u'/' + parts[1];
            }
            if (!reader)
                continue;
            QTest::addRow("%s cut short or flipped is read or refused with a location", qPrintable(sample))
                << sample << int(*reader) << importAt;
        }
    }
    void everySampleCutShortOrFlippedFailsWithALocationOrReadsWithoutDanglingRules()
    {
        IPSEC_REQUIRE_TESTDATA(QStringLiteral("README.md"));
        QFETCH(QString, sample);
        QFETCH(int, reader);
        QFETCH(QString, importAt);
        const QByteArray original = readAll(test::testdataPath(sample));
        QVERIFY(!original.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // Where the mutated bytes go, and which format reads them from there.
        QString target = dir.filePath(QFileInfo(sample).fileName());
        QString readPath = target;
        const char *formatName = nullptr;
        switch (Reader(reader)) {
        case Reader::Netsh:
            formatName = "netsh";
            break;
        case Reader::RegistryPol:
            formatName = "registry-pol";
            break;
        case Reader::Wfw:
            formatName = "wfw";
            break;
        case Reader::BackupFolder: {
            formatName = "gpo-backup";
            readPath = dir.filePath(QStringLiteral("backup"));
            QVERIFY(copyFolder(test::testdataPath(importAt), readPath));
            target = QDir(readPath).filePath(
                QDir(test::testdataPath(importAt)).relativeFilePath(test::testdataPath(sample)));
            break;
        }
        case Reader::Blob:
            break;
        }
        const FormatDescriptor *format = formatName ? findFormat(QLatin1String(formatName)) : nullptr;
        QVERIFY(!formatName || (format && format->importFile));

        QStringList failures;
        const QList<Mutation> mutations = mutationsOf(original);
        for (const Mutation &m : mutations) {
            QString problems;
            if (!format) {
                problems = blobProblems(m.bytes);
            } else {
                QVERIFY(writeAll(target, m.bytes));
                const ImportResult r = format->importFile(readPath, {});
                problems = problemsOf(r.ok, r.findings, &r.store);
            }
            if (!problems.isEmpty())
                failures << m.what + QStringLiteral(": ") + problems;
        }
        QVERIFY2(
            failures.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 mutations:\n").arg(failures.size()).arg(mutations.size()) +
                       failures.mid(0, 10).join(u'\n')));
    }
};

QTEST_MAIN(TestSweep)
#include "tst_sweep.moc"
