#include "specificity.h"

#include <bit>

namespace ipsec::analysis {
namespace {

constexpr int kFullWidth = 128; // every family is scaled to this width (Q1 weighting, see header)

int maskBits(const IpAddress &mask)
{
    int bits = 0;
    const int bytes = mask.bitCount() / 8;
    for (int i = 0; i < bytes; ++i)
        bits += std::popcount(mask.bytes()[static_cast<std::size_t>(i)]);
    return bits;
}

int scaled(int bits, int width)
{
    return width == 0 ? 0 : bits * kFullWidth / width;
}

int rangeBits(const FilterAddress &a)
{
    const int width = a.address.bitCount();
    // Compare the two ends byte by byte: the number of leading bits they share bounds the block size.
    int common = 0;
    for (int i = 0; i < width / 8; ++i) {
        const auto x = static_cast<std::uint8_t>(a.address.bytes()[static_cast<std::size_t>(i)] ^
                                                 a.second.bytes()[static_cast<std::size_t>(i)]);
        if (x == 0) {
            common += 8;
            continue;
        }
        common += std::countl_zero(x);
        break;
    }
    return scaled(common, width);
}

int portWeight(const PortRange &p)
{
    return p.isAny() ? 0 : p.isSingle() ? 2 : 1;
}

} // namespace

bool protocolHasPorts(std::uint8_t protocol)
{
    return protocol == protocol::Tcp || protocol == protocol::Udp;
}

int addressSpecificity(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Any:
        return 0;
    case AddressKind::Host:
        return kFullWidth;
    case AddressKind::Subnet:
        return scaled(maskBits(a.second), a.address.bitCount());
    case AddressKind::Range:
        return rangeBits(a);
    case AddressKind::Me:
    case AddressKind::DnsName:
    case AddressKind::DnsServers:
    case AddressKind::WinsServers:
    case AddressKind::DhcpServer:
    case AddressKind::DefaultGateway:
        return kFullWidth;
    }
    return 0;
}

FilterWeight filterWeight(const Filter &f)
{
    FilterWeight w;
    w.addressBits = addressSpecificity(f.source) + addressSpecificity(f.destination);
    w.protocol = f.protocol == protocol::Any ? 0 : 1;
    if (protocolHasPorts(f.protocol))
        w.ports = portWeight(f.sourcePort) + portWeight(f.destinationPort);
    return w;
}

QString describe(const FilterWeight &w)
{
    return QStringLiteral("addresses %1/%2, protocol %3, ports %4/4")
        .arg(w.addressBits)
        .arg(2 * kFullWidth)
        .arg(w.protocol ? QStringLiteral("specific") : QStringLiteral("any"))
        .arg(w.ports);
}

} // namespace ipsec::analysis
