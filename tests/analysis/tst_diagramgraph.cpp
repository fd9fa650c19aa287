#include "analysis/diagramgraph.h"
#include "analysis/diagramlayout.h"
#include "storebuilder.h"
#include "templates/templates.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::analysis;
using ipsec::test::filter;

Q_DECLARE_METATYPE(ipsec::analysis::DiagramAction)

namespace {

FilterAction withMethods(ActionKind kind, QList<SecurityMethod> methods)
{
    return test::action(QStringLiteral("A"), kind, std::move(methods));
}

// Nothing in a layout overlaps what it must not: groups, nodes of a group, labels of a group.
void verifyTidy(const DiagramLayout &layout)
{
    for (std::size_t i = 0; i < layout.groups.size(); ++i)
        for (std::size_t j = i + 1; j < layout.groups.size(); ++j)
            QVERIFY2(!layout.groups[i].rect.intersects(layout.groups[j].rect), "two groups overlap");
    for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
        const NodePlacement &n = layout.nodes[i];
        QVERIFY2(layout.groups[static_cast<std::size_t>(n.group)].rect.contains(n.rect),
                 "a node leaves its group");
        for (std::size_t j = i + 1; j < layout.nodes.size(); ++j)
            QVERIFY2(!n.rect.intersects(layout.nodes[j].rect), "two nodes overlap");
    }
    for (const EdgePlacement &e : layout.edges) {
        const QRectF s =
            layout.nodes[static_cast<std::size_t>(e.sourcePlacement)].rect.adjusted(-0.5, -0.5, 0.5, 0.5);
        const QRectF t =
            layout.nodes[static_cast<std::size_t>(e.targetPlacement)].rect.adjusted(-0.5, -0.5, 0.5, 0.5);
        QVERIFY2(s.contains(e.start) && t.contains(e.end), "an edge does not start and end on its nodes");
    }
}

} // namespace

class TestDiagramGraph : public QObject {
    Q_OBJECT
private slots:
    void theReferenceScenarioIsTwoSubnetsAndTwoEncryptedArrows();
    void theReferenceScenarioLaysOutSideBySide();
    void rulesAreClassifiedByTheirStrongestMethod_data();
    void rulesAreClassifiedByTheirStrongestMethod();
    void equalAddressesShareOneNode();
    void aFilterListUsedByTwoRulesIsOneGroupWithTwoRuleLines();
    void edgeLabelsFollowTheDrawingDirection_data();
    void edgeLabelsFollowTheDrawingDirection();
    void dozensOfRulesStayTidyAndDeterministic();
    void parallelFiltersGetDistinctSlotsAndLabelsDoNotOverlap();
    void aHugePolicyIsCappedAndCounted();
    void everyRuleDrawsItsFirstFiltersAndCountsTheRestOnItsGroup();
};

void TestDiagramGraph::theReferenceScenarioIsTwoSubnetsAndTwoEncryptedArrows()
{
    const auto store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    const DiagramGraph g = buildDiagramGraph(*store, store->policies.front());
    QCOMPARE(g.nodes.size(), std::size_t(2));
    QCOMPARE(g.nodes[0].title, QStringLiteral("10.0.1.0/24"));
    QCOMPARE(g.nodes[1].title, QStringLiteral("10.2.27.0/25"));
    QCOMPARE(g.nodes[1].caption, QStringLiteral("subnet, 128 addresses"));
    QCOMPARE(g.edges.size(), std::size_t(2));
    for (const DiagramEdge &e : g.edges) {
        QVERIFY(e.mirrored);
        QCOMPARE(e.action, DiagramAction::Encrypt);
        QCOMPARE(e.actionText, QStringLiteral("ESP 3DES/SHA1"));
        QVERIFY(!e.allowsUnsecured);
        QCOMPARE(e.label(), QStringLiteral("TCP any → 8080"));
    }
    QCOMPARE(g.edges[0].source, 0);
    QCOMPARE(g.edges[1].source, 1);
    QCOMPARE(g.groups.size(), std::size_t(1));
    QCOMPARE(g.groups[0].title, QStringLiteral("azure-onpremises-HTTP8080"));
    QCOMPARE(g.groups[0].rules.size(), std::size_t(1));
    QVERIFY(g.groups[0].rules[0].text.contains(QStringLiteral("myEncryption (ESP 3DES/SHA1, Kerberos V5)")));
    QVERIFY(!g.defaultResponseActive);
}

