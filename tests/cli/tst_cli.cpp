// ipsecdesigner-cli run as a process: exit codes, --help/--version everywhere, templates, validation, show,
// generate, import/export through the format registry.
#include "clirunner.h"
#include "formats/formatregistry.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;

namespace {

using Run = test::CliRun;
using test::describeRun;

Run cli(const QStringList &arguments)
{
    return test::runCli(arguments);
}

const QStringList kCommands{QStringLiteral("new"),      QStringLiteral("validate"), QStringLiteral("show"),
                            QStringLiteral("generate"), QStringLiteral("import"),   QStringLiteral("export"),
                            QStringLiteral("formats"),  QStringLiteral("backends"), QStringLiteral("review"),
                            QStringLiteral("diff"),     QStringLiteral("apply"),    QStringLiteral("read")};

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void showAndValidateReadAnExportedScriptAndSayHow();
    void initTestCase();

    void helpAndVersionWorkEverywhere_data();
    void helpAndVersionWorkEverywhere();
    void theToolsHelpListsEveryCommand();
    void theWindowReportsTheSameVersionAsTheTool();
    void usageErrorsGoToStderrWithExitCode2_data();
    void usageErrorsGoToStderrWithExitCode2();

    void listTemplatesNamesEveryTemplate();
    void newThenValidatePassesForEveryTemplate_data();
    void newThenValidatePassesForEveryTemplate();
    void newWritesTheTemplateItNames();
    void theBundledExampleIsTheExpressRouteTemplate();

    void validateExitsWithOneOnErrors();
    void validateExitsWithTwoOnUnreadableInput_data();
    void validateExitsWithTwoOnUnreadableInput();
    void validateJsonReportsFindingsAsJson();
    void validateChecksTheNamedTargets();

    void showListsPoliciesRulesListsAndActions();
    void showMasksPresharedKeys();
    void showJsonIsJsonAndMasksKeys();

    void generateWritesExactlyNFilters();
    void generateIsDeterministicPerSeed();

    void exportAndImportGoThroughTheRegistry();
    void formatOptionsAppearInTheFormatsHelp();
    void aFormatThatFailsGivesANonZeroExit();
    void formatsAndBackendsAreListed();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeStore(const QString &name, const StoreData &store)
    {
        const QString file = path(name);
        QString error;
        if (!json::saveFile(store, file, &error))
            qWarning() << error;
        return file;
    }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(CLI_PATH)).isExecutable(), CLI_PATH);
}

void TestCli::helpAndVersionWorkEverywhere_data()
{
    QTest::addColumn<QStringList>("prefix");
    QTest::newRow("the tool itself answers --help and --version") << QStringList{};
    for (const QString &c : kCommands)
        QTest::newRow(qPrintable(QStringLiteral("the %1 command answers --help and --version").arg(c)))
            << QStringList{c};
}

