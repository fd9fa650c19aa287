// The Windows Firewall with Advanced Security content of a GPO (docs/formats/gpo.md, MS-GPFAS): connection
// security rules, main mode rules and firewall rules as rule strings, the four kinds of authentication and
// crypto sets as key trees, the default-set renames, and the global and per-profile values.
//
// decodeWfas() reads it from registry records (registry.pol, or a .wfw hive turned into records) below a
// base key; encodeWfas() writes it as records in the order of docs/formats/gpo.md's worked example (Q38). One
// codec serves registry.pol, .wfw and the live store (Q40).
#pragma once

#include "gpfasrule.h"
#include "registrypol.h"

#include <QList>
#include <QString>

namespace ipsec::gpo {

// The policy key inside a GPO's Machine registry.pol [spec MS-GPFAS 2.2.1].
inline const QString kWfasBaseKey = QStringLiteral("SOFTWARE\\Policies\\Microsoft\\WindowsFirewall");

enum class WfasSetKind : std::uint8_t { Phase1Auth, Phase2Auth, Phase1Crypto, Phase2Crypto };

// The registry key name a writer uses. Q41: the phase-1 crypto key is spelled "Phase1CryptoSet" (singular) as
// in the spec; the reader also accepts "Phase1CryptoSets" and the singular auth-set spellings
// (docs/formats/gpo.md, Authentication and crypto sets).
QString setKeyName(WfasSetKind kind);
// The built-in default set of a kind: {E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE1..4} (docs/formats/gpo.md, Default
// sets).
QString defaultSetId(WfasSetKind kind);
bool isDefaultSetId(const QString &id);
QString describeSetKind(WfasSetKind kind); // "phase 1 authentication set"
// The values one suite (proposal) of a set of this kind may hold (docs/formats/gpo.md, Authentication and
// crypto sets).
QStringList wfasSuiteValueNames(WfasSetKind kind);

// A named REG_SZ value of a set or suite (every set value is REG_SZ, booleans included).
struct WfasValue {
    QString name;
    QString value;
    friend bool operator==(const WfasValue &, const WfasValue &) = default;
};

// Values of one key, in order; names compare case-insensitively as registry names do.
struct WfasValues {
    QList<WfasValue> values;
    friend bool operator==(const WfasValues &, const WfasValues &) = default;

    bool has(const QString &name) const;
    QString value(const QString &name) const;
    void set(const QString &name, const QString &value);
};

struct WfasSet {
    WfasSetKind kind = WfasSetKind::Phase1Auth;
    QString id;               // {GUID}
    WfasValues properties;    // Version, Name, Description, EmbeddedContext, PFS, TimeOutMinutes, ...
    QList<WfasValues> suites; // 0000, 0001, ... in preference order
    friend bool operator==(const WfasSet &, const WfasSet &) = default;

    QString displayName() const; // Name, else the id
};

// "The GPO customizes the default set of this kind; its content is stored under customId"
// (docs/formats/gpo.md, Default sets; Q41).
struct WfasDefaultSetAlias {
    WfasSetKind kind = WfasSetKind::Phase1Crypto;
    QString defaultId;
    QString customId;
    friend bool operator==(const WfasDefaultSetAlias &, const WfasDefaultSetAlias &) = default;
};

struct WfasPolicy {
    // Values on the base key (PolicyVersion, IPsecExempt, ...) and under the profile keys, with the key path
    // relative to the base ("" = the base itself, "DomainProfile\Logging"), in the order read.
    QList<PolRecord> settings;
    QList<WfasRule> connectionSecurityRules;
    QList<WfasRule> mainModeRules;
    QList<WfasRule> firewallRules;
    QList<WfasSet> sets;
    QList<WfasDefaultSetAlias> defaultSetAliases;
    // Records below the base key that no part of MS-GPFAS explains: kept for the round trip, reported.
    QList<PolRecord> unrecognised;

    friend bool operator==(const WfasPolicy &, const WfasPolicy &) = default;

    bool isEmpty() const;
    std::optional<std::uint32_t> policyVersion() const;
    void setPolicyVersion(std::uint32_t version);
    const WfasSet *findSet(WfasSetKind kind, const QString &id) const;
    // Follows a default-set alias: the set a rule's reference really means, or nullptr for an unmodified
    // built-in default or a missing set.
    const WfasSet *resolveSet(WfasSetKind kind, const QString &id) const;
    QList<const WfasSet *> setsOfKind(WfasSetKind kind) const;
};

struct WfasDecodeResult {
    WfasPolicy policy;
    Findings findings;
    int recordsUsed = 0; // records below the base key
};

// Decodes the records below `baseKey` (compared case-insensitively). `offsets`, when given, holds each
// record's byte offset for the findings' locations.
WfasDecodeResult decodeWfas(const QList<PolRecord> &records, const QString &baseKey = kWfasBaseKey,
                            const QString &file = {}, const QList<qint64> *offsets = nullptr);

// Encodes as registry records below `baseKey`: PolicyVersion first, then other settings, connection security
// rules, main mode rules, auth sets, crypto sets, firewall rules (the worked example's order, Q38).
QList<PolRecord> encodeWfas(const WfasPolicy &policy, const QString &baseKey = kWfasBaseKey);

// Checks that go across objects: rules naming missing sets, set content (docs/formats/gpo.md, Semantic
// checks), weak algorithms, preshared keys in plain text. Rule-string checks (checkRule) are included.
Findings validateWfas(const WfasPolicy &policy, const QString &file = {});

// Readable text of a set with its suites (preshared keys masked).
QString describeSet(const WfasSet &set);

} // namespace ipsec::gpo
