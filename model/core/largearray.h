// Arrays of many megabytes that are filled at once and freed soon after (a document's bytes while it is read,
// the overlap index and the traffic of every filter of a large policy). On Linux they ask the kernel for huge
// pages (madvise MADV_HUGEPAGE): filling 20 MB of fresh memory otherwise takes 5,000 page faults, which cost
// more than the analysis itself on a virtual machine (docs/performance.md, Analysis). Elsewhere, and for
// small arrays, it is the standard allocator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace ipsec {

// Asks for huge pages for the whole 2 MB pages inside [data, data + bytes) of a buffer that is reserved and
// not yet written (a QByteArray after reserve()): its first write then faults in 2 MB at a time.
inline void adviseHugePages([[maybe_unused]] void *data, [[maybe_unused]] std::size_t bytes)
{
#ifdef __linux__
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHugePage - 1) & ~(kHugePage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

template <typename T> struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t(2) << 20;

    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U> &) {}

    T *allocate(std::size_t n)
    {
#ifdef __linux__
        if (n * sizeof(T) >= kHugePage) {
            const std::size_t bytes = rounded(n);
            void *p = std::aligned_alloc(kHugePage, bytes);
            if (!p)
                throw std::bad_alloc();
            madvise(p, bytes, MADV_HUGEPAGE); // a hint: without it the memory is simply in small pages
            return static_cast<T *>(p);
        }
#endif
        return std::allocator<T>{}.allocate(n);
    }

    void deallocate(T *p, std::size_t n)
    {
#ifdef __linux__
        if (n * sizeof(T) >= kHugePage) {
            std::free(p);
            return;
        }
#endif
        std::allocator<T>{}.deallocate(p, n);
    }

    template <typename U> bool operator==(const HugePageAllocator<U> &) const
    {
        return true;
    }

private:
    static std::size_t rounded(std::size_t n)
    {
        return (n * sizeof(T) + kHugePage - 1) / kHugePage * kHugePage;
    }
};

template <typename T> using LargeArray = std::vector<T, HugePageAllocator<T>>;

} // namespace ipsec
