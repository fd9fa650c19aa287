#include "blobs.h"

#include "bytecursor.h"
#include "core/types.h"
#include "gpipsecconstants.h"
#include "gpipsecfindings.h"

namespace ipsec::gpipsec {

QString blobKindName(BlobKind kind)
{
    switch (kind) {
    case BlobKind::Policy:
        return QStringLiteral("ipsecPolicy");
    case BlobKind::Isakmp:
        return QStringLiteral("ipsecISAKMPPolicy");
    case BlobKind::Nfa:
        return QStringLiteral("ipsecNFA");
    case BlobKind::NegotiationPolicy:
        return QStringLiteral("ipsecNegotiationPolicy");
    case BlobKind::Filter:
        return QStringLiteral("ipsecFilter");
    }
    return {};
}

namespace {

const QUuid &typeGuidOf(BlobKind kind)
{
    switch (kind) {
    case BlobKind::Policy:
        return kPolicyBlobType;
    case BlobKind::Isakmp:
        return kIsakmpBlobType;
    case BlobKind::Nfa:
        return kNfaBlobType;
    case BlobKind::NegotiationPolicy:
        return kNegotiationPolicyBlobType;
    case BlobKind::Filter:
        break;
    }
    return kFilterBlobType;
}

QByteArray nfaMarker(std::uint8_t last)
{
    QByteArray m(16, static_cast<char>(kNfaMarkerFill));
    m[15] = static_cast<char>(last);
    return m;
}

// Type GUID and Data-Length; on success the reader is limited to the counted data.
bool readHeader(BlobReader &r, BlobKind kind)
{
    QUuid type;
    if (!r.guid("Type-GUID", type))
        return false;
    if (type != typeGuidOf(kind))
        return r.fail(code::WrongBlobType, QStringLiteral("Type-GUID"),
                      QStringLiteral("is %1, expected %2").arg(bracedId(type), bracedId(typeGuidOf(kind))),
                      0);
    std::uint32_t dataLength = 0;
    if (!r.u32("Data-Length", dataLength))
        return false;
    if (dataLength > static_cast<std::uint64_t>(r.remaining()))
        return r.fail(
            code::BadDataLength, QStringLiteral("Data-Length"),
            QStringLiteral("%1 exceeds the %2 bytes that follow").arg(dataLength).arg(r.remaining()),
            kGuidSize);
    r.setLimit(kHeaderSize + static_cast<qint64>(dataLength));
    return true;
}

// The counted data must be used exactly; afterwards the whole blob is readable again.
bool finishCounted(BlobReader &r)
{
    if (r.failed())
        return false;
    if (r.remaining() != 0)
        return r.fail(code::BadDataLength, QStringLiteral("Data-Length"),
                      QStringLiteral("counts %1 bytes the fields do not use").arg(r.remaining()));
    r.setLimit(r.size());
    return true;
}

// Exactly one 0x00 is expected; anything else is tolerated with a warning (docs/formats/gpipsec.md, Quirks of
// real data).
void readTerminator(BlobReader &r)
{
    if (r.remaining() <= 0) {
        r.warn(code::Terminator, QStringLiteral("terminator"),
               QStringLiteral("the final 0x00 byte is missing"));
        return;
    }
    if (r.byteAt(r.offset()) != 0)
        r.warn(
            code::Terminator, QStringLiteral("terminator"),
            QStringLiteral("the final byte is 0x%1, not 0x00").arg(r.byteAt(r.offset()), 2, 16, QChar(u'0')));
    if (r.remaining() > 1)
        r.warn(code::Terminator, QStringLiteral("terminator"),
               QStringLiteral("%1 extra bytes after the terminator are ignored").arg(r.remaining() - 1),
               r.offset() + 1);
    r.seek(r.size());
}

template <typename T> Decoded<T> finish(BlobReader &r, T value, Findings findings)
{
    Decoded<T> out;
    if (!r.failed())
        out.value = std::move(value);
    out.findings = std::move(findings);
    return out;
}

// Writes the header with a placeholder Data-Length; returns where to patch it.
qsizetype beginBlob(BlobWriter &w, BlobKind kind)
{
    w.guid(typeGuidOf(kind));
    const qsizetype at = w.size();
    w.u32(0);
    return at;
}

void endCounted(BlobWriter &w, qsizetype lengthAt)
{
    w.patchU32(lengthAt, static_cast<std::uint32_t>(w.size() - lengthAt - 4));
}

bool readAuthMethods(BlobReader &r, QList<AuthMethodBlob> &out, std::uint32_t n)
{
    out.reserve(static_cast<qsizetype>(n));
    for (std::uint32_t i = 0; i < n; ++i) {
        AuthMethodBlob m;
        std::uint32_t length = 0;
        if (!r.u32("Auth-Type", m.type) || !r.u32("Auth-Length", length) ||
            !r.bytes("Auth-Method-Data", static_cast<qint64>(length), m.data))
            return false;
        out.append(m);
    }
    return true;
}

void writeAuthMethods(BlobWriter &w, const QList<AuthMethodBlob> &methods)
{
    for (const AuthMethodBlob &m : methods) {
        w.u32(m.type);
        w.u32(static_cast<std::uint32_t>(m.data.size()));
        w.bytes(m.data);
    }
}

// ISAKMP security method: the offsets of the meaningful fields inside the 64 bytes (docs/formats/gpipsec.md,
// ipsecISAKMPPolicy).
enum IsakmpMethodOffset : int {
    EncAt = 4,
    EncKeyLengthAt = 8,
    EncRoundsAt = 12,
    HashAt = 16,
    HashKeyLengthAt = 20,
    RandomFunctionAt = 36,
    GroupAt = 44,
    QmLimitAt = 48,
    KilobytesAt = 52,
    SecondsAt = 56,
    PfsAt = 60,
};

std::uint32_t takeU32(std::array<std::uint8_t, 64> &raw, int at)
{
    const std::uint32_t v =
        raw[at] | (raw[at + 1] << 8) | (raw[at + 2] << 16) | (std::uint32_t(raw[at + 3]) << 24);
    raw[at] = raw[at + 1] = raw[at + 2] = raw[at + 3] = 0;
    return v;
}

void putU32(std::array<std::uint8_t, 64> &raw, int at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        raw[at + i] = static_cast<std::uint8_t>(v >> (8 * i));
}

bool readFilterStrings(BlobReader &r, QString &src, QString &dst, QString &description)
{
    return r.utf16("Source-DNS-Name", src) && r.utf16("Destination-DNS-Name", dst) &&
           r.utf16("Description", description);
}

bool readAddressData(BlobReader &r, AddressDataBlob &a)
{
    return r.u32("Address-Data.type", a.type) && r.u32("Address-Data.version", a.version) &&
           r.array("Address-Data.IP-Address", a.address) && r.array("Address-Data.Secondary", a.secondary);
}

bool readPortData(BlobReader &r, PortDataBlob &p)
{
    return r.u32("Port-Data.type", p.type) && r.u16("Port-Data.port", p.port) &&
           r.u16("Port-Data.range-end", p.rangeEnd);
}

} // namespace

std::optional<BlobKind> blobKindOf(const QByteArray &bytes)
{
    if (bytes.size() < kGuidSize)
        return std::nullopt;
    const QUuid type = guidFromBytes(bytes.constData());
    for (BlobKind k :
         {BlobKind::Policy, BlobKind::Isakmp, BlobKind::Nfa, BlobKind::NegotiationPolicy, BlobKind::Filter})
        if (typeGuidOf(k) == type)
            return k;
    return std::nullopt;
}

// ---- ipsecPolicy ----

Decoded<PolicyBlob> decodePolicy(const QByteArray &bytes, const Location &where)
{
    Findings findings;
    BlobReader r(bytes, BlobKind::Policy, where, findings);
    PolicyBlob b;
    if (readHeader(r, BlobKind::Policy) && r.u32("Polling-Interval", b.pollingIntervalSeconds) &&
        finishCounted(r))
        readTerminator(r);
    return finish(r, b, std::move(findings));
}

QByteArray encode(const PolicyBlob &b)
{
    BlobWriter w;
    const qsizetype at = beginBlob(w, BlobKind::Policy);
    w.u32(b.pollingIntervalSeconds);
    endCounted(w, at);
    w.u8(0);
    return w.data();
}

// ---- ipsecISAKMPPolicy ----

Decoded<IsakmpBlob> decodeIsakmp(const QByteArray &bytes, const Location &where)
{
    Findings findings;
    BlobReader r(bytes, BlobKind::Isakmp, where, findings);
    IsakmpBlob b;
    std::uint32_t n = 0;
    if (readHeader(r, BlobKind::Isakmp) && r.guid("ISAKMP-Policy-Instance", b.instance) &&
        r.u32("Zero1", b.zero1) && r.u32("Master-PFS-Required", b.masterPfs) &&
        r.u32("ISAKMP-Options", b.options) && r.array("New-DH", b.newDh) &&
        r.u32("QM-Limit", b.quickModeLimit) && r.u32("MM-Lifetime", b.mainModeLifetimeSeconds) &&
        r.array("Zero2", b.zero2) && r.count("Security-Method-Count", n, kIsakmpMethodSize)) {
        b.methods.reserve(static_cast<qsizetype>(n));
        for (std::uint32_t i = 0; i < n && !r.failed(); ++i) {
            IsakmpMethodBlob m;
            if (!r.array("Security-Method", m.raw))
                break;
            m.encryption = takeU32(m.raw, EncAt);
            m.encryptionKeyLength = takeU32(m.raw, EncKeyLengthAt);
            m.encryptionRounds = takeU32(m.raw, EncRoundsAt);
            m.hash = takeU32(m.raw, HashAt);
            m.hashKeyLength = takeU32(m.raw, HashKeyLengthAt);
            m.randomFunction = m.raw[RandomFunctionAt];
            m.raw[RandomFunctionAt] = 0;
            m.oakleyGroup = takeU32(m.raw, GroupAt);
            m.quickModeLimit = takeU32(m.raw, QmLimitAt);
            m.lifetimeKilobytes = takeU32(m.raw, KilobytesAt);
            m.lifetimeSeconds = takeU32(m.raw, SecondsAt);
            m.pfsIdentityRequired = takeU32(m.raw, PfsAt);
            b.methods.append(m);
        }
        if (finishCounted(r))
            readTerminator(r);
    }
    return finish(r, b, std::move(findings));
}

QByteArray encode(const IsakmpBlob &b)
{
    BlobWriter w;
    const qsizetype at = beginBlob(w, BlobKind::Isakmp);
    w.guid(b.instance);
    w.u32(b.zero1);
    w.u32(b.masterPfs);
    w.u32(b.options);
    w.array(b.newDh);
    w.u32(b.quickModeLimit);
    w.u32(b.mainModeLifetimeSeconds);
    w.array(b.zero2);
    w.u32(static_cast<std::uint32_t>(b.methods.size()));
    for (const IsakmpMethodBlob &m : b.methods) {
        std::array<std::uint8_t, 64> raw = m.raw;
        putU32(raw, EncAt, m.encryption);
        putU32(raw, EncKeyLengthAt, m.encryptionKeyLength);
        putU32(raw, EncRoundsAt, m.encryptionRounds);
        putU32(raw, HashAt, m.hash);
        putU32(raw, HashKeyLengthAt, m.hashKeyLength);
        raw[RandomFunctionAt] = m.randomFunction;
        putU32(raw, GroupAt, m.oakleyGroup);
        putU32(raw, QmLimitAt, m.quickModeLimit);
        putU32(raw, KilobytesAt, m.lifetimeKilobytes);
        putU32(raw, SecondsAt, m.lifetimeSeconds);
        putU32(raw, PfsAt, m.pfsIdentityRequired);
        w.array(raw);
    }
    endCounted(w, at);
    w.u8(0);
    return w.data();
}

// ---- ipsecNFA ----

Decoded<NfaBlob> decodeNfa(const QByteArray &bytes, const Location &where)
{
    Findings findings;
    BlobReader r(bytes, BlobKind::Nfa, where, findings);
    NfaBlob b;
    std::uint32_t n = 0;
    const bool counted =
        readHeader(r, BlobKind::Nfa) && r.count("Auth-Method-Count", n, 8) &&
        readAuthMethods(r, b.authMethods, n) && r.u32("Interface-Type", b.interfaceType) &&
        r.utf16("Interface-Name", b.interfaceName) && r.array("Tunnel-Address", b.tunnelAddress) &&
        r.u32("Is-Tunnel-Specifier", b.isTunnel) && r.u32("Is-Active-Specifier", b.isActive) &&
        r.utf16("Tunnel-End-Point-Name", b.tunnelEndpointName) && finishCounted(r);
    if (!counted)
        return finish(r, b, std::move(findings));

    // The Vista+ extension follows the counted data, or the terminator right after it (Q26).
    const QByteArray marker1 = nfaMarker(kNfaMarkerAltAuth);
    if (r.startsWith(r.offset(), marker1)) {
        b.terminatorBeforeExtension = false;
    } else if (r.remaining() > 0 && r.byteAt(r.offset()) == 0 && r.startsWith(r.offset() + 1, marker1)) {
        b.terminatorBeforeExtension = true;
        r.seek(r.offset() + 1);
    } else {
        readTerminator(r);
        return finish(r, b, std::move(findings));
    }

    NfaExtensionBlob ext;
    r.seek(r.offset() + kGuidSize);
    std::uint32_t altCount = 0;
    const qint64 countAt = r.offset();
    if (!r.count("Alt-Auth-Num-Methods-Count", altCount, 8))
        return finish(r, b, std::move(findings));
    if (altCount != n) {
        r.fail(code::BadExtension, QStringLiteral("Alt-Auth-Num-Methods-Count"),
               QStringLiteral("%1 alternate methods, but Auth-Method-Count is %2").arg(altCount).arg(n),
               countAt);
        return finish(r, b, std::move(findings));
    }
    if (!readAuthMethods(r, ext.altAuthMethods, altCount))
        return finish(r, b, std::move(findings));
    if (!r.startsWith(r.offset(), nfaMarker(kNfaMarkerAuthFlags))) {
        r.fail(code::BadExtension, QStringLiteral("Alt-Auth-Method-Id2"),
               QStringLiteral("the auth flags marker (15 x 01, 02) is missing"));
        return finish(r, b, std::move(findings));
    }
    r.seek(r.offset() + kGuidSize);
    if (!r.u32("Zero1", ext.zero1))
        return finish(r, b, std::move(findings));
    if (static_cast<std::uint64_t>(altCount) * 4 > static_cast<std::uint64_t>(r.remaining())) {
        r.fail(code::Truncated, QStringLiteral("Alt-Auth-Method-Flags"),
               QStringLiteral("needs %1 bytes, only %2 left").arg(altCount * 4).arg(r.remaining()));
        return finish(r, b, std::move(findings));
    }
    for (std::uint32_t i = 0; i < altCount; ++i) {
        std::uint32_t flags = 0;
        r.u32("Alt-Auth-Method-Flags", flags);
        ext.altAuthFlags.append(flags);
    }
    if (r.startsWith(r.offset(), nfaMarker(kNfaMarkerIPv6Tunnel))) {
        r.seek(r.offset() + kGuidSize);
        std::array<std::uint8_t, 16> address{};
        if (!r.array("IPv6-Tunnel-Mode-Address", address))
            return finish(r, b, std::move(findings));
        ext.ipv6TunnelAddress = address;
    }
    b.extension = ext;
    if (b.terminatorBeforeExtension) {
        if (r.remaining() > 0)
            r.warn(code::Terminator, QStringLiteral("extension"),
                   QStringLiteral("%1 bytes after the extension are ignored").arg(r.remaining()));
    } else {
        readTerminator(r);
    }
    return finish(r, b, std::move(findings));
}

QByteArray encode(const NfaBlob &b)
{
    BlobWriter w;
    const qsizetype at = beginBlob(w, BlobKind::Nfa);
    w.u32(static_cast<std::uint32_t>(b.authMethods.size()));
    writeAuthMethods(w, b.authMethods);
    w.u32(b.interfaceType);
    w.utf16(b.interfaceName);
    w.array(b.tunnelAddress);
    w.u32(b.isTunnel);
    w.u32(b.isActive);
    w.utf16(b.tunnelEndpointName);
    endCounted(w, at);
    if (b.extension) {
        if (b.terminatorBeforeExtension)
            w.u8(0);
        w.bytes(nfaMarker(kNfaMarkerAltAuth));
        w.u32(static_cast<std::uint32_t>(b.extension->altAuthMethods.size()));
        writeAuthMethods(w, b.extension->altAuthMethods);
        w.bytes(nfaMarker(kNfaMarkerAuthFlags));
        w.u32(b.extension->zero1);
        for (std::uint32_t flags : b.extension->altAuthFlags)
            w.u32(flags);
        if (b.extension->ipv6TunnelAddress) {
            w.bytes(nfaMarker(kNfaMarkerIPv6Tunnel));
            w.array(*b.extension->ipv6TunnelAddress);
        }
        if (!b.terminatorBeforeExtension)
            w.u8(0);
    } else {
        w.u8(0);
    }
    return w.data();
}

// ---- ipsecNegotiationPolicy ----

Decoded<NegotiationPolicyBlob> decodeNegotiationPolicy(const QByteArray &bytes, const Location &where)
{
    Findings findings;
    BlobReader r(bytes, BlobKind::NegotiationPolicy, where, findings);
    NegotiationPolicyBlob b;
    std::uint32_t n = 0;
    if (readHeader(r, BlobKind::NegotiationPolicy) && r.count("Security-Offer-Count", n, kOfferSize)) {
        b.offers.reserve(static_cast<qsizetype>(n));
        for (std::uint32_t i = 0; i < n && !r.failed(); ++i) {
            OfferBlob o;
            bool ok = r.u32("Lifetime-Seconds", o.lifetimeSeconds) &&
                      r.u32("Lifetime-KBytes", o.lifetimeKilobytes) &&
                      r.u32("Negotiation-Options", o.options) && r.u32("PFS-QM-Required", o.pfsRequired) &&
                      r.u32("Algorithm-Offer-Count", o.algorithmCount);
            for (AlgorithmSlotBlob &s : o.algorithms)
                ok = ok && r.u32("Algorithm-Identifier", s.algorithm) &&
                     r.u32("ESP-Integrity-Identifier", s.espIntegrity) && r.u32("Offer-Type", s.offerType) &&
                     r.u32("Algorithm.Zero1", s.keyLength) && r.u32("Algorithm.Zero1", s.rounds);
            if (ok)
                b.offers.append(o);
        }
        if (finishCounted(r))
            readTerminator(r);
    }
    return finish(r, b, std::move(findings));
}

QByteArray encode(const NegotiationPolicyBlob &b)
{
    BlobWriter w;
    const qsizetype at = beginBlob(w, BlobKind::NegotiationPolicy);
    w.u32(static_cast<std::uint32_t>(b.offers.size()));
    for (const OfferBlob &o : b.offers) {
        w.u32(o.lifetimeSeconds);
        w.u32(o.lifetimeKilobytes);
        w.u32(o.options);
        w.u32(o.pfsRequired);
        w.u32(o.algorithmCount);
        for (const AlgorithmSlotBlob &s : o.algorithms) {
            w.u32(s.algorithm);
            w.u32(s.espIntegrity);
            w.u32(s.offerType);
            w.u32(s.keyLength);
            w.u32(s.rounds);
        }
    }
    endCounted(w, at);
    w.u8(0);
    return w.data();
}

// ---- ipsecFilter ----

namespace {

// The v2 part after Data-Length2, read with the limit `dataLength` bytes on; nullopt (with r failed) when the
// fields do not fill exactly that many.
std::optional<FilterV2Blob> readFilterV2Fields(BlobReader &r, std::uint32_t dataLength)
{
    FilterV2Blob v2;
    r.setLimit(r.offset() + dataLength);
    constexpr qint64 minSpec2 = 12 + kGuidSize + 4 + 2 * kAddressDataSize + 2 * kPortDataSize + 8;
    std::uint32_t n2 = 0;
    if (r.u32("Number-Of-Filters11", v2.numberOfFilters11) && r.count("Number-Of-Filters2", n2, minSpec2)) {
        v2.filters.reserve(static_cast<qsizetype>(n2));
        for (std::uint32_t i = 0; i < n2 && !r.failed(); ++i) {
            FilterSpec2Blob f;
            if (readFilterStrings(r, f.sourceDnsName, f.destinationDnsName, f.description) &&
                r.guid("Filter-Specification-ID2", f.id) && r.u32("Mirror-Flags", f.mirrored) &&
                readAddressData(r, f.source) && readAddressData(r, f.destination) &&
                readPortData(r, f.sourcePort) && readPortData(r, f.destinationPort) &&
                r.u32("Filter-Protocol", f.protocol) && r.u32("Filter-Flags", f.flags))
                v2.filters.append(std::move(f));
        }
    }
    if (!finishCounted(r))
        return std::nullopt;
    return v2;
}

// MS-GPIPSEC says only that Data-Length2 is "the length of what follows"; writers read it two ways
// (docs/formats/gpipsec.md, "Data-Length2"): from Number-Of-Filters11 to the end of the last Filter-Spec2
// (the documented reading, which this program writes), or the Filter-Spec2 entries alone, 8 bytes fewer. The
// documented reading is tried first; the other only when that one does not fit, with a note naming it.
std::optional<FilterV2Blob> readFilterV2(BlobReader &r, std::uint32_t length2, qint64 lengthAt,
                                         const QByteArray &bytes, const Location &where, Findings &findings)
{
    const qint64 fieldsAt = r.offset();
    Findings documentedFindings;
    BlobReader documented(bytes, BlobKind::Filter, where, documentedFindings);
    documented.seek(fieldsAt);
    std::optional<FilterV2Blob> v2 = readFilterV2Fields(documented, length2);
    constexpr std::uint32_t kCountFieldsSize = 8; // Number-Of-Filters11 and Number-Of-Filters2
    if (!v2 &&
        static_cast<std::uint64_t>(length2) + kCountFieldsSize <= static_cast<std::uint64_t>(r.remaining())) {
        Findings otherFindings;
        BlobReader other(bytes, BlobKind::Filter, where, otherFindings);
        other.seek(fieldsAt);
        if (auto read = readFilterV2Fields(other, length2 + kCountFieldsSize)) {
            findings << otherFindings;
            findings << makeFinding(
                code::DataLength2SpecsOnly, Severity::Info,
                r.locationAt(QStringLiteral("Data-Length2"), lengthAt),
                QStringLiteral(
                    "filter blob, Data-Length2 at byte %1 is %2: it counts the Filter-Spec2 entries "
                    "only, not from Number-Of-Filters11 (%3); read that way, written the documented "
                    "way")
                    .arg(lengthAt)
                    .arg(length2)
                    .arg(length2 + kCountFieldsSize));
            r.seek(other.offset());
            r.setLimit(r.size());
            return read;
        }
    }
    findings << documentedFindings;
    if (!v2) {
        r.fail(
            code::BadFilterV2, QStringLiteral("Data-Length2"),
            QStringLiteral("the v2 part does not decode with Data-Length2 = %1 read either way").arg(length2),
            lengthAt);
        return std::nullopt;
    }
    r.seek(documented.offset());
    r.setLimit(r.size());
    return v2;
}

} // namespace

Decoded<FilterBlob> decodeFilter(const QByteArray &bytes, const Location &where)
{
    Findings findings;
    BlobReader r(bytes, BlobKind::Filter, where, findings);
    FilterBlob b;
    std::uint32_t n = 0;
    // Each Filter-Spec1 is the fixed part plus three string lengths.
    if (!readHeader(r, BlobKind::Filter) || !r.count("Number-Of-Filters1", n, kFilterSpec1FixedSize + 12))
        return finish(r, b, std::move(findings));
    b.filters.reserve(static_cast<qsizetype>(n));
    for (std::uint32_t i = 0; i < n && !r.failed(); ++i) {
        FilterSpecBlob f;
        if (readFilterStrings(r, f.sourceDnsName, f.destinationDnsName, f.description) &&
            r.guid("Filter-Specification-ID", f.id) && r.u32("Mirror", f.mirrored) &&
            r.array("Source-Address", f.sourceAddress) && r.array("Source-Mask", f.sourceMask) &&
            r.array("Destination-Address", f.destinationAddress) &&
            r.array("Destination-Mask", f.destinationMask) && r.array("Tunnel-Address", f.tunnelAddress) &&
            r.u32("Protocol", f.protocol) && r.u16("Source-Port", f.sourcePort) &&
            r.u16("Destination-Port", f.destinationPort) && r.u8("Is-Tunnel", f.isTunnel) &&
            r.u8("Special-Filter", f.specialFilter) && r.u16("Filter-Options", f.options))
            b.filters.append(std::move(f));
    }
    if (!finishCounted(r))
        return finish(r, b, std::move(findings));

    if (r.startsWith(r.offset(), guidBytes(kFilterV2Marker))) {
        r.seek(r.offset() + kGuidSize);
        std::uint32_t length2 = 0;
        const qint64 lengthAt = r.offset();
        if (!r.u32("Data-Length2", length2))
            return finish(r, b, std::move(findings));
        if (length2 > static_cast<std::uint64_t>(r.remaining())) {
            r.fail(code::BadFilterV2, QStringLiteral("Data-Length2"),
                   QStringLiteral("%1 exceeds the %2 bytes that follow").arg(length2).arg(r.remaining()),
                   lengthAt);
            return finish(r, b, std::move(findings));
        }
        std::optional<FilterV2Blob> v2 = readFilterV2(r, length2, lengthAt, bytes, where, findings);
        if (!v2)
            return finish(r, b, std::move(findings));
        b.v2 = std::move(v2);
    }
    readTerminator(r);
    return finish(r, b, std::move(findings));
}

QByteArray encode(const FilterBlob &b)
{
    BlobWriter w;
    // Filter lists hold up to thousands of filters: one allocation instead of a growing buffer.
    w.reserve(64 + b.filters.size() * (kFilterSpec1FixedSize + 12 + 64) +
              (b.v2 ? b.v2->filters.size() * 160 : 0));
    const qsizetype at = beginBlob(w, BlobKind::Filter);
    w.u32(static_cast<std::uint32_t>(b.filters.size()));
    for (const FilterSpecBlob &f : b.filters) {
        w.utf16(f.sourceDnsName);
        w.utf16(f.destinationDnsName);
        w.utf16(f.description);
        w.guid(f.id);
        w.u32(f.mirrored);
        w.array(f.sourceAddress);
        w.array(f.sourceMask);
        w.array(f.destinationAddress);
        w.array(f.destinationMask);
        w.array(f.tunnelAddress);
        w.u32(f.protocol);
        w.u16(f.sourcePort);
        w.u16(f.destinationPort);
        w.u8(f.isTunnel);
        w.u8(f.specialFilter);
        w.u16(f.options);
    }
    endCounted(w, at);
    if (b.v2) {
        w.guid(kFilterV2Marker);
        const qsizetype at2 = w.size();
        w.u32(0);
        w.u32(b.v2->numberOfFilters11);
        w.u32(static_cast<std::uint32_t>(b.v2->filters.size()));
        for (const FilterSpec2Blob &f : b.v2->filters) {
            w.utf16(f.sourceDnsName);
            w.utf16(f.destinationDnsName);
            w.utf16(f.description);
            w.guid(f.id);
            w.u32(f.mirrored);
            for (const AddressDataBlob *a : {&f.source, &f.destination}) {
                w.u32(a->type);
                w.u32(a->version);
                w.array(a->address);
                w.array(a->secondary);
            }
            for (const PortDataBlob *p : {&f.sourcePort, &f.destinationPort}) {
                w.u32(p->type);
                w.u16(p->port);
                w.u16(p->rangeEnd);
            }
            w.u32(f.protocol);
            w.u32(f.flags);
        }
        endCounted(w, at2);
    }
    w.u8(0);
    return w.data();
}

} // namespace ipsec::gpipsec