void TestDiagramGraph::theReferenceScenarioLaysOutSideBySide()
{
    const auto store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    const DiagramGraph g = buildDiagramGraph(*store, store->policies.front());
    const DiagramLayout layout = layoutDiagram(g);
    QCOMPARE(layout.nodes.size(), std::size_t(2));
    QVERIFY(layout.nodes[0].leftColumn);
    QVERIFY(!layout.nodes[1].leftColumn);
    QCOMPARE(layout.edges.size(), std::size_t(2));
    QCOMPARE(layout.edges[0].label, QStringLiteral("TCP any → 8080"));
    QCOMPARE(layout.edges[1].label, QStringLiteral("TCP 8080 ← any")); // drawn from right to left
    QVERIFY(!layout.edges[0].labelRect.intersects(layout.edges[1].labelRect));
    verifyTidy(layout);
}

void TestDiagramGraph::rulesAreClassifiedByTheirStrongestMethod_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<SecurityMethod>>("methods");
    QTest::addColumn<DiagramAction>("expected");
    QTest::addColumn<QString>("text");
    const int negotiate = static_cast<int>(ActionKind::Negotiate);
    QTest::newRow("permit is permit") << static_cast<int>(ActionKind::Permit) << QList<SecurityMethod>{}
                                      << DiagramAction::Permit << "Permit";
    QTest::newRow("block is block") << static_cast<int>(ActionKind::Block) << QList<SecurityMethod>{}
                                    << DiagramAction::Block << "Block";
    QTest::newRow("AH only protects integrity")
        << negotiate << QList<SecurityMethod>{SecurityMethod::ah(Integrity::Sha1)}
        << DiagramAction::IntegrityOnly << "AH SHA1";
    QTest::newRow("ESP without encryption protects integrity only")
        << negotiate << QList<SecurityMethod>{SecurityMethod::esp(Encryption::None, Integrity::Sha1)}
        << DiagramAction::IntegrityOnly << "ESP None/SHA1";
    QTest::newRow("the strongest of several methods is shown, not the first")
        << negotiate
        << QList<SecurityMethod>{SecurityMethod::ah(Integrity::Md5),
                                 SecurityMethod::esp(Encryption::Des, Integrity::Md5),
                                 SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
                                 SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5)}
        << DiagramAction::Encrypt << "ESP 3DES/SHA1";
    QTest::newRow("negotiate without methods is integrity at best")
        << negotiate << QList<SecurityMethod>{} << DiagramAction::IntegrityOnly << "Negotiate (no methods)";
}

void TestDiagramGraph::rulesAreClassifiedByTheirStrongestMethod()
{
    QFETCH(int, kind);
    QFETCH(QList<SecurityMethod>, methods);
    QFETCH(DiagramAction, expected);
    QFETCH(QString, text);
    test::StoreBuilder b;
    const QUuid a = b.addAction(withMethods(static_cast<ActionKind>(kind), methods));
    b.addRule(QStringLiteral("R"), {filter("me", "any")}, a);
    const DiagramGraph g = buildDiagramGraph(b.data, b.data.policies.front());
    QCOMPARE(g.edges.size(), std::size_t(1));
    QCOMPARE(g.edges[0].action, expected);
    QCOMPARE(g.edges[0].actionText, text);
    QCOMPARE(g.groups[0].rules[0].action, expected);
}

void TestDiagramGraph::equalAddressesShareOneNode()
{
    test::StoreBuilder b;
    const QUuid a = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    b.addRule(QStringLiteral("R1"), {filter("me", "10.0.0.0/24"), filter("me", "name:Host.Example.com")}, a);
    b.addRule(QStringLiteral("R2"),
              {filter("10.0.0.0/255.255.255.0", "me"), filter("me", "name:host.example.COM")}, a);
    const DiagramGraph g = buildDiagramGraph(b.data, b.data.policies.front());
    QCOMPARE(g.nodes.size(), std::size_t(3)); // me, the subnet, the DNS name
    QCOMPARE(g.edges.size(), std::size_t(4));
    QCOMPARE(g.edges[2].source, g.edges[0].target);
    QCOMPARE(g.edges[3].target, g.edges[1].target);
    QCOMPARE(g.groups.size(), std::size_t(2));
}

