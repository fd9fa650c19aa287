// The netsh exporter's findings speak the installed language (the designer's Script Preview shows them),
// while the script it writes stays English; without a translator (the CLI) the findings are the English texts
// the exporter always wrote.
#include "apptranslations.h"
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshfindings.h"
#include "netshtesthelpers.h"
#include "templates/templates.h"

#include <QCoreApplication>
#include <QTest>

using namespace ipsec;
using namespace Qt::StringLiterals;
namespace code = ipsec::netsh::code;

namespace {

enum class Language { German, None };

void install(Language language)
{
    // QLocale::c() has no catalogue: it leaves the English source texts, as in the CLI.
    installTranslations(*QCoreApplication::instance(),
                        language == Language::German ? QLocale(QLocale::German) : QLocale::c());
}

// A small valid store whose first policy is marked assigned.
StoreData storeWithAssignedPolicy()
{
    StoreData store = generateStore(20);
    store.policies[0].assigned = true;
    return store;
}

} // namespace

Q_DECLARE_METATYPE(Language)

class TestNetshLanguage : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { install(Language::None); }

    void assignmentFindingFollowsTheLanguage_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("unnamedGpoHint");
        QTest::addColumn<QString>("policyPathPrefix");
        QTest::newRow(
            "an export to the domain store with an assigned policy reports IPS-258 in German when German is "
            "installed")
            << Language::German
            << u"--assign hat im Domänenspeicher keine Wirkung (netsh-Hilfe); verwenden Sie --gpo-name"_s
            << u"exportieren Sie mit --gpo-name NAME, um die GPO-Zuweisung zu schreiben"_s
            << u"Richtlinie „"_s;
        QTest::newRow("without a translator the same finding is the English one")
            << Language::None << u"--assign has no effect in the domain store (netsh help); use --gpo-name"_s
            << u"export with --gpo-name NAME to write the GPO assignment"_s << u"Policy '"_s;
    }

    void assignmentFindingFollowsTheLanguage()
    {
        QFETCH(Language, language);
        QFETCH(QString, message);
        QFETCH(QString, unnamedGpoHint);
        QFETCH(QString, policyPathPrefix);
        install(language);
        const StoreData store = storeWithAssignedPolicy();
        netsh::ExportOptions options;
        options.store = StoreLocation::Domain;
        options.assign = true;
        const netsh::ExportOutput out = netsh::write(store, options);
        QVERIFY(out.ok);
        const Findings notWritten = test::withCode(out.findings, code::AssignmentNotWritten);
        QCOMPARE(notWritten.size(), 2);
        QCOMPARE(notWritten[0].message, message);
        // The second names the assigned policy, whose path speaks the language too; the code stays.
        QCOMPARE(notWritten[1].code, u"IPS-258"_s);
        QCOMPARE(notWritten[1].hint, unnamedGpoHint);
        QCOMPARE(notWritten[1].location.objectPath, policyPathPrefix + store.policies[0].name +
                                                        (language == Language::German ? u"“"_s : u"'"_s));
    }

    void theScriptStaysEnglish_data()
    {
        QTest::addColumn<bool>("skipUnsupported");
        QTest::newRow("a script that stops at the port range is the same in German") << false;
        QTest::newRow("a script whose SKIPPED comment names the port range stays English in German") << true;
    }

    // The findings of a left-out object are German, but its SKIPPED comment in the script is not: scripts
    // are shared and run on servers.
    void theScriptStaysEnglish()
    {
        QFETCH(bool, skipUnsupported);
        StoreData store = storeWithAssignedPolicy();
        store.filterLists[0].filters[0].sourcePort = {1000, 2000};
        netsh::ExportOptions options;
        options.skipUnsupported = skipUnsupported;
        const netsh::ExportOutput english = netsh::write(store, options);
        install(Language::German);
        const netsh::ExportOutput german = netsh::write(store, options);
        QCOMPARE(german.text(), english.text());
        QCOMPARE(german.ok, !skipUnsupported ? false : english.ok);
        const Findings englishRange = test::withCode(english.findings, code::UnsupportedPortRange);
        const Findings germanRange = test::withCode(german.findings, code::UnsupportedPortRange);
        QCOMPARE(germanRange.size(), 1);
        QCOMPARE(englishRange.size(), 1);
        const QString englishMessage =
            u"the port range 1000-2000 cannot be written: netsh ipsec static takes "
            u"single ports"_s;
        const QString germanMessage = u"der Portbereich 1000-2000 kann nicht geschrieben werden: netsh ipsec "
                                      u"static nimmt nur einzelne Ports an"_s;
        QCOMPARE(englishRange[0].message,
                 skipUnsupported ? u"left out: "_s + englishMessage : englishMessage);
        QCOMPARE(germanRange[0].message,
                 skipUnsupported ? u"ausgelassen: "_s + germanMessage : germanMessage);
        QVERIFY(germanRange[0].location.objectPath.startsWith(u"Filterliste „"_s));
        QVERIFY(germanRange[0].location.objectPath.endsWith(u"“ / Filter 1"_s));
        if (skipUnsupported) {
            QVERIFY(german.text().contains(u"SKIPPED (IPS-252) Filter list '"_s + store.filterLists[0].name +
                                           u"' / filter 1: "_s + englishMessage));
            const Findings skipped = test::withCode(german.findings, code::Skipped);
            QCOMPARE(skipped.size(), 1);
            QCOMPARE(skipped[0].message,
                     u"1 Element, das netsh nicht ausdrücken kann, wurde im Skript ausgelassen"_s);
            // English reads its own catalogue's plural, also where no catalogue fits the locale (issue 13).
            QCOMPARE(test::withCode(english.findings, code::Skipped)[0].message,
                     u"1 item that netsh cannot express was left out of the script"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetshLanguage)
#include "tst_netsh_language.moc"
