// Stores through the directory (LDIF) and registry (.reg) forms and back, and hostile input to both readers.
#include "formats/gpipsec/gpipsecconstants.h"
#include "formats/gpipsec/gpipsecformat.h"
#include "formats/gpipsec/ldif.h"
#include "formats/gpipsec/ldifformat.h"
#include "formats/gpipsec/regformat.h"
#include "formats/json/jsonformat.h"
#include "legacyfeaturestore.h"
#include "templates/templates.h"
#include "testdata.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using namespace ipsec::gpipsec;

namespace {

StoreData asDomainStore(StoreData s)
{
    s.info = StoreInfo{};
    s.info.location = StoreLocation::Domain;
    s.info.domain = QStringLiteral("ipsectest.com");
    return s;
}

StoreData asLocalStore(StoreData s)
{
    s.info = StoreInfo{};
    s.info.location = StoreLocation::Local;
    return s;
}

QString describeFindings(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.toString();
    return lines.join(QLatin1Char('\n'));
}

bool hasCode(const Findings &findings, const char *code)
{
    for (const Finding &f : findings)
        if (f.code == QLatin1StringView(code))
            return true;
    return false;
}

QByteArray blobFile(const QString &name)
{
    QFile f(test::testdataPath(QStringLiteral("ipsecData/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString regHex(const QByteArray &bytes)
{
    QStringList parts;
    for (const char c : bytes)
        parts << QStringLiteral("%1").arg(static_cast<uchar>(c), 2, 16, QChar(u'0'));
    return parts.join(QLatin1Char(','));
}

// Replays an LDIF as a directory would: every DN-valued attribute must name an object that exists already
// (added earlier in the file, or one of Windows' built-in objects, which every domain holds).
QStringList referencesBeforeTheirObjects(const QByteArray &ldif, const QString &domainDn)
{
    QSet<QString> existing;
    existing.insert(QStringLiteral("cn=machine,") + QStringLiteral("x")); // placeholder, never matched
    QStringList problems;
    auto exists = [&](const QString &dn) {
        const QString rdn = dn.section(QLatin1Char(','), 0, 0).mid(3);
        const auto name = parseObjectName(rdn);
        return existing.contains(dn.toLower()) || (name && isBuiltinObject(name->second));
    };
    const LdifParseResult parsed = parseLdif(ldif);
    for (const LdifRecord &r : parsed.records) {
        auto check = [&](const QString &attribute, const QByteArray &value) {
            if (attribute.endsWith(u"Reference", Qt::CaseInsensitive) && !exists(QString::fromUtf8(value)))
                problems << QStringLiteral("line %1: %2 names %3 before it exists")
                                .arg(r.line)
                                .arg(attribute, QString::fromUtf8(value));
        };
        for (const LdifAttribute &a : r.attributes)
            check(a.name, a.value);
        for (const LdifModification &m : r.modifications)
            for (const QByteArray &v : m.values)
                check(m.attribute, v);
        if (r.changeType == LdifRecord::ChangeType::Add)
            existing.insert(r.dn.toLower());
    }
    Q_UNUSED(domainDn)
    return problems;
}

} // namespace

class TestGpipsecStore : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<StoreData>("store");
        QTest::newRow("a store using every legacy feature") << test::everyLegacyFeatureStore();
        for (const char *name : {"client-respond-only", "server-request-security",
                                 "secure-server-require-security", "expressroute-http8080"}) {
            const auto t = makeTemplate(QString::fromLatin1(name));
            QVERIFY2(t, name);
            QTest::newRow(qPrintable(QStringLiteral("the template %1").arg(QLatin1StringView(name)))) << *t;
        }
        QTest::newRow("an empty store") << StoreData{};
    }

    void roundTrips()
    {
        QFETCH(StoreData, store);
        // LDIF, with the built-in objects written so that everything comes back.
        LdifExportOptions options;
        options.domain = QStringLiteral("ipsectest.com");
        options.includeBuiltin = true;
        // The directory holds the assignment in the GPO, so the round trip names one.
        options.gpoDn = QStringLiteral(
            "CN={31B2F340-016D-11D2-945F-00C04FB984F9},CN=Policies,CN=System,DC=ipsectest,DC=com");
        const LdifExportResult ldif = writeLdif(store, options);
        QVERIFY2(ldif.ok, qPrintable(describeFindings(ldif.findings)));
        QVERIFY(!hasErrors(ldif.findings));
        const QStringList order =
            referencesBeforeTheirObjects(ldif.ldif, QStringLiteral("DC=ipsectest,DC=com"));
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
        if (!store.policies.empty()) {
            const StoreImport back = readLdif(ldif.ldif, QStringLiteral("out.ldf"));
            QVERIFY2(!hasErrors(back.findings), qPrintable(describeFindings(back.findings)));
            QVERIFY2(back.store == asDomainStore(store),
                     qPrintable(test::storeDifferences(back.store, asDomainStore(store)).join(u'\n')));
        }

        // .reg
        const RegExportResult reg = writeReg(store, RegExportOptions{1700000000u});
        QVERIFY2(reg.ok, qPrintable(describeFindings(reg.findings)));
        const StoreImport regBack = readReg(reg.reg, QStringLiteral("out.reg"));
        if (!store.policies.empty()) {
            QVERIFY2(!hasErrors(regBack.findings), qPrintable(describeFindings(regBack.findings)));
            QVERIFY2(regBack.store == asLocalStore(store),
                     qPrintable(test::storeDifferences(regBack.store, asLocalStore(store)).join(u'\n')));
        } else {
            QVERIFY(hasCode(regBack.findings, "IPS-373")); // nothing in it: said so
        }
    }

    void theRegFileIsUtf16WithBomCrlfAndRegeditLineWidths()
    {
        const RegExportResult reg = writeReg(test::everyLegacyFeatureStore(), RegExportOptions{1700000000u});
        QVERIFY(reg.reg.startsWith("\xFF\xFE"));
        const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(reg.reg.constData() + 2),
                                                (reg.reg.size() - 2) / 2);
        QVERIFY(text.startsWith(u"Windows Registry Editor Version 5.00\r\n"));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
        for (const QString &line : text.split(QStringLiteral("\r\n")))
            if (line.contains(u"=hex") || line.startsWith(u"  "))
                QVERIFY2(line.size() <= 80, qPrintable(line));
        QVERIFY(text.contains(
            u"\"ActivePolicy\"=\"SOFTWARE\\\\Policies\\\\Microsoft\\\\Windows\\\\IPSec\\\\Policy\\\\"
            u"Local\\\\ipsecPolicy{00000300-1111-4222-8333-444455556666}\""));
        QVERIFY(text.contains(u"\"ipsecDataType\"=dword:00000100"));
        QVERIFY(text.contains(u"\"whenChanged\"=dword:6553f100"));
        QVERIFY(text.contains(u"\"ipsecNFAReference\"=hex(7):"));
    }

    void aRegedit4ExportOfTheRealLocalStoreImports()
    {
        IPSEC_REQUIRE_TESTDATA("ipsecData/vpnease_nfa_rule_psk_RECONSTRUCTED.bin");
        // The shape of Windows 2000/XP's regedit export of the local store (docs/formats/gpipsec.md,
        // Directory objects and references), with the real blobs.
        const QString base = QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows\\IPSec\\Policy\\Local\\");
        const QString key = QStringLiteral("[HKEY_LOCAL_MACHINE\\") + base;
        const QString esc = QString(base).replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
        auto multi = [](const QStringList &paths) {
            QByteArray b;
            for (const QString &p : paths)
                b += p.toLatin1() + '\0';
            return regHex(b + '\0');
        };
        const QString policy = QStringLiteral("ipsecPolicy{11111111-0000-0000-0000-000000000001}");
        const QString isakmp = QStringLiteral("ipsecISAKMPPolicy{11111111-0000-0000-0000-000000000002}");
        const QString rule = QStringLiteral("ipsecNFA{11111111-0000-0000-0000-000000000003}");
        const QString response = QStringLiteral("ipsecNFA{11111111-0000-0000-0000-000000000004}");
        const QString action = QStringLiteral("ipsecNegotiationPolicy{11111111-0000-0000-0000-000000000005}");
        const QString responseAction =
            QStringLiteral("ipsecNegotiationPolicy{11111111-0000-0000-0000-000000000006}");
        const QString filter = QStringLiteral("ipsecFilter{11111111-0000-0000-0000-000000000007}");
        QString text =
            QStringLiteral("REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\"
                           "IPSec\\Policy\\Local]\r\n\"ActivePolicy\"=\"%1%2\"\r\n")
                .arg(esc, policy);
        auto object = [&](const QString &name, const QString &cls, const QString &blob,
                          const QString &extra) {
            text += QStringLiteral(
                        "\r\n%1%2]\r\n\"ClassName\"=\"%3\"\r\n\"ipsecID\"=\"%4\"\r\n\"ipsecName\"=\"%5\"\r\n"
                        "\"ipsecDataType\"=dword:00000100\r\n\"whenChanged\"=dword:3b9aca00\r\n"
                        "\"ipsecData\"=hex:%6\r\n%7")
                        .arg(key, name, cls, name.mid(name.indexOf(QLatin1Char('{'))), name,
                             regHex(blobFile(blob)), extra);
        };
        object(policy, QStringLiteral("ipsecPolicy"), QStringLiteral("vpnease_policy_polling10800.bin"),
               QStringLiteral("\"ipsecISAKMPReference\"=\"%1%2\"\r\n\"ipsecNFAReference\"=hex(7):%3\r\n")
                   .arg(esc, isakmp, multi({base + rule, base + response})));
        object(isakmp, QStringLiteral("ipsecISAKMPPolicy"),
               QStringLiteral("vpnease_isakmp_default4methods.bin"), {});
        object(rule, QStringLiteral("ipsecNFA"), QStringLiteral("vpnease_nfa_rule_psk_RECONSTRUCTED.bin"),
               QStringLiteral(
                   "\"ipsecFilterReference\"=hex(7):%1\r\n\"ipsecNegotiationPolicyReference\"=\"%2%3\"\r\n")
                   .arg(multi({base + filter}), esc, action));
        object(response, QStringLiteral("ipsecNFA"),
               QStringLiteral("vpnease_nfa_default_response_kerberos_RECONSTRUCTED.bin"),
               QStringLiteral("\"ipsecNegotiationPolicyReference\"=\"%1%2\"\r\n").arg(esc, responseAction));
        object(
            action, QStringLiteral("ipsecNegotiationPolicy"),
            QStringLiteral("vpnease_negpol_filteraction_esp3desmd5_300s.bin"),
            QStringLiteral("\"ipsecNegotiationPolicyAction\"=\"{8A171DD3-77E3-11D1-8659-A04F00000000}\"\r\n"
                           "\"ipsecNegotiationPolicyType\"=\"{62F49E10-6C37-11D1-864C-14A300000000}\"\r\n"));
        object(
            responseAction, QStringLiteral("ipsecNegotiationPolicy"),
            QStringLiteral("vpnease_negpol_default_response_6offers.bin"),
            QStringLiteral("\"ipsecNegotiationPolicyAction\"=\"{8A171DD3-77E3-11D1-8659-A04F00000000}\"\r\n"
                           "\"ipsecNegotiationPolicyType\"=\"{62F49E13-6C37-11D1-864C-14A300000000}\"\r\n"));
        object(filter, QStringLiteral("ipsecFilter"), QStringLiteral("vpnease_filter_l2tp_udp1701.bin"), {});

        const StoreImport in = readReg(text.toLatin1(), QStringLiteral("vpnease.reg"));
        QVERIFY2(!hasErrors(in.findings), qPrintable(describeFindings(in.findings)));
        QCOMPARE(in.store.policies.size(), std::size_t(1));
        const Policy &p = in.store.policies.front();
        QVERIFY(p.assigned);
        QCOMPARE(p.pollingIntervalMinutes, 180u);
        QCOMPARE(p.ike.methods.size(), 4);
        QCOMPARE(p.rules.size(), 1);
        QCOMPARE(p.rules.first().authMethods.first().value, QStringLiteral("example-psk"));
        QCOMPARE(p.defaultResponse.securityMethods.size(), 6);
        QVERIFY(!p.defaultResponse.active);
        QCOMPARE(in.store.filterLists.front().filters.front().sourcePort, PortRange::single(1701));
        QCOMPARE(in.store.filterActions.front().securityMethods.front().lifetimeSeconds, 300u);
    }

    void unchangedBuiltinObjectsAreLeftOutWithANote()
    {
        const StoreData store = *makeTemplate(QStringLiteral("server-request-security"));
        const LdifExportResult r =
            writeLdif(store, LdifExportOptions{QStringLiteral("ipsectest.com"), {}, false});
        QVERIFY(r.ok);
        QVERIFY(hasCode(r.findings, "IPS-343"));
        QVERIFY(!r.ldif.contains("changetype: add"));
        QVERIFY(!r.ldif.contains("changetype: modify"));
        QVERIFY(r.ldif.contains("built-in objects are unchanged and left out"));
    }

    void aChangedBuiltinObjectIsWrittenAsAModification()
    {
        StoreData store = *makeTemplate(QStringLiteral("secure-server-require-security"));
        store.filterActions.front().description = QStringLiteral("changed by the designer");
        const QUuid changed = store.filterActions.front().id;
        const LdifExportResult r =
            writeLdif(store, LdifExportOptions{QStringLiteral("ipsectest.com"), {}, false});
        QVERIFY(r.ok);
        const LdifParseResult parsed = parseLdif(r.ldif);
        QCOMPARE(parsed.records.size(), 1);
        QCOMPARE(parsed.records.first().changeType, LdifRecord::ChangeType::Modify);
        QVERIFY(parsed.records.first().dn.contains(changed.toString(QUuid::WithBraces).toUpper()));
        QVERIFY(r.ldif.contains("description: changed by the designer"));
    }

    void newRulesUsingBuiltinListsAddThemselvesAsOwners()
    {
        StoreData store = *makeTemplate(QStringLiteral("client-respond-only"));
        Rule r;
        r.id = test::fixedId(1);
        r.name = QStringLiteral("New rule");
        r.filterList = store.filterLists.front().id;
        r.filterAction = store.filterActions.front().id;
        r.authMethods = {AuthMethod::kerberos()};
        Policy p = store.policies.front();
        p.id = test::fixedId(2);
        p.ike.id = test::fixedId(3);
        p.defaultResponse.id = test::fixedId(4);
        p.defaultResponse.negotiationPolicyId = test::fixedId(5);
        p.rules = {r};
        p.name = QStringLiteral("New policy");
        store.policies.push_back(p);
        const LdifExportResult out =
            writeLdif(store, LdifExportOptions{QStringLiteral("ipsectest.com"), {}, false});
        QVERIFY(out.ok);
        QVERIFY(out.ldif.contains("add: ipsecOwnersReference"));
        QVERIFY(out.ldif.contains("changetype: add"));
        QVERIFY(referencesBeforeTheirObjects(out.ldif, {}).isEmpty());
    }

    void theGpoAssignmentCreatesItsParentContainersFirst()
    {
        const QString gpo = QStringLiteral(
            "CN={31B2F340-016D-11D2-945F-00C04FB984F9},CN=Policies,CN=System,DC=ipsectest,DC=com");
        const LdifExportResult r = writeLdif(test::everyLegacyFeatureStore(),
                                             LdifExportOptions{QStringLiteral("ipsectest.com"), gpo, false});
        QVERIFY(r.ok);
        const LdifParseResult parsed = parseLdif(r.ldif);
        QStringList tail;
        for (qsizetype i = parsed.records.size() - 3; i < parsed.records.size(); ++i)
            tail << parsed.records[i].dn;
        QCOMPARE(tail, (QStringList{QStringLiteral("CN=Microsoft,CN=Machine,") + gpo,
                                    QStringLiteral("CN=Windows,CN=Microsoft,CN=Machine,") + gpo,
                                    QStringLiteral("CN=ipsec,CN=Windows,CN=Microsoft,CN=Machine,") + gpo}));
        const StoreImport back = readLdif(r.ldif);
        QVERIFY(back.store.policies.front().assigned);
    }

    void badExportOptionsAreRefused_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("gpoDn");
        QTest::newRow("no domain at all") << QString() << QString();
        QTest::newRow("a domain with a space") << QStringLiteral("ipsec test.com") << QString();
        QTest::newRow("a GPO DN that is not a GPO")
            << QStringLiteral("ipsectest.com") << QStringLiteral("CN=Users,DC=ipsectest,DC=com");
    }
    void badExportOptionsAreRefused()
    {
        QFETCH(QString, domain);
        QFETCH(QString, gpoDn);
        const LdifExportResult r =
            writeLdif(test::everyLegacyFeatureStore(), LdifExportOptions{domain, gpoDn, false});
        QVERIFY(!r.ok);
        QVERIFY(hasCode(r.findings, "IPS-345"));
    }

