#include "diagramgraph.h"

#include "core/enumnames.h"
#include "specificity.h"
#include "templates/cryptobaselines.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace ipsec::analysis {
namespace {

// The diagram's words are the window's (German in a German window); the CLI installs no translator.
struct Diagram {
    Q_DECLARE_TR_FUNCTIONS(ipsec::Diagram)
};

// baselines::strength ranks every AES-GMAC with SHA-256 (docs/analysis.md, "Crypto baselines"), right for a
// floor check; to pick the one offer the diagram shows, GMAC's key size counts: GMAC-192 with SHA-384,
// GMAC-256 above it.
int offerRank(Integrity i)
{
    switch (i) {
    case Integrity::AesGmac192:
        return 4;
    case Integrity::AesGmac256:
        return 5;
    default:
        return baselines::strength(i);
    }
}

// Encryption matters most, then the best integrity, then AH (which also covers the addresses).
std::tuple<int, int, bool> strengthKey(const SecurityMethod &m)
{
    const int enc = m.usesEsp() ? baselines::strength(m.espEncryption) : 0;
    const int integrity =
        std::max(m.usesAh() ? offerRank(m.ahIntegrity) : 0, m.usesEsp() ? offerRank(m.espIntegrity) : 0);
    return {enc, integrity, m.usesAh()};
}

QString authText(const QList<AuthMethod> &methods)
{
    if (methods.isEmpty())
        return displayName(AuthKind::Kerberos); // netsh's dynamic default (Q7)
    return displayName(methods.front().kind) +
           (methods.size() > 1 ? QStringLiteral(" +%1").arg(methods.size() - 1) : QString());
}

QString actionText(const FilterAction *action)
{
    if (!action)
        return Diagram::tr("<missing filter action>");
    switch (action->action) {
    case ActionKind::Permit:
        return Diagram::tr("Permit");
    case ActionKind::Block:
        return Diagram::tr("Block");
    case ActionKind::Negotiate:
        if (const SecurityMethod *m = strongestMethod(*action))
            return shortDescription(*m);
        return Diagram::tr("Negotiate (no methods)");
    }
    return {};
}

QString ruleLine(const Rule &rule, const FilterAction *action)
{
    QString text = (rule.name.isEmpty() ? Diagram::tr("<unnamed rule>") : rule.name) + QStringLiteral(" → ");
    text += action ? action->name : Diagram::tr("<missing filter action>");
    QStringList details;
    if (action && action->action == ActionKind::Negotiate) {
        details << actionText(action) << authText(rule.authMethods);
        if (action->allowFallback)
            details << Diagram::tr("falls back to clear");
        else if (action->acceptUnsecured)
            details << Diagram::tr("accepts unsecured");
    }
    if (rule.tunnel.isTunnel())
        details << Diagram::tr("tunnel to ") + (rule.tunnel.kind == TunnelKind::DnsName
                                                    ? rule.tunnel.dnsName
                                                    : rule.tunnel.address.toString());
    if (rule.connectionType != ConnectionType::All)
        details << displayName(rule.connectionType);
    if (!rule.active)
        details << Diagram::tr("inactive");
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    return text;
}

} // namespace

QString DiagramEdge::label(bool sourceOnLeft) const
{
    if (sourcePorts.isEmpty() && destinationPorts.isEmpty())
        return protocol;
    return sourceOnLeft ? QStringLiteral("%1 %2 → %3").arg(protocol, sourcePorts, destinationPorts)
                        : QStringLiteral("%1 %2 ← %3").arg(protocol, destinationPorts, sourcePorts);
}

int DiagramGraph::nodeIndex(const QString &key) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].key == key)
            return static_cast<int>(i);
    return -1;
}

const SecurityMethod *strongestMethod(const FilterAction &action)
{
    const SecurityMethod *best = nullptr;
    for (const SecurityMethod &m : action.securityMethods)
        if (!best || strengthKey(m) > strengthKey(*best))
            best = &m;
    return best;
}

DiagramAction classify(const FilterAction *action)
{
    if (!action)
        return DiagramAction::Missing;
    switch (action->action) {
    case ActionKind::Permit:
        return DiagramAction::Permit;
    case ActionKind::Block:
        return DiagramAction::Block;
    case ActionKind::Negotiate: {
        const SecurityMethod *m = strongestMethod(*action);
        return m && m->usesEsp() && m->espEncryption != Encryption::None ? DiagramAction::Encrypt
                                                                         : DiagramAction::IntegrityOnly;
    }
    }
    return DiagramAction::Missing;
}

QString shortDescription(const SecurityMethod &m)
{
    const QString ah = QStringLiteral("AH ") + displayName(m.ahIntegrity);
    const QString esp =
        QStringLiteral("ESP %1/%2").arg(displayName(m.espEncryption), displayName(m.espIntegrity));
    switch (m.protocol) {
    case IpsecProtocol::Ah:
        return ah;
    case IpsecProtocol::Esp:
        return esp;
    case IpsecProtocol::AhAndEsp:
        return ah + QStringLiteral(" + ") + esp;
    }
    return {};
}

QString displayName(DiagramAction a)
{
    switch (a) {
    case DiagramAction::Encrypt:
        return Diagram::tr("Negotiate: encrypted");
    case DiagramAction::IntegrityOnly:
        return Diagram::tr("Negotiate: integrity only");
    case DiagramAction::Permit:
        return Diagram::tr("Permit (unprotected)");
    case DiagramAction::Block:
        return Diagram::tr("Block");
    case DiagramAction::Missing:
        return Diagram::tr("Missing filter action");
    }
    return {};
}

