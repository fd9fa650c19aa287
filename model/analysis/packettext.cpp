#include "packettext.h"

#include "core/enumnames.h"

#include <QRegularExpression>

namespace ipsec::analysis {
namespace {

struct Side {
    IpAddress address;
    QString keyword;
    std::uint16_t port = 0;
};

// "me", "me:80", "10.0.0.1", "10.0.0.1:80", "2001:db8::1", "[2001:db8::1]", "[2001:db8::1]:80".
std::optional<Side> parseSide(const QString &text, const QString &which, QString *error)
{
    QString host = text;
    QString port;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0) {
            *error = QStringLiteral("the %1 '%2' opens '[' without closing it").arg(which, text);
            return std::nullopt;
        }
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            *error = QStringLiteral("the %1 '%2' has text after ']' that is not ':PORT'").arg(which, text);
            return std::nullopt;
        }
        port = rest.mid(1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty() && port.isEmpty()) {
            *error = QStringLiteral("the %1 '%2' ends with ':' but gives no port").arg(which, text);
            return std::nullopt;
        }
    } else if (host.count(u':') == 1) {
        port = host.section(u':', 1);
        host = host.section(u':', 0, 0);
        if (port.isEmpty()) {
            *error = QStringLiteral("the %1 '%2' ends with ':' but gives no port").arg(which, text);
            return std::nullopt;
        }
    }
    Side side;
    if (host.compare(u"me", Qt::CaseInsensitive) == 0) {
        side.keyword = token(AddressKind::Me);
    } else if (const std::optional<IpAddress> a = IpAddress::parse(host)) {
        side.address = *a;
    } else {
        *error = QStringLiteral("the %1 '%2' is not an IPv4 or IPv6 address or 'me'").arg(which, host);
        return std::nullopt;
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value < 1 || value > 65535) {
            *error = QStringLiteral("the %1 port '%2' is not a number from 1 to 65535").arg(which, port);
            return std::nullopt;
        }
        side.port = static_cast<std::uint16_t>(value);
    }
    return side;
}

QString sideText(const IpAddress &address, const QString &keyword, std::uint16_t port)
{
    QString host = keyword.isEmpty() ? address.toString() : keyword;
    if (port == 0)
        return host;
    if (address.isIPv6() && keyword.isEmpty())
        host = u'[' + host + u']';
    return host + u':' + QString::number(port);
}

} // namespace

std::optional<Packet> parsePacket(const QString &text, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    static const QRegularExpression shape(QStringLiteral(R"(^\s*(\S+)\s+(\S+)\s*->\s*(\S+)\s*$)"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch()) {
        why = QStringLiteral("write the packet as \"PROTO SRC[:PORT] -> DST[:PORT]\", for example "
                             "\"tcp 10.0.1.5 -> 10.2.27.9:8080\"");
        return std::nullopt;
    }
    const std::optional<std::uint8_t> protocol = parseProtocol(m.captured(1));
    if (!protocol) {
        why = QStringLiteral("'%1' is not a protocol: write tcp, udp, icmp, any or a number from 0 to 255")
                  .arg(m.captured(1));
        return std::nullopt;
    }
    const std::optional<Side> source = parseSide(m.captured(2), QStringLiteral("source"), &why);
    if (!source)
        return std::nullopt;
    const std::optional<Side> destination = parseSide(m.captured(3), QStringLiteral("destination"), &why);
    if (!destination)
        return std::nullopt;
    const bool ports = *protocol == protocol::Tcp || *protocol == protocol::Udp;
    if (!ports && (source->port != 0 || destination->port != 0)) {
        why = QStringLiteral("ports belong to tcp and udp only, not to %1").arg(m.captured(1));
        return std::nullopt;
    }
    if (source->address.family() != IpAddress::Family::None &&
        destination->address.family() != IpAddress::Family::None &&
        source->address.family() != destination->address.family()) {
        why = QStringLiteral("the source and the destination are of different IP versions");
        return std::nullopt;
    }
    Packet p;
    p.protocol = *protocol;
    p.source = source->address;
    p.sourceKeyword = source->keyword;
    p.sourcePort = source->port;
    p.destination = destination->address;
    p.destinationKeyword = destination->keyword;
    p.destinationPort = destination->port;
    return p;
}

QString formatPacket(const Packet &p)
{
    return QStringLiteral("%1 %2 -> %3")
        .arg(protocolName(p.protocol).toLower(), sideText(p.source, p.sourceKeyword, p.sourcePort),
             sideText(p.destination, p.destinationKeyword, p.destinationPort));
}

} // namespace ipsec::analysis
