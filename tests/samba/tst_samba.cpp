// The directory form against a real Active Directory: a Samba domain provisioned in a temporary folder holds
// Windows' 22 default IPsec objects with their real blobs and enforces the AD schema and DN references
// (docs/formats/gpipsec.md, Directory objects and references). No server process, no network.
#include "formats/gpipsec/ldifformat.h"
#include "legacyfeaturestore.h"
#include "processrun.h"
#include "templates/templates.h"
#include "templates/windowsdefaults.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using namespace ipsec::gpipsec;

namespace {

const QString kDomainDn = QStringLiteral("DC=ipsectest,DC=com");
const QString kDefaultDomainPolicy =
    QStringLiteral("CN={31B2F340-016D-11D2-945F-00C04FB984F9},CN=Policies,CN=System,DC=ipsectest,DC=com");
const QString kProvisionLdif = QStringLiteral("/usr/share/samba/setup/provision.ldif");

using Run = test::ProcessRun;

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    return test::runProgram(program, arguments, timeoutMs);
}

QString errorsOf(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            lines << f.toString();
    return lines.join(QLatin1Char('\n'));
}

// What the directory holds for the objects of `expected`: each policy, list and action compared by GUID (the
// directory also holds Windows' defaults, and lists objects in its own order).
QStringList differencesById(const StoreData &actual, const StoreData &expected)
{
    StoreData sameOrder;
    sameOrder.info = expected.info;
    for (const Policy &p : expected.policies)
        if (const Policy *a = actual.policy(p.id))
            sameOrder.policies.push_back(*a);
    for (const FilterList &l : expected.filterLists)
        if (const FilterList *a = actual.filterList(l.id))
            sameOrder.filterLists.push_back(*a);
    for (const FilterAction &f : expected.filterActions)
        if (const FilterAction *a = actual.filterAction(f.id))
            sameOrder.filterActions.push_back(*a);
    return test::storeDifferences(sameOrder, expected);
}

// Rules have no order in Windows (docs/formats/object-model.md); compare them in GUID order.
StoreData withRulesInIdOrder(StoreData s)
{
    for (Policy &p : s.policies)
        std::sort(p.rules.begin(), p.rules.end(), [](const Rule &a, const Rule &b) { return a.id < b.id; });
    return s;
}

StoreData windowsDefaultObjects()
{
    StoreData s;
    s.filterLists = {windowsdefaults::allIpTraffic(), windowsdefaults::allIcmpTraffic()};
    s.filterActions = {windowsdefaults::permit(), windowsdefaults::requestSecurityOptional(),
                       windowsdefaults::requireSecurity()};
    s.policies = {windowsdefaults::clientRespondOnly(), windowsdefaults::serverRequestSecurity(),
                  windowsdefaults::secureServerRequireSecurity()};
    return s;
}

} // namespace

class TestSamba : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_provisioned; // the directory provisioned once; tests copy it
    QString m_skipReason;
    int m_copies = 0;

    bool requireSamba()
    {
        if (!m_skipReason.isEmpty())
            return false;
        return !m_provisioned.isEmpty();
    }

    // A fresh copy of the provisioned domain; returns the path of its sam.ldb.
    QString freshDirectory()
    {
        const QString target = m_root.filePath(QStringLiteral("copy%1").arg(++m_copies));
        const Run r = run(QStringLiteral("cp"), {QStringLiteral("-a"), m_provisioned, target});
        if (r.exitCode != 0)
            return {};
        return target + QStringLiteral("/private/sam.ldb");
    }

    Run ldbsearch(const QString &samLdb, const QString &base, const QString &filter)
    {
        return run(QStringLiteral("ldbsearch"),
                   {QStringLiteral("-H"), samLdb, QStringLiteral("-b"), base, filter});
    }

