#include "analysis/overlaps.h"
#include "analysis/packetmatch.h"
#include "storebuilder.h"
#include "testvalues.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::analysis;
using ipsec::test::address;
using ipsec::test::filter;
using ipsec::test::ip;

Q_DECLARE_METATYPE(ipsec::Filter)
Q_DECLARE_METATYPE(ipsec::analysis::OverlapKind)

namespace {

Packet packet(const char *src, const char *dst, std::uint8_t proto, std::uint16_t sp = 0,
              std::uint16_t dp = 0)
{
    Packet p;
    p.source = ip(src);
    p.destination = ip(dst);
    p.protocol = proto;
    p.sourcePort = sp;
    p.destinationPort = dp;
    return p;
}

} // namespace

class TestPacketMatch : public QObject {
    Q_OBJECT
private slots:
    void weightsRankSpecificFiltersHigher_data();
    void weightsRankSpecificFiltersHigher();
    void theMostSpecificMatchingFilterWins_data();
    void theMostSpecificMatchingFilterWins();
    void aKeywordSideMatchesWithoutAnEnvironment();
    void equallySpecificFiltersWithDifferentActionsAreATie();
    void overlapsAreClassified_data();
    void overlapsAreClassified();
    void disjointFiltersDoNotOverlap();
    void theOverlapReportNamesTheQuestion();

private:
    static test::StoreBuilder makeScenario();
};

void TestPacketMatch::weightsRankSpecificFiltersHigher_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<int>("addressBits");
    QTest::addColumn<int>("protocolWeight");
    QTest::addColumn<int>("portWeight");
    QTest::newRow("any to any, any protocol weighs nothing") << filter("any", "any") << 0 << 0 << 0;
    QTest::newRow("me counts as one host") << filter("me", "any") << 128 << 0 << 0;
    QTest::newRow("an IPv4 /24 counts its mask bits scaled to 128")
        << filter("10.0.0.0/24", "any") << 96 << 0 << 0;
    QTest::newRow("an IPv6 /64 counts its prefix") << filter("fe80::/64", "any") << 64 << 0 << 0;
    QTest::newRow("a range of 256 addresses counts like a /24")
        << filter("10.0.0.0-10.0.0.255", "any") << 96 << 0 << 0;
    QTest::newRow("two hosts add up") << filter("10.0.0.1", "10.0.0.2") << 256 << 0 << 0;
    QTest::newRow("a specific protocol adds one") << filter("any", "any", protocol::Icmp) << 0 << 1 << 0;
    QTest::newRow("a single destination port counts two")
        << filter("any", "any", protocol::Tcp, 0, 8080) << 0 << 1 << 2;
    QTest::newRow("ports of a protocol without ports are ignored")
        << filter("any", "any", protocol::Icmp, 5, 8) << 0 << 1 << 0;
}

void TestPacketMatch::weightsRankSpecificFiltersHigher()
{
    QFETCH(Filter, filter);
    QFETCH(int, addressBits);
    QFETCH(int, protocolWeight);
    QFETCH(int, portWeight);
    const FilterWeight w = filterWeight(filter);
    QCOMPARE(w.addressBits, addressBits);
    QCOMPARE(w.protocol, protocolWeight);
    QCOMPARE(w.ports, portWeight);
}

test::StoreBuilder TestPacketMatch::makeScenario()
{
    test::StoreBuilder b;
    const QUuid negotiate =
        b.addAction(test::action(QStringLiteral("Require"), ActionKind::Negotiate,
                                 {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)}));
    const QUuid permit = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    const QUuid block = b.addAction(test::action(QStringLiteral("Block"), ActionKind::Block));
    b.addRule(QStringLiteral("all traffic"), {filter("me", "any")}, negotiate);
    b.addRule(QStringLiteral("icmp"), {filter("me", "any", protocol::Icmp)}, permit);
    b.addRule(QStringLiteral("block lab"), {filter("me", "10.9.0.0/16")}, block);
    b.addRule(QStringLiteral("block guests from anywhere"), {filter("any", "10.8.0.0/16")}, block);
    b.addRule(QStringLiteral("web exception"), {filter("me", "10.9.1.5", protocol::Tcp, 0, 80)}, permit);
    b.addRule(QStringLiteral("ssh off"), {filter("me", "any", protocol::Tcp, 0, 22)}, block, false);
    return b;
}

