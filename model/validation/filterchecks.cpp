// Checks of filter lists and their filters: addresses, masks, ranges, keywords, protocols and ports,
// identical duplicates, and what tunnel rules need of the filters they use. Linear in the number of filters.
#include "core/enumnames.h"
#include "validationcontext.h"
#include "validationtr.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace ipsec::validation {

namespace {

bool isMulticast(const IpAddress &a)
{
    if (a.isIPv4())
        return (a.bytes()[0] & 0xF0u) == 0xE0u; // 224.0.0.0/4
    if (a.isIPv6())
        return a.bytes()[0] == 0xFFu; // ff00::/8
    return false;
}

bool isSpecific(AddressKind k)
{
    return k == AddressKind::Host || k == AddressKind::Subnet || k == AddressKind::Range;
}

// A cheap 64-bit hash of exactly the fields Filter::sameTraffic compares; equal traffic gives equal hashes.
// Hand-rolled (multiply-xorshift) rather than qHashBits: it runs for every filter of the store.
std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 33);
}
std::uint64_t hashIp(const IpAddress &a, std::uint64_t h)
{
    std::uint64_t words[2];
    std::memcpy(words, a.bytes().data(), sizeof words);
    return mix(mix(mix(h, static_cast<std::uint64_t>(a.family())), words[0]), words[1]);
}
std::uint64_t hashAddress(const FilterAddress &a, std::uint64_t h)
{
    h = hashIp(a.second, hashIp(a.address, mix(h, static_cast<std::uint64_t>(a.kind))));
    return a.dnsName.isEmpty() ? h : mix(h, qHash(a.dnsName));
}
std::uint64_t trafficHash(const Filter &f)
{
    std::uint64_t h = mix(f.mirrored ? 1 : 2, f.protocol);
    h = mix(h, (std::uint64_t{f.sourcePort.first} << 48) | (std::uint64_t{f.sourcePort.last} << 32) |
                   (std::uint64_t{f.destinationPort.first} << 16) | f.destinationPort.last);
    return hashAddress(f.destination, hashAddress(f.source, h));
}

// Identical duplicates in one list, without a node per filter: sort (hash, position) pairs, then compare only
// filters of equal hash with the first filter of that traffic. Returns (duplicate, first) positions in order.
std::vector<std::pair<std::size_t, std::size_t>> duplicateFilters(const FilterList &list)
{
    const std::size_t n = list.filters.size();
    std::vector<std::pair<std::uint64_t, std::size_t>> keys;
    keys.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        keys.emplace_back(trafficHash(list.filters[i]), i);
    std::sort(keys.begin(), keys.end());
    std::vector<std::pair<std::size_t, std::size_t>> duplicates;
    for (std::size_t runStart = 0; runStart < n;) {
        std::size_t runEnd = runStart + 1;
        while (runEnd < n && keys[runEnd].first == keys[runStart].first)
            ++runEnd;
        // Within a run (ascending positions), each filter is a copy of the first earlier one with its
        // traffic; distinct traffic in one run only happens on a hash collision.
        for (std::size_t j = runStart + 1; j < runEnd; ++j) {
            const Filter &f = list.filters[keys[j].second];
            for (std::size_t k = runStart; k < j; ++k) {
                if (f.sameTraffic(list.filters[keys[k].second])) {
                    duplicates.emplace_back(keys[j].second, keys[k].second);
                    break;
                }
            }
        }
        runStart = runEnd;
    }
    std::sort(duplicates.begin(), duplicates.end());
    return duplicates;
}

// Checks one filter of a list; the list-wide checks live in checkFilterList.
class FilterCheck {
public:
    FilterCheck(Context &ctx, const FilterList &list, std::size_t index)
        : m_ctx(ctx), m_list(list), m_index(index), m_filter(list.filters[index])
    {}

