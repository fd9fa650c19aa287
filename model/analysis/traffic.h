// The traffic a filter describes, as address spaces, protocol and ports per direction (one, or two for a
// mirrored filter), so that two filters can be intersected and compared for containment.
#pragma once

#include "addressspace.h"
#include "packetmatch.h"

#include <QByteArray>
#include <array>
#include <optional>

namespace ipsec::analysis {

// One direction of a filter's traffic: a view into the Traffic it comes from.
struct DirectedTraffic {
    const AddressSpace *source = nullptr;
    const AddressSpace *destination = nullptr;
    std::uint8_t protocol = protocol::Any;
    PortRange sourcePort;
    PortRange destinationPort;
};

// The directions of a filter's traffic: the filter's own, and the reverse for a mirrored filter.
class Directions {
public:
    const DirectedTraffic *begin() const { return m_directions.data(); }
    const DirectedTraffic *end() const { return m_directions.data() + m_count; }
    std::size_t size() const { return m_count; }

private:
    friend struct Traffic;
    std::array<DirectedTraffic, 2> m_directions;
    std::size_t m_count = 0;
};

// The traffic of one filter. A mirrored filter's reverse direction is not stored but seen through
// directions(), so that analysing a large policy builds each address space once (docs/performance.md).
struct Traffic {
    AddressSpace source;
    AddressSpace destination;
    std::uint8_t protocol = protocol::Any;
    PortRange sourcePort;
    PortRange destinationPort;
    bool mirrored = false;

    Directions directions() const
    {
        Directions d;
        d.m_directions = {direction(false), direction(true)};
        d.m_count = mirrored ? 2 : 1;
        return d;
    }
    // The filter's own direction, or (reversed) the mirror's.
    DirectedTraffic direction(bool reversed) const
    {
        return reversed ? DirectedTraffic{&destination, &source, protocol, destinationPort, sourcePort}
                        : DirectedTraffic{&source, &destination, protocol, sourcePort, destinationPort};
    }

    static Traffic of(const Filter &filter, const MatchEnvironment &env = {});
    // Some packet matches both.
    bool intersects(const Traffic &other) const;
    // Every packet of `other` is also one of this.
    bool covers(const Traffic &other) const;
    // A key that two traffics covering each other always share: for each direction not covered by the other,
    // its protocol, ports, and each side's any-flag, symbols and lowest and highest address per family.
    // Traffics with different keys are never duplicates, so duplicates are found by grouping on it
    // (docs/analysis.md); equal keys say nothing (compare with covers()).
    QByteArray duplicateKey() const;
    // One packet both match (the lowest addresses and ports they share); nullopt when they do not meet. A
    // side both leave open (any) gets a documentation address (192.0.2.1, 2001:db8::1); a side both know
    // only as a keyword keeps it (Packet::sourceKeyword).
    std::optional<Packet> example(const Traffic &other) const;
};

} // namespace ipsec::analysis