    void aDomainCanBeRetargeted()
    {
        StoreData store = asDomainStore(test::everyLegacyFeatureStore());
        const LdifExportResult r =
            writeLdif(store, LdifExportOptions{QStringLiteral("DC=corp,DC=example"), {}, true});
        QVERIFY(r.ok);
        QVERIFY(r.ldif.contains("CN=IP Security,CN=System,DC=corp,DC=example"));
        QVERIFY(!r.ldif.contains("ipsectest"));
        QCOMPARE(readLdif(r.ldif).store.info.domain, QStringLiteral("corp.example"));
    }

    void strongerAlgorithmsThanTheLegacyFormatHasAreRefused()
    {
        StoreData store = test::everyLegacyFeatureStore();
        store.filterActions[2].securityMethods.first().espEncryption = Encryption::Aes256;
        store.policies.front().ike.methods.first().dhGroup = DhGroup::Group20;
        const LdifExportResult r =
            writeLdif(store, LdifExportOptions{QStringLiteral("ipsectest.com"), {}, false});
        QVERIFY(!r.ok);
        QCOMPARE(countOf(r.findings, Severity::Error), 2);
        QVERIFY(hasCode(r.findings, "IPS-340"));
        QVERIFY(!writeReg(store).ok);
    }

    void plainExportsInAnyOrderAndCaseImport()
    {
        // A plain ldifde/ldapsearch-style export: no changetype, objects reversed, attributes reversed, DNs
        // in lower case, CRLF, folded at another width, a UTF-16 BOM.
        const StoreData store = test::everyLegacyFeatureStore();
        const LdifExportResult r =
            writeLdif(store, LdifExportOptions{QStringLiteral("ipsectest.com"), {}, true});
        QVERIFY(r.ok);
        StoreImport mine = readLdif(r.ldif);
        // Rebuild each object as one plain entry from what the directory would hold.
        const StoreData expected = mine.store;
        QList<QByteArray> entries;
        const LdifParseResult parsed = parseLdif(r.ldif);
        QHash<QString, QList<LdifAttribute>> merged;
        QStringList order;
        for (const LdifRecord &rec : parsed.records) {
            const QString dn = rec.dn.toLower();
            if (!merged.contains(dn))
                order << dn;
            merged[dn] << rec.attributes;
            for (const LdifModification &m : rec.modifications)
                for (const QByteArray &v : m.values)
                    merged[dn] << LdifAttribute{m.attribute, v};
        }
        QByteArray plain;
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            QByteArray entry = "dn: " + it->toUtf8() + "\r\n";
            // Attributes in another order (values of one attribute keep theirs, as a directory keeps them).
            QList<LdifAttribute> attrs = merged[*it];
            std::stable_sort(attrs.begin(), attrs.end(), [](const LdifAttribute &x, const LdifAttribute &y) {
                return x.name.compare(y.name, Qt::CaseInsensitive) > 0;
            });
            for (const LdifAttribute &a : std::as_const(attrs)) {
                QByteArray line = a.name.toUtf8() + ":: " + a.value.toBase64();
                if (a.name.endsWith(u"Reference"))
                    line = a.name.toUpper().toUtf8() + ": " + a.value.toLower();
                while (line.size() > 30) {
                    entry += line.left(30) + "\r\n ";
                    line = line.mid(30);
                }
                entry += line + "\r\n";
            }
            plain += "# record\r\n" + entry + "\r\n";
        }
        QByteArray utf16("\xFF\xFE", 2);
        const QString text = QString::fromUtf8(plain);
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const StoreImport in = readLdif(utf16, QStringLiteral("plain.ldf"));
        QVERIFY2(!hasErrors(in.findings), qPrintable(describeFindings(in.findings)));
        QCOMPARE(in.store.policies.size(), expected.policies.size());
        for (const Policy &p : expected.policies)
            QCOMPARE(*in.store.policy(p.id), p);
        for (const FilterList &l : expected.filterLists)
            QCOMPARE(*in.store.filterList(l.id), l);
        for (const FilterAction &a : expected.filterActions)
            QCOMPARE(*in.store.filterAction(a.id), a);
    }

    void aRuleWhoseFilterListIsMissingIsReportedAndLeftOut()
    {
        const LdifExportResult r = writeLdif(test::everyLegacyFeatureStore(),
                                             LdifExportOptions{QStringLiteral("ipsectest.com"), {}, false});
        // Write the file again without the add record of the first filter list.
        LdifWriter w;
        for (const LdifRecord &rec : parseLdif(r.ldif).records) {
            if (rec.dn.startsWith(u"CN=ipsecFilter{00000100-1111-4222-8333-444455556666}"))
                continue;
            if (rec.changeType == LdifRecord::ChangeType::Modify) {
                w.beginModify(rec.dn);
                for (const LdifModification &m : rec.modifications)
                    w.modification(m.operation, m.attribute, m.values);
            } else {
                w.beginAdd(rec.dn);
                for (const LdifAttribute &a : rec.attributes)
                    w.attribute(a.name, a.value);
            }
        }
        const QByteArray ldif = w.data();
        const StoreImport in = readLdif(ldif, QStringLiteral("broken.ldf"));
        // Every rule that used the list is left out with the line of its NFA (docs/findings.md, IPS-920).
        bool found = false;
        for (const Finding &f : in.findings)
            found =
                found || (f.code == u"IPS-920" && f.message.contains(u"refers to filter list {00000100") &&
                          f.message.contains(u"the rule is left out") && f.location.file == u"broken.ldf" &&
                          f.location.line > 0);
        for (const Policy &p : in.store.policies)
            for (const Rule &rule : p.rules)
                QVERIFY(in.store.filterList(rule.filterList));
        QVERIFY2(found, qPrintable(describeFindings(in.findings)));
    }

    void hostileLdifGivesFindingsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("ldif");
        QTest::addColumn<QString>("code");
        QTest::newRow("a line without a colon")
            << QByteArray("dn: CN=x\nnonsense\n") << QStringLiteral("IPS-360");
        QTest::newRow("broken base64 in ipsecData")
            << QByteArray(
                   "dn: CN=ipsecPolicy{72385230-70FA-11D1-864C-14A300000000},CN=IP Security\nipsecData:: "
                   "!!!notbase64\n")
            << QStringLiteral("IPS-361");
        QTest::newRow("a record that does not start with dn")
            << QByteArray("objectClass: top\n") << QStringLiteral("IPS-360");
        QTest::newRow("a policy whose blob is garbage")
            << QByteArray(
                   "dn: CN=ipsecPolicy{72385230-70FA-11D1-864C-14A300000000},CN=IP Security\nipsecData:: "
                   "AAAA\nipsecISAKMPReference: CN=ipsecISAKMPPolicy{72385231-70FA-11D1-864C-14A300000000}\n")
            << QStringLiteral("IPS-300");
        QTest::newRow("an unknown changetype")
            << QByteArray("dn: CN=x\nchangetype: explode\n") << QStringLiteral("IPS-360");
        QTest::newRow("a reference that is not an IPsec object")
            << QByteArray("dn: CN=ipsecNFA{72385232-70FA-11D1-864C-14A300000000},CN=IP Security\n"
                          "ipsecFilterReference: CN=Administrator,CN=Users\n")
            << QStringLiteral("IPS-320");
        QTest::newRow("binary garbage")
            << QByteArray("\x00\x01\x02\xff\xfe\n\n\x80:\x81", 10) << QStringLiteral("IPS-360");
    }
    void hostileLdifGivesFindingsNotCrashes()
    {
        QFETCH(QByteArray, ldif);
        QFETCH(QString, code);
        const StoreImport in = readLdif(ldif, QStringLiteral("hostile.ldf"));
        bool found = false;
        for (const Finding &f : in.findings)
            found = found || (f.code == code && f.location.file == u"hostile.ldf");
        QVERIFY2(found, qPrintable(describeFindings(in.findings)));
    }

    void hostileRegFilesGiveFindingsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("reg");
        QTest::addColumn<QString>("code");
        QTest::newRow("no registry editor header")
            << QByteArray("[HKEY_LOCAL_MACHINE\\x]\n") << QStringLiteral("IPS-370");
        QTest::newRow("a value before any key")
            << QByteArray("REGEDIT4\n\"a\"=\"b\"\n") << QStringLiteral("IPS-371");
        QTest::newRow("malformed hex bytes")
            << QByteArray(
                   "REGEDIT4\n[HKEY_LOCAL_MACHINE\\ipsecPolicy{72385230-70FA-11D1-864C-14A300000000}]\n"
                   "\"ipsecData\"=hex:zz,01\n")
            << QStringLiteral("IPS-371");
        QTest::newRow("an unterminated string")
            << QByteArray("REGEDIT4\n[HKEY_LOCAL_MACHINE\\x]\n\"a\"=\"b\n") << QStringLiteral("IPS-371");
        QTest::newRow("a key without objects")
            << QByteArray("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\x]\r\n")
            << QStringLiteral("IPS-373");
        QTest::newRow("ipsecData as a string")
            << QByteArray(
                   "REGEDIT4\n[HKEY_LOCAL_MACHINE\\ipsecFilter{72385235-70FA-11D1-864C-14A300000000}]\n"
                   "\"ipsecData\"=\"text\"\n")
            << QStringLiteral("IPS-372");
    }
    void hostileRegFilesGiveFindingsNotCrashes()
    {
        QFETCH(QByteArray, reg);
        QFETCH(QString, code);
        const StoreImport in = readReg(reg, QStringLiteral("hostile.reg"));
        QVERIFY2(hasCode(in.findings, qPrintable(code)), qPrintable(describeFindings(in.findings)));
    }

    // Inputs the fuzzer found (docs/robustness.md), kept as it wrote them: each imported into a store with an
    // id used twice, which saved as a document that could not be opened again.
    void fuzzerFindingsImportAsDocumentsThatReopen_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("a policy that names one rule twice reads it once")
            << QStringLiteral("policy-names-one-rule-twice.ldf") << QStringLiteral("IPS-326");
        QTest::newRow("a second policy sharing an ISAKMP object gets its own copy")
            << QStringLiteral("two-policies-share-one-isakmp-object.reg") << QStringLiteral("IPS-329");
    }
    void fuzzerFindingsImportAsDocumentsThatReopen()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFile f(test::sourcePath(QStringLiteral("tests/gpipsec/regressions/") + file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();
        const StoreImport in = file.endsWith(u".reg") ? readReg(bytes, file) : readLdif(bytes, file);
        QVERIFY2(in.ok, qPrintable(describeFindings(in.findings)));
        QVERIFY2(hasCode(in.findings, qPrintable(code)), qPrintable(describeFindings(in.findings)));

        const QByteArray saved = json::write(in.store);
        const ImportResult reopened = json::read(saved, QStringLiteral("saved.ipsecstore"));
        QVERIFY2(reopened.ok, qPrintable(describeFindings(reopened.findings)));
        QCOMPARE(json::write(reopened.store), saved);
    }

    void twoPoliciesSharingAnIsakmpObjectKeepItsSettingsWithTwoIds()
    {
        StoreData store = asLocalStore(test::everyLegacyFeatureStore());
        store.policies.resize(1);
        Policy second = store.policies.front();
        second.id = QUuid::createUuidV5(second.id, QStringLiteral("second"));
        second.name += QStringLiteral(" (second)");
        second.defaultResponse.id = QUuid::createUuidV5(second.defaultResponse.id, QStringLiteral("second"));
        second.defaultResponse.negotiationPolicyId =
            QUuid::createUuidV5(second.defaultResponse.negotiationPolicyId, QStringLiteral("second"));
        second.rules.clear();
        store.policies.push_back(second); // same ike.id: both policies name one ISAKMP object
        const RegExportResult out = writeReg(store, RegExportOptions{0});
        QVERIFY2(out.ok, qPrintable(describeFindings(out.findings)));

        const StoreImport in = readReg(out.reg, QStringLiteral("shared.reg"));
        QVERIFY2(in.ok, qPrintable(describeFindings(in.findings)));
        QCOMPARE(in.store.policies.size(), std::size_t(2));
        const IkeSettings &first = in.store.policies[0].ike;
        const IkeSettings &copy = in.store.policies[1].ike;
        QCOMPARE(first.id, store.policies[0].ike.id);
        QVERIFY(copy.id != first.id);
        QCOMPARE(copy.methods, first.methods);
        int renamed = 0;
        for (const Finding &f : in.findings)
            if (f.code == u"IPS-329") {
                ++renamed;
                QVERIFY2(f.message.contains(first.id.toString(QUuid::WithBraces).toUpper()),
                         qPrintable(f.message));
                QCOMPARE(f.location.objectId, copy.id);
            }
        QCOMPARE(renamed, 1);
    }

    void anExportReadBackKeepsEveryId()
    {
        const StoreData store = asLocalStore(test::everyLegacyFeatureStore());
        const StoreImport in = readReg(writeReg(store, RegExportOptions{0}).reg, QStringLiteral("clean.reg"));
        QVERIFY2(in.ok, qPrintable(describeFindings(in.findings)));
        QVERIFY2(!hasCode(in.findings, "IPS-329"), qPrintable(describeFindings(in.findings)));
        QVERIFY2(!hasCode(in.findings, "IPS-326"), qPrintable(describeFindings(in.findings)));
    }

    void theDescriptorsWriteAndReadFiles()
    {
        const QList<FormatDescriptor> formats = gpipsecFormatDescriptors();
        QCOMPARE(formats.size(), 2);
        QCOMPARE(formats[0].name, QStringLiteral("ldif"));
        QCOMPARE(formats[1].name, QStringLiteral("reg"));
        QStringList options;
        for (const FormatOption &o : formats[0].exportOptions)
            options << o.name;
        QCOMPARE(options, (QStringList{QStringLiteral("domain"), QStringLiteral("gpo-dn"),
                                       QStringLiteral("include-builtin")}));
        QTemporaryDir dir;
        const StoreData store = test::everyLegacyFeatureStore();
        for (const FormatDescriptor &f : formats) {
            const QString path = dir.filePath(QStringLiteral("out.") + f.fileSuffixes.first());
            FormatOptions o;
            o.set(QStringLiteral("domain"), QStringLiteral("ipsectest.com"));
            const ExportResult written = f.exportFile(store, path, o);
            QVERIFY2(written.ok, qPrintable(describeFindings(written.findings)));
            QCOMPARE(written.writtenFiles, QStringList{path});
            const ImportResult read = f.importFile(path, {});
            QVERIFY(read.ok);
            // Without --gpo-dn the directory form carries no assignment.
            std::vector<Policy> expected = store.policies;
            if (f.name == u"ldif")
                for (Policy &p : expected)
                    p.assigned = false;
            QCOMPARE(read.store.policies, expected);
        }
        const ImportResult missing = formats[0].importFile(dir.filePath(QStringLiteral("absent.ldf")), {});
        QVERIFY(!missing.ok);
        QVERIFY(hasCode(missing.findings, "IPS-380"));
    }
};

QTEST_GUILESS_MAIN(TestGpipsecStore)
#include "tst_gpipsecstore.moc"
