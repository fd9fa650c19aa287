// The repository explains itself (docs/architecture.md, Where the facts come from): no file cites documents
// outside the repository, every unconfirmed fact (Qn) the code names is explained in docs/, and every format
// document ends with its sources. This file is the one place that spells forbidden citations on purpose (in
// its self-test rows), so the scan leaves it out.
#include <QDebug>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString sourceRoot()
{
    return QStringLiteral(IPSEC_SOURCE_DIR);
}

const QString kThisFile = QStringLiteral("tests/repository/tst_repository.cpp");

// The folders whose text must not cite outside documents, and the files at the top.
const QStringList kScannedFolders{
    QStringLiteral("model"),     QStringLiteral("views"),     QStringLiteral("app"),
    QStringLiteral("tests"),     QStringLiteral("cmake"),     QStringLiteral("scripts"),
    QStringLiteral("installer"), QStringLiteral("docs"),      QStringLiteral("translations"),
    QStringLiteral("examples"),  QStringLiteral("resources"), QStringLiteral(".ci")};
const QStringList kScannedTopFiles{QStringLiteral("README.md"), QStringLiteral("CMakeLists.txt")};

struct ForbiddenForm {
    QRegularExpression pattern;
    const char *why;
};

// Each form a citation of the shared developer reference took. Tests may still READ ../shared/testdata
// (test data, not a citation), so only the reference and design documents are matched.
const QList<ForbiddenForm> &forbiddenForms()
{
    static const QList<ForbiddenForm> forms{
        {QRegularExpression(QStringLiteral(R"(shared[/\\]reference)")), "cites the shared reference folder"},
        {QRegularExpression(QStringLiteral(R"(design[.]md)")), "cites design.md"},
        {QRegularExpression(QStringLiteral(R"((?<![\w-])0[1-8]-[a-z0-9-]+[.]md)")), "names a reference file"},
        {QRegularExpression(QStringLiteral(R"(open-questions)")), "names the open-questions file"},
        {QRegularExpression(QStringLiteral(R"(\b[Rr]ef(?:erence)?[.]?\s*(?:\x{00A7}|Q\d|\d+[.]\d))")),
         "a reference-style citation"},
        {QRegularExpression(QStringLiteral(
             R"(\[(?:SPEC|VPNEASE|IPSEC2K|IPSECDOTNET|REAL-BYTES|NETSH-DOC|NETSH-HELP|PS-DOC|GPMC-SAMPLE|SAMBA-PROV|HTB-DUMP)\b)")),
         "a source tag of the reference"},
    };
    return forms;
}

// Why `line` cites something outside the repository, or an empty string. A section sign is allowed only as
// part of a specification's section ("MS-GPIPSEC §2.2.1"); every other one was a reference section.
QString citationProblem(const QString &line)
{
    for (const ForbiddenForm &form : forbiddenForms())
        if (form.pattern.match(line).hasMatch())
            return QString::fromLatin1(form.why);
    static const QRegularExpression specificationBefore(QStringLiteral(R"(MS-[A-Z]+ ?$)"));
    for (qsizetype at = line.indexOf(QChar(0x00A7)); at >= 0; at = line.indexOf(QChar(0x00A7), at + 1))
        if (!specificationBefore.match(line.left(at)).hasMatch())
            return QStringLiteral("a section sign that is not a specification's");
    return {};
}

// Text files only: a NUL in the first 8 KiB marks a binary (the screenshots).
bool isText(const QByteArray &bytes)
{
    return !bytes.left(8192).contains('\0');
}

