// The store as Windows keeps it: one object per policy, ISAKMP settings, rule (NFA), filter action
// (negotiation policy) and filter list, each with its ipsecData blob and references by GUID
// (docs/formats/gpipsec.md, Directory objects and references). LDIF and .reg are two spellings of these
// objects: DNs or registry key paths for the references.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace ipsec::gpipsec {

enum class ObjectClass : std::uint8_t { Policy, Isakmp, Nfa, NegotiationPolicy, Filter };

QString className(ObjectClass c);                              // "ipsecPolicy", "ipsecISAKMPPolicy", ...
std::optional<ObjectClass> classFromName(const QString &name); // any letter case
// "<class>{GUID}", the RDN value and registry key name.
QString objectName(ObjectClass c, const QUuid &id);
// The class and GUID of "<class>{GUID}" (any letter case), or nothing.
std::optional<std::pair<ObjectClass, QUuid>> parseObjectName(const QString &name);

struct StoredObject {
    ObjectClass objectClass = ObjectClass::Policy;
    QUuid id;
    QString name;        // ipsecName (absent when empty)
    QString description; // absent when empty
    QByteArray data;     // ipsecData
    std::optional<int> dataType;
    QList<QUuid> isakmpReference;            // policy: 0..1
    QList<QUuid> nfaReferences;              // policy
    QList<QUuid> filterReferences;           // NFA
    QList<QUuid> negotiationPolicyReference; // NFA: 0..1
    QList<QUuid> ownersReferences; // ISAKMP → policy; NFA → policy; negotiation policy, filter → NFAs
    QUuid negotiationPolicyType;   // negotiation policy
    QUuid negotiationPolicyAction; // negotiation policy
    Location location;             // where it was read (file, line)

    friend bool operator==(const StoredObject &, const StoredObject &) = default;
    // Same content, ignoring the owner lists and where it was read.
    bool sameContent(const StoredObject &o) const;
};

struct StoredStore {
    QList<StoredObject> objects;
    QUuid assignedPolicy; // ActivePolicy / the GPO assignment; null when none
};

struct StoredResult {
    bool ok = false; // false: the store holds something the legacy format cannot carry (Error findings)
    StoredStore stored;
    Findings findings;
};

// The objects of a store, in the order policies (each followed by its ISAKMP object, rule NFAs, default
// response NFA and negotiation policy), filter actions, filter lists. Objects without an id get one derived
// from their parent's, so the same store always gives the same objects.
StoredResult toStoredObjects(const StoreData &store);

struct StoreReadResult {
    bool ok = false;
    StoreData store;
    Findings findings;
};
// Rebuilds the store from objects in any order; dangling references, undecodable blobs and objects that
// belong to no policy become findings. `info` is copied into the result.
StoreReadResult fromStoredObjects(const StoredStore &stored, const StoreInfo &info);

// Windows' built-in default objects (docs/formats/object-model.md, Windows' default policies): the 21 objects
// of the three default policies and their filter lists and actions, and the Version Information Object.
bool isBuiltinObject(const QUuid &id);

} // namespace ipsec::gpipsec
