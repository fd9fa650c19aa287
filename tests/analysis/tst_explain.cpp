// Which rule wins, with certainty and reasons (explain.h); packets as text (packettext.h); the interval index
// behind the overlap report, checked against comparing every pair; an example packet per overlap; intents.
#include "analysis/explain.h"
#include "analysis/intents.h"
#include "analysis/overlaps.h"
#include "analysis/packettext.h"
#include "storebuilder.h"
#include "templates/templates.h"

#include <QTest>
#include <random>

using namespace ipsec;
using namespace ipsec::analysis;
using ipsec::test::filter;

namespace {

// Negotiate "me ↔ any", an ICMP permit, a block of a /16 with a host-and-port exception inside it, two
// equally specific, overlapping, not nested rules with different treatment, and a mirrored one-host rule.
test::StoreBuilder scenario()
{
    test::StoreBuilder b;
    const QUuid negotiate =
        b.addAction(test::action(QStringLiteral("Require"), ActionKind::Negotiate,
                                 {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)}));
    const QUuid permit = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    const QUuid block = b.addAction(test::action(QStringLiteral("Block"), ActionKind::Block));
    b.addRule(QStringLiteral("all traffic"), {filter("me", "any")}, negotiate);
    b.addRule(QStringLiteral("icmp"), {filter("me", "any", protocol::Icmp)}, permit);
    b.addRule(QStringLiteral("block lab"), {filter("10.0.0.0/24", "10.9.0.0/16")}, block);
    b.addRule(QStringLiteral("web exception"), {filter("10.0.0.0/24", "10.9.1.5", protocol::Tcp, 0, 80)},
              permit);
    // 10.1.0.0/16 → 10.2.0.0/24 and 10.1.0.0/24 → 10.2.0.0/16 weigh the same and overlap without nesting.
    b.addRule(QStringLiteral("left"), {filter("10.1.0.0/16", "10.2.0.0/24")}, permit);
    b.addRule(QStringLiteral("right"), {filter("10.1.0.0/24", "10.2.0.0/16")}, block);
    // 10.3.0.0/16 → 10.4.0.0/16 and 10.3.0.0/24 → 10.4.0.0/8 (more bits in total, not nested).
    b.addRule(QStringLiteral("wide"), {filter("10.3.0.0/16", "10.4.0.0/16")}, permit);
    b.addRule(QStringLiteral("skewed"), {filter("10.3.0.0/24", "10.4.0.0/14")}, block);
    b.addRule(QStringLiteral("one host one way"),
              {filter("10.5.0.1", "10.6.0.1", protocol::Udp, 0, 0, false)}, block);
    return b;
}

QString winnerOf(const Explanation &e)
{
    return e.winner() ? e.winner()->match.filter.rule->name : QString();
}

} // namespace

class TestExplain : public QObject {
    Q_OBJECT
private slots:
    void packetsParse_data();
    void packetsParse();
    void badPacketsSayWhy_data();
    void badPacketsSayWhy();
    void theWinnerIsExplained_data();
    void theWinnerIsExplained();
    void losersSayWhyTheyLose();
    void aPolicyIsChosenWhenNoneIsNamed();
    void theIndexFindsExactlyThePairsEveryPairComparisonFinds_data();
    void theIndexFindsExactlyThePairsEveryPairComparisonFinds();
    void unusualAddressesMeetInTheIndexAsInEveryPairComparison_data();
    void unusualAddressesMeetInTheIndexAsInEveryPairComparison();
    void everyOverlapHasAnExamplePacketBothFiltersMatch();
    void intentsPassFailOrTie_data();
    void intentsPassFailOrTie();
};

void TestExplain::packetsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("a TCP packet with ports on both sides reads back the same")
        << "tcp 10.0.1.5:49152 -> 10.2.27.9:8080"
        << "tcp 10.0.1.5:49152 -> 10.2.27.9:8080";
    QTest::newRow("me is a side and spacing is free") << "  UDP me   ->10.0.0.53:53 "
                                                      << "udp me -> 10.0.0.53:53";
    QTest::newRow("an IPv6 port needs brackets") << "tcp [2001:db8::1]:443 -> 2001:db8::2"
                                                 << "tcp [2001:db8::1]:443 -> 2001:db8::2";
    QTest::newRow("a protocol number is read as its name") << "6 10.0.0.1 -> 10.0.0.2"
                                                           << "tcp 10.0.0.1 -> 10.0.0.2";
    QTest::newRow("an unnamed protocol stays a number") << "47 10.0.0.1 -> 10.0.0.2"
                                                        << "47 10.0.0.1 -> 10.0.0.2";
    QTest::newRow("any is a protocol") << "any 10.0.0.1 -> 10.0.0.2"
                                       << "any 10.0.0.1 -> 10.0.0.2";
}