QStringList scannedFiles()
{
    QStringList files;
    const QString root = sourceRoot();
    for (const QString &top : kScannedTopFiles)
        files << top;
    for (const QString &folder : kScannedFolders) {
        QDirIterator it(root + QLatin1Char('/') + folder, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(root.size() + 1);
    }
    files.removeAll(kThisFile);
    files.sort();
    return files;
}

QByteArray readSource(const QString &relative)
{
    QFile file(sourceRoot() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every Qn that code or tests name.
QMap<int, QString> unconfirmedFactsNamedInCode()
{
    static const QRegularExpression qn(QStringLiteral(R"(\bQ(\d{1,3})\b)"));
    static const QRegularExpression codeFile(QStringLiteral(R"([.](?:h|cpp)$)"));
    QMap<int, QString> named; // number -> the first file:line naming it
    for (const QString &relative : scannedFiles()) {
        if (!codeFile.match(relative).hasMatch() || relative.startsWith(QLatin1String("docs/")))
            continue;
        const QStringList lines = QString::fromUtf8(readSource(relative)).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i)
            for (auto m = qn.globalMatch(lines[i]); m.hasNext();) {
                const int number = m.next().captured(1).toInt();
                if (!named.contains(number))
                    named.insert(number, QStringLiteral("%1:%2").arg(relative).arg(i + 1));
            }
    }
    return named;
}

// The Qn that docs/architecture.md or docs/formats/*.md explain: a table row "| Qn |" or a list item "- Qn:".
// docs/formats/*.md, relative to the source root.
QStringList formatDocuments()
{
    QStringList documents;
    QDirIterator it(sourceRoot() + QStringLiteral("/docs/formats"), {QStringLiteral("*.md")}, QDir::Files);
    while (it.hasNext())
        documents << it.next().mid(sourceRoot().size() + 1);
    documents.sort();
    return documents;
}

QSet<int> unconfirmedFactsExplainedInDocs()
{
    static const QRegularExpression row(QStringLiteral(R"(^(?:\| Q(\d+) \||- Q(\d+):))"),
                                        QRegularExpression::MultilineOption);
    const QStringList documents = QStringList{QStringLiteral("docs/architecture.md")} + formatDocuments();
    QSet<int> explained;
    for (const QString &document : documents)
        for (auto m = row.globalMatch(QString::fromUtf8(readSource(document))); m.hasNext();) {
            const QRegularExpressionMatch match = m.next();
            explained.insert((match.hasCaptured(1) ? match.captured(1) : match.captured(2)).toInt());
        }
    return explained;
}

} // namespace

class TestRepository : public QObject {
    Q_OBJECT
private slots:
    void theCitationCheckJudgesEachForm_data();
    void theCitationCheckJudgesEachForm();
    void noFileCitesDocumentsOutsideTheRepository();
    void everyUnconfirmedFactTheCodeNamesIsExplainedInTheDocs();
    void everyFormatDocumentEndsWithItsSources();
};

void TestRepository::theCitationCheckJudgesEachForm_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("forbidden");
    const QString section(QChar(0x00A7));
    QTest::newRow("a path into the shared reference folder is caught")
        << QStringLiteral("// Layouts: ../shared/reference/03-gpipsec.md") << true;
    QTest::newRow("a reference file named without its folder is caught")
        << QStringLiteral("// Reference: 05-gpfas.md, 07-legacy-to-wfas.md") << true;
    QTest::newRow("the open questions file is caught")
        << QStringLiteral("// each with its Qn from reference/08-open-questions.md") << true;
    QTest::newRow("the design document is caught")
        << QStringLiteral("# Architecture: how the code maps onto `../shared/design.md`") << true;
    QTest::newRow("a reference section with its word is caught")
        << QStringLiteral("// (reference %13.9 item 2)").arg(section) << true;
    QTest::newRow("an abbreviated reference section is caught")
        << QStringLiteral("// see ref %15.4.1").arg(section) << true;
    QTest::newRow("a bare reference section is caught")
        << QStringLiteral("// ---- ipsecNFA (%13.7.3) ----").arg(section) << true;
    QTest::newRow("a reference section number without the sign is caught")
        << QStringLiteral("\"leave out the allow rules (reference 5.12)\"") << true;
    QTest::newRow("an open question cited through the reference is caught")
        << QStringLiteral("\"outside 300 s - 48 h (reference Q3)\"") << true;
    QTest::newRow("a source tag of the reference is caught")
        << QStringLiteral("// 1 = PFS [IPSEC2K], real bytes [VPNEASE]") << true;
    QTest::newRow("a citation of the project's own document passes")
        << QStringLiteral("// (docs/formats/gpipsec.md, Quirks of real data)") << false;
    QTest::newRow("a specification section with its sign passes")
        << QStringLiteral("// in the order MS-GPIPSEC %12.2.1 gives").arg(section) << false;
    QTest::newRow("a specification section in brackets passes")
        << QStringLiteral("// Connection security rules [spec MS-GPFAS 2.2.6.2]") << false;
    QTest::newRow("an open question by its number alone passes")
        << QStringLiteral("// Q29: filter v2 (docs/formats/gpipsec.md)") << false;
    QTest::newRow("reading the shared test data passes")
        << QStringLiteral("testdataPath(\"netsh/sec505_NetShell_Make_Static_IPSec_Policy.cmd\")") << false;
    QTest::newRow("the reference scenario is not a citation")
        << QStringLiteral("// The reference scenario expressroute-http8080") << false;
}

