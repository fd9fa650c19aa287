// glibc's heap on transparent huge pages for the programs' large runs. On a virtual machine a page fault can
// cost more than the work that touches the page: reading a 100,000-filter store allocates about 100 MB in
// small objects, and their first touches were a fifth to a third of an import (docs/performance.md, "The
// allocator on huge pages"). glibc does this itself when its tunable glibc.malloc.hugetlb=1 is set, but
// reads it only when a program starts; so a program given a large file grows its heap once, by about what
// the run will need, and advises that range for huge pages (starting the program again with the tunable
// cost 20 ms: docs/performance.md, "Fifth machine, session 11").
#pragma once

#include <cstddef>
#include <string_view>

namespace ipsec {

// An argument naming a file at least this large makes the run a large one (a store of about 25,000 filters).
inline constexpr long long kLargeInputBytes = 8LL << 20;

// Whether to put the heap on huge pages: the kernel's transparent huge pages are in `madvise` mode
// (`thpMode` is the text of /sys/kernel/mm/transparent_hugepage/enabled: in `always` mode the heap has them
// already, in `never` not at all), the environment's GLIBC_TUNABLES (`tunables`, may be null) does not
// mention glibc.malloc.hugetlb (a user turns this off with glibc.malloc.hugetlb=0, or leaves it to glibc
// with =1), and `largestInput` (the largest file any argument names) is at least kLargeInputBytes.
bool wantsHugePageMalloc(std::string_view thpMode, const char *tunables, long long largestInput);

// The heap a run whose largest input has this size is given on huge pages: four bytes for each byte of input
// (a store takes about 2.2 times its document), at most 1 GiB. Only what is touched costs memory.
std::size_t hugePageHeapFor(long long largestInput);

// Grows glibc's main heap by about `bytes` at once and advises that range for huge pages, so that the
// allocations of the main thread land there, 2 MB to a fault; freed memory stays in the heap for reuse.
// False when the allocator is not glibc's heap (a sanitizer's, say) or the heap could not grow. Call before
// other threads start.
bool reserveHugePageHeap(std::size_t bytes);

// reserveHugePageHeap(hugePageHeapFor(largestInput)) when wantsHugePageMalloc says so for this system and an
// input of this size (what the programs do; the in-process benchmarks do the same to measure what they do).
void useHugePageHeapFor(long long largestInput);
// useHugePageHeapFor the largest file an argument names. Call first thing in main(); does nothing on systems
// without glibc.
void useHugePageHeapForLargeInput(int argc, char **argv);

} // namespace ipsec
