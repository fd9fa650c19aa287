#include "policyexplanation.h"

#include "analysis/diagramgraph.h"
#include "backends/lockoutguard.h"
#include "findingsjson.h"
#include "validation/validator.h"

namespace ipsec::cli {
namespace {

using analysis::DiagramAction;
using analysis::DiagramEdge;
using analysis::DiagramGraph;

// "Negotiate (encrypt) with ESP 3DES/SHA1, accepts unsecured"
QString whatItDoes(const DiagramEdge &edge)
{
    QString text = analysis::displayName(edge.action);
    if ((edge.action == DiagramAction::Encrypt || edge.action == DiagramAction::IntegrityOnly) &&
        !edge.actionText.isEmpty())
        text += QStringLiteral(" with ") + edge.actionText;
    if (edge.allowsUnsecured)
        text += QStringLiteral(", accepts unsecured");
    if (!edge.ruleActive)
        text += QStringLiteral(" (rule inactive)");
    return text;
}

QString trafficLine(const DiagramGraph &graph, const DiagramEdge &edge)
{
    return QStringLiteral("%1 %2 %3  %4: %5")
        .arg(graph.nodes[static_cast<std::size_t>(edge.source)].title,
             edge.mirrored ? QStringLiteral("↔") : QStringLiteral("→"),
             graph.nodes[static_cast<std::size_t>(edge.target)].title, edge.label(), whatItDoes(edge));
}

QString policyHeading(const Policy &p)
{
    return QStringLiteral("Policy '%1'%2")
        .arg(p.name, p.assigned ? QStringLiteral(" [assigned]") : QString());
}

} // namespace

QString explainStore(const StoreData &store)
{
    QStringList lines;
    if (store.policies.empty())
        lines << QStringLiteral("No policies.");
    for (const Policy &policy : store.policies) {
        const DiagramGraph graph = analysis::buildDiagramGraph(store, policy);
        lines << policyHeading(policy);
        if (graph.groups.empty())
            lines << QStringLiteral("  no rules");
        for (const analysis::DiagramGroup &group : graph.groups) {
            for (const analysis::DiagramRuleLine &rule : group.rules) {
                lines << QStringLiteral("  Rule ") + rule.text;
                for (const DiagramEdge &edge : graph.edges)
                    if (edge.ruleId == rule.ruleId)
                        lines << QStringLiteral("    ") + trafficLine(graph, edge);
            }
        }
        if (graph.omittedEdges > 0)
            lines << QStringLiteral("  (%1 more filters not listed)").arg(graph.omittedEdges);
        lines << QStringLiteral("  Default response rule: %1")
                     .arg(graph.defaultResponseActive
                              ? QStringLiteral("active (Windows 2000 to Server 2003 only)")
                              : QStringLiteral("not active"));
    }
    lines << QString() << analyzeLockout(store).toText();
    const Findings findings = validate(store);
    lines << QString()
          << QStringLiteral("Validation: %1 errors, %2 warnings, %3 notes")
                 .arg(countOf(findings, Severity::Error))
                 .arg(countOf(findings, Severity::Warning))
                 .arg(countOf(findings, Severity::Info));
    for (const Finding &f : findings)
        lines << QStringLiteral("  ") + f.toString();
    return lines.join(u'\n') + u'\n';
}

nlohmann::ordered_json explainStoreJson(const StoreData &store)
{
    nlohmann::ordered_json policies = nlohmann::ordered_json::array();
    for (const Policy &policy : store.policies) {
        const DiagramGraph graph = analysis::buildDiagramGraph(store, policy);
        nlohmann::ordered_json rules = nlohmann::ordered_json::array();
        for (const analysis::DiagramGroup &group : graph.groups) {
            for (const analysis::DiagramRuleLine &rule : group.rules) {
                nlohmann::ordered_json traffic = nlohmann::ordered_json::array();
                for (const DiagramEdge &edge : graph.edges) {
                    if (edge.ruleId != rule.ruleId)
                        continue;
                    traffic.push_back(
                        {{"from", graph.nodes[static_cast<std::size_t>(edge.source)].title.toStdString()},
                         {"to", graph.nodes[static_cast<std::size_t>(edge.target)].title.toStdString()},
                         {"mirrored", edge.mirrored},
                         {"traffic", edge.label().toStdString()},
                         {"does", whatItDoes(edge).toStdString()}});
                }
                rules.push_back({{"rule", rule.text.toStdString()},
                                 {"filterList", group.title.toStdString()},
                                 {"action", analysis::displayName(rule.action).toStdString()},
                                 {"active", rule.active},
                                 {"traffic", traffic}});
            }
        }
        policies.push_back({{"name", policy.name.toStdString()},
                            {"assigned", policy.assigned},
                            {"defaultResponseActive", graph.defaultResponseActive},
                            {"rules", rules},
                            {"omittedFilters", graph.omittedEdges}});
    }
    nlohmann::ordered_json lockout = nlohmann::ordered_json::array();
    for (const LockoutHit &hit : analyzeLockout(store).hits)
        lockout.push_back({{"path", hit.path.name.toStdString()},
                           {"protocol", hit.path.protocol == protocol::Tcp ? "TCP" : "UDP"},
                           {"port", hit.path.port},
                           {"effect", hit.effect.toStdString()},
                           {"rule", hit.ruleName.toStdString()},
                           {"filterList", hit.filterListName.toStdString()}});
    nlohmann::ordered_json j = {{"policies", policies}, {"lockout", lockout}};
    j["validation"] = findingsReport(validate(store));
    return j;
}

} // namespace ipsec::cli
