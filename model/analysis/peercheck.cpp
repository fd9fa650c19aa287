#include "peercheck.h"

#include "core/enumnames.h"
#include "packettext.h"
#include "traffic.h"

#include <QSet>
#include <QStringList>

namespace ipsec::analysis {
namespace {

// "3DES-SHA1-DH2, 3DES-MD5-DH2", or "none" for a policy without key exchange methods.
QString methodsText(const QList<IkeMethod> &methods)
{
    QStringList names;
    for (const IkeMethod &m : methods)
        names << describe(m);
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

enum PeerCode : std::uint8_t {
    NotCovered,         // IPS-600
    SentInClear,        // IPS-601
    Blocked,            // IPS-602
    ClearAgainstSecure, // IPS-603
    NoCommonOffer,      // IPS-604
    NoCommonMainMode,   // IPS-605
    NoCommonAuth,       // IPS-606
    PfsDiffers,         // IPS-607
    Undecided,          // IPS-608
};

const std::vector<PeerCodeInfo> &table()
{
    static const std::vector<PeerCodeInfo> codes{
        {"IPS-600", Severity::Error,
         "A flow one side secures is not covered by the other side's policy, and the securing side does not "
         "fall back to clear text: the connection fails",
         "Add a filter for the flow to the other side's policy (mirrored, with the same protocol and ports), "
         "or let the securing side fall back."},
        {"IPS-601", Severity::Warning,
         "A flow one side secures travels in clear text: the other side does not secure it and the securing "
         "side accepts or falls back to clear text",
         "Secure the flow on both sides, or accept that it travels in clear text."},
        {"IPS-602", Severity::Error, "The other side blocks a flow one side secures",
         "Change the other side's rule to negotiate security for the flow."},
        {"IPS-603", Severity::Error,
         "The other side permits a flow in clear text that one side requires to be secured (inpass=no): the "
         "securing side drops it",
         "Negotiate security for the flow on the other side too, or accept unsecured communication (inpass) "
         "on the securing side."},
        {"IPS-604", Severity::Error,
         "The two sides' filter actions for a flow share no quick-mode offer (protocol and algorithms)",
         "Give both filter actions at least one identical offer (protocol, encryption, integrity; lifetimes "
         "may differ)."},
        {"IPS-605", Severity::Error,
         "The two policies share no main-mode method (encryption, integrity, Diffie-Hellman group)",
         "Give both policies at least one identical key exchange method."},
        {"IPS-606", Severity::Error,
         "The two rules for a flow share no authentication method (Kerberos, the same preshared key, the "
         "same root CA)",
         "Use Kerberos on both sides in one forest, the same preshared key, or certificates from the same "
         "root CA."},
        {"IPS-607", Severity::Error, "The two sides disagree on session key PFS for a flow",
         "Turn session key PFS on or off on both sides."},
        {"IPS-608", Severity::Warning,
         "Which rule one side applies to a flow is a tie (Q1): the check rests on the first of them",
         "Make the rule that should apply more specific on that side."},
    };
    return codes;
}

// One side of a flow as the securing computer sees it.
struct FlowSide {
    IpAddress address; // none for `me` (unknown), any, or an unresolved keyword
    bool isMe = false;
};

FlowSide sampleSide(const FilterAddress &a, const QList<IpAddress> &myAddresses)
{
    if (a.kind == AddressKind::Me)
        return {myAddresses.isEmpty() ? IpAddress() : myAddresses.front(), true};
    const AddressSpace space = AddressSpace::of(a);
    if (space.intervals().empty())
        return {};
    const AddressInterval &i = space.intervals().front();
    return {addressFromValue(i.family, i.first), false};
}

std::uint16_t samplePort(const PortRange &p)
{
    return p.isAny() ? 0 : p.first;
}

bool sameOffer(const SecurityMethod &a, const SecurityMethod &b)
{
    return a.protocol == b.protocol && a.ahIntegrity == b.ahIntegrity && a.espEncryption == b.espEncryption &&
           a.espIntegrity == b.espIntegrity;
}

bool sameAuth(const AuthMethod &a, const AuthMethod &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case AuthKind::Kerberos:
        return true;
    case AuthKind::PresharedKey:
        return a.value == b.value;
    case AuthKind::Certificate:
        return a.value.simplified().compare(b.value.simplified(), Qt::CaseInsensitive) == 0;
    }
    return false;
}

template <typename T, typename Eq> bool shareOne(const QList<T> &a, const QList<T> &b, Eq eq)
{
    for (const T &x : a)
        for (const T &y : b)
            if (eq(x, y))
                return true;
    return false;
}

struct Side {
    const StoreData *store;
    const Policy *policy;
    const QList<IpAddress> *addresses;
    char name;
};

class PeerChecker {
public:
    explicit PeerChecker(PeerReport &report) : m_report(report) {}