void TestPacketMatch::theMostSpecificMatchingFilterWins_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("destinationPort");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<bool>("viaMirror");
    QTest::addColumn<int>("candidates");
    QTest::newRow("TCP to an internet host is negotiated by the all-traffic rule")
        << "10.0.0.10"
        << "8.8.8.8" << 6 << 443 << "all traffic" << false << 1;
    QTest::newRow("ICMP prefers the protocol-specific permit rule")
        << "10.0.0.10"
        << "8.8.8.8" << 1 << 0 << "icmp" << false << 2;
    QTest::newRow("traffic into the lab subnet is blocked")
        << "10.0.0.10"
        << "10.9.3.3" << 6 << 443 << "block lab" << false << 2;
    QTest::newRow("the mirrored direction of the lab block matches inbound traffic")
        << "10.9.3.3"
        << "10.0.0.10" << 6 << 443 << "block lab" << true << 2;
    QTest::newRow("a host-and-port exception inside the blocked subnet wins")
        << "10.0.0.10"
        << "10.9.1.5" << 6 << 80 << "web exception" << false << 3;
    QTest::newRow("another port on the exception host falls back to the block")
        << "10.0.0.10"
        << "10.9.1.5" << 6 << 81 << "block lab" << false << 2;
    QTest::newRow("a block from any to a subnet loses to me-to-any because me counts as one host")
        << "10.0.0.10"
        << "10.8.1.1" << 6 << 443 << "all traffic" << false << 2;
    QTest::newRow("an inactive rule never matches") << "10.0.0.10"
                                                    << "8.8.8.8" << 6 << 22 << "all traffic" << false << 1;
    QTest::newRow("a packet between two other computers matches nothing")
        << "10.1.1.1"
        << "8.8.8.8" << 6 << 443 << "" << false << 0;
}

void TestPacketMatch::theMostSpecificMatchingFilterWins()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(int, protocol);
    QFETCH(int, destinationPort);
    QFETCH(QString, winner);
    QFETCH(bool, viaMirror);
    QFETCH(int, candidates);
    const test::StoreBuilder b = makeScenario();
    MatchEnvironment env;
    env.myAddresses = {ip("10.0.0.10")};
    Packet p;
    p.source = *IpAddress::parse(source);
    p.destination = *IpAddress::parse(destination);
    p.protocol = static_cast<std::uint8_t>(protocol);
    p.sourcePort = 50000;
    p.destinationPort = static_cast<std::uint16_t>(destinationPort);
    if (viaMirror)
        std::swap(p.sourcePort, p.destinationPort);
    const MatchResult r = match(b.data, b.data.policies.front(), p, env);
    QCOMPARE(static_cast<int>(r.candidates.size()), candidates);
    if (winner.isEmpty()) {
        QVERIFY(!r.winner());
        QVERIFY(describe(r).contains(QStringLiteral("no filter matches")));
        return;
    }
    QVERIFY(r.winner());
    QCOMPARE(r.winner()->filter.rule->name, winner);
    QCOMPARE(r.winner()->viaMirror, viaMirror);
    QVERIFY(!r.tie);
    for (std::size_t i = 1; i < r.candidates.size(); ++i)
        QVERIFY(r.candidates[i - 1].filter.weight >= r.candidates[i].filter.weight);
    QVERIFY(describe(r).startsWith(QStringLiteral("winner: rule '") + winner));
}

void TestPacketMatch::aKeywordSideMatchesWithoutAnEnvironment()
{
    const test::StoreBuilder b = makeScenario();
    Packet p = packet("0.0.0.0", "10.9.3.3", protocol::Udp, 1, 53);
    p.sourceKeyword = QStringLiteral("me");
    const MatchResult r = match(b.data, b.data.policies.front(), p);
    QVERIFY(r.winner());
    QCOMPARE(r.winner()->filter.rule->name, QStringLiteral("block lab"));
}

void TestPacketMatch::equallySpecificFiltersWithDifferentActionsAreATie()
{
    test::StoreBuilder b;
    const QUuid permit = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    const QUuid block = b.addAction(test::action(QStringLiteral("Block"), ActionKind::Block));
    b.addRule(QStringLiteral("from A"), {filter("10.1.0.0/16", "any", protocol::Any, 0, 0, false)}, permit);
    b.addRule(QStringLiteral("to B"), {filter("any", "10.2.0.0/16", protocol::Any, 0, 0, false)}, block);
    const MatchResult r =
        match(b.data, b.data.policies.front(), packet("10.1.5.5", "10.2.5.5", protocol::Tcp, 1, 2));
    QCOMPARE(r.candidates.size(), std::size_t(2));
    QVERIFY(r.tie);
    QVERIFY(describe(r).contains(QStringLiteral("Q1")));
    // Same rule twice is no tie: both filters lead to the same treatment.
    test::StoreBuilder same;
    const QUuid p2 = same.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    same.addRule(QStringLiteral("both"),
                 {filter("10.1.0.0/16", "any", protocol::Any, 0, 0, false),
                  filter("any", "10.2.0.0/16", protocol::Any, 0, 0, false)},
                 p2);
    QVERIFY(!match(same.data, same.data.policies.front(), packet("10.1.5.5", "10.2.5.5", protocol::Tcp, 1, 2))
                 .tie);
}