    void run(const FilterListUse &use)
    {
        checkAddress(m_filter.source, QStringLiteral("source"), true);
        checkAddress(m_filter.destination, QStringLiteral("destination"), false);
        checkKeywordPairing();
        checkVersions();
        checkPorts(m_filter.sourcePort, QStringLiteral("sourcePort"));
        checkPorts(m_filter.destinationPort, QStringLiteral("destinationPort"));
        if (!m_filter.mirrored && use.usedByTransportRule)
            m_ctx.requireCapability(&TargetCapabilities::oneWayFilters, where(QStringLiteral("mirrored")),
                                    Validation::tr("the one-way (not mirrored) %1").arg(name()));
        if (use.tunnelRule)
            checkTunnelFit(*use.tunnelPolicy, *use.tunnelRule);
        if (m_ctx.anyTargetLacks(&TargetCapabilities::quotesAndControlCharacters))
            checkDescription();
    }

private:
    Location where(const QString &field) const { return filterLocation(m_list, m_index, field); }
    QString name() const
    {
        return Validation::tr("filter %1 of filter list %2").arg(m_index + 1).arg(quoted(m_list.name));
    }
    // The field of a side, as in the JSON document.
    static QString sideField(bool source)
    {
        return source ? QStringLiteral("source") : QStringLiteral("destination");
    }
    // The side as a word of a message.
    static QString sideWord(bool source)
    {
        return source ? Validation::tr("source", "side of a filter")
                      : Validation::tr("destination", "side of a filter");
    }

    void checkAddress(const FilterAddress &a, const QString &side, bool isSource)
    {
        // Field names are built only for a finding: this runs for both sides of every filter.
        const auto addressField = [&side] { return side + QStringLiteral(".address"); };
        switch (a.kind) {
        case AddressKind::Host:
            if (a.address.isNull())
                incomplete(addressField(), Validation::tr("has no %1 address").arg(sideWord(isSource)));
            break;
        case AddressKind::Subnet:
            if (a.address.isNull())
                incomplete(addressField(),
                           Validation::tr("has no %1 subnet address").arg(sideWord(isSource)));
            else if (a.second.family() != a.address.family())
                incomplete(side + QStringLiteral(".mask"),
                           Validation::tr("has a %1 mask that is missing or of another IP version")
                               .arg(sideWord(isSource)));
            else if (!a.second.isContiguousMask())
                m_ctx.add(Code::NonContiguousMask, where(side + QStringLiteral(".mask")),
                          Validation::tr("The %1 mask %2 of %3 is not contiguous.")
                              .arg(sideWord(isSource), a.second.toString(), name()));
            else if (a.address.hasBitsOutside(a.second))
                m_ctx.add(
                    Code::AddressBitsOutsideMask, where(addressField()),
                    Validation::tr("The %1 address %2 of %3 has bits outside its mask /%4; Windows would "
                                   "match the whole subnet %5.")
                        .arg(sideWord(isSource), a.address.toString(), name())
                        .arg(a.second.prefixLength())
                        .arg(a.address.masked(a.second).toString()),
                    Validation::tr("Write the subnet as %1/%2, or use a host address for one host.")
                        .arg(a.address.masked(a.second).toString())
                        .arg(a.second.prefixLength()));
            break;
        case AddressKind::Range:
            if (a.address.isNull() || a.second.isNull())
                incomplete(
                    a.address.isNull() ? addressField() : side + QStringLiteral(".rangeEnd"),
                    Validation::tr("has a %1 range without a start or an end").arg(sideWord(isSource)));
            else if (a.address.family() != a.second.family())
                m_ctx.add(Code::MixedVersionRange, where(side + QStringLiteral(".rangeEnd")),
                          Validation::tr("The %1 range %2-%3 of %4 mixes IPv4 and IPv6.")
                              .arg(sideWord(isSource), a.address.toString(), a.second.toString(), name()));
            else if (a.second < a.address)
                m_ctx.add(Code::ReversedRange, where(side + QStringLiteral(".rangeEnd")),
                          Validation::tr("The %1 range %2-%3 of %4 ends before it starts.")
                              .arg(sideWord(isSource), a.address.toString(), a.second.toString(), name()));
            break;
        case AddressKind::DnsName:
            if (a.dnsName.trimmed().isEmpty())
                incomplete(side + QStringLiteral(".dnsName"),
                           Validation::tr("has an empty %1 DNS name").arg(sideWord(isSource)));
            else
                m_ctx.requireCapability(&TargetCapabilities::dnsNameAddresses, where(side),
                                        Validation::tr("the %1 DNS name %2 of %3 (it must be resolved first)")
                                            .arg(sideWord(isSource), a.dnsName, name()));
            break;
        default:
            break;
        }
        checkAddressVersionNeeds(a, side, isSource);
    }