    void check(const Side &x, const Side &y)
    {
        for (const PolicyFilter &pf : policyFilters(*x.store, *x.policy)) {
            if (treatmentOf(pf) != Treatment::Negotiate)
                continue;
            const Filter &f = *pf.filter;
            const FlowSide src = sampleSide(f.source, *x.addresses);
            const FlowSide dst = sampleSide(f.destination, *x.addresses);
            // X's view: its own side as `me` when unknown.
            Packet seen;
            seen.protocol = f.protocol;
            seen.source = src.address;
            seen.destination = dst.address;
            seen.sourcePort = samplePort(f.sourcePort);
            seen.destinationPort = samplePort(f.destinationPort);
            if (src.isMe && src.address.family() == IpAddress::Family::None)
                seen.sourceKeyword = token(AddressKind::Me);
            if (dst.isMe && dst.address.family() == IpAddress::Family::None)
                seen.destinationKeyword = token(AddressKind::Me);
            const Explanation own = explain(*x.store, *x.policy, seen, environment(x));
            // Another filter decides this packet on X: it is checked on its own turn.
            if (!own.winner() || own.winner()->match.filter.filter != pf.filter)
                continue;
            ++m_report.flowsChecked;
            // Y's view: Y is the side that is not X (the destination unless X's `me` is there). Y knows
            // itself as `me`, and by its own address when given and inside X's filter.
            const bool xIsDestination =
                dst.isMe || (!src.isMe && !x.addresses->isEmpty() && x.addresses->contains(dst.address));
            if (xIsDestination ? src.isMe : dst.isMe)
                continue; // `me` on both sides: not a flow between two computers
            Packet theirs = seen;
            theirs.sourceKeyword.clear();
            theirs.destinationKeyword.clear();
            IpAddress &peerAddress = xIsDestination ? theirs.source : theirs.destination;
            const FilterAddress &peerSide = xIsDestination ? f.source : f.destination;
            if (!y.addresses->isEmpty() && AddressSpace::of(peerSide).contains(y.addresses->front()))
                peerAddress = y.addresses->front();
            (xIsDestination ? theirs.sourceKeyword : theirs.destinationKeyword) = token(AddressKind::Me);
            compare(x, pf, y, explain(*y.store, *y.policy, theirs, environment(y)), formatPacket(seen));
        }
    }

private:
    static MatchEnvironment environment(const Side &s)
    {
        MatchEnvironment env;
        env.myAddresses = *s.addresses;
        return env;
    }

    void compare(const Side &x, const PolicyFilter &pf, const Side &y, const Explanation &e,
                 const QString &flow)
    {
        const FilterAction &action = *pf.action;
        const QString ours = QStringLiteral("rule '%1' of policy '%2' (side %3)")
                                 .arg(pf.rule->name, x.policy->name, QChar::fromLatin1(x.name).toUpper());
        const QString theirSide =
            QStringLiteral("side %1's policy '%2'").arg(QChar::fromLatin1(y.name).toUpper(), y.policy->name);
        const ExplainedCandidate *w = e.winner();
        auto add = [&](PeerCode code, const QString &message) { addProblem(x, pf, code, message, flow); };
        if (e.tie)
            add(Undecided, QStringLiteral("%1 treats %2 with a tie between equally specific filters (Q1)")
                               .arg(theirSide, flow));
        switch (e.treatment()) {
        case Treatment::None:
            if (action.allowFallback || action.acceptUnsecured)
                add(SentInClear,
                    QStringLiteral("%1 secures %2, %3 does not cover it: it travels in clear text")
                        .arg(ours, flow, theirSide));
            else
                add(NotCovered,
                    QStringLiteral("%1 secures %2, but %3 does not cover it: the connection fails")
                        .arg(ours, flow, theirSide));
            return;
        case Treatment::Block:
            add(Blocked, QStringLiteral("%1 secures %2, but %3 blocks it with rule '%4'")
                             .arg(ours, flow, theirSide, w->match.filter.rule->name));
            return;
        case Treatment::Permit:
            if (action.acceptUnsecured)
                add(SentInClear, QStringLiteral("%1 secures %2, %3 permits it in clear text with rule '%4'")
                                     .arg(ours, flow, theirSide, w->match.filter.rule->name));
            else
                add(ClearAgainstSecure,
                    QStringLiteral("%1 requires security for %2, but %3 sends it in clear text with rule "
                                   "'%4'")
                        .arg(ours, flow, theirSide, w->match.filter.rule->name));
            return;
        case Treatment::Negotiate:
            break;
        }
        const PolicyFilter &other = w->match.filter;
        const QString theirRule = QStringLiteral("rule '%1' of %2").arg(other.rule->name, theirSide);
        if (!shareOne(action.securityMethods, other.action->securityMethods, sameOffer))
            add(NoCommonOffer,
                QStringLiteral("%1 and %2 share no quick-mode offer for %3").arg(ours, theirRule, flow));
        if (!shareOne(x.policy->ike.methods, y.policy->ike.methods,
                      [](const IkeMethod &a, const IkeMethod &b) { return a == b; }))
            add(NoCommonMainMode,
                QStringLiteral(
                    "policy '%1' (side %2) offers %3 and %4 offers %5: no main-mode method in common")
                    .arg(x.policy->name, QChar::fromLatin1(x.name).toUpper(),
                         methodsText(x.policy->ike.methods), theirSide, methodsText(y.policy->ike.methods)));
        if (!shareOne(pf.rule->authMethods, other.rule->authMethods, sameAuth))
            add(NoCommonAuth,
                QStringLiteral("%1 and %2 share no authentication method for %3").arg(ours, theirRule, flow));
        if (action.sessionKeyPfs != other.action->sessionKeyPfs)
            add(PfsDiffers,
                QStringLiteral("%1 %2 session key PFS for %3, %4 %5")
                    .arg(ours,
                         action.sessionKeyPfs ? QStringLiteral("requires") : QStringLiteral("does not use"),
                         flow, theirRule,
                         other.action->sessionKeyPfs ? QStringLiteral("requires it")
                                                     : QStringLiteral("does not")));
    }

