// The five ipsecData blob kinds as their fields (docs/formats/gpipsec.md, Blob layouts;
// each section below is the heading of the same name there), and their codec.
//
// These structures hold what the bytes say, including the bytes real Windows data fills with garbage (unused
// algorithm algorithms, "Zero" fields, high bytes of flags): decode then encode gives the same bytes back.
// Meaning (minutes, enums, addresses) is the job of blobmapping.h.
#pragma once

#include "core/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <array>
#include <cstdint>
#include <optional>

namespace ipsec::gpipsec {

enum class BlobKind : std::uint8_t { Policy, Isakmp, Nfa, NegotiationPolicy, Filter };
QString blobKindName(BlobKind kind); // "ipsecPolicy", ...

// ---- ipsecPolicy ----
struct PolicyBlob {
    std::uint32_t pollingIntervalSeconds = 0;
    friend bool operator==(const PolicyBlob &, const PolicyBlob &) = default;
};

// ---- ipsecISAKMPPolicy ----
struct IsakmpMethodBlob {
    std::uint32_t encryption = 0;
    std::uint32_t encryptionKeyLength = 0;
    std::uint32_t encryptionRounds = 0; // "Zero4"
    std::uint32_t hash = 0;
    std::uint32_t hashKeyLength = 0;
    std::uint8_t randomFunction = 0;
    std::uint32_t oakleyGroup = 0;
    std::uint32_t quickModeLimit = 0;
    std::uint32_t lifetimeKilobytes = 0;
    std::uint32_t lifetimeSeconds = 0;
    std::uint32_t pfsIdentityRequired = 0; // upper bytes hold garbage in real data
    // The remaining bytes of the 64 (versions and "Zero" fields) as read; all zero when written fresh.
    std::array<std::uint8_t, 64> raw{};
    friend bool operator==(const IsakmpMethodBlob &, const IsakmpMethodBlob &) = default;
};

struct IsakmpBlob {
    QUuid instance;
    std::uint32_t zero1 = 0;
    std::uint32_t masterPfs = 0;
    std::uint32_t options = 0;
    std::array<std::uint8_t, 4> newDh{};
    std::uint32_t quickModeLimit = 0;
    std::uint32_t mainModeLifetimeSeconds = 0;
    std::array<std::uint8_t, 20> zero2{};
    QList<IsakmpMethodBlob> methods;
    friend bool operator==(const IsakmpBlob &, const IsakmpBlob &) = default;
};

// ---- ipsecNFA ----
struct AuthMethodBlob {
    std::uint32_t type = 0;
    QByteArray data; // Kerberos: 00 00 (00 in the extension); PSK and CA name: UTF-16LE + NUL
    friend bool operator==(const AuthMethodBlob &, const AuthMethodBlob &) = default;
};

struct NfaExtensionBlob {
    QList<AuthMethodBlob> altAuthMethods;
    std::uint32_t zero1 = 0;
    QList<std::uint32_t> altAuthFlags;
    std::optional<std::array<std::uint8_t, 16>> ipv6TunnelAddress;
    friend bool operator==(const NfaExtensionBlob &, const NfaExtensionBlob &) = default;
};

struct NfaBlob {
    QList<AuthMethodBlob> authMethods;
    std::uint32_t interfaceType = 0;
    QString interfaceName;
    std::array<std::uint8_t, 4> tunnelAddress{}; // as stored (network order, Q28)
    std::uint32_t isTunnel = 0;
    std::uint32_t isActive = 0;
    QString tunnelEndpointName;
    std::optional<NfaExtensionBlob> extension; // Vista+
    bool terminatorBeforeExtension = false; // as read (Q26); the writer follows kNfaTerminatorAfterExtension
    friend bool operator==(const NfaBlob &, const NfaBlob &) = default;
};

// ---- ipsecNegotiationPolicy ----
struct AlgorithmSlotBlob {
    std::uint32_t algorithm = 0;
    std::uint32_t espIntegrity = 0;
    std::uint32_t offerType = 0;
    std::uint32_t keyLength = 0; // "Zero1": real data writes 64, 8
    std::uint32_t rounds = 0;
    friend bool operator==(const AlgorithmSlotBlob &, const AlgorithmSlotBlob &) = default;
};

struct OfferBlob {
    std::uint32_t lifetimeSeconds = 0;
    std::uint32_t lifetimeKilobytes = 0;
    std::uint32_t options = 0;
    std::uint32_t pfsRequired = 0;
    std::uint32_t algorithmCount = 0;
    std::array<AlgorithmSlotBlob, 3> algorithms{}; // only the first algorithmCount are significant
    friend bool operator==(const OfferBlob &, const OfferBlob &) = default;
};

struct NegotiationPolicyBlob {
    QList<OfferBlob> offers;
    friend bool operator==(const NegotiationPolicyBlob &, const NegotiationPolicyBlob &) = default;
};

// ---- ipsecFilter ----
struct FilterSpecBlob { // Filter-Spec1
    QString sourceDnsName;
    QString destinationDnsName;
    QString description;
    QUuid id;
    std::uint32_t mirrored = 0;
    std::array<std::uint8_t, 4> sourceAddress{}; // network order
    std::array<std::uint8_t, 4> sourceMask{};
    std::array<std::uint8_t, 4> destinationAddress{};
    std::array<std::uint8_t, 4> destinationMask{};
    std::array<std::uint8_t, 4> tunnelAddress{};
    std::uint32_t protocol = 0;
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint8_t isTunnel = 0;
    std::uint8_t specialFilter = 0;
    std::uint16_t options = 0;
    friend bool operator==(const FilterSpecBlob &, const FilterSpecBlob &) = default;
};

struct AddressDataBlob {
    std::uint32_t type = 0;
    std::uint32_t version = 0;
    std::array<std::uint8_t, 16> address{};
    std::array<std::uint8_t, 16> secondary{};
    friend bool operator==(const AddressDataBlob &, const AddressDataBlob &) = default;
};

struct PortDataBlob {
    std::uint32_t type = 0;
    std::uint16_t port = 0;
    std::uint16_t rangeEnd = 0;
    friend bool operator==(const PortDataBlob &, const PortDataBlob &) = default;
};

struct FilterSpec2Blob {
    QString sourceDnsName;
    QString destinationDnsName;
    QString description;
    QUuid id;
    std::uint32_t mirrored = 0;
    AddressDataBlob source;
    AddressDataBlob destination;
    PortDataBlob sourcePort;
    PortDataBlob destinationPort;
    std::uint32_t protocol = 0;
    std::uint32_t flags = 0;
    friend bool operator==(const FilterSpec2Blob &, const FilterSpec2Blob &) = default;
};

struct FilterV2Blob {
    std::uint32_t numberOfFilters11 = 0;
    QList<FilterSpec2Blob> filters;
    friend bool operator==(const FilterV2Blob &, const FilterV2Blob &) = default;
};

struct FilterBlob {
    QList<FilterSpecBlob> filters;
    std::optional<FilterV2Blob> v2;
    friend bool operator==(const FilterBlob &, const FilterBlob &) = default;
};

// ---- Codec ----
// Decoding never reads outside `bytes` and allocates at most in proportion to its size. A framing error gives
// an Error finding (code, blob, field, byte offset in Location::byteOffset) and no value; tolerated defects
// (a missing or extra terminator) give a Warning and a value. `where` is copied into every finding's location
// (file, object) so that the caller's context shows.
template <typename T> struct Decoded {
    std::optional<T> value;
    Findings findings;
};

Decoded<PolicyBlob> decodePolicy(const QByteArray &bytes, const Location &where = {});
Decoded<IsakmpBlob> decodeIsakmp(const QByteArray &bytes, const Location &where = {});
Decoded<NfaBlob> decodeNfa(const QByteArray &bytes, const Location &where = {});
Decoded<NegotiationPolicyBlob> decodeNegotiationPolicy(const QByteArray &bytes, const Location &where = {});
Decoded<FilterBlob> decodeFilter(const QByteArray &bytes, const Location &where = {});

QByteArray encode(const PolicyBlob &blob);
QByteArray encode(const IsakmpBlob &blob);
QByteArray encode(const NfaBlob &blob);
QByteArray encode(const NegotiationPolicyBlob &blob);
QByteArray encode(const FilterBlob &blob);

// Which blob kind the type GUID at the start of `bytes` names, if any.
std::optional<BlobKind> blobKindOf(const QByteArray &bytes);

} // namespace ipsec::gpipsec
