#include "hugepagemalloc.h"

#include "largearray.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

#if defined(__linux__) && defined(__GLIBC__)
#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ipsec {

namespace {
constexpr std::string_view kTunable = "glibc.malloc.hugetlb";
constexpr std::size_t kMaxHugePageHeap = std::size_t(1) << 30;
} // namespace

bool wantsHugePageMalloc(std::string_view thpMode, const char *tunables, long long largestInput)
{
    const bool madviseMode = thpMode.find("[madvise]") != std::string_view::npos;
    const bool mentioned = tunables && std::string_view(tunables).find(kTunable) != std::string_view::npos;
    return madviseMode && !mentioned && largestInput >= kLargeInputBytes;
}

std::size_t hugePageHeapFor(long long largestInput)
{
    return std::min(std::size_t(std::max(largestInput, 0LL)) * 4, kMaxHugePageHeap);
}

bool reserveHugePageHeap([[maybe_unused]] std::size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    bytes = std::min(bytes, kMaxHugePageHeap);
    // glibc's limit for the mmap threshold on 64-bit systems, and its defaults.
    constexpr int kLargestHeapBlock = 32 << 20;
    constexpr int kDefaultMmapThreshold = 128 << 10;
    constexpr int kDefaultTopPad = 128 << 10;
    // Freed memory is kept up to twice the reserve (glibc would otherwise give the reserve back at the first
    // free); the next growth asks for the reserve on top of what it needs; and a block of up to 32 MiB comes
    // from the heap, so that one just larger than the heap's free top makes it grow now.
    const int keptWhenFreed = int(std::min<std::size_t>(2 * bytes, std::numeric_limits<int>::max()));
    if (mallopt(M_TRIM_THRESHOLD, keptWhenFreed) == 0 || mallopt(M_TOP_PAD, int(bytes)) == 0 ||
        mallopt(M_MMAP_THRESHOLD, kLargestHeapBlock) == 0)
        return false;
    const std::size_t freeTop = mallinfo2().keepcost;
    char *const before = static_cast<char *>(sbrk(0));
    void *const block =
        freeTop + (64 << 10) < std::size_t(kLargestHeapBlock) ? std::malloc(freeTop + (64 << 10)) : nullptr;
    char *const after = static_cast<char *>(sbrk(0));
    const bool grown = block && after > before && std::size_t(after - before) >= bytes;
    if (grown) // the old free top too: it is where the next blocks come from
        adviseHugePages(before - freeTop, freeTop + std::size_t(after - before));
    std::free(block);
    mallopt(M_MMAP_THRESHOLD, kDefaultMmapThreshold);
    mallopt(M_TOP_PAD, kDefaultTopPad); // later growths are the usual small ones
    return grown;
#else
    return false;
#endif
}

void useHugePageHeapFor([[maybe_unused]] long long largestInput)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (largestInput < kLargeInputBytes)
        return; // the usual run: no file read for the mode
    char mode[128] = {};
    if (const int fd = open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC); fd >= 0) {
        [[maybe_unused]] const ssize_t got = read(fd, mode, sizeof mode - 1); // "always [madvise] never"
        close(fd);
    }
    if (wantsHugePageMalloc(mode, std::getenv("GLIBC_TUNABLES"), largestInput))
        reserveHugePageHeap(hugePageHeapFor(largestInput));
#endif
}

void useHugePageHeapForLargeInput([[maybe_unused]] int argc, [[maybe_unused]] char **argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    long long largest = 0;
    for (int i = 1; i < argc; ++i) {
        // An option written --name=VALUE may name the file after its '='.
        for (const char *candidate : {argv[i], std::strchr(argv[i], '=')}) {
            struct stat info;
            if (candidate && *candidate == '=')
                ++candidate;
            if (candidate && *candidate && stat(candidate, &info) == 0 && S_ISREG(info.st_mode))
                largest = std::max<long long>(largest, info.st_size);
        }
    }
    useHugePageHeapFor(largest);
#endif
}

} // namespace ipsec