    void addProblem(const Side &x, const PolicyFilter &pf, PeerCode code, const QString &message,
                    const QString &flow)
    {
        const PeerCodeInfo &info = table()[code];
        // The main-mode mismatch is one per pair of policies, not one per flow.
        const QString key = code == NoCommonMainMode ? QString::fromLatin1(info.code) : info.code + message;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        PeerProblem p;
        p.finding.code = QString::fromLatin1(info.code);
        p.finding.severity = info.severity;
        p.finding.message = message + u'.';
        p.finding.hint = QString::fromUtf8(info.hint);
        p.finding.location.kind = ObjectKind::Rule;
        p.finding.location.objectId = pf.rule->id;
        p.finding.location.parentId = x.policy->id;
        p.finding.location.objectPath =
            QStringLiteral("Policy '%1' / Rule '%2'").arg(x.policy->name, pf.rule->name);
        p.flow = flow;
        p.side = x.name;
        m_report.problems.push_back(std::move(p));
    }

    PeerReport &m_report;
    QSet<QString> m_seen;
};

} // namespace

bool PeerReport::compatible() const
{
    if (!error.isEmpty())
        return false;
    for (const PeerProblem &p : problems)
        if (p.finding.severity == Severity::Error)
            return false;
    return true;
}

const std::vector<PeerCodeInfo> &peerCodes()
{
    return table();
}

PeerReport checkPeers(const StoreData &a, const StoreData &b, const PeerOptions &options)
{
    PeerReport report;
    QString why;
    const Policy *pa = choosePolicy(a, options.policyA, &why);
    if (!pa) {
        report.error = QStringLiteral("side A: %1").arg(why);
        return report;
    }
    const Policy *pb = choosePolicy(b, options.policyB, &why);
    if (!pb) {
        report.error = QStringLiteral("side B: %1").arg(why);
        return report;
    }
    PeerChecker checker(report);
    const Side sideA{&a, pa, &options.addressesA, 'a'};
    const Side sideB{&b, pb, &options.addressesB, 'b'};
    checker.check(sideA, sideB);
    checker.check(sideB, sideA);
    return report;
}

QString describe(const PeerReport &r)
{
    if (!r.error.isEmpty())
        return QStringLiteral("not checked: %1").arg(r.error);
    QStringList lines;
    for (const PeerProblem &p : r.problems)
        lines << QStringLiteral("%1 %2: %3")
                     .arg(severityName(p.finding.severity), p.finding.code, p.finding.message);
    lines << (r.compatible() ? QStringLiteral("compatible: %1 flows checked").arg(r.flowsChecked)
                             : QStringLiteral("not compatible: %1 flows checked").arg(r.flowsChecked));
    return lines.join(u'\n');
}

} // namespace ipsec::analysis