    void checkAddressVersionNeeds(const FilterAddress &a, const QString &side, bool isSource)
    {
        if (isSpecific(a.kind) && (a.address.isIPv6() || a.second.isIPv6())) {
            const QString what = Validation::tr("the IPv6 %1 address of %2").arg(sideWord(isSource), name());
            m_ctx.requireWindows(WindowsTarget::WindowsVistaOrLater, where(side), what);
            m_ctx.requireCapability(&TargetCapabilities::ipv6Addresses, where(side), what);
        }
        if (a.kind == AddressKind::Range) {
            const QString what = Validation::tr("the %1 address range of %2").arg(sideWord(isSource), name());
            m_ctx.requireWindows(WindowsTarget::WindowsVistaOrLater, where(side), what);
            m_ctx.requireCapability(&TargetCapabilities::addressRanges, where(side), what);
        }
        if (a.isServerKeyword()) {
            const QString what =
                Validation::tr("the %1 keyword %2 of %3").arg(sideWord(isSource), formatAddress(a), name());
            if (isSource) {
                m_ctx.requireCapability(&TargetCapabilities::sourceServerKeywords, where(side), what);
            } else {
                // Special-Filter 0x81-0x84 (destination) does not exist on Windows 2000/XP
                // (docs/formats/object-model.md, Windows versions).
                m_ctx.requireWindows(WindowsTarget::WindowsServer2003, where(side), what);
                m_ctx.requireCapability(&TargetCapabilities::destinationServerKeywords, where(side), what);
            }
        }
        if (isSpecific(a.kind) &&
            (isMulticast(a.address) || (a.kind == AddressKind::Range && isMulticast(a.second))))
            m_ctx.requireCapability(&TargetCapabilities::multicastAddresses, where(side),
                                    Validation::tr("the multicast %1 address %2 of %3")
                                        .arg(sideWord(isSource), formatAddress(a), name()));
    }

    void incomplete(const QString &field, const QString &problem)
    {
        m_ctx.add(Code::IncompleteAddress, where(field),
                  //: %3 is a phrase such as "has no source address".
                  Validation::tr("Filter %1 of filter list %2 %3.")
                      .arg(m_index + 1)
                      .arg(quoted(m_list.name), problem));
    }

    void checkKeywordPairing()
    {
        // "If one side is a server keyword, the other side must be me" (netsh help; docs/formats/netsh.md,
        // Commands and tags).
        const FilterAddress &s = m_filter.source;
        const FilterAddress &d = m_filter.destination;
        if (s.isServerKeyword() && d.kind != AddressKind::Me)
            keywordWithoutMe(s, false);
        else if (d.isServerKeyword() && s.kind != AddressKind::Me)
            keywordWithoutMe(d, true);
    }
    void keywordWithoutMe(const FilterAddress &keyword, bool otherSideIsSource)
    {
        m_ctx.add(Code::ServerKeywordWithoutMe, where(sideField(otherSideIsSource)),
                  Validation::tr("%1 uses the server keyword %2, so its %3 must be My IP address (me).")
                      .arg(capitalized(name()), formatAddress(keyword), sideWord(otherSideIsSource)));
    }

    void checkVersions()
    {
        const auto s = m_filter.source.family();
        const auto d = m_filter.destination.family();
        if (isSpecific(m_filter.source.kind) && isSpecific(m_filter.destination.kind) && s != d &&
            s != IpAddress::Family::None && d != IpAddress::Family::None)
            m_ctx.add(Code::MixedVersionFilter, where(QStringLiteral("destination")),
                      Validation::tr(
                          "%1 goes from %2 to %3: one side is IPv4, the other IPv6, so it never matches.")
                          .arg(capitalized(name()), formatAddress(m_filter.source),
                               formatAddress(m_filter.destination)));
    }