void TestCli::helpAndVersionWorkEverywhere()
{
    QFETCH(QStringList, prefix);
    const Run help = cli(prefix + QStringList{QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(describeRun(help)));
    const QString usage =
        QStringLiteral("Usage: ipsecdesigner-cli ") + (prefix.isEmpty() ? QString() : prefix.first() + u' ');
    QVERIFY2(help.out.startsWith(usage), qPrintable(help.out));
    QVERIFY(help.err.isEmpty());
    const Run version = cli(prefix + QStringList{QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("ipsecdesigner-cli " IPSEC_TEST_VERSION));
}

void TestCli::theWindowReportsTheSameVersionAsTheTool()
{
#ifdef GUI_PATH
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(GUI_PATH), {QStringLiteral("--version")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    // Both programs take their version from project(VERSION) in the root CMakeLists.txt.
    QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()).trimmed(),
             QStringLiteral("IPsec Policy Designer " IPSEC_TEST_VERSION));
#else
    QSKIP("built without the designer window (WITH_GUI=OFF)");
#endif
}

void TestCli::theToolsHelpListsEveryCommand()
{
    const Run r = cli({QStringLiteral("--help")});
    for (const QString &c : kCommands)
        QVERIFY2(r.out.contains(QStringLiteral("\n  ") + c + u' '), qPrintable(c));
    const Run viaHelp = cli({QStringLiteral("help"), QStringLiteral("show")});
    QCOMPARE(viaHelp.exitCode, 0);
    QVERIFY(viaHelp.out.startsWith(QStringLiteral("Usage: ipsecdesigner-cli show")));
}

void TestCli::usageErrorsGoToStderrWithExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command at all") << QStringList{} << "no command given";
    QTest::newRow("an unknown command")
        << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
    QTest::newRow("an unknown option")
        << QStringList{QStringLiteral("show"), QStringLiteral("--bogus"), QStringLiteral("x")}
        << "Unknown option 'bogus'";
    QTest::newRow("new without an output file")
        << QStringList{QStringLiteral("new"), QStringLiteral("--template"),
                       QStringLiteral("client-respond-only")}
        << "--output is required";
    QTest::newRow("an unknown template")
        << QStringList{QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("nope"),
                       QStringLiteral("-o"), QStringLiteral("x.ipsecstore")}
        << "unknown template 'nope'";
    QTest::newRow("validate without a file")
        << QStringList{QStringLiteral("validate")} << "missing argument FILE";
    QTest::newRow("validate with two files")
        << QStringList{QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")}
        << "unexpected argument 'b'";
    QTest::newRow("validate for an unknown target")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--target"), QStringLiteral("solaris"),
                       QStringLiteral("a")}
        << "unknown target 'solaris'";
    QTest::newRow("generate with a negative count")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--filters"), QStringLiteral("-3"),
                       QStringLiteral("-o"), QStringLiteral("x")}
        << "--filters needs a number";
    QTest::newRow("generate with a count that is not a number")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--filters"), QStringLiteral("many"),
                       QStringLiteral("-o"), QStringLiteral("x")}
        << "--filters needs a number";
    QTest::newRow("export to an unknown format")
        << QStringList{QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("klingon"),
                       QStringLiteral("a"),      QStringLiteral("-o"),   QStringLiteral("b")}
        << "unknown export format 'klingon'";
    QTest::newRow("import from an unknown format")
        << QStringList{QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("klingon"),
                       QStringLiteral("a"),      QStringLiteral("-o"),     QStringLiteral("b")}
        << "unknown import format 'klingon'";
    QTest::newRow("export without a format") << QStringList{QStringLiteral("export"), QStringLiteral("a"),
                                                            QStringLiteral("-o"), QStringLiteral("b")}
                                             << "--to is required";
}

void TestCli::usageErrorsGoToStderrWithExitCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = cli(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::listTemplatesNamesEveryTemplate()
{
    const Run r = cli({QStringLiteral("new"), QStringLiteral("--list-templates")});
    QCOMPARE(r.exitCode, 0);
    for (const TemplateInfo &t : templates()) {
        QVERIFY2(r.out.contains(t.name + u'\n'), qPrintable(t.name));
        QVERIFY(r.out.contains(t.title));
    }
}

void TestCli::newThenValidatePassesForEveryTemplate_data()
{
    QTest::addColumn<QString>("name");
    for (const TemplateInfo &t : templates())
        QTest::newRow(qPrintable(QStringLiteral("new --template %1 then validate passes").arg(t.name)))
            << t.name;
}

void TestCli::newThenValidatePassesForEveryTemplate()
{
    QFETCH(QString, name);
    const QString file = path(name + QStringLiteral(".json"));
    const Run made =
        cli({QStringLiteral("new"), QStringLiteral("--template"), name, QStringLiteral("-o"), file});
    QVERIFY2(made.exitCode == 0, qPrintable(describeRun(made)));
    const Run checked = cli({QStringLiteral("validate"), file});
    QVERIFY2(checked.exitCode == 0, qPrintable(describeRun(checked)));
    QVERIFY(checked.out.contains(QStringLiteral(": 0 errors")));
}

void TestCli::newWritesTheTemplateItNames()
{
    const QString file = path(QStringLiteral("expressroute.ipsecstore"));
    QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--template=expressroute-http8080"),
                  QStringLiteral("--output"), file})
                 .exitCode,
             0);
    const ImportResult loaded = json::loadFile(file);
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.store, *makeTemplate(QStringLiteral("expressroute-http8080")));
}

void TestCli::theBundledExampleIsTheExpressRouteTemplate()
{
    // The README starts the designer on this file; it must stay what `new` writes today.
    const QString example = test::sourcePath(QStringLiteral("examples/expressroute-http8080.ipsecstore"));
    const ImportResult loaded = json::loadFile(example);
    QVERIFY2(loaded.ok, qPrintable(example));
    QCOMPARE(loaded.store, *makeTemplate(QStringLiteral("expressroute-http8080")));
    QFile file(example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), json::write(loaded.store));
    const Run r = cli({QStringLiteral("validate"), example});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
}