QString nodeKey(const FilterAddress &a)
{
    return a.kind == AddressKind::DnsName ? QStringLiteral("name:") + a.dnsName.toLower() : formatAddress(a);
}

QString nodeTitle(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Any:
        return Diagram::tr("Any IP address");
    case AddressKind::Me:
        return Diagram::tr("My IP address");
    case AddressKind::DnsServers:
        return Diagram::tr("DNS servers");
    case AddressKind::WinsServers:
        return Diagram::tr("WINS servers");
    case AddressKind::DhcpServer:
        return Diagram::tr("DHCP server");
    case AddressKind::DefaultGateway:
        return Diagram::tr("Default gateway");
    case AddressKind::DnsName:
        return a.dnsName;
    case AddressKind::Host:
    case AddressKind::Subnet:
    case AddressKind::Range:
        return formatAddress(a);
    }
    return {};
}

QString nodeCaption(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Any:
        return Diagram::tr("every address");
    case AddressKind::Me:
        return Diagram::tr("this computer");
    case AddressKind::DnsServers:
    case AddressKind::WinsServers:
    case AddressKind::DhcpServer:
    case AddressKind::DefaultGateway:
        return Diagram::tr("<dynamic>");
    case AddressKind::DnsName:
        return Diagram::tr("DNS name, resolved once");
    case AddressKind::Host:
        return Diagram::tr("host");
    case AddressKind::Subnet: {
        const int prefix = a.second.prefixLength();
        return prefix >= 0 ? Diagram::tr("subnet, %1 addresses")
                                 .arg(prefix >= a.address.bitCount() - 62
                                          ? QString::number(1ULL << (a.address.bitCount() - prefix))
                                          : QStringLiteral("2^%1").arg(a.address.bitCount() - prefix))
                           : Diagram::tr("subnet (non-contiguous mask)");
    }
    case AddressKind::Range:
        return Diagram::tr("address range");
    }
    return {};
}

DiagramGraph buildDiagramGraph(const StoreData &store, const Policy &policy, const DiagramOptions &options)
{
    DiagramGraph g;
    g.policyId = policy.id;
    g.policyName = policy.name;
    g.defaultResponseActive = policy.defaultResponse.active;

    QHash<QString, int> nodeByKey;
    const auto nodeFor = [&](const FilterAddress &a) {
        const QString key = nodeKey(a);
        const auto it = nodeByKey.constFind(key);
        if (it != nodeByKey.cend())
            return *it;
        const int index = static_cast<int>(g.nodes.size());
        g.nodes.push_back({key, a, nodeTitle(a), nodeCaption(a)});
        nodeByKey.insert(key, index);
        return index;
    };
    QHash<QUuid, int> groupByList;
    int missingListGroup = -1;

    for (const Rule &rule : policy.rules) {
        if (!rule.active && !options.includeInactiveRules)
            continue;
        const FilterList *list = store.filterList(rule.filterList);
        const FilterAction *action = store.filterAction(rule.filterAction);
        const auto addGroup = [&g](const QUuid &id, const QString &title) {
            g.groups.push_back({id, title, {}});
            return static_cast<int>(g.groups.size()) - 1;
        };
        int group = -1;
        if (list) {
            const auto it = groupByList.constFind(list->id);
            group = it != groupByList.cend() ? *it : addGroup(list->id, list->name);
            groupByList.insert(list->id, group);
        } else {
            if (missingListGroup < 0)
                missingListGroup = addGroup({}, QStringLiteral("<missing filter list>"));
            group = missingListGroup;
        }
        g.groups[static_cast<std::size_t>(group)].rules.push_back(
            {rule.id, ruleLine(rule, action), classify(action), rule.active});
        if (!list)
            continue;
        int drawnForRule = 0;
        for (const Filter &f : list->filters) {
            if (static_cast<int>(g.edges.size()) >= options.maxEdges ||
                drawnForRule >= options.maxEdgesPerRule) {
                ++g.omittedEdges;
                ++g.groups[static_cast<std::size_t>(group)].omittedEdges;
                continue;
            }
            ++drawnForRule;
            DiagramEdge e;
            e.source = nodeFor(f.source);
            e.target = nodeFor(f.destination);
            e.group = group;
            e.mirrored = f.mirrored;
            e.protocol = f.protocol == protocol::Any ? Diagram::tr("Any protocol") : protocolName(f.protocol);
            if (protocolHasPorts(f.protocol) && (!f.sourcePort.isAny() || !f.destinationPort.isAny())) {
                e.sourcePorts = formatPorts(f.sourcePort);
                e.destinationPorts = formatPorts(f.destinationPort);
            }
            e.action = classify(action);
            e.actionText = actionText(action);
            e.allowsUnsecured = action && action->action == ActionKind::Negotiate &&
                                (action->allowFallback || action->acceptUnsecured);
            e.ruleActive = rule.active;
            e.policyId = policy.id;
            e.ruleId = rule.id;
            e.filterListId = list->id;
            e.filterId = f.id;
            e.filterActionId = rule.filterAction;
            g.edges.push_back(std::move(e));
        }
    }
    return g;
}

} // namespace ipsec::analysis
