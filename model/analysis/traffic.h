// The traffic a filter describes, as address spaces, protocol and ports per direction (one, or two for a
// mirrored filter), so that two filters can be intersected and compared for containment.
#pragma once

#include "addressspace.h"
#include "packetmatch.h"

#include <optional>
#include <vector>

namespace ipsec::analysis {

// One direction of a filter's traffic.
struct DirectedTraffic {
    AddressSpace source;
    AddressSpace destination;
    std::uint8_t protocol = protocol::Any;
    PortRange sourcePort;
    PortRange destinationPort;
};

struct Traffic {
    std::vector<DirectedTraffic> directions; // one, or two for a mirrored filter

    static Traffic of(const Filter &filter, const MatchEnvironment &env = {});
    // Some packet matches both.
    bool intersects(const Traffic &other) const;
    // Every packet of `other` is also one of this.
    bool covers(const Traffic &other) const;
    // One packet both match (the lowest addresses and ports they share); nullopt when they do not meet. A
    // side both leave open (any) gets a documentation address (192.0.2.1, 2001:db8::1); a side both know
    // only as a keyword keeps it (Packet::sourceKeyword).
    std::optional<Packet> example(const Traffic &other) const;
};

} // namespace ipsec::analysis
