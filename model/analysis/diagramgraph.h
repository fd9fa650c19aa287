// The picture of what a policy does, as data: address sets as nodes (equal addresses share one node), one
// edge per filter and rule (a mirrored filter is one two-way edge), classified by what the rule's filter
// action does, grouped by filter list. diagramlayout.h places it; views/diagram only draws it.
#pragma once

#include "core/types.h"

#include <QString>
#include <vector>

namespace ipsec::analysis {

// What a rule does to the traffic of its filters, strongest protection first.
enum class DiagramAction : std::uint8_t {
    Encrypt,       // negotiate, and its strongest security method encrypts (ESP with encryption)
    IntegrityOnly, // negotiate with integrity only (AH, or ESP without encryption)
    Permit,
    Block,
    Missing, // the rule's filter action does not exist
};

struct DiagramNode {
    QString key; // equal addresses have equal keys
    FilterAddress address;
    QString title;   // "10.0.1.0/24", "My IP address"
    QString caption; // "Subnet", "This computer", "DNS servers <dynamic>"
};

struct DiagramEdge {
    int source = 0; // node indexes
    int target = 0;
    int group = 0;
    bool mirrored = true;
    QString protocol;    // "TCP", "ICMP", "Any protocol"
    QString sourcePorts; // empty when the protocol has no ports or both sides are any
    QString destinationPorts;
    DiagramAction action = DiagramAction::Missing;
    QString actionText;           // "ESP 3DES/SHA1", "Permit", "Block"
    bool allowsUnsecured = false; // negotiate that accepts or falls back to clear text: drawn dashed
    bool ruleActive = true;
    QUuid policyId;
    QUuid ruleId;
    QUuid filterListId;
    QUuid filterId;
    QUuid filterActionId;

    // "TCP any → 8080" read from source to target; with sourceOnLeft false the same text read from the right
    // ("TCP 8080 ← any"), so the label follows the drawing.
    QString label(bool sourceOnLeft = true) const;
};

struct DiagramRuleLine {
    QUuid ruleId;
    QString text; // "azure-onpremises-HTTP8080 → myEncryption (ESP 3DES/SHA1, Kerberos V5)"
    DiagramAction action = DiagramAction::Missing;
    bool active = true;
};

struct DiagramGroup {
    QUuid filterListId; // null for rules whose filter list is missing
    QString title;      // the filter list's name
    std::vector<DiagramRuleLine> rules;
    int omittedEdges = 0; // this list's filters beyond the caps, not drawn
};

struct DiagramGraph {
    QUuid policyId;
    QString policyName;
    std::vector<DiagramNode> nodes;
    std::vector<DiagramEdge> edges;
    std::vector<DiagramGroup> groups;
    bool defaultResponseActive = false;
    int omittedEdges = 0; // edges beyond DiagramOptions::maxEdges, not drawn

    int nodeIndex(const QString &key) const; // -1 when absent
};

struct DiagramOptions {
    // A 100,000-filter policy cannot be drawn usefully: each rule draws at most maxEdgesPerRule of its list's
    // filters (so that every rule shows), the whole picture at most maxEdges; the rest is counted on its
    // group and in omittedEdges, not drawn.
    int maxEdges = 1500;
    int maxEdgesPerRule = 60;
    bool includeInactiveRules = true;
};

DiagramGraph buildDiagramGraph(const StoreData &store, const Policy &policy,
                               const DiagramOptions &options = {});

DiagramAction classify(const FilterAction *action);
// The strongest method of a negotiating action (encryption first, then integrity); null when it has none.
const SecurityMethod *strongestMethod(const FilterAction &action);
QString shortDescription(const SecurityMethod &method); // "ESP 3DES/SHA1", "AH SHA1 + ESP 3DES/SHA1"
QString displayName(DiagramAction action);              // "Negotiate (encrypt)", "Permit", ...
QString nodeKey(const FilterAddress &address);
QString nodeTitle(const FilterAddress &address);
QString nodeCaption(const FilterAddress &address);

} // namespace ipsec::analysis