void TestPacketMatch::overlapsAreClassified_data()
{
    QTest::addColumn<Filter>("first");
    QTest::addColumn<Filter>("second");
    QTest::addColumn<bool>("sameAction");
    QTest::addColumn<OverlapKind>("kind");
    QTest::addColumn<int>("winnerIndex"); // 0 = first, 1 = second
    QTest::newRow("two identical filters with the same action are duplicates")
        << filter("me", "10.0.0.0/24") << filter("me", "10.0.0.0/24") << true << OverlapKind::Duplicate << 0;
    QTest::newRow("a mirrored filter and its mirror image are duplicates")
        << filter("me", "10.0.0.0/24") << filter("10.0.0.0/24", "me") << true << OverlapKind::Duplicate << 0;
    QTest::newRow("identical traffic with different actions shadows one of them")
        << filter("me", "10.0.0.0/24") << filter("me", "10.0.0.0/24") << false << OverlapKind::Shadowed << 0;
    QTest::newRow("a port inside a broader rule with another action is an exception")
        << filter("me", "any") << filter("me", "10.0.0.5", protocol::Tcp, 0, 80) << false
        << OverlapKind::Exception << 1;
    QTest::newRow("a narrower filter with the same action is redundant")
        << filter("me", "any") << filter("me", "10.0.0.5") << true << OverlapKind::Redundant << 1;
    QTest::newRow("crossing filters of equal weight with different actions are ambiguous")
        << filter("10.1.0.0/16", "any", protocol::Any, 0, 0, false)
        << filter("any", "10.2.0.0/16", protocol::Any, 0, 0, false) << false << OverlapKind::Ambiguous << 0;
    QTest::newRow("crossing filters of different weight overlap partly and the heavier wins")
        << filter("10.1.0.0/16", "any", protocol::Any, 0, 0, false)
        << filter("any", "10.2.3.0/24", protocol::Any, 0, 0, false) << false << OverlapKind::Partial << 1;
}

void TestPacketMatch::overlapsAreClassified()
{
    QFETCH(Filter, first);
    QFETCH(Filter, second);
    QFETCH(bool, sameAction);
    QFETCH(OverlapKind, kind);
    QFETCH(int, winnerIndex);
    test::StoreBuilder b;
    const QUuid a = b.addAction(test::action(QStringLiteral("A"), ActionKind::Permit));
    const QUuid c = sameAction ? a : b.addAction(test::action(QStringLiteral("B"), ActionKind::Block));
    // Same action through one rule, different actions through two rules.
    if (sameAction) {
        b.addRule(QStringLiteral("R1"), {first, second}, a);
    } else {
        b.addRule(QStringLiteral("R1"), {first}, a);
        b.addRule(QStringLiteral("R2"), {second}, c);
    }
    const auto overlaps = findOverlaps(b.data, b.data.policies.front());
    QCOMPARE(overlaps.size(), std::size_t(1));
    QCOMPARE(overlaps.front().kind, kind);
    QCOMPARE(overlaps.front().winner.filter->id, winnerIndex == 0 ? first.id : second.id);
    QVERIFY(describe(overlaps).startsWith(severityName(overlaps.front().severity()) + QStringLiteral(": ") +
                                          displayName(kind)));
}

void TestPacketMatch::disjointFiltersDoNotOverlap()
{
    test::StoreBuilder b;
    const QUuid a = b.addAction(test::action(QStringLiteral("A"), ActionKind::Permit));
    const QUuid c = b.addAction(test::action(QStringLiteral("B"), ActionKind::Block));
    b.addRule(QStringLiteral("R1"), {filter("me", "10.0.0.0/24", protocol::Tcp, 0, 80)}, a);
    b.addRule(QStringLiteral("R2"), {filter("me", "10.0.1.0/24", protocol::Tcp, 0, 80)}, c);
    b.addRule(QStringLiteral("R3"), {filter("me", "10.0.0.0/24", protocol::Tcp, 0, 81)}, c);
    b.addRule(QStringLiteral("R4"), {filter("me", "10.0.0.0/24", protocol::Udp, 0, 80)}, c);
    const auto overlaps = findOverlaps(b.data, b.data.policies.front());
    QVERIFY2(overlaps.empty(), qPrintable(describe(overlaps)));
    QCOMPARE(describe(overlaps), QStringLiteral("no overlapping filters"));
}

void TestPacketMatch::theOverlapReportNamesTheQuestion()
{
    test::StoreBuilder b;
    const QUuid a = b.addAction(test::action(QStringLiteral("A"), ActionKind::Permit));
    const QUuid c = b.addAction(test::action(QStringLiteral("B"), ActionKind::Block));
    b.addRule(QStringLiteral("R1"), {filter("me", "10.0.0.0/24")}, a);
    b.addRule(QStringLiteral("R2"), {filter("me", "10.0.0.0/24")}, c);
    const QString text = describe(findOverlaps(b.data, b.data.policies.front()));
    QVERIFY(text.contains(QStringLiteral("rule 'R1'")));
    QVERIFY(text.contains(QStringLiteral("rule 'R2'")));
    QVERIFY(text.contains(QStringLiteral("(Q1)")));
}

QTEST_GUILESS_MAIN(TestPacketMatch)
#include "tst_packetmatch.moc"
