// A packet written as text, as the CLI (`explain --packet`), the Test a packet panel and the stored intents
// take it: "PROTO SRC[:PORT] -> DST[:PORT]" (docs/analysis.md, "Packets as text").
#pragma once

#include "packetmatch.h"

#include <optional>

namespace ipsec::analysis {

// PROTO: tcp, udp, icmp, any, raw or a number 0..255. A side: an IPv4 address, an IPv6 address (with a
// port: [2001:db8::1]:443), or `me` (this computer). Ports only for tcp and udp; a side without a port has
// port 0 (which matches only filters with any port). nullopt with the reason in `error` otherwise.
std::optional<Packet> parsePacket(const QString &text, QString *error = nullptr);
// The text parsePacket reads back: "tcp 10.0.1.5:49152 -> 10.2.27.9:8080".
QString formatPacket(const Packet &packet);

} // namespace ipsec::analysis