private slots:
    void initTestCase()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("samba-tool"));
        const QString ldbmodify = QStandardPaths::findExecutable(QStringLiteral("ldbmodify"));
        if (tool.isEmpty() || ldbmodify.isEmpty() || !QFile::exists(kProvisionLdif)) {
            m_skipReason = QStringLiteral("needs the Debian packages samba, samba-ad-provision and ldb-tools "
                                          "(samba-tool, ldbmodify, %1)")
                               .arg(kProvisionLdif);
            return;
        }
        QVERIFY(m_root.isValid());
        m_provisioned = m_root.filePath(QStringLiteral("domain"));
        // Provisioned once per run; each test that changes the directory works on a copy.
        const Run r = run(tool,
                          {QStringLiteral("domain"), QStringLiteral("provision"),
                           QStringLiteral("--realm=IPSECTEST.COM"), QStringLiteral("--domain=IPSECTEST"),
                           QStringLiteral("--server-role=dc"), QStringLiteral("--dns-backend=NONE"),
                           QStringLiteral("--adminpass=Ipsec-Test-Passw0rd!"),
                           QStringLiteral("--targetdir=") + m_provisioned},
                          240000);
        QVERIFY2(r.exitCode == 0, r.err.right(2000).constData());
    }

    void windowsDefaultsImportExactlyFromTheDirectory()
    {
        if (!requireSamba())
            IPSEC_SKIP_OUTSIDE_CI(m_skipReason);
        const Run r = ldbsearch(m_provisioned + QStringLiteral("/private/sam.ldb"),
                                QStringLiteral("CN=IP Security,CN=System,") + kDomainDn,
                                QStringLiteral("(objectClass=ipsecBase)"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("# returned 22 records"));
        const StoreImport in = readLdif(r.out, QStringLiteral("ldbsearch"));
        QVERIFY2(!hasErrors(in.findings), qPrintable(errorsOf(in.findings)));
        QCOMPARE(in.store.info.domain, QStringLiteral("ipsectest.com"));
        QCOMPARE(in.store.policies.size(), std::size_t(3));
        QCOMPARE(in.store.filterLists.size(), std::size_t(2));
        QCOMPARE(in.store.filterActions.size(), std::size_t(3));
        bool versionObjectSkipped = false;
        for (const Finding &f : in.findings)
            versionObjectSkipped =
                versionObjectSkipped || (f.code == u"IPS-321" && f.severity == Severity::Info &&
                                         f.message.contains(u"Version Information Object"));
        QVERIFY(versionObjectSkipped);
        const QStringList d =
            differencesById(withRulesInIdOrder(in.store), withRulesInIdOrder(windowsDefaultObjects()));
        QVERIFY2(d.isEmpty(), qPrintable(d.join(QLatin1Char('\n'))));
    }

    void windowsDefaultsImportExactlyFromProvisionLdif()
    {
        if (!QFile::exists(kProvisionLdif))
            IPSEC_SKIP_OUTSIDE_CI(QStringLiteral(
                "needs the Debian package samba-ad-provision (/usr/share/samba/setup/provision.ldif)"));
        QFile f(kProvisionLdif);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ldif = f.readAll().replace("${DOMAINDN}", kDomainDn.toUtf8());
        const StoreImport in = readLdif(ldif, kProvisionLdif);
        QVERIFY2(!hasErrors(in.findings), qPrintable(errorsOf(in.findings)));
        const QStringList d =
            differencesById(withRulesInIdOrder(in.store), withRulesInIdOrder(windowsDefaultObjects()));
        QVERIFY2(d.isEmpty(), qPrintable(d.join(QLatin1Char('\n'))));
    }

    void theThreeTemplatesEqualWindowsObjects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("client-respond-only") << QStringLiteral("client-respond-only");
        QTest::newRow("server-request-security") << QStringLiteral("server-request-security");
        QTest::newRow("secure-server-require-security") << QStringLiteral("secure-server-require-security");
    }
    void theThreeTemplatesEqualWindowsObjects()
    {
        QFETCH(QString, name);
        if (!QFile::exists(kProvisionLdif))
            IPSEC_SKIP_OUTSIDE_CI(QStringLiteral(
                "needs the Debian package samba-ad-provision (/usr/share/samba/setup/provision.ldif)"));
        QFile f(kProvisionLdif);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const StoreImport in = readLdif(f.readAll().replace("${DOMAINDN}", kDomainDn.toUtf8()));
        StoreData t = *makeTemplate(name);
        for (Policy &p : t.policies)
            p.assigned = false; // the directory assigns through a GPO, not through the object
        const QStringList d = differencesById(withRulesInIdOrder(in.store), withRulesInIdOrder(t));
        QVERIFY2(d.isEmpty(), qPrintable(d.join(QLatin1Char('\n'))));
    }

    void everyExportedLdifLoadsAndReadsBackEqual_data()
    {
        QTest::addColumn<StoreData>("store");
        QTest::addColumn<bool>("includeBuiltin");
        QTest::addColumn<bool>("assign");
        QTest::newRow("a store using every legacy feature")
            << test::everyLegacyFeatureStore() << false << false;
        QTest::newRow("a store using every legacy feature, assigned to the Default Domain Policy")
            << test::everyLegacyFeatureStore() << false << true;
        for (const char *name : {"client-respond-only", "server-request-security",
                                 "secure-server-require-security", "expressroute-http8080"}) {
            const StoreData t = *makeTemplate(QString::fromLatin1(name));
            QTest::newRow(qPrintable(QStringLiteral("the template %1").arg(QLatin1StringView(name))))
                << t << false << false;
            QTest::newRow(qPrintable(
                QStringLiteral("the template %1 with built-ins, assigned").arg(QLatin1StringView(name))))
                << t << true << true;
        }
        StoreData changed = *makeTemplate(QStringLiteral("server-request-security"));
        changed.filterActions.front().description = QStringLiteral("Changed by the designer");
        changed.filterLists.front().filters.front().protocol = protocol::Tcp;
        changed.policies.front().pollingIntervalMinutes = 30;
        QTest::newRow("a template with changed built-in objects") << changed << false << true;
    }
    void everyExportedLdifLoadsAndReadsBackEqual()
    {
        QFETCH(StoreData, store);
        QFETCH(bool, includeBuiltin);
        QFETCH(bool, assign);
        if (!requireSamba())
            IPSEC_SKIP_OUTSIDE_CI(m_skipReason);
        const LdifExportResult out =
            writeLdif(store, LdifExportOptions{QStringLiteral("ipsectest.com"),
                                               assign ? kDefaultDomainPolicy : QString(), includeBuiltin});
        QVERIFY2(out.ok, qPrintable(errorsOf(out.findings)));
        const QString sam = freshDirectory();
        QVERIFY(!sam.isEmpty());
        const QString file = m_root.filePath(QStringLiteral("export%1.ldf").arg(m_copies));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(out.ldif);
        }
        const Run load = run(QStringLiteral("ldbmodify"), {QStringLiteral("-H"), sam, file});
        QVERIFY2(load.exitCode == 0 && !load.err.contains("ERR"),
                 qPrintable(QString::fromUtf8(load.out.right(1500) + load.err.right(1500))));

        const Run back = ldbsearch(sam, QStringLiteral("CN=IP Security,CN=System,") + kDomainDn,
                                   QStringLiteral("(objectClass=ipsecBase)"));
        QCOMPARE(back.exitCode, 0);
        QByteArray readBack = back.out;
        if (assign) {
            const Run assignment = ldbsearch(
                sam, QStringLiteral("CN=ipsec,CN=Windows,CN=Microsoft,CN=Machine,") + kDefaultDomainPolicy,
                QStringLiteral("(objectClass=ipsecPolicy)"));
            QCOMPARE(assignment.exitCode, 0);
            QVERIFY(assignment.out.contains("# returned 1 records"));
            readBack += "\n" + assignment.out;
        }
        const StoreImport in = readLdif(readBack, QStringLiteral("ldbsearch"));
        QVERIFY2(!hasErrors(in.findings), qPrintable(errorsOf(in.findings)));
        StoreData expected = store;
        if (!assign)
            for (Policy &p : expected.policies)
                p.assigned = false;
        // A left-out built-in policy keeps Windows' order of rules, which has no meaning
        // (docs/formats/object-model.md).
        const QStringList d = differencesById(withRulesInIdOrder(in.store), withRulesInIdOrder(expected));
        QVERIFY2(d.isEmpty(), qPrintable(d.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSamba)
#include "tst_samba.moc"