void TestExplain::packetsParse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString why;
    const std::optional<Packet> p = parsePacket(text, &why);
    QVERIFY2(p, qPrintable(why));
    QCOMPARE(formatPacket(*p), canonical);
    QCOMPARE(formatPacket(*parsePacket(canonical)), canonical);
}

void TestExplain::badPacketsSayWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no arrow is not a packet") << "tcp 10.0.0.1 10.0.0.2"
                                              << "PROTO SRC";
    QTest::newRow("an unknown protocol is named") << "tcpx 10.0.0.1 -> 10.0.0.2"
                                                  << "'tcpx' is not a protocol";
    QTest::newRow("a host name is not an address") << "tcp host -> 10.0.0.2"
                                                   << "source 'host'";
    QTest::newRow("a port above 65535 is refused") << "tcp 10.0.0.1 -> 10.0.0.2:70000"
                                                   << "destination port";
    QTest::newRow("ICMP has no ports") << "icmp 10.0.0.1 -> 10.0.0.2:7"
                                       << "ports belong to tcp and udp";
    QTest::newRow("IPv4 and IPv6 do not mix") << "tcp 10.0.0.1 -> ::1"
                                              << "different IP versions";
    QTest::newRow("an unclosed bracket is named") << "tcp [::1 -> ::2"
                                                  << "opens '['";
}

void TestExplain::badPacketsSayWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!parsePacket(text, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestExplain::theWinnerIsExplained_data()
{
    QTest::addColumn<QString>("packet");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<int>("treatment");
    QTest::addColumn<bool>("certain");
    QTest::addColumn<bool>("tie");
    QTest::addColumn<bool>("viaMirror");
    QTest::addColumn<int>("candidates");
    QTest::newRow("nested: the host-and-port exception lies inside the lab block, certainly")
        << "tcp 10.0.0.7:5000 -> 10.9.1.5:80"
        << "web exception" << int(Treatment::Permit) << true << false << false << 2;
    QTest::newRow("mirrored: the reply from the lab is blocked by the mirrored lab filter")
        << "tcp 10.9.3.3:443 -> 10.0.0.7:5000"
        << "block lab" << int(Treatment::Block) << true << false << true << 1;
    QTest::newRow("me: this computer's ICMP is permitted, nested inside negotiate all")
        << "icmp me -> 8.8.8.8"
        << "icmp" << int(Treatment::Permit) << true << false << false << 2;
    QTest::newRow("overlapping, not nested: the weight model decides and is not certain")
        << "tcp 10.3.0.1 -> 10.4.0.1:80"
        << "skewed" << int(Treatment::Block) << false << false << false << 2;
    QTest::newRow("a tie: equal weights, different treatment, never a silent pick")
        << "tcp 10.1.0.1 -> 10.2.0.1:80"
        << "left" << int(Treatment::Permit) << false << true << false << 2;
    QTest::newRow("a one-way filter does not match the reverse direction")
        << "udp 10.6.0.1 -> 10.5.0.1" << QString() << int(Treatment::None) << true << false << false << 0;
    QTest::newRow("nothing matches: the treatment is none")
        << "tcp 192.0.2.1 -> 192.0.2.2:80" << QString() << int(Treatment::None) << true << false << false
        << 0;
}

void TestExplain::theWinnerIsExplained()
{
    QFETCH(QString, packet);
    QFETCH(QString, winner);
    QFETCH(int, treatment);
    QFETCH(bool, certain);
    QFETCH(bool, tie);
    QFETCH(bool, viaMirror);
    QFETCH(int, candidates);
    const test::StoreBuilder b = scenario();
    const Explanation e = explain(b.data, b.data.policies.front(), *parsePacket(packet));
    QCOMPARE(winnerOf(e), winner);
    QCOMPARE(int(e.treatment()), treatment);
    QCOMPARE(e.certain, certain);
    QCOMPARE(e.tie, tie);
    QCOMPARE(static_cast<int>(e.candidates.size()), candidates);
    if (e.winner())
        QCOMPARE(e.winner()->match.viaMirror, viaMirror);
    const QString text = describe(e);
    QVERIFY(text.contains(QStringLiteral("treatment: ") + token(Treatment(treatment))));
    QCOMPARE(text.contains(QStringLiteral("tie:")), tie);
    QCOMPARE(text.contains(QStringLiteral("not certain")), !certain && !tie);
    if (!e.winner())
        QVERIFY(text.contains(QStringLiteral("clear text")));
}

void TestExplain::losersSayWhyTheyLose()
{
    const test::StoreBuilder b = scenario();
    const Explanation nested =
        explain(b.data, b.data.policies.front(), *parsePacket(QStringLiteral("tcp 10.0.0.7 -> 10.9.1.5:80")));
    QVERIFY2(nested.candidates[1].reason.contains(QStringLiteral("the winner's traffic lies inside it")),
             qPrintable(nested.candidates[1].reason));
    const Explanation skewed =
        explain(b.data, b.data.policies.front(), *parsePacket(QStringLiteral("tcp 10.3.0.1 -> 10.4.0.1:80")));
    QVERIFY(skewed.candidates[1].reason.contains(QStringLiteral("without nesting")));
    const Explanation tie =
        explain(b.data, b.data.policies.front(), *parsePacket(QStringLiteral("tcp 10.1.0.1 -> 10.2.0.1:80")));
    QVERIFY(tie.candidates[1].reason.contains(QStringLiteral("a tie")));
    QVERIFY(tie.candidates[0].reason.contains(QStringLiteral("tie")));
}

void TestExplain::aPolicyIsChosenWhenNoneIsNamed()
{
    test::StoreBuilder b = scenario();
    QString why;
    QCOMPARE(choosePolicy(b.data, {}, &why), &b.data.policies.front()); // the only one
    Policy second = b.policy();
    second.id = newId();
    second.name = QStringLiteral("Second");
    b.data.policies.push_back(second);
    QVERIFY(!choosePolicy(b.data, {}, &why));
    QVERIFY(why.contains(QStringLiteral("name one")));
    b.data.policies[1].assigned = true;
    QCOMPARE(choosePolicy(b.data, {}, &why)->name, QStringLiteral("Second"));
    QCOMPARE(choosePolicy(b.data, QStringLiteral("p"), &why)->name, QStringLiteral("P"));
    QVERIFY(!choosePolicy(b.data, QStringLiteral("missing"), &why));
    QVERIFY(why.contains(QStringLiteral("'missing'")));
}

void TestExplain::theIndexFindsExactlyThePairsEveryPairComparisonFinds_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("oneWayEvery"); // every n-th filter made one-way (0: as generated)
    QTest::newRow("a generated store with hosts, subnets, ranges, me, any and server keywords") << 7u << 0;
    QTest::newRow("another seed") << 2026u << 0;
    QTest::newRow("every third filter one-way, among mirrored ones") << 7u << 3;
    QTest::newRow("every filter one-way") << 2026u << 1;
}

