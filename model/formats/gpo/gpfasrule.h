// MS-GPFAS rule strings (docs/formats/gpo.md, Rule strings): "v2.10|Token=Value|...|" for
// connection security rules, main mode rules and firewall rules.
//
// A rule keeps its tokens in the order it was read, repeated tokens included, so that reading and writing a
// string gives the same string; unknown tokens are kept in place and reported, never dropped. Typed access
// (action, profiles, endpoints) goes through the accessors and the token tables in gpfasrule.cpp.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace ipsec::gpo {

enum class WfasRuleKind : std::uint8_t { ConnectionSecurity, MainMode, Firewall };

struct RuleToken {
    QString name;
    QString value;
    bool hasEquals = true; // false for a malformed token read without '=' (written back the same way)
    friend bool operator==(const RuleToken &, const RuleToken &) = default;
};

// Schema versions: "2.10" = 0x020A (the minor number is decimal; docs/formats/gpo.md, Versions).
std::optional<std::uint16_t> parseSchemaVersion(const QString &text); // "2.10" -> 0x020A
QString formatSchemaVersion(std::uint16_t version);                   // 0x020A -> "2.10"
inline constexpr std::uint16_t kSchema2_10 = 0x020A;
inline constexpr std::uint16_t kSchema2_20 = 0x0214;

struct WfasRule {
    WfasRuleKind kind = WfasRuleKind::ConnectionSecurity;
    QString id;      // the registry value name (free text without '|')
    QString version; // "2.10"
    QList<RuleToken> tokens;

    friend bool operator==(const WfasRule &, const WfasRule &) = default;

    bool has(const QString &name) const;
    QString value(const QString &name) const; // the first value, or empty
    QStringList values(const QString &name) const;
    void add(const QString &name, const QString &value) { tokens.append({name, value}); }
    void set(const QString &name, const QString &value); // replaces every occurrence, keeps the first place
    void remove(const QString &name);

    QString toString() const;    // "v2.10|...|"
    QString displayName() const; // Name, else the id

    // "Active" absent means disabled (docs/formats/gpo.md, Rule strings).
    bool isActive() const;
    // Profile tokens as FW_PROFILE_TYPE flags: 1 domain, 2 private, 4 public; absent = all (0x7FFFFFFF).
    std::uint32_t profiles() const;
    // Protocol number; nullopt = any.
    std::optional<int> protocol() const;
    bool isTunnel() const;
};

inline constexpr std::uint32_t kAllProfiles = 0x7FFFFFFF;

// Parses one rule string. `where` labels findings (e.g. "ConSecRules\{id}"). Returns nullopt only when the
// string has no version prefix at all; every other problem is a finding and the rule is still returned.
std::optional<WfasRule> parseRuleString(const QString &text, WfasRuleKind kind, const QString &id,
                                        Findings *findings, const QString &file = {}, qint64 offset = -1);

// Checks every token against the table of its rule kind: unknown tokens, bad values, repeats, tokens newer
// than the rule's version, and the semantic checks of docs/formats/gpo.md.
Findings checkRule(const WfasRule &rule, const QString &file = {}, qint64 offset = -1);

// The lowest schema version that covers every token of the rule (Q45/Q49: choose the rule version by the
// token table; never lower than 2.10).
std::uint16_t minimumVersionFor(const WfasRule &rule);

// The token tables, for documentation and the review: is the token known for this kind of rule?
bool isKnownToken(WfasRuleKind kind, const QString &name);

// ---- Address and port values ----

// One endpoint value of EP1_4/EP2_6/RA4/LA6/RTunEndpts4...: an address, subnet (mask or prefix), range, or a
// keyword. Keywords DNS/WINS/DHCP/DefaultGateway become the matching server kinds; LocalSubnet and the
// firewall-only keywords have no legacy counterpart and give nullopt with *keyword set.
std::optional<FilterAddress> parseWfasAddress(const QString &text, QString *keyword = nullptr);
// The writer's form: IPv4 subnets in mask form, IPv6 in prefix form, ranges as a-b (docs/formats/gpo.md, Rule
// strings). Me and Any have no text (the endpoint is left empty) and DNS names cannot be written: empty
// string.
QString formatWfasAddress(const FilterAddress &address);

// A protocol number as the WFAS dialogs and New-NetFirewallRule name it: TCP, UDP, ICMPv4, ICMPv6, else the
// number.
QString wfasProtocolName(int protocol);
// The legacy text of an action token, for reports: "Require inbound and outbound".
QString describeConSecAction(const QString &actionToken);
// A readable multi-line description of the rule (the review shows it).
QString describeRule(const WfasRule &rule);

} // namespace ipsec::gpo
