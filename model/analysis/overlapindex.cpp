#include "overlapindex.h"

#include "core/largearray.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace ipsec::analysis {
namespace {

// A point on the one address line as a plain 64-bit number, so that the index sorts and compares integers:
// IPv4 addresses are their own value (0 to 2^32 - 1); IPv6 addresses and keywords left as symbols (a keyword
// meets only the same keyword or `any`, as AddressSpace::intersects says) come after them, numbered in their
// order (IPv6 by value, then one point per keyword). `any` spans the whole line.
using Point = std::uint64_t;
constexpr Point kLineStart = 0;
constexpr Point kLineEnd = std::numeric_limits<Point>::max();
constexpr Point kBeyondIPv4 = Point(1) << 32;

struct Segment {
    Point first = kLineStart;
    Point last = kLineEnd;

    bool meets(const Segment &o) const { return first <= o.last && o.first <= last; }
};

// The IPv6 interval ends and keywords of every filter, numbered in line order after the IPv4 addresses.
// Most policies have none or a few, so this sorts a short list.
class OuterPoints {
public:
    void addIPv6(const AddressValue &v) { m_ipv6.push_back(v); }
    void addSymbol(const QString &s)
    {
        if (!m_symbols.contains(s))
            m_symbols.insert(s, Point(m_symbols.size()));
    }
    void number()
    {
        std::sort(m_ipv6.begin(), m_ipv6.end());
        m_ipv6.erase(std::unique(m_ipv6.begin(), m_ipv6.end()), m_ipv6.end());
    }
    Point ipv6(const AddressValue &v) const
    {
        return kBeyondIPv4 + Point(std::lower_bound(m_ipv6.begin(), m_ipv6.end(), v) - m_ipv6.begin());
    }
    Point symbol(const QString &s) const { return kBeyondIPv4 + Point(m_ipv6.size()) + m_symbols.value(s); }

private:
    std::vector<AddressValue> m_ipv6;
    QHash<QString, Point> m_symbols;
};

// The smallest segment holding every address of the space.
Segment bound(const AddressSpace &space, const OuterPoints &outer)
{
    if (space.isAny())
        return {};
    Segment s{kLineEnd, kLineStart};
    auto extend = [&](Point first, Point last) {
        s.first = std::min(s.first, first);
        s.last = std::max(s.last, last);
    };
    for (const AddressInterval &i : space.intervals()) {
        // An IPv4 range may end at an IPv6 address (a range is checked by validation, not refused: IPS-018);
        // it then holds every IPv4 address from its start, so its end is the end of IPv4.
        if (i.family == IpAddress::Family::IPv4)
            extend(i.first.low, i.last > AddressValue(kBeyondIPv4 - 1) ? kBeyondIPv4 - 1 : i.last.low);
        else
            extend(outer.ipv6(i.first), outer.ipv6(i.last));
    }
    for (const QString &symbol : space.symbols())
        extend(outer.symbol(symbol), outer.symbol(symbol));
    // An empty space meets nothing: a segment no other reaches (after every address and keyword).
    return s.first > s.last ? Segment{kLineEnd, kLineEnd} : s;
}

// How many of the sorted points are below `p` (strictly, or with `orEqual` also equal): a binary search
// without branches on the comparison, which is what the index does most (four times per box and query).
std::size_t countBelow(const LargeArray<Point> &sorted, Point p, bool orEqual)
{
    const Point *base = sorted.data();
    std::size_t n = sorted.size();
    while (n > 1) {
        const std::size_t half = n / 2;
        const Point v = base[half - 1];
        base += (orEqual ? v <= p : v < p) ? half : 0;
        n -= half;
    }
    if (n == 1 && (orEqual ? *base <= p : *base < p))
        ++base;
    return std::size_t(base - sorted.data());
}

// Sorts by a 64-bit key, least significant 16 bits first, as many rounds as the largest key needs: the index
// sorts two arrays of one entry per box per side, and this is several times faster than std::sort on them.
// `scratch` is reused from one call to the next.
template <typename T, typename Key> void radixSort(LargeArray<T> &items, LargeArray<T> &scratch, Key key)
{
    // Each round walks 65,536 counters: for a few thousand items (validation builds one index per group of
    // filters of equal weight, most of them small) comparing is cheaper.
    if (items.size() < 8192) {
        std::sort(items.begin(), items.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
        return;
    }
    Point largest = 0;
    for (const T &item : items)
        largest = std::max(largest, key(item));
    scratch.resize(items.size());
    std::vector<std::uint32_t> counts(1 << 16);
    for (int shift = 0; shift < 64 && (largest >> shift) != 0; shift += 16) {
        std::fill(counts.begin(), counts.end(), 0);
        for (const T &item : items)
            ++counts[(key(item) >> shift) & 0xFFFF];
        std::uint32_t position = 0;
        for (std::uint32_t &c : counts)
            position += std::exchange(c, position);
        for (const T &item : items)
            scratch[counts[(key(item) >> shift) & 0xFFFF]++] = item;
        items.swap(scratch);
    }
}

// What building the two sides shares, so that the second reuses the first's memory.
struct BuildScratch {
    LargeArray<std::pair<Point, std::uint32_t>> byFirst;
    LargeArray<std::pair<Point, std::uint32_t>> byFirstBuffer;
    LargeArray<Point> lastsBuffer;
};

// One side of the index: the boxes sorted by the first point of that side, with a max tree over their last
// points (one leaf per block of kBlock boxes), so that "every box whose segment meets [a, b]" visits only
// those blocks that hold one.
class SideIndex {
public:
    void build(const LargeArray<Segment> &segments, BuildScratch &scratch)
    {
        const std::size_t n = segments.size();
        auto &byFirst = scratch.byFirst;
        byFirst.clear();
        for (std::size_t i = 0; i < n; ++i)
            byFirst.emplace_back(segments[i].first, std::uint32_t(i));
        radixSort(byFirst, scratch.byFirstBuffer, [](const auto &e) { return e.first; });
        m_order.resize(n);
        m_firsts.resize(n);
        m_lasts.resize(n);
        for (std::size_t k = 0; k < n; ++k) {
            m_firsts[k] = byFirst[k].first;
            m_order[k] = byFirst[k].second;
            m_lasts[k] = segments[byFirst[k].second].last;
        }
        m_leaves = 1;
        while (m_leaves * kBlock < n)
            m_leaves *= 2;
        m_tree.assign(2 * m_leaves, kLineStart);
        for (std::size_t k = 0; k < n; ++k)
            m_tree[m_leaves + k / kBlock] = std::max(m_tree[m_leaves + k / kBlock], m_lasts[k]);
        for (std::size_t node = m_leaves - 1; node >= 1; --node)
            m_tree[node] = std::max(m_tree[2 * node], m_tree[2 * node + 1]);
        m_sortedLasts = m_lasts;
        radixSort(m_sortedLasts, scratch.lastsBuffer, [](Point p) { return p; });
    }

    // The query's two counts: boxes that do not lie entirely after q (they come first in the order by first
    // point) and, of those, how many lie entirely before it. The difference is how many boxes meet q.
    struct Count {
        std::size_t notAfter = 0;
        std::size_t before = 0;
        std::size_t meeting() const { return notAfter - before; }
    };
    Count count(const Segment &q) const
    {
        return {countBelow(m_firsts, q.last, true), countBelow(m_sortedLasts, q.first, false)};
    }

    template <typename Visit> void forEachMeeting(const Segment &q, const Count &c, Visit &&visit) const
    {
        if (c.notAfter > 0)
            walk(1, 0, m_leaves, c.notAfter, q.first, visit);
    }

private:
    static constexpr std::size_t kBlock = 8;

    // The boxes among the first `prefix` (by first point) whose last point is at least `from`; lo and hi
    // count blocks.
    template <typename Visit>
    void walk(std::size_t node, std::size_t lo, std::size_t hi, std::size_t prefix, Point from,
              Visit &visit) const
    {
        if (lo * kBlock >= prefix || m_tree[node] < from)
            return;
        if (node >= m_leaves) {
            const std::size_t end = std::min(prefix, (lo + 1) * kBlock);
            for (std::size_t k = lo * kBlock; k < end; ++k)
                if (m_lasts[k] >= from)
                    visit(m_order[k]);
            return;
        }
        const std::size_t mid = (lo + hi) / 2;
        walk(2 * node, lo, mid, prefix, from, visit);
        walk(2 * node + 1, mid, hi, prefix, from, visit);
    }

    LargeArray<std::uint32_t> m_order; // box numbers sorted by first point
    LargeArray<Point> m_firsts;        // in that order
    LargeArray<Point> m_lasts;         // in that order
    LargeArray<Point> m_sortedLasts;   // sorted, for counting
    std::size_t m_leaves = 1;          // leaves of the tree (blocks of kBlock boxes): a power of two
    LargeArray<Point> m_tree;          // max of the last points under each node (past the boxes: 0)
};

} // namespace

struct OverlapIndex::Data {
    LargeArray<std::uint32_t> owner;    // box → filter
    LargeArray<std::uint32_t> firstBox; // filter → its first box; its boxes run to the next filter's
    std::array<LargeArray<Segment>, 2> segments; // side → box → segment (source, destination)
    std::array<SideIndex, 2> sides;
    std::vector<bool> mirrored; // filter → its traffic is mirrored (two boxes, one the other transposed)
    std::size_t lastOneWay = 0; // 1 + the last filter that is not mirrored (0: none)
};

OverlapIndex::OverlapIndex(std::span<const Traffic> traffic) : m_data(std::make_unique<Data>())
{
    Data &d = *m_data;
    OuterPoints outer;
    auto collect = [&](const AddressSpace &space) {
        for (const AddressInterval &i : space.intervals()) {
            if (i.family != IpAddress::Family::IPv4) {
                outer.addIPv6(i.first);
                outer.addIPv6(i.last);
            }
        }
        for (const QString &symbol : space.symbols())
            outer.addSymbol(symbol);
    };
    std::size_t boxes = 0;
    for (const Traffic &t : traffic) {
        boxes += t.directions().size();
        collect(t.source);
        collect(t.destination);
    }
    outer.number();

    d.firstBox.reserve(traffic.size() + 1);
    d.mirrored.reserve(traffic.size());
    d.owner.reserve(boxes);
    for (auto &side : d.segments)
        side.reserve(boxes);
    for (std::size_t f = 0; f < traffic.size(); ++f) {
        d.firstBox.push_back(std::uint32_t(d.owner.size()));
        d.mirrored.push_back(traffic[f].mirrored);
        if (!traffic[f].mirrored)
            d.lastOneWay = f + 1;
        const Segment source = bound(traffic[f].source, outer);
        const Segment destination = bound(traffic[f].destination, outer);
        for (const DirectedTraffic &dir : traffic[f].directions()) {
            d.owner.push_back(std::uint32_t(f));
            d.segments[0].push_back(dir.source == &traffic[f].source ? source : destination);
            d.segments[1].push_back(dir.source == &traffic[f].source ? destination : source);
        }
    }
    d.firstBox.push_back(std::uint32_t(d.owner.size()));
    BuildScratch scratch;
    for (std::size_t side = 0; side < 2; ++side)
        d.sides[side].build(d.segments[side], scratch);
}

OverlapIndex::~OverlapIndex() = default;

std::vector<std::size_t> OverlapIndex::candidatesAfter(std::size_t i) const
{
    std::vector<std::size_t> out;
    candidatesAfter(i, out);
    return out;
}

void OverlapIndex::candidatesAfter(std::size_t i, std::vector<std::size_t> &out) const
{
    const Data &d = *m_data;
    out.clear();
    // A mirrored filter's second box is its first transposed, and so is every other mirrored filter's: the
    // first box finds those. The second is needed only for one-way filters after it.
    const std::uint32_t first = d.firstBox[i];
    const std::uint32_t end = d.firstBox[i + 1];
    const bool pairsOnly = d.mirrored[i];
    for (std::uint32_t box = first; box < end; ++box) {
        const bool oneWayOnly = pairsOnly && box > first;
        if (oneWayOnly && i + 1 >= d.lastOneWay)
            break;
        const std::array<Segment, 2> q{d.segments[0][box], d.segments[1][box]};
        // Walk the side where fewer boxes can meet the query; check the other side per box.
        const std::array<SideIndex::Count, 2> counts{d.sides[0].count(q[0]), d.sides[1].count(q[1])};
        const std::size_t side = counts[0].meeting() <= counts[1].meeting() ? 0 : 1;
        const LargeArray<Segment> &otherSegments = d.segments[1 - side];
        const Segment &otherQuery = q[1 - side];
        d.sides[side].forEachMeeting(q[side], counts[side], [&](std::uint32_t hit) {
            const std::size_t j = d.owner[hit];
            if (j > i && !(oneWayOnly && d.mirrored[j]) && otherSegments[hit].meets(otherQuery))
                out.push_back(j);
        });
    }
    std::sort(out.begin(), out.end()); // the walk gives them by first point
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

} // namespace ipsec::analysis