void TestExplain::theIndexFindsExactlyThePairsEveryPairComparisonFinds()
{
    QFETCH(quint32, seed);
    QFETCH(int, oneWayEvery);
    // The generator's lists in one policy, one rule each, actions in turn.
    StoreData store = generateStore(1500, seed);
    int n = 0;
    for (FilterList &list : store.filterLists)
        for (Filter &f : list.filters)
            if (oneWayEvery > 0 && ++n % oneWayEvery == 0)
                f.mirrored = false;
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("All");
    for (std::size_t i = 0; i < store.filterLists.size(); ++i) {
        Rule r;
        r.id = newId();
        r.name = QStringLiteral("r%1").arg(i);
        r.filterList = store.filterLists[i].id;
        r.filterAction = store.filterActions[i % store.filterActions.size()].id;
        p.rules.append(r);
    }
    store.policies = {p};
    const Overlaps indexed = findOverlaps(store, store.policies.front());

    const PolicyFilters filters = policyFilters(store, store.policies.front());
    std::vector<Traffic> traffic;
    for (const PolicyFilter &pf : filters)
        traffic.push_back(Traffic::of(*pf.filter));
    std::vector<std::pair<const Filter *, const Filter *>> everyPair;
    for (std::size_t i = 0; i < filters.size(); ++i)
        for (std::size_t j = i + 1; j < filters.size(); ++j)
            if (const auto o = classify(filters[i], traffic[i], filters[j], traffic[j]))
                everyPair.emplace_back(o->winner.filter, o->other.filter);
    QVERIFY(everyPair.size() > 100); // the comparison means something
    QCOMPARE(indexed.size(), everyPair.size());
    for (std::size_t k = 0; k < indexed.size(); ++k) {
        QCOMPARE(indexed[k].winner.filter, everyPair[k].first);
        QCOMPARE(indexed[k].other.filter, everyPair[k].second);
    }
}

