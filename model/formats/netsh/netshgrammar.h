// The vocabulary of `netsh ipsec static` (docs/formats/netsh.md) shared by the reader and the writer:
// the commands with their tags in usage order, the keyword spellings, the quick-mode and main-mode method
// grammars, and every default that netsh applies to an omitted tag. Unconfirmed facts are named constants
// here, each with its Qn (docs/formats/netsh.md, Unconfirmed facts).
#pragma once

#include "core/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ipsec::netsh {

// ---- defaults netsh applies to omitted tags (Q2: the UI defaults; the writer always writes every tag) ----
namespace defaults {
inline constexpr bool kMasterKeyPfs = false;                           // Q2 mmpfs
inline constexpr std::uint32_t kQuickModesPerMainMode = 0;             // Q2 qmpermm
inline constexpr std::uint32_t kMainModeLifetimeMinutes = 480;         // Q2 mmlifetime
inline constexpr std::uint32_t kPollingIntervalMinutes = 180;          // Q2 pollinginterval
inline constexpr bool kActivateDefaultRule = true;                     // Q2 activatedefaultrule
inline constexpr bool kAssign = false;                                 // Q2 assign
inline constexpr bool kMirrored = true;                                // Q2 mirrored
inline constexpr bool kRuleActive = true;                              // Q2 activate
inline constexpr ConnectionType kConnectionType = ConnectionType::All; // Q2 conntype
inline constexpr std::uint8_t kProtocol = protocol::Any;               // Q2 protocol
inline constexpr bool kSessionKeyPfs = false;                // qmpfs (Windows Server 2003 Networking Recipes)
inline constexpr bool kAcceptUnsecured = false;              // inpass: not stated; the UI's unchecked box
inline constexpr bool kAllowFallback = false;                // soft: not stated; the UI's unchecked box
inline constexpr ActionKind kAction = ActionKind::Negotiate; // action: not stated [inferred]
// `mmpfs=yes` sets qmpermm to 1 (netsh help remark on add policy).
inline constexpr std::uint32_t kQuickModesWithMasterKeyPfs = 1;
// Q2 mmsecmethods: 3DES-SHA1-2 3DES-MD5-2 DES-SHA1-1 DES-MD5-1 (cross-checked against real bytes).
QList<IkeMethod> ikeMethods();
// Q2: an omitted qmsecmethods with action=negotiate gets the six default-response offers
// (docs/formats/object-model.md, Units and defaults); the default response rule that `add policy` creates has
// the same offers, Kerberos (Q7), no PFS.
QList<SecurityMethod> securityMethods();
// Q7: a rule without an authentication tag uses netsh's "dynamic defaults": Kerberos.
QList<AuthMethod> authMethods();
} // namespace defaults

// ---- commands ----

enum class Verb : std::uint8_t { Add, Set, Delete, Show, ExportPolicy, ImportPolicy };
enum class Noun : std::uint8_t {
    None, // exportpolicy / importpolicy take no object
    Policy,
    FilterList,
    Filter,
    FilterAction,
    Rule,
    DefaultRule,
    Store,
    Batch,
    All,
    GpoAssignedPolicy,
};

struct CommandSyntax {
    Verb verb;
    Noun noun;
    QStringList tags; // in usage order: untagged values bind to these in turn
};

// Every `ipsec static` command the reader knows, each with its tags (docs/formats/netsh.md, Commands and
// tags).
const QList<CommandSyntax> &commands();
const CommandSyntax *findCommand(Verb verb, Noun noun);
QString verbName(Verb verb);
QString nounName(Noun noun);
// Exact word, else a unique prefix (netsh accepts abbreviated commands the way it accepts tags, Q8).
std::optional<Verb> parseVerb(QStringView word);
std::optional<Noun> parseNoun(Verb verb, QStringView word);

enum class TagMatch : std::uint8_t { Exact, Prefix, Ambiguous, Unknown };
struct TagLookup {
    TagMatch match = TagMatch::Unknown;
    QString tag;            // the full tag name when Exact/Prefix
    QStringList candidates; // when Ambiguous
};
// Q8: a tag is its full name or a unique prefix of one (case-insensitive).
TagLookup lookupTag(const CommandSyntax &command, QStringView written);

// ---- keywords ----

QString yesNo(bool value);
// "yes"/"no" in any case; `exact` is false when a shorter prefix such as `y` was written.
std::optional<bool> parseYesNo(const QString &text, bool *exact = nullptr);
QString actionName(ActionKind action); // permit | block | negotiate
std::optional<ActionKind> parseAction(const QString &text);
QString connectionTypeName(ConnectionType type); // all | lan | dialup
std::optional<ConnectionType> parseConnectionType(const QString &text);
QString serverKeyword(AddressKind kind); // DNS | WINS | DHCP | GATEWAY, empty for other kinds
std::optional<AddressKind> parseServerKeyword(const QString &text);
bool isAddressKeyword(const QString &text); // me, any, or a server keyword

// The command text with every preshared key (`psk=` and its unique prefix `ps=`, Q8) shown as `****`, for
// findings, progress messages and plans shown to people (docs/architecture.md: secrets).
QString maskPresharedKeys(const QString &commandText);

// ---- security methods ----

// `ESP[3DES,SHA1]:100000k/3600s`, `AH[MD5]+ESP[DES,None]`; lifetimes of 0 are left out. nullopt with a
// reason when netsh cannot express the offer (modern algorithms, ESP[None,None] (Q15), AH without hash).
std::optional<QString> formatSecurityMethod(const SecurityMethod &method, QString *whyNot);
std::optional<SecurityMethod> parseSecurityMethod(const QString &text, QString *error);
// `3DES-SHA1-2`; group 3 is DH2048 = group 14. nullopt with a reason for modern algorithms and groups.
std::optional<QString> formatIkeMethod(const IkeMethod &method, QString *whyNot);
std::optional<IkeMethod> parseIkeMethod(const QString &text, QString *error);

} // namespace ipsec::netsh
