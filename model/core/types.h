// The legacy Windows IPsec object model (docs/formats/object-model.md), as plain values.
//
// Everything here is a value type without QObject: formats read and write these, PolicyStore edits them and
// announces the changes. Units are those Windows shows (minutes, KB, seconds); formats convert.
#pragma once

#include "ipaddress.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <cstdint>
#include <vector>

namespace ipsec {

// ---- Addresses ----

enum class AddressKind : std::uint8_t {
    Any,            // every address
    Me,             // all addresses of this computer
    Host,           // one IPv4 or IPv6 address
    Subnet,         // address + mask (IPv4 dotted mask or IPv6 prefix, stored as a mask)
    Range,          // first..last, same IP version (Vista+)
    DnsName,        // resolved when the filter is created; the name is kept
    DnsServers,     // the computer's DNS servers
    WinsServers,    // the computer's WINS servers
    DhcpServer,     // the computer's DHCP server
    DefaultGateway, // the computer's default gateway
};

// One side of a filter. `address` is the host, subnet address or range start; `second` is the subnet mask
// or the range end. Compact on purpose: a 100,000-filter store must stay small (docs/performance.md).
struct FilterAddress {
    AddressKind kind = AddressKind::Any;
    IpAddress address;
    IpAddress second;
    QString dnsName;

    static FilterAddress any() { return {}; }
    static FilterAddress me() { return {AddressKind::Me, {}, {}, {}}; }
    static FilterAddress host(const IpAddress &a) { return {AddressKind::Host, a, {}, {}}; }
    static FilterAddress subnet(const IpAddress &a, const IpAddress &mask)
    {
        return {AddressKind::Subnet, a, mask, {}};
    }
    static FilterAddress subnet(const IpAddress &a, int prefixLength)
    {
        return {AddressKind::Subnet, a, IpAddress::maskFromPrefix(a.family(), prefixLength), {}};
    }
    static FilterAddress range(const IpAddress &first, const IpAddress &last)
    {
        return {AddressKind::Range, first, last, {}};
    }
    static FilterAddress dns(const QString &name) { return {AddressKind::DnsName, {}, {}, name}; }
    static FilterAddress server(AddressKind k) { return {k, {}, {}, {}}; }

    bool isServerKeyword() const
    {
        return kind == AddressKind::DnsServers || kind == AddressKind::WinsServers ||
               kind == AddressKind::DhcpServer || kind == AddressKind::DefaultGateway;
    }
    // The IP version of a specific address, subnet or range; None for keywords and DNS names.
    IpAddress::Family family() const { return address.family(); }

    friend bool operator==(const FilterAddress &, const FilterAddress &) = default;
};

// ---- Filters ----

namespace protocol {
inline constexpr std::uint8_t Any = 0;
inline constexpr std::uint8_t Icmp = 1;
inline constexpr std::uint8_t Tcp = 6;
inline constexpr std::uint8_t Udp = 17;
inline constexpr std::uint8_t Raw = 255;
} // namespace protocol

// A port or port range: any is 0..0, one port p is p..p. Ranges are legal only in the v2 filter format.
struct PortRange {
    std::uint16_t first = 0;
    std::uint16_t last = 0;

    static PortRange any() { return {}; }
    static PortRange single(std::uint16_t p) { return {p, p}; }
    bool isAny() const { return first == 0 && last == 0; }
    bool isSingle() const { return first == last && first != 0; }
    bool isRange() const { return first != last; }

    friend bool operator==(const PortRange &, const PortRange &) = default;
};

struct Filter {
    QUuid id;
    QString description;
    bool mirrored = true;
    FilterAddress source = FilterAddress::me();
    FilterAddress destination = FilterAddress::any();
    std::uint8_t protocol = protocol::Any;
    PortRange sourcePort;
    PortRange destinationPort;

    friend bool operator==(const Filter &, const Filter &) = default;
    // Same traffic, ignoring id and description (used to find identical duplicates).
    bool sameTraffic(const Filter &o) const
    {
        return mirrored == o.mirrored && source == o.source && destination == o.destination &&
               protocol == o.protocol && sourcePort == o.sourcePort && destinationPort == o.destinationPort;
    }
};

struct FilterList {
    QUuid id;
    QString name;
    QString description;
    std::vector<Filter> filters;