void TestExplain::unusualAddressesMeetInTheIndexAsInEveryPairComparison_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("a range from an IPv4 to an IPv6 address meets the IPv4 hosts after its start")
        << "10.0.0.1-2001:db8::1"
        << "10.0.0.5" << true;
    QTest::newRow("the same range does not meet an IPv4 host before its start") << "10.0.0.1-2001:db8::1"
                                                                                << "9.0.0.1" << false;
    QTest::newRow("an IPv6 range meets an IPv6 host inside it") << "2001:db8::1-2001:db8::ff"
                                                                << "2001:db8::10" << true;
    QTest::newRow("an IPv6 subnet does not meet an IPv4 host") << "2001:db8::/32"
                                                               << "10.0.0.5" << false;
    QTest::newRow("me meets me") << "me"
                                 << "me" << true;
    QTest::newRow("a DNS name meets the same name") << "name:a.example.com"
                                                    << "name:a.example.com" << true;
    QTest::newRow("two DNS names do not meet") << "name:a.example.com"
                                               << "name:b.example.com" << false;
}

// Each pair of sources (one destination, permit against block) overlaps through the index exactly when
// comparing the two filters says so.
void TestExplain::unusualAddressesMeetInTheIndexAsInEveryPairComparison()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, overlap);
    test::StoreBuilder b;
    const QUuid permit = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    const QUuid block = b.addAction(test::action(QStringLiteral("Block"), ActionKind::Block));
    b.addRule(QStringLiteral("first"), {filter(first, "192.0.2.1")}, permit);
    b.addRule(QStringLiteral("second"), {filter(second, "192.0.2.1")}, block);
    const PolicyFilters filters = policyFilters(b.data, b.data.policies.front());
    QCOMPARE(filters.size(), std::size_t(2));
    const bool compared =
        classify(filters[0], Traffic::of(*filters[0].filter), filters[1], Traffic::of(*filters[1].filter))
            .has_value();
    QCOMPARE(compared, overlap);
    QCOMPARE(findOverlaps(b.data, b.data.policies.front()).size(), std::size_t(overlap ? 1 : 0));
}

void TestExplain::everyOverlapHasAnExamplePacketBothFiltersMatch()
{
    const test::StoreBuilder b = scenario();
    const Overlaps overlaps = findOverlaps(b.data, b.data.policies.front());
    QVERIFY(overlaps.size() >= 4);
    for (const Overlap &o : overlaps) {
        const std::optional<Packet> example =
            Traffic::of(*o.winner.filter).example(Traffic::of(*o.other.filter));
        QVERIFY(example);
        QVERIFY2(matches(*o.winner.filter, *example, {}), qPrintable(formatPacket(*example)));
        QVERIFY2(matches(*o.other.filter, *example, {}), qPrintable(formatPacket(*example)));
    }
    QVERIFY(
        !Traffic::of(filter("10.0.0.1", "10.0.0.2")).example(Traffic::of(filter("10.0.0.3", "10.0.0.4"))));
}

void TestExplain::intentsPassFailOrTie_data()
{
    QTest::addColumn<QString>("packet");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("expect");
    QTest::addColumn<int>("status");
    QTest::newRow("the exception permits web traffic into the lab as expected")
        << "tcp 10.0.0.7 -> 10.9.1.5:80"
        << "" << int(Treatment::Permit) << int(IntentResult::Status::Pass);
    QTest::newRow("expecting the lab to be reachable on 443 fails")
        << "tcp 10.0.0.7 -> 10.9.1.5:443"
        << "P" << int(Treatment::Permit) << int(IntentResult::Status::Fail);
    QTest::newRow("expecting clear text where nothing matches passes")
        << "tcp 192.0.2.1 -> 192.0.2.2:80"
        << "" << int(Treatment::None) << int(IntentResult::Status::Pass);
    QTest::newRow("a packet on a tie is undecided when either side is expected")
        << "tcp 10.1.0.1 -> 10.2.0.1:80"
        << "" << int(Treatment::Block) << int(IntentResult::Status::Tie);
    QTest::newRow("a packet on a tie fails when neither side is expected")
        << "tcp 10.1.0.1 -> 10.2.0.1:80"
        << "" << int(Treatment::Negotiate) << int(IntentResult::Status::Fail);
    QTest::newRow("an unknown policy leaves the intent unchecked")
        << "tcp 10.0.0.7 -> 10.9.1.5:80"
        << "Nope" << int(Treatment::Permit) << int(IntentResult::Status::Unchecked);
    QTest::newRow("a packet that does not parse leaves the intent unchecked")
        << "tcp 10.0.0.7 => 10.9.1.5:80"
        << "" << int(Treatment::Permit) << int(IntentResult::Status::Unchecked);
}

void TestExplain::intentsPassFailOrTie()
{
    QFETCH(QString, packet);
    QFETCH(QString, policy);
    QFETCH(int, expect);
    QFETCH(int, status);
    const test::StoreBuilder b = scenario();
    const IntentResult r = checkIntent(b.data, {QStringLiteral("i"), policy, packet, Treatment(expect)});
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.problem.isEmpty(), status != int(IntentResult::Status::Unchecked));
}

QTEST_APPLESS_MAIN(TestExplain)
#include "tst_explain.moc"