void TestDiagramGraph::aFilterListUsedByTwoRulesIsOneGroupWithTwoRuleLines()
{
    test::StoreBuilder b;
    const QUuid a = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    const QUuid c = b.addAction(test::action(QStringLiteral("Block"), ActionKind::Block));
    b.addRule(QStringLiteral("R1"), {filter("me", "10.0.0.0/24")}, a);
    Rule second = b.policy().rules.front();
    second.id = newId();
    second.name = QStringLiteral("R2");
    second.filterAction = c;
    second.active = false;
    b.policy().rules.append(second);
    const DiagramGraph g = buildDiagramGraph(b.data, b.data.policies.front());
    QCOMPARE(g.groups.size(), std::size_t(1));
    QCOMPARE(g.groups[0].rules.size(), std::size_t(2));
    QVERIFY(g.groups[0].rules[1].text.endsWith(QStringLiteral("(inactive)")));
    QCOMPARE(g.edges.size(), std::size_t(2));
    QVERIFY(g.edges[0].ruleActive);
    QVERIFY(!g.edges[1].ruleActive);
    QCOMPARE(g.edges[1].action, DiagramAction::Block);
    DiagramOptions activeOnly;
    activeOnly.includeInactiveRules = false;
    QCOMPARE(buildDiagramGraph(b.data, b.data.policies.front(), activeOnly).edges.size(), std::size_t(1));
}

void TestDiagramGraph::edgeLabelsFollowTheDrawingDirection_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("leftToRight");
    QTest::addColumn<QString>("rightToLeft");
    QTest::newRow("any protocol says so") << filter("me", "any") << "Any protocol"
                                          << "Any protocol";
    QTest::newRow("ICMP has no ports") << filter("me", "any", protocol::Icmp) << "ICMP"
                                       << "ICMP";
    QTest::newRow("TCP on all ports is just TCP") << filter("me", "any", protocol::Tcp) << "TCP"
                                                  << "TCP";
    QTest::newRow("a destination port reads from the source")
        << filter("me", "any", protocol::Udp, 0, 53) << "UDP any → 53"
        << "UDP 53 ← any";
}

void TestDiagramGraph::edgeLabelsFollowTheDrawingDirection()
{
    QFETCH(Filter, filter);
    QFETCH(QString, leftToRight);
    QFETCH(QString, rightToLeft);
    test::StoreBuilder b;
    const QUuid a = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    b.addRule(QStringLiteral("R"), {filter}, a);
    const DiagramGraph g = buildDiagramGraph(b.data, b.data.policies.front());
    QCOMPARE(g.edges[0].label(true), leftToRight);
    QCOMPARE(g.edges[0].label(false), rightToLeft);
}

void TestDiagramGraph::dozensOfRulesStayTidyAndDeterministic()
{
    test::StoreBuilder b;
    const QUuid permit = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    const QUuid block = b.addAction(test::action(QStringLiteral("Block"), ActionKind::Block));
    for (int r = 0; r < 36; ++r) {
        std::vector<Filter> filters;
        for (int f = 0; f < 1 + r % 5; ++f)
            filters.push_back(filter(f % 2 ? QStringLiteral("me") : QStringLiteral("10.%1.0.0/16").arg(r),
                                     QStringLiteral("10.%1.%2.0/24").arg(100 + r).arg(f), protocol::Tcp, 0,
                                     static_cast<std::uint16_t>(1000 + f)));
        b.addRule(QStringLiteral("rule %1").arg(r), std::move(filters), r % 3 ? permit : block);
    }
    const DiagramGraph g = buildDiagramGraph(b.data, b.data.policies.front());
    const DiagramLayout first = layoutDiagram(g);
    QCOMPARE(first.groups.size(), std::size_t(36));
    QVERIFY(first.gridColumns > 1); // a wide grid, not one endless column
    const qreal aspect = first.bounds.width() / first.bounds.height();
    QVERIFY2(aspect > 0.8 && aspect < 3.2, qPrintable(QString::number(aspect)));
    verifyTidy(first);
    const DiagramLayout second = layoutDiagram(buildDiagramGraph(b.data, b.data.policies.front()));
    QCOMPARE(second.bounds, first.bounds);
    for (std::size_t i = 0; i < first.edges.size(); ++i) {
        QCOMPARE(second.edges[i].start, first.edges[i].start);
        QCOMPARE(second.edges[i].labelRect, first.edges[i].labelRect);
    }
}

