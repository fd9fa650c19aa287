#include "itemtext.h"

#include "core/enumnames.h"

namespace ipsec {
namespace {

QString portsText(std::uint8_t protocol, const PortRange &source, const PortRange &destination)
{
    if (protocol != protocol::Tcp && protocol != protocol::Udp)
        return {};
    if (source.isAny() && destination.isAny())
        return {};
    return u' ' + formatPorts(source) + QStringLiteral("→") + formatPorts(destination);
}

} // namespace

QString filterSummary(const Filter &f)
{
    const QString arrow = f.mirrored ? QStringLiteral(" ↔ ") : QStringLiteral(" → ");
    return formatAddress(f.source) + arrow + formatAddress(f.destination) + u' ' + protocolName(f.protocol) +
           portsText(f.protocol, f.sourcePort, f.destinationPort);
}

QString filterSearchText(const Filter &f)
{
    return formatAddress(f.source) + u' ' + formatAddress(f.destination) + u' ' + protocolName(f.protocol) +
           u' ' + formatPorts(f.sourcePort) + u' ' + formatPorts(f.destinationPort) + u' ' + f.description;
}

} // namespace ipsec