void TestCli::validateExitsWithOneOnErrors()
{
    StoreData broken = *makeTemplate(QStringLiteral("expressroute-http8080"));
    broken.policies[0].rules[0].filterList = QUuid(QStringLiteral("{00000000-0000-0000-0000-00000000abcd}"));
    const Run r = cli({QStringLiteral("validate"), writeStore(QStringLiteral("broken.ipsecstore"), broken)});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY(r.out.contains(QStringLiteral("error IPS-")));
}

void TestCli::validateExitsWithTwoOnUnreadableInput_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::newRow("a file that does not exist") << QByteArray();
    QTest::newRow("a file that is not JSON") << QByteArray("this is not a policy store\n");
    QTest::newRow("a truncated document") << QByteArray("{\"format\": \"ipsecstore\", \"version\": 1, ");
}

void TestCli::validateExitsWithTwoOnUnreadableInput()
{
    QFETCH(QByteArray, content);
    const QString file = path(
        QStringLiteral("unreadable-%1.ipsecstore").arg(qHash(QString::fromUtf8(QTest::currentDataTag()))));
    QFile::remove(file);
    if (!content.isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = cli({QStringLiteral("validate"), file});
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(r)));
    QVERIFY(r.err.contains(QStringLiteral("error IPS-1")));
}

void TestCli::validateJsonReportsFindingsAsJson()
{
    StoreData broken = *makeTemplate(QStringLiteral("expressroute-http8080"));
    broken.filterActions[0].securityMethods.clear(); // a negotiate action without methods
    const QString file = writeStore(QStringLiteral("nomethods.ipsecstore"), broken);
    const Run r = cli({QStringLiteral("validate"), QStringLiteral("--json"), file});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(report.value(u"readable").toBool(), true);
    QVERIFY(report.value(u"errors").toInt() >= 1);
    const QJsonArray findings = report.value(u"findings").toArray();
    QCOMPARE(findings.size(), report.value(u"errors").toInt() + report.value(u"warnings").toInt() +
                                  report.value(u"infos").toInt());
    bool sawError = false;
    for (const QJsonValue &f : findings) {
        QVERIFY(f.toObject().value(u"code").toString().startsWith(QStringLiteral("IPS-")));
        if (f.toObject().value(u"severity").toString() == u"error") {
            sawError = true;
            QVERIFY(!f.toObject().value(u"location").toObject().value(u"objectPath").toString().isEmpty());
        }
    }
    QVERIFY(sawError);

    const Run unreadable =
        cli({QStringLiteral("validate"), QStringLiteral("--json"), path(QStringLiteral("none.json"))});
    QCOMPARE(unreadable.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(unreadable.out.toUtf8()).object().value(u"readable").toBool(true),
             false);
}

void TestCli::validateChecksTheNamedTargets()
{
    StoreData modern = *makeTemplate(QStringLiteral("expressroute-http8080"));
    modern.filterActions[0].securityMethods = {SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256)};
    const QString file = writeStore(QStringLiteral("modern.ipsecstore"), modern);
    const Run common = cli({QStringLiteral("validate"), file});
    QVERIFY2(common.exitCode == 0, qPrintable(describeRun(common)));
    const Run forWfas =
        cli({QStringLiteral("validate"), QStringLiteral("--target"), QStringLiteral("wfas"), file});
    QVERIFY2(forWfas.exitCode == 0, qPrintable(describeRun(forWfas)));
    const Run forNetsh =
        cli({QStringLiteral("validate"), QStringLiteral("--target"), QStringLiteral("wfas,netsh"), file});
    QVERIFY2(forNetsh.exitCode == 1, qPrintable(describeRun(forNetsh)));
    const Run forBlobs = cli(
        {QStringLiteral("validate"), QStringLiteral("--target=ipsecdata"), QStringLiteral("--json"), file});
    QCOMPARE(forBlobs.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(forBlobs.out.toUtf8()).object().value(u"targets").toArray(),
             QJsonArray{QStringLiteral("ipsecdata")});
}