void TestDiagramGraph::parallelFiltersGetDistinctSlotsAndLabelsDoNotOverlap()
{
    test::StoreBuilder b;
    const QUuid a = b.addAction(test::action(QStringLiteral("Permit"), ActionKind::Permit));
    std::vector<Filter> filters;
    for (std::uint16_t port : {80, 443, 8080, 8443, 3389})
        filters.push_back(filter("me", "10.0.0.0/24", protocol::Tcp, 0, port));
    filters.push_back(filter("10.0.0.0/24", "me", protocol::Udp, 0, 53)); // reverse direction, same pair
    filters.push_back(filter("me", "me", protocol::Icmp));                // a loop
    b.addRule(QStringLiteral("R"), std::move(filters), a);
    const DiagramLayout layout = layoutDiagram(buildDiagramGraph(b.data, b.data.policies.front()));
    QCOMPARE(layout.nodes.size(), std::size_t(2));
    QVERIFY(layout.nodes[0].leftColumn); // "me" on the left
    QSet<qreal> startYs;
    for (const EdgePlacement &e : layout.edges)
        startYs.insert(e.start.y());
    QCOMPARE(startYs.size(), static_cast<qsizetype>(layout.edges.size()));
    for (std::size_t i = 0; i < layout.edges.size(); ++i)
        for (std::size_t j = i + 1; j < layout.edges.size(); ++j)
            QVERIFY2(!layout.edges[i].labelRect.intersects(layout.edges[j].labelRect),
                     qPrintable(layout.edges[i].label + QStringLiteral(" / ") + layout.edges[j].label));
    QVERIFY(layout.edges.back().sameColumn);
    verifyTidy(layout);
}

void TestDiagramGraph::aHugePolicyIsCappedAndCounted()
{
    const StoreData store = generateStore(3000, 7);
    QVERIFY(!store.policies.empty());
    const Policy &policy = store.policies.front();
    DiagramOptions options;
    options.maxEdges = 100;
    options.maxEdgesPerRule = 1000;
    const DiagramGraph g = buildDiagramGraph(store, policy, options);
    std::size_t filters = 0;
    for (const Rule &r : policy.rules)
        if (const FilterList *l = store.filterList(r.filterList))
            filters += l->filters.size();
    QCOMPARE(g.edges.size(), std::size_t(100));
    QCOMPARE(static_cast<std::size_t>(g.omittedEdges), filters - 100);
    int countedOnGroups = 0;
    for (const DiagramGroup &group : g.groups)
        countedOnGroups += group.omittedEdges;
    QCOMPARE(countedOnGroups, g.omittedEdges);
    verifyTidy(layoutDiagram(g));
}

void TestDiagramGraph::everyRuleDrawsItsFirstFiltersAndCountsTheRestOnItsGroup()
{
    const StoreData store = generateStore(3000, 7);
    const Policy &policy = store.policies.front();
    QVERIFY(policy.rules.size() >= 2);
    DiagramOptions options;
    options.maxEdgesPerRule = 10;
    const DiagramGraph g = buildDiagramGraph(store, policy, options);
    // Every rule shows, with at most 10 arrows, the later rules too.
    QHash<QUuid, int> drawn;
    for (const DiagramEdge &e : g.edges)
        ++drawn[e.ruleId];
    for (const Rule &r : policy.rules) {
        const FilterList *l = store.filterList(r.filterList);
        QVERIFY(l);
        QCOMPARE(drawn.value(r.id), std::min<int>(10, static_cast<int>(l->filters.size())));
    }
    for (const DiagramGroup &group : g.groups) {
        const FilterList *l = store.filterList(group.filterListId);
        const int rules = static_cast<int>(group.rules.size());
        QCOMPARE(group.omittedEdges, rules * std::max(0, static_cast<int>(l->filters.size()) - 10));
    }
}

QTEST_GUILESS_MAIN(TestDiagramGraph)
#include "tst_diagramgraph.moc"
