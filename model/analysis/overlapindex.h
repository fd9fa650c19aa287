// Which filters of a policy may overlap, found through an interval index instead of comparing every pair:
// each direction of a filter is a box (source interval × destination interval) on one address line, and a
// query walks, on the side where fewer boxes can meet it, only the boxes whose interval meets its own.
// Protocol and ports are left to the exact test (Traffic::intersects) the caller makes.
#pragma once

#include "traffic.h"

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace ipsec::analysis {

class OverlapIndex {
public:
    explicit OverlapIndex(std::span<const Traffic> traffic);
    ~OverlapIndex();
    OverlapIndex(const OverlapIndex &) = delete;
    OverlapIndex &operator=(const OverlapIndex &) = delete;

    // The filters j > i whose boxes meet one of filter i's, ascending. A superset of the overlapping ones.
    std::vector<std::size_t> candidatesAfter(std::size_t i) const;
    // The same into `out` (cleared first), so that a loop over every filter reuses one buffer.
    void candidatesAfter(std::size_t i, std::vector<std::size_t> &out) const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace ipsec::analysis
