// glibc's allocator on transparent huge pages for the programs' large runs. On a virtual machine a page fault
// can cost more than the work that touches the page: reading a 100,000-filter store allocates about 100 MB in
// small objects, and their first touches were a fifth to a third of an import (docs/performance.md, "The
// allocator on huge pages"). glibc does this itself when its tunable glibc.malloc.hugetlb=1 is set, but only
// reads it when a program starts; so a program given a large file starts itself again with the tunable set.
#pragma once

#include <string_view>

namespace ipsec {

// An argument naming a file at least this large makes the run a large one (a store of about 25,000 filters).
inline constexpr long long kLargeInputBytes = 8LL << 20;

// Whether to start again: the kernel's transparent huge pages are in `madvise` mode (`thpMode` is the text of
// /sys/kernel/mm/transparent_hugepage/enabled: in `always` mode the heap has them already, in `never` not at
// all), the environment's GLIBC_TUNABLES (`tunables`, may be null) does not mention glibc.malloc.hugetlb
// (so a user can turn it off with glibc.malloc.hugetlb=0, and the restarted program does not restart
// again), and `largestInput` (the largest file any argument names) is at least kLargeInputBytes.
bool wantsHugePageMalloc(std::string_view thpMode, const char *tunables, long long largestInput);

// Starts the program again, with the same arguments, and glibc.malloc.hugetlb=1 added to GLIBC_TUNABLES,
// when wantsHugePageMalloc says so for this system and these arguments. Returns when it does not (or when
// the program cannot be started again), and the program goes on as it is. Call first thing in main(). Does
// nothing but return on systems without glibc.
void restartWithHugePageMallocForLargeInput(int argc, char **argv);

} // namespace ipsec