    friend bool operator==(const FilterList &, const FilterList &) = default;
};

// ---- Algorithms ----
// One enum each; the legacy targets (netsh, ipsecData) carry only part of them (see isLegacy()).

enum class Encryption : std::uint8_t {
    None,
    Des,
    TripleDes,
    Aes128,
    Aes192,
    Aes256,
    AesGcm128,
    AesGcm192,
    AesGcm256,
};

enum class Integrity : std::uint8_t {
    None,
    Md5,
    Sha1,
    Sha256,
    Sha384,
    AesGmac128, // with AES-GCM encryption: the matching GMAC
    AesGmac192,
    AesGmac256,
};

// Diffie-Hellman groups. Group14 is the one Windows Server 2003 calls "DH2048" (netsh 3, blob 0x10000001).
enum class DhGroup : std::uint8_t {
    Group1,
    Group2,
    Group14,
    Group19, // ECDH P-256
    Group20, // ECDH P-384
    Group24,
};

bool isLegacy(Encryption e);
bool isLegacy(Integrity i);
bool isLegacy(DhGroup g);
bool isWeak(Encryption e);
bool isWeak(Integrity i);
bool isWeak(DhGroup g);

// ---- Filter actions ----

enum class ActionKind : std::uint8_t { Permit, Block, Negotiate };

enum class IpsecProtocol : std::uint8_t { Ah, Esp, AhAndEsp };

// A quick-mode offer. Lifetimes 0 mean "Windows' default" (3600 s, 100000 KB; docs/formats/object-model.md).
struct SecurityMethod {
    IpsecProtocol protocol = IpsecProtocol::Esp;
    Integrity ahIntegrity = Integrity::None;     // AH and AH+ESP
    Encryption espEncryption = Encryption::None; // ESP and AH+ESP
    Integrity espIntegrity = Integrity::None;    // ESP and AH+ESP
    std::uint32_t lifetimeKilobytes = 0;
    std::uint32_t lifetimeSeconds = 0;

    bool usesAh() const { return protocol != IpsecProtocol::Esp; }
    bool usesEsp() const { return protocol != IpsecProtocol::Ah; }

    static SecurityMethod esp(Encryption e, Integrity i, std::uint32_t kb = 0, std::uint32_t s = 0)
    {
        return {IpsecProtocol::Esp, Integrity::None, e, i, kb, s};
    }
    static SecurityMethod ah(Integrity i, std::uint32_t kb = 0, std::uint32_t s = 0)
    {
        return {IpsecProtocol::Ah, i, Encryption::None, Integrity::None, kb, s};
    }

    friend bool operator==(const SecurityMethod &, const SecurityMethod &) = default;
};

struct FilterAction {
    QUuid id;
    QString name;
    QString description;
    ActionKind action = ActionKind::Negotiate;
    QList<SecurityMethod> securityMethods;
    bool acceptUnsecured = false; // netsh inpass: accept unsecured communication, always respond using IPsec
    bool allowFallback = false;   // netsh soft: allow unsecured communication with non-IPsec-aware computers
    bool sessionKeyPfs = false;   // netsh qmpfs

    friend bool operator==(const FilterAction &, const FilterAction &) = default;
};

// ---- Rules ----

enum class AuthKind : std::uint8_t { Kerberos, Certificate, PresharedKey };

struct AuthMethod {
    AuthKind kind = AuthKind::Kerberos;
    QString value; // CA distinguished name, or the preshared key (a secret: mask it)
    bool certificateToAccountMapping = false;
    bool excludeCaName = false;

    static AuthMethod kerberos() { return {}; }
    static AuthMethod certificate(const QString &ca, bool map = false, bool exclude = false)
    {
        return {AuthKind::Certificate, ca, map, exclude};
    }
    static AuthMethod presharedKey(const QString &key) { return {AuthKind::PresharedKey, key, false, false}; }

    friend bool operator==(const AuthMethod &, const AuthMethod &) = default;
};

enum class TunnelKind : std::uint8_t { None, Address, DnsName };

struct TunnelEndpoint {
    TunnelKind kind = TunnelKind::None;
    IpAddress address; // IPv4 or IPv6 (Vista+)
    QString dnsName;

    bool isTunnel() const { return kind != TunnelKind::None; }
    friend bool operator==(const TunnelEndpoint &, const TunnelEndpoint &) = default;
};

enum class ConnectionType : std::uint8_t { All, Lan, RemoteAccess };

struct Rule {
    QUuid id;
    QString name;
    QString description;
    QUuid filterList;   // references FilterList::id
    QUuid filterAction; // references FilterAction::id
    QList<AuthMethod> authMethods;
    TunnelEndpoint tunnel;
    ConnectionType connectionType = ConnectionType::All;
    bool active = true;
    QString interfaceName; // normally empty

