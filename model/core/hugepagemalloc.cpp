#include "hugepagemalloc.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ipsec {

namespace {
constexpr std::string_view kTunable = "glibc.malloc.hugetlb";
} // namespace

bool wantsHugePageMalloc(std::string_view thpMode, const char *tunables, long long largestInput)
{
    const bool madviseMode = thpMode.find("[madvise]") != std::string_view::npos;
    const bool mentioned = tunables && std::string_view(tunables).find(kTunable) != std::string_view::npos;
    return madviseMode && !mentioned && largestInput >= kLargeInputBytes;
}

void restartWithHugePageMallocForLargeInput([[maybe_unused]] int argc, [[maybe_unused]] char **argv)
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
    if (largest < kLargeInputBytes)
        return; // the usual run: no file read for the mode
    char mode[128] = {};
    if (const int fd = open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC); fd >= 0) {
        [[maybe_unused]] const ssize_t got = read(fd, mode, sizeof mode - 1); // "always [madvise] never"
        close(fd);
    }
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (!wantsHugePageMalloc(mode, tunables, largest))
        return;
    // A copy: setenv may replace the string getenv pointed to.
    const std::optional<std::string> original =
        tunables ? std::optional(std::string(tunables)) : std::nullopt;
    std::string value = original && !original->empty() ? *original + ":" : std::string();
    value += std::string(kTunable) + "=1";
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Not started again (no /proc, say): go on as before, without the tunable in the environment of the
    // processes this one starts.
    if (original)
        setenv("GLIBC_TUNABLES", original->c_str(), 1);
    else
        unsetenv("GLIBC_TUNABLES");
#endif
}

} // namespace ipsec