void TestCli::showListsPoliciesRulesListsAndActions()
{
    const Run r =
        cli({QStringLiteral("show"), writeStore(QStringLiteral("server.ipsecstore"),
                                                *makeTemplate(QStringLiteral("server-request-security")))});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    for (const char *expected :
         {"Server (Request Security) [assigned]", "Rule 'Request Security (Optional) Rule'",
          "Filter list: All IP Traffic", "Filter action: Request Security (Optional) (Negotiate security)",
          "Authentication: Kerberos V5", "All ICMP Traffic (1 filter)", "me -> any  ICMP",
          "ESP[3DES,SHA1]:100000k/900s", "Default response rule: active"})
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(r.out.indexOf(QStringLiteral("Policies")) < r.out.indexOf(QStringLiteral("Filter lists")));
    QVERIFY(r.out.indexOf(QStringLiteral("Filter lists")) < r.out.indexOf(QStringLiteral("Filter actions")));

    const Run unreadable = cli({QStringLiteral("show"), path(QStringLiteral("missing.ipsecstore"))});
    QCOMPARE(unreadable.exitCode, 2);
    QVERIFY(!unreadable.err.isEmpty());
}

void TestCli::showMasksPresharedKeys()
{
    const QString secret = QStringLiteral("Sup3r-Secret-PSK");
    StoreData store = *makeTemplate(QStringLiteral("expressroute-http8080"));
    store.policies[0].rules[0].authMethods = {AuthMethod::presharedKey(secret)};
    store.policies[0].defaultResponse.authMethods = {AuthMethod::presharedKey(secret)};
    const Run r = cli({QStringLiteral("show"), writeStore(QStringLiteral("psk.ipsecstore"), store)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Preshared key (")));
    QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(r.out));
    const Run v = cli({QStringLiteral("validate"), path(QStringLiteral("psk.ipsecstore"))});
    QVERIFY(!v.out.contains(secret) && !v.err.contains(secret));
}

void TestCli::showJsonIsJsonAndMasksKeys()
{
    const QString secret = QStringLiteral("another-secret-key");
    StoreData store = *makeTemplate(QStringLiteral("expressroute-http8080"));
    store.policies[0].rules[0].authMethods = {AuthMethod::kerberos(), AuthMethod::presharedKey(secret)};
    const Run r = cli({QStringLiteral("show"), QStringLiteral("--json"),
                       writeStore(QStringLiteral("psk2.ipsecstore"), store)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(secret));
    const QJsonObject listing = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject rule =
        listing.value(u"policies").toArray().at(0).toObject().value(u"rules").toArray().at(0).toObject();
    QCOMPARE(rule.value(u"filterList").toString(), QStringLiteral("azure-onpremises-HTTP8080"));
    QCOMPARE(rule.value(u"filterAction").toString(), QStringLiteral("myEncryption"));
    QCOMPARE(rule.value(u"authentication").toArray().size(), 2);
    const QJsonObject filter =
        listing.value(u"filterLists").toArray().at(0).toObject().value(u"filters").toArray().at(0).toObject();
    QCOMPARE(filter.value(u"source").toString(), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(filter.value(u"destinationPort").toString(), QStringLiteral("8080"));
    QCOMPARE(listing.value(u"store").toObject().value(u"domain").toString(), QStringLiteral("ipsectest.com"));
}

void TestCli::generateWritesExactlyNFilters()
{
    const QString file = path(QStringLiteral("generated.ipsecstore"));
    const Run r = cli({QStringLiteral("generate"), QStringLiteral("--filters"), QStringLiteral("1234"),
                       QStringLiteral("-o"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    const ImportResult loaded = json::loadFile(file);
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.store.filterCount(), std::size_t(1234));
    QCOMPARE(loaded.store, generateStore(1234, 1));
    const Run v = cli({QStringLiteral("validate"), file});
    QVERIFY2(v.exitCode == 0, qPrintable(describeRun(v)));
}

void TestCli::generateIsDeterministicPerSeed()
{
    const QString a = path(QStringLiteral("seed-a.ipsecstore"));
    const QString b = path(QStringLiteral("seed-b.ipsecstore"));
    const QString c = path(QStringLiteral("seed-c.ipsecstore"));
    for (const auto &[file, seed] : {std::pair{a, "9"}, std::pair{b, "9"}, std::pair{c, "10"}})
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--filters"), QStringLiteral("300"),
                      QStringLiteral("--seed"), QString::fromLatin1(seed), QStringLiteral("-o"), file})
                     .exitCode,
                 0);
    auto bytes = [](const QString &f) {
        QFile file(f);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QVERIFY(!bytes(a).isEmpty());
    QCOMPARE(bytes(a), bytes(b));
    QVERIFY(bytes(a) != bytes(c));
}

void TestCli::exportAndImportGoThroughTheRegistry()
{
    const StoreData original = *makeTemplate(QStringLiteral("secure-server-require-security"));
    const QString file = writeStore(QStringLiteral("secure.ipsecstore"), original);
    const QString exported = path(QStringLiteral("exported.json"));
    const Run e = cli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("json"), file,
                       QStringLiteral("-o"), exported});
    QVERIFY2(e.exitCode == 0, qPrintable(describeRun(e)));
    const QString imported = path(QStringLiteral("imported.ipsecstore"));
    const Run i = cli(
        {QStringLiteral("import"), QStringLiteral("--from=json"), exported, QStringLiteral("-o"), imported});
    QVERIFY2(i.exitCode == 0, qPrintable(describeRun(i)));
    const ImportResult back = json::loadFile(imported);
    QVERIFY(back.ok);
    QCOMPARE(back.store, original);

    const Run missing = cli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("json"),
                             path(QStringLiteral("absent.ipsecstore")), QStringLiteral("-o"), exported});
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::formatOptionsAppearInTheFormatsHelp()
{
    // Every format's own options show up once the format is named, and only then.
    const Run plain = cli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(plain.exitCode, 0);
    for (const FormatDescriptor &f : formats()) {
        if (!f.exportFile || f.exportOptions.isEmpty())
            continue;
        const Run r =
            cli({QStringLiteral("export"), QStringLiteral("--to"), f.name, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const FormatOption &o : f.exportOptions) {
            QVERIFY2(r.out.contains(QStringLiteral("--") + o.name), qPrintable(f.name + u' ' + o.name));
            QVERIFY(r.out.contains(QStringLiteral("[%1]").arg(f.name)));
        }
        QVERIFY(!plain.out.contains(QStringLiteral("[%1]").arg(f.name)));
    }
}

void TestCli::aFormatThatFailsGivesANonZeroExit()
{
    const QString garbage = path(QStringLiteral("garbage.json"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[1, 2, ");
    f.close();
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("json"), garbage,
                       QStringLiteral("-o"), path(QStringLiteral("never.ipsecstore"))});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY(r.err.contains(QStringLiteral("IPS-1")));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.ipsecstore"))));
}

void TestCli::formatsAndBackendsAreListed()
{
    const Run r = cli({QStringLiteral("formats")});
    QCOMPARE(r.exitCode, 0);
    for (const FormatDescriptor &f : formats())
        QVERIFY2(r.out.contains(f.name + QStringLiteral(" (")), qPrintable(f.name));
    QVERIFY(r.out.contains(QStringLiteral("json (import, export)")));
    const Run b = cli({QStringLiteral("backends")});
    QCOMPARE(b.exitCode, 0);
    QVERIFY(!b.out.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::showAndValidateReadAnExportedScriptAndSayHow()
{
    // Issue 13, defect 10: `show` and `validate` refused an exported .cmd with "Not well-formed JSON".
    const QString example = test::sourcePath(QStringLiteral("examples/expressroute-http8080.ipsecstore"));
    const QString script = path(QStringLiteral("exported.cmd"));
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("netsh"),
                              example, QStringLiteral("-o"), script});
    QVERIFY2(exported.exitCode == 0, qPrintable(describeRun(exported)));
    // The content decides, not the suffix: the same script under a neutral name.
    const QString renamed = path(QStringLiteral("exported.txt.bak"));
    QVERIFY(QFile::copy(script, renamed));
    for (const QString &file : {script, renamed}) {
        const Run shown = cli({QStringLiteral("show"), file});
        QVERIFY2(shown.exitCode == 0, qPrintable(describeRun(shown)));
        QVERIFY2(shown.err.contains(QStringLiteral("as netsh")), qPrintable(describeRun(shown)));
        QVERIFY2(shown.out.contains(QStringLiteral("myEncryption")), qPrintable(describeRun(shown)));
        const Run checked = cli({QStringLiteral("validate"), file});
        QVERIFY2(checked.exitCode == 0 || checked.exitCode == 1, qPrintable(describeRun(checked)));
        QVERIFY2(checked.err.contains(QStringLiteral("as netsh")), qPrintable(describeRun(checked)));
    }
    // --from forces a format: the script is then not a document.
    const Run forced =
        cli({QStringLiteral("show"), QStringLiteral("--from"), QStringLiteral("json"), script});
    QCOMPARE(forced.exitCode, 2);
    QVERIFY2(forced.err.contains(QStringLiteral("IPS-100")), qPrintable(describeRun(forced)));
    // A document says nothing about its format.
    const Run document = cli({QStringLiteral("show"), example});
    QVERIFY2(!document.err.contains(QStringLiteral(" as ")), qPrintable(describeRun(document)));
}