    friend bool operator==(const Rule &, const Rule &) = default;
};

// The default response rule: its own NFA and negotiation policy, stored with every policy (ignored on
// Vista+).
struct DefaultResponseRule {
    QUuid id;                  // the NFA
    QUuid negotiationPolicyId; // its own filter action (type "default response")
    bool active = false;
    QList<AuthMethod> authMethods;
    QList<SecurityMethod> securityMethods;
    bool sessionKeyPfs = false;

    friend bool operator==(const DefaultResponseRule &, const DefaultResponseRule &) = default;
};

// ---- Policies ----

struct IkeMethod {
    Encryption encryption = Encryption::TripleDes;
    Integrity integrity = Integrity::Sha1;
    DhGroup dhGroup = DhGroup::Group2;

    friend bool operator==(const IkeMethod &, const IkeMethod &) = default;
};

struct IkeSettings {
    QUuid id; // the ipsecISAKMPPolicy object
    bool masterKeyPfs = false;
    std::uint32_t quickModesPerMainMode = 0; // 0 = unlimited
    std::uint32_t lifetimeMinutes = 480;
    QList<IkeMethod> methods;

    friend bool operator==(const IkeSettings &, const IkeSettings &) = default;
};

struct Policy {
    QUuid id;
    QString name;
    QString description;
    std::uint32_t pollingIntervalMinutes = 180;
    IkeSettings ike;
    DefaultResponseRule defaultResponse;
    QList<Rule> rules; // no precedence: Windows orders by filter specificity (docs/formats/object-model.md)
    bool assigned = false;

    friend bool operator==(const Policy &, const Policy &) = default;
};

// ---- The store ----

enum class StoreLocation : std::uint8_t { Local, Domain };

// The oldest Windows the policy is meant for: decides whether the default response rule is honoured.
enum class WindowsTarget : std::uint8_t { Windows2000, WindowsXP, WindowsServer2003, WindowsVistaOrLater };

struct StoreInfo {
    QString name;
    QString description;
    StoreLocation location = StoreLocation::Local;
    QString domain;             // e.g. ipsectest.com
    QString organizationalUnit; // e.g. IPSecOU
    QString gpoName;
    WindowsTarget target = WindowsTarget::WindowsVistaOrLater;

    friend bool operator==(const StoreInfo &, const StoreInfo &) = default;
};

// ---- Intents ----

// What a policy does with a packet: the winning filter's action, or nothing (no filter matches).
enum class Treatment : std::uint8_t { None, Permit, Block, Negotiate };

// What the user expects a policy to do with a packet; kept with the document (only the designer's own format
// carries intents) and checked by validation (docs/analysis.md, "Intents").
struct Intent {
    QString name;
    QString policy; // the policy's name; empty = the assigned policy, else the only one
    QString packet; // "PROTO SRC[:PORT] -> DST[:PORT]", e.g. "tcp 10.0.1.5 -> 10.2.27.9:8080"
    Treatment expect = Treatment::Negotiate;

    friend bool operator==(const Intent &, const Intent &) = default;
};

// The whole document as plain data: what formats read and write. Order of the vectors is the display order.
struct StoreData {
    StoreInfo info;
    std::vector<FilterList> filterLists;
    std::vector<FilterAction> filterActions;
    std::vector<Policy> policies;
    std::vector<Intent> intents;

    const FilterList *filterList(const QUuid &id) const;
    const FilterAction *filterAction(const QUuid &id) const;
    const Policy *policy(const QUuid &id) const;
    FilterList *filterList(const QUuid &id);
    FilterAction *filterAction(const QUuid &id);
    Policy *policy(const QUuid &id);
    const FilterList *filterListByName(const QString &name) const;
    const FilterAction *filterActionByName(const QString &name) const;
    const Policy *policyByName(const QString &name) const;
    const Policy *assignedPolicy() const;
    std::size_t filterCount() const;

    friend bool operator==(const StoreData &, const StoreData &) = default;
};

QUuid newId();
// An id as Windows writes it: upper case in braces ("{6A1F0C2E-...}").
QString bracedId(const QUuid &id);

} // namespace ipsec