void TestRepository::theCitationCheckJudgesEachForm()
{
    QFETCH(QString, line);
    QFETCH(bool, forbidden);
    QCOMPARE(!citationProblem(line).isEmpty(), forbidden);
}

void TestRepository::noFileCitesDocumentsOutsideTheRepository()
{
    const QStringList files = scannedFiles();
    QVERIFY2(files.contains(QStringLiteral("docs/architecture.md")),
             qPrintable(QStringLiteral("the source tree is not at %1").arg(sourceRoot())));
    QStringList problems;
    for (const QString &relative : files) {
        const QByteArray bytes = readSource(relative);
        if (!isText(bytes))
            continue;
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString why = citationProblem(lines[i]);
            if (!why.isEmpty())
                problems
                    << QStringLiteral("%1:%2: %3: %4").arg(relative).arg(i + 1).arg(why, lines[i].trimmed());
        }
    }
    // QtTest cuts long messages: each problem is printed in full, the failure says how many.
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 line(s) cite documents outside the repository "
                                                           "(listed above); cite docs/... or a specification "
                                                           "section instead")
                                                .arg(problems.size())));
}

void TestRepository::everyUnconfirmedFactTheCodeNamesIsExplainedInTheDocs()
{
    const QMap<int, QString> named = unconfirmedFactsNamedInCode();
    QVERIFY2(!named.isEmpty(), "no Qn found in the code: the scan looks in the wrong place");
    const QSet<int> explained = unconfirmedFactsExplainedInDocs();
    QStringList missing;
    for (auto it = named.cbegin(); it != named.cend(); ++it)
        if (!explained.contains(it.key()))
            missing << QStringLiteral("Q%1 (named at %2)").arg(it.key()).arg(it.value());
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("add a row \"| Qn | ... |\" to a table in docs/formats/ for: ") +
                        missing.join(QStringLiteral(", "))));
}

void TestRepository::everyFormatDocumentEndsWithItsSources()
{
    static const QRegularExpression heading(QStringLiteral(R"(^## (.+)$)"),
                                            QRegularExpression::MultilineOption);
    const QStringList documents = formatDocuments();
    for (const QString &document : documents) {
        QString last;
        for (auto m = heading.globalMatch(QString::fromUtf8(readSource(document))); m.hasNext();)
            last = m.next().captured(1).trimmed();
        QVERIFY2(last == QLatin1String("Sources"),
                 qPrintable(
                     QStringLiteral("%1: the last section is \"%2\", not \"Sources\"").arg(document, last)));
    }
    QVERIFY2(documents.size() >= 4, "docs/formats/ holds fewer documents than the four formats need");
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