    void checkPorts(const PortRange &p, const QString &field)
    {
        if (p.isAny())
            return;
        if (m_filter.protocol != protocol::Tcp && m_filter.protocol != protocol::Udp)
            m_ctx.add(Code::PortsWithoutTcpOrUdp, where(field),
                      Validation::tr("%1 has %2 %3 but protocol %4.")
                          .arg(capitalized(name()),
                               field == QLatin1String("sourcePort") ? Validation::tr("source port")
                                                                    : Validation::tr("destination port"),
                               formatPorts(p), protocolName(m_filter.protocol)));
        if (p.first > p.last || p.first == 0) {
            m_ctx.add(Code::ReversedPortRange, where(field),
                      Validation::tr("%1 has the invalid port range %2-%3.")
                          .arg(capitalized(name()))
                          .arg(p.first)
                          .arg(p.last));
        } else if (p.isRange()) {
            const QString what = Validation::tr("the port range %1 of %2").arg(formatPorts(p), name());
            m_ctx.requireWindows(WindowsTarget::WindowsVistaOrLater, where(field), what);
            m_ctx.requireCapability(&TargetCapabilities::portRanges, where(field), what);
        }
    }

    void checkTunnelFit(const Policy &policy, const Rule &rule)
    {
        const QString ruleName =
            Validation::tr("tunnel rule %1 of policy %2").arg(quoted(rule.name), quoted(policy.name));
        if (m_filter.mirrored)
            m_ctx.add(Code::MirroredTunnelFilter, where(QStringLiteral("mirrored")),
                      Validation::tr("%1 is mirrored, but %2 uses the list; a tunnel needs one-way filters.")
                          .arg(capitalized(name()), ruleName));
        for (bool source : {true, false}) {
            const FilterAddress &a = source ? m_filter.source : m_filter.destination;
            if (a.kind == AddressKind::Me || a.isServerKeyword())
                m_ctx.add(Code::AddressUnfitForTunnel, where(sideField(source)),
                          Validation::tr(
                              "The %1 %2 of %3 does not fit %4, which carries the traffic of the networks "
                              "behind its endpoints.")
                              .arg(sideWord(source), formatAddress(a), name(), ruleName));
            else if (a.kind == AddressKind::Any)
                m_ctx.requireCapability(
                    &TargetCapabilities::tunnelFiltersWithAny, where(sideField(source)),
                    Validation::tr("the %1 any of %2 in %3").arg(sideWord(source), name(), ruleName));
        }
        if (m_filter.protocol != protocol::Any || !m_filter.sourcePort.isAny() ||
            !m_filter.destinationPort.isAny())
            m_ctx.requireCapability(
                &TargetCapabilities::tunnelFiltersWithProtocolOrPorts, where(QStringLiteral("protocol")),
                Validation::tr("the protocol or port limit of %1 in %2").arg(name(), ruleName));
    }

    void checkDescription();

    static QString capitalized(QString s)
    {
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return s;
    }

    Context &m_ctx;
    const FilterList &m_list;
    std::size_t m_index;
    const Filter &m_filter;
};

bool hasUncarriableText(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c == u'"' || c.unicode() < 0x20; });
}

void FilterCheck::checkDescription()
{
    if (hasUncarriableText(m_filter.description))
        m_ctx.requireCapability(
            &TargetCapabilities::quotesAndControlCharacters, where(QStringLiteral("description")),
            Validation::tr("the description of %1, which holds a double quote or a control character")
                .arg(name()));
}

} // namespace

void checkFilterList(Context &ctx, const FilterList &list, const FilterListUse &use)
{
    for (std::size_t i = 0; i < list.filters.size(); ++i)
        FilterCheck(ctx, list, i).run(use);
    for (const auto &[duplicate, first] : duplicateFilters(list))
        ctx.add(Code::DuplicateFilter, filterLocation(list, duplicate),
                Validation::tr("Filter %1 of filter list %2 matches the same traffic as filter %3.")
                    .arg(duplicate + 1)
                    .arg(quoted(list.name))
                    .arg(first + 1));
}

} // namespace ipsec::validation
