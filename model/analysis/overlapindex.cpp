#include "overlapindex.h"

#include <algorithm>
#include <array>
#include <compare>
#include <limits>
#include <map>

namespace ipsec::analysis {
namespace {

// A point on the one address line: IPv4 (region 0), IPv6 (region 1), then one point per unresolved keyword
// (a keyword meets only the same keyword or `any`, as AddressSpace::intersects says).
struct Coord {
    std::uint32_t region = 0;
    AddressValue value = 0;

    friend auto operator<=>(const Coord &, const Coord &) = default;
};

struct Segment {
    Coord first;
    Coord last;

    bool meets(const Segment &o) const { return first <= o.last && o.first <= last; }
};

constexpr Coord kLineStart{0, 0};
constexpr Coord kLineEnd{std::numeric_limits<std::uint32_t>::max(), ~AddressValue(0)};

// One side of the index: the boxes sorted by the first point of that side, with a max tree over their last
// points, so that "every box whose segment meets [a, b]" visits only those.
class SideIndex {
public:
    void build(const std::vector<Segment> &segments)
    {
        m_order.resize(segments.size());
        for (std::size_t i = 0; i < segments.size(); ++i)
            m_order[i] = i;
        std::sort(m_order.begin(), m_order.end(),
                  [&](std::size_t a, std::size_t b) { return segments[a].first < segments[b].first; });
        m_firsts.reserve(segments.size());
        m_lasts.reserve(segments.size());
        for (std::size_t i : m_order) {
            m_firsts.push_back(segments[i].first);
            m_lasts.push_back(segments[i].last);
        }
        m_sortedLasts = m_lasts;
        std::sort(m_sortedLasts.begin(), m_sortedLasts.end());
        m_tree.assign(4 * std::max<std::size_t>(segments.size(), 1), kLineStart);
        if (!segments.empty())
            buildTree(1, 0, segments.size());
    }

    // How many boxes meet q: all minus those entirely after it minus those entirely before it.
    std::size_t count(const Segment &q) const
    {
        const auto after = static_cast<std::size_t>(
            m_firsts.end() - std::upper_bound(m_firsts.begin(), m_firsts.end(), q.last));
        const auto before = static_cast<std::size_t>(
            std::lower_bound(m_sortedLasts.begin(), m_sortedLasts.end(), q.first) - m_sortedLasts.begin());
        return m_firsts.size() - after - before;
    }

    template <typename Visit> void forEachMeeting(const Segment &q, Visit &&visit) const
    {
        const auto prefix = static_cast<std::size_t>(
            std::upper_bound(m_firsts.begin(), m_firsts.end(), q.last) - m_firsts.begin());
        if (prefix > 0)
            walk(1, 0, m_firsts.size(), prefix, q.first, visit);
    }

private:
    Coord buildTree(std::size_t node, std::size_t lo, std::size_t hi)
    {
        if (hi - lo == 1)
            return m_tree[node] = m_lasts[lo];
        const std::size_t mid = (lo + hi) / 2;
        return m_tree[node] = std::max(buildTree(2 * node, lo, mid), buildTree(2 * node + 1, mid, hi));
    }

    template <typename Visit>
    void walk(std::size_t node, std::size_t lo, std::size_t hi, std::size_t prefix, const Coord &from,
              Visit &visit) const
    {
        if (lo >= prefix || m_tree[node] < from)
            return;
        if (hi - lo == 1) {
            visit(m_order[lo]);
            return;
        }
        const std::size_t mid = (lo + hi) / 2;
        walk(2 * node, lo, mid, prefix, from, visit);
        walk(2 * node + 1, mid, hi, prefix, from, visit);
    }

    std::vector<std::size_t> m_order; // box numbers sorted by first point
    std::vector<Coord> m_firsts;      // in that order
    std::vector<Coord> m_lasts;       // in that order
    std::vector<Coord> m_sortedLasts; // sorted, for counting
    std::vector<Coord> m_tree;        // max of m_lasts over each node's range
};

} // namespace

struct OverlapIndex::Data {
    std::vector<std::size_t> owner;                // box → filter
    std::vector<std::array<Segment, 2>> boxes;     // box → source and destination segment
    std::vector<std::vector<std::size_t>> boxesOf; // filter → its boxes
    std::array<SideIndex, 2> sides;
    std::map<QString, std::uint32_t> symbolRegions; // keyword → its region (2, 3, ...)

    // The smallest segment holding every address of the space.
    Segment bound(const AddressSpace &space)
    {
        if (space.isAny())
            return {kLineStart, kLineEnd};
        bool empty = true;
        Segment s{kLineEnd, kLineStart};
        auto extend = [&](const Coord &first, const Coord &last) {
            s.first = std::min(s.first, first);
            s.last = std::max(s.last, last);
            empty = false;
        };
        for (const AddressInterval &i : space.intervals()) {
            const std::uint32_t region = i.family == IpAddress::Family::IPv4 ? 0 : 1;
            extend({region, i.first}, {region, i.last});
        }
        for (const QString &symbol : space.symbols()) {
            const auto [it, added] =
                symbolRegions.try_emplace(symbol, 2 + static_cast<std::uint32_t>(symbolRegions.size()));
            extend({it->second, 0}, {it->second, 0});
        }
        // An empty space meets nothing: a segment no other reaches (after every address and keyword).
        return empty ? Segment{kLineEnd, kLineEnd} : s;
    }
};

OverlapIndex::OverlapIndex(const std::vector<Traffic> &traffic) : m_data(std::make_unique<Data>())
{
    Data &d = *m_data;
    d.boxesOf.resize(traffic.size());
    for (std::size_t f = 0; f < traffic.size(); ++f) {
        for (const DirectedTraffic &dir : traffic[f].directions) {
            d.boxesOf[f].push_back(d.boxes.size());
            d.owner.push_back(f);
            d.boxes.push_back({d.bound(dir.source), d.bound(dir.destination)});
        }
    }
    for (std::size_t side = 0; side < 2; ++side) {
        std::vector<Segment> segments;
        segments.reserve(d.boxes.size());
        for (const auto &box : d.boxes)
            segments.push_back(box[side]);
        d.sides[side].build(segments);
    }
}

OverlapIndex::~OverlapIndex() = default;

std::vector<std::size_t> OverlapIndex::candidatesAfter(std::size_t i) const
{
    const Data &d = *m_data;
    std::vector<std::size_t> out;
    for (std::size_t box : d.boxesOf[i]) {
        const auto &q = d.boxes[box];
        // Walk the side where fewer boxes can meet the query; check the other side per box.
        const std::size_t side = d.sides[0].count(q[0]) <= d.sides[1].count(q[1]) ? 0 : 1;
        const std::size_t other = 1 - side;
        d.sides[side].forEachMeeting(q[side], [&](std::size_t hit) {
            const std::size_t j = d.owner[hit];
            if (j > i && d.boxes[hit][other].meets(q[other]))
                out.push_back(j);
        });
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace ipsec::analysis
