#include "storedobjects.h"

#include "blobmapping.h"
#include "blobs.h"
#include "core/lostreferences.h"
#include "gpipsecconstants.h"
#include "gpipsecfindings.h"
#include "uniqueids.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ipsec::gpipsec {

QString className(ObjectClass c)
{
    switch (c) {
    case ObjectClass::Policy:
        return QStringLiteral("ipsecPolicy");
    case ObjectClass::Isakmp:
        return QStringLiteral("ipsecISAKMPPolicy");
    case ObjectClass::Nfa:
        return QStringLiteral("ipsecNFA");
    case ObjectClass::NegotiationPolicy:
        return QStringLiteral("ipsecNegotiationPolicy");
    case ObjectClass::Filter:
        break;
    }
    return QStringLiteral("ipsecFilter");
}

std::optional<ObjectClass> classFromName(const QString &name)
{
    for (ObjectClass c : {ObjectClass::Policy, ObjectClass::Isakmp, ObjectClass::Nfa,
                          ObjectClass::NegotiationPolicy, ObjectClass::Filter})
        if (name.compare(className(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

QString objectName(ObjectClass c, const QUuid &id)
{
    return className(c) + bracedId(id);
}

std::optional<std::pair<ObjectClass, QUuid>> parseObjectName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^\\s*(ipsec[a-z]+)(\\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    const auto c = classFromName(m.captured(1));
    if (!c)
        return std::nullopt;
    return std::make_pair(*c, QUuid::fromString(m.captured(2)));
}

bool StoredObject::sameContent(const StoredObject &o) const
{
    return objectClass == o.objectClass && id == o.id && name == o.name && description == o.description &&
           data == o.data && isakmpReference == o.isakmpReference && nfaReferences == o.nfaReferences &&
           filterReferences == o.filterReferences &&
           negotiationPolicyReference == o.negotiationPolicyReference &&
           negotiationPolicyType == o.negotiationPolicyType &&
           negotiationPolicyAction == o.negotiationPolicyAction;
}

bool isBuiltinObject(const QUuid &id)
{
    static const QSet<QUuid> ids = [] {
        QSet<QUuid> s;
        for (const char *text :
             {"{72385230-70FA-11D1-864C-14A300000000}", "{72385231-70FA-11D1-864C-14A300000000}",
              "{72385232-70FA-11D1-864C-14A300000000}", "{72385233-70FA-11D1-864C-14A300000000}",
              "{72385235-70FA-11D1-864C-14A300000000}", "{72385236-70FA-11D1-864C-14A300000000}",
              "{72385237-70FA-11D1-864C-14A300000000}", "{7238523A-70FA-11D1-864C-14A300000000}",
              "{7238523B-70FA-11D1-864C-14A300000000}", "{7238523C-70FA-11D1-864C-14A300000000}",
              "{7238523D-70FA-11D1-864C-14A300000000}", "{7238523E-70FA-11D1-864C-14A300000000}",
              "{7238523F-70FA-11D1-864C-14A300000000}", "{59319BDF-5EE3-11D2-ACE8-0060B0ECCA17}",
              "{59319BE2-5EE3-11D2-ACE8-0060B0ECCA17}", "{59319BF0-5EE3-11D2-ACE8-0060B0ECCA17}",
              "{59319BF3-5EE3-11D2-ACE8-0060B0ECCA17}", "{59319C01-5EE3-11D2-ACE8-0060B0ECCA17}",
              "{59319C04-5EE3-11D2-ACE8-0060B0ECCA17}", "{594272E2-071D-11D3-AD22-0060B0ECCA17}",
              "{594272FD-071D-11D3-AD22-0060B0ECCA17}", "{6A1F5C6F-72B7-11D2-ACF0-0060B0ECCA17}"})
            s.insert(QUuid::fromString(QLatin1StringView(text)));
        return s;
    }();
    return ids.contains(id);
}

// ---- store → objects ----

namespace {

QUuid idOr(const QUuid &id, const QUuid &parent, const QString &role)
{
    return id.isNull() ? QUuid::createUuidV5(parent, role) : id;
}

Location objectLocation(ObjectKind kind, const QUuid &id, const QString &path)
{
    Location l;
    l.kind = kind;
    l.objectId = id;
    l.objectPath = path;
    return l;
}

// An object with the name and description the user typed (policies, rules, filter actions, filter lists).
StoredObject namedObject(ObjectClass objectClass, const QUuid &id, const QString &name,
                         const QString &description)
{
    StoredObject o;
    o.objectClass = objectClass;
    o.id = id;
    o.name = name;
    o.description = description;
    return o;
}

} // namespace

StoredResult toStoredObjects(const StoreData &store)
{
    StoredResult result;
    Findings &findings = result.findings;
    QList<StoredObject> &out = result.stored.objects;

    // Who uses each filter list and filter action: their ipsecOwnersReference.
    QHash<QUuid, QList<QUuid>> owners;
    for (const Policy &p : store.policies)
        for (qsizetype i = 0; i < p.rules.size(); ++i) {
            const Rule &r = p.rules[i];
            const QUuid nfa = idOr(r.id, idOr(p.id, QUuid(), QStringLiteral("policy-") + p.name),
                                   QStringLiteral("rule-%1").arg(i));
            owners[r.filterList].append(nfa);
            owners[r.filterAction].append(nfa);
        }

    for (const Policy &p : store.policies) {
        const QString path = QStringLiteral("Policy '%1'").arg(p.name);
        const Location where = objectLocation(ObjectKind::Policy, p.id, path);
        const QUuid policyId = idOr(p.id, QUuid(), QStringLiteral("policy-") + p.name);
        const QUuid isakmpId = idOr(p.ike.id, policyId, QStringLiteral("isakmp"));
        const QUuid responseNfa =
            idOr(p.defaultResponse.id, policyId, QStringLiteral("default-response-nfa"));
        const QUuid responseNegPol =
            idOr(p.defaultResponse.negotiationPolicyId, policyId, QStringLiteral("default-response-negpol"));

        StoredObject policy = namedObject(ObjectClass::Policy, policyId, p.name, p.description);
        policy.data = encode(policyBlobOf(p));
        policy.isakmpReference = {isakmpId};

        StoredObject isakmp;
        isakmp.objectClass = ObjectClass::Isakmp;
        isakmp.id = isakmpId;
        IkeSettings ike = p.ike;
        ike.id = isakmpId;
        Policy withIds = p;
        withIds.ike = ike;
        isakmp.data = encode(isakmpBlobOf(withIds, where, findings));
        isakmp.ownersReferences = {policyId};

        QList<StoredObject> nfas;
        for (qsizetype i = 0; i < p.rules.size(); ++i) {
            const Rule &r = p.rules[i];
            const Location ruleWhere =
                objectLocation(ObjectKind::Rule, r.id, path + QStringLiteral(" / Rule '%1'").arg(r.name));
            StoredObject nfa =
                namedObject(ObjectClass::Nfa, idOr(r.id, policyId, QStringLiteral("rule-%1").arg(i)), r.name,
                            r.description);
            nfa.data = encode(nfaBlobOf(r, ruleWhere, findings));
            nfa.filterReferences = {r.filterList};
            nfa.negotiationPolicyReference = {r.filterAction};
            nfa.ownersReferences = {policyId};
            const auto dangling = [&](const QString &what) {
                findings.append(makeFinding(
                    code::DanglingReference, Severity::Error, ruleWhere,
                    QStringLiteral("rule '%1' refers to a %2 that is not in the store").arg(r.name, what)));
            };
            if (!store.filterList(r.filterList))
                dangling(QStringLiteral("filter list"));
            if (!store.filterAction(r.filterAction))
                dangling(QStringLiteral("filter action"));
            policy.nfaReferences.append(nfa.id);
            nfas.append(nfa);
        }

        const Location responseWhere = objectLocation(ObjectKind::DefaultResponseRule, p.defaultResponse.id,
                                                      path + QStringLiteral(" / default response rule"));
        StoredObject drNfa;
        drNfa.objectClass = ObjectClass::Nfa;
        drNfa.id = responseNfa;
        drNfa.data = encode(nfaBlobOf(p.defaultResponse, responseWhere, findings));
        drNfa.negotiationPolicyReference = {responseNegPol};
        drNfa.ownersReferences = {policyId};
        policy.nfaReferences.append(responseNfa);

        StoredObject drNegPol;
        drNegPol.objectClass = ObjectClass::NegotiationPolicy;
        drNegPol.id = responseNegPol;
        drNegPol.data = encode(negotiationPolicyBlobOf(p.defaultResponse, responseWhere, findings));
        drNegPol.negotiationPolicyType = kNegPolTypeDefaultResponse;
        drNegPol.negotiationPolicyAction = kNegPolActionNegotiate;
        drNegPol.ownersReferences = {responseNfa};

        out << policy << isakmp << nfas << drNfa << drNegPol;
    }

    for (const FilterAction &a : store.filterActions) {
        const Location where =
            objectLocation(ObjectKind::FilterAction, a.id, QStringLiteral("Filter action '%1'").arg(a.name));
        StoredObject o = namedObject(ObjectClass::NegotiationPolicy, a.id, a.name, a.description);
        o.data = encode(negotiationPolicyBlobOf(a, where, findings));
        o.negotiationPolicyType = kNegPolTypeStandard;
        o.negotiationPolicyAction = negotiationActionOf(a);
        o.ownersReferences = owners.value(a.id);
        out << o;
    }

    for (const FilterList &l : store.filterLists) {
        const Location where =
            objectLocation(ObjectKind::FilterList, l.id, QStringLiteral("Filter list '%1'").arg(l.name));
        StoredObject o = namedObject(ObjectClass::Filter, l.id, l.name, l.description);
        o.data = encode(filterBlobOf(l, where, findings));
        o.ownersReferences = owners.value(l.id);
        out << o;
    }

    for (const StoredObject &o : out)
        if (o.id.isNull())
            findings.append(makeFinding(code::BadOption, Severity::Error, {},
                                        QStringLiteral("a %1 has no GUID").arg(className(o.objectClass))));

    if (const Policy *assigned = store.assignedPolicy())
        result.stored.assignedPolicy =
            idOr(assigned->id, QUuid(), QStringLiteral("policy-") + assigned->name);
    result.ok = !hasErrors(findings);
    return result;
}

// ---- objects → store ----

namespace {

class StoreBuilder {
public:
    StoreBuilder(const StoredStore &stored, Findings &findings) : m_stored(stored), m_findings(findings) {}

    StoreData build(const StoreInfo &info)
    {
        StoreData store;
        store.info = info;
        index();
        for (const StoredObject *o : std::as_const(m_ordered)) {
            if (o->objectClass == ObjectClass::Filter)
                readFilterList(*o, store);
            else if (o->objectClass == ObjectClass::NegotiationPolicy)
                readNegotiationPolicy(*o, store);
        }
        for (const StoredObject *o : std::as_const(m_ordered))
            if (o->objectClass == ObjectClass::Policy)
                readPolicy(*o, store);
        reportUnused();
        m_findings.append(leaveOutRulesWithLostReferences(
            store, [this](const Policy &, const Rule &r) { return m_ruleLocations.value(r.id); }));
        return store;
    }

private:
    static QString key(ObjectClass c, const QUuid &id) { return objectName(c, id); }

    void index()
    {
        for (const StoredObject &o : m_stored.objects) {
            const QString k = key(o.objectClass, o.id);
            if (m_byKey.contains(k)) {
                m_findings.append(
                    makeFinding(code::DuplicateObject, Severity::Warning, o.location,
                                QStringLiteral("%1 appears more than once; the first is used").arg(k)));
                continue;
            }
            m_byKey.insert(k, &o);
            m_ordered.append(&o);
            if (!o.dataType)
                continue;
            if (*o.dataType != kIpsecDataTypeDirectory && *o.dataType != kIpsecDataTypeRegistry)
                m_findings.append(
                    makeFinding(code::DataType, Severity::Warning, o.location,
                                QStringLiteral("%1 has ipsecDataType %2; 598 or 256 expected (Q70)")
                                    .arg(k)
                                    .arg(*o.dataType)));
        }
    }

    const StoredObject *find(ObjectClass c, const QUuid &id) const { return m_byKey.value(key(c, id)); }

    Location where(const StoredObject &o) const
    {
        Location l = o.location;
        l.objectId = o.id;
        if (l.objectPath.isEmpty())
            l.objectPath = objectName(o.objectClass, o.id);
        return l;
    }

    bool hasData(const StoredObject &o)
    {
        if (!o.data.isEmpty())
            return true;
        m_findings.append(
            makeFinding(code::MissingData, Severity::Error, where(o),
                        QStringLiteral("%1 has no ipsecData").arg(objectName(o.objectClass, o.id))));
        return false;
    }

    template <typename T> std::optional<T> take(Decoded<T> decoded)
    {
        m_findings.append(decoded.findings);
        return std::move(decoded.value);
    }

    void dangling(const StoredObject &from, const QString &what, const QString &target)
    {
        m_findings.append(makeFinding(
            code::DanglingReference, Severity::Error, where(from),
            QStringLiteral("%1 refers to %2 %3 that is not in the input").arg(describe(from), what, target)));
    }

    QString describe(const StoredObject &o) const
    {
        const QString n =
            o.name.isEmpty() ? objectName(o.objectClass, o.id) : QStringLiteral("'%1'").arg(o.name);
        switch (o.objectClass) {
        case ObjectClass::Policy:
            return QStringLiteral("policy ") + n;
        case ObjectClass::Nfa:
            return QStringLiteral("rule ") + n;
        default:
            return className(o.objectClass) + QLatin1Char(' ') + n;
        }
    }

    void readFilterList(const StoredObject &o, StoreData &store)
    {
        m_used.insert(&o);
        if (!hasData(o))
            return;
        Location l = where(o);
        l.kind = ObjectKind::FilterList;
        const auto blob = take(decodeFilter(o.data, l));
        if (!blob)
            return;
        store.filterLists.push_back(FilterList{o.id, o.name, o.description, filtersOf(*blob, l, m_findings)});
    }

    void readNegotiationPolicy(const StoredObject &o, StoreData &store)
    {
        if (o.negotiationPolicyType == kNegPolTypeDefaultResponse)
            return; // read with its policy's default response rule
        m_used.insert(&o);
        Location l = where(o);
        l.kind = ObjectKind::FilterAction;
        if (o.negotiationPolicyType != kNegPolTypeStandard)
            m_findings.append(makeFinding(
                code::UnknownNegPolGuid, Severity::Warning, l,
                QStringLiteral(
                    "%1 has the unknown ipsecNegotiationPolicyType %2; read as a standard filter action")
                    .arg(describe(o), bracedId(o.negotiationPolicyType))));
        const auto action = negotiationActionFrom(o.negotiationPolicyAction);
        if (!action) {
            m_findings.append(
                makeFinding(code::UnknownNegPolGuid, Severity::Error, l,
                            QStringLiteral("%1 has the unknown ipsecNegotiationPolicyAction %2; skipped")
                                .arg(describe(o), bracedId(o.negotiationPolicyAction))));
            return;
        }
        if (!hasData(o))
            return;
        const auto blob = take(decodeNegotiationPolicy(o.data, l));
        if (!blob)
            return;
        const NegotiationContent c = negotiationContentOf(*blob, l, m_findings);
        FilterAction a;
        a.id = o.id;
        a.name = o.name;
        a.description = o.description;
        a.action = action->action;
        if (a.action == ActionKind::Negotiate) {
            a.acceptUnsecured = action->acceptUnsecured;
            a.securityMethods = c.methods;
            a.allowFallback = c.allowFallback;
            a.sessionKeyPfs = c.sessionKeyPfs;
        } else if (!blob->offers.isEmpty()) {
            m_findings.append(
                makeFinding(code::IgnoredValue, Severity::Warning, l,
                            QStringLiteral("%1 is a permit or block action; its %2 offers are ignored "
                                           "(Q24)")
                                .arg(describe(o))
                                .arg(blob->offers.size())));
        }
        store.filterActions.push_back(a);
    }

    void readPolicy(const StoredObject &o, StoreData &store)
    {
        m_used.insert(&o);
        Location l = where(o);
        l.kind = ObjectKind::Policy;
        Policy p;
        p.id = o.id;
        p.name = o.name;
        p.description = o.description;
        p.assigned = !m_stored.assignedPolicy.isNull() && m_stored.assignedPolicy == o.id;
        if (!hasData(o))
            return;
        const auto blob = take(decodePolicy(o.data, l));
        if (!blob)
            return;
        p.pollingIntervalMinutes = pollingMinutesOf(*blob, l, m_findings);

        std::uint32_t isakmpOptions = 0;
        if (o.isakmpReference.isEmpty()) {
            m_findings.append(makeFinding(code::MissingIsakmp, Severity::Error, l,
                                          QStringLiteral("%1 has no ipsecISAKMPReference").arg(describe(o))));
        } else if (const StoredObject *isakmp = find(ObjectClass::Isakmp, o.isakmpReference.first())) {
            m_used.insert(isakmp);
            Location il = where(*isakmp);
            il.kind = ObjectKind::Policy;
            il.objectId = o.id;
            if (hasData(*isakmp))
                if (const auto ib = take(decodeIsakmp(isakmp->data, il))) {
                    p.ike = ikeSettingsOf(*ib, il, m_findings);
                    isakmpOptions = ib->options;
                }
            p.ike.id = isakmp->id;
        } else {
            dangling(o, QStringLiteral("an ISAKMP object"),
                     objectName(ObjectClass::Isakmp, o.isakmpReference.first()));
        }

        QSet<QUuid> nfasRead;
        for (const QUuid &nfaId : o.nfaReferences) {
            if (nfasRead.contains(nfaId)) {
                m_findings.append(makeFinding(code::DuplicateObject, Severity::Warning, l,
                                              QStringLiteral("%1 names rule %2 twice; read once")
                                                  .arg(describe(o), objectName(ObjectClass::Nfa, nfaId))));
                continue;
            }
            nfasRead.insert(nfaId);
            const StoredObject *nfa = find(ObjectClass::Nfa, nfaId);
            if (!nfa) {
                dangling(o, QStringLiteral("a rule"), objectName(ObjectClass::Nfa, nfaId));
                continue;
            }
            readNfa(*nfa, p, isakmpOptions);
        }
        if (p.defaultResponse.id.isNull())
            m_findings.append(
                makeFinding(code::MissingDefaultResponse, Severity::Warning, l,
                            QStringLiteral("%1 has no default response rule").arg(describe(o))));
        store.policies.push_back(p);
    }

    void readNfa(const StoredObject &nfa, Policy &p, std::uint32_t isakmpOptions)
    {
        m_used.insert(&nfa);
        Location l = where(nfa);
        l.parentId = p.id;
        if (!hasData(nfa))
            return;
        const auto blob = take(decodeNfa(nfa.data, l));
        if (!blob)
            return;
        const StoredObject *negPol =
            nfa.negotiationPolicyReference.isEmpty()
                ? nullptr
                : find(ObjectClass::NegotiationPolicy, nfa.negotiationPolicyReference.first());
        const bool isDefaultResponse = negPol && negPol->negotiationPolicyType == kNegPolTypeDefaultResponse;
        l.kind = isDefaultResponse ? ObjectKind::DefaultResponseRule : ObjectKind::Rule;
        const NfaContent c = nfaContentOf(*blob, isakmpOptions, l, m_findings);

        if (isDefaultResponse) {
            if (!p.defaultResponse.id.isNull()) {
                m_findings.append(
                    makeFinding(code::DuplicateObject, Severity::Warning, l,
                                QStringLiteral("policy '%1' has a second default response rule %2; "
                                               "ignored")
                                    .arg(p.name, objectName(nfa.objectClass, nfa.id))));
                return;
            }
            m_used.insert(negPol);
            DefaultResponseRule &dr = p.defaultResponse;
            dr.id = nfa.id;
            dr.negotiationPolicyId = negPol->id;
            dr.active = c.active;
            dr.authMethods = c.authMethods;
            if (hasData(*negPol))
                if (const auto nb = take(decodeNegotiationPolicy(negPol->data, l))) {
                    const NegotiationContent n = negotiationContentOf(*nb, l, m_findings);
                    dr.securityMethods = n.methods;
                    dr.sessionKeyPfs = n.sessionKeyPfs;
                }
            return;
        }

        Rule r;
        r.id = nfa.id;
        r.name = nfa.name;
        r.description = nfa.description;
        r.authMethods = c.authMethods;
        r.tunnel = c.tunnel;
        r.connectionType = c.connectionType;
        r.active = c.active;
        r.interfaceName = c.interfaceName;
        if (nfa.filterReferences.isEmpty()) {
            m_findings.append(makeFinding(code::DanglingReference, Severity::Error, l,
                                          QStringLiteral("%1 has no filter list").arg(describe(nfa))));
        } else {
            r.filterList = nfa.filterReferences.first();
            if (nfa.filterReferences.size() > 1)
                m_findings.append(
                    makeFinding(code::IgnoredValue, Severity::Warning, l,
                                QStringLiteral("%1 names %2 filter lists; the model keeps the first")
                                    .arg(describe(nfa))
                                    .arg(nfa.filterReferences.size())));
        }
        if (nfa.negotiationPolicyReference.isEmpty()) {
            m_findings.append(makeFinding(code::DanglingReference, Severity::Error, l,
                                          QStringLiteral("%1 has no filter action").arg(describe(nfa))));
        } else {
            r.filterAction = nfa.negotiationPolicyReference.first();
        }
        // A list or action that was lost leaves the rule out afterwards (build(), IPS-920).
        m_ruleLocations.insert(r.id, l);
        p.rules.append(r);
    }

    void reportUnused()
    {
        for (const StoredObject *o : std::as_const(m_ordered)) {
            if (m_used.contains(o))
                continue;
            const QString why =
                o->id == kVersionInformationObject
                    ? QStringLiteral("Windows' Version Information Object is not a rule; skipped (Q5)")
                    : QStringLiteral("%1 belongs to no policy in the input; skipped")
                          .arg(objectName(o->objectClass, o->id));
            m_findings.append(makeFinding(code::SkippedObject, Severity::Info, where(*o), why));
        }
    }

    const StoredStore &m_stored;
    Findings &m_findings;
    QHash<QString, const StoredObject *> m_byKey;
    QList<const StoredObject *> m_ordered;
    QSet<const StoredObject *> m_used;
    QHash<QUuid, Location> m_ruleLocations; // where each rule's NFA was read
};

} // namespace

StoreReadResult fromStoredObjects(const StoredStore &stored, const StoreInfo &info)
{
    StoreReadResult result;
    StoreBuilder builder(stored, result.findings);
    result.store = builder.build(info);
    giveEveryObjectItsOwnId(result.store, result.findings);
    if (stored.objects.isEmpty())
        result.findings.append(makeFinding(code::NoObjects, Severity::Error, {},
                                           QStringLiteral("the input holds no IPsec policy object")));
    result.ok = !stored.objects.isEmpty();
    return result;
}

} // namespace ipsec::gpipsec
