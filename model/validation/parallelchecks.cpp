#include "parallelchecks.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace ipsec::validation {

std::vector<Findings> checkEach(const StoreData &store, const ValidationOptions &options, std::size_t count,
                                const std::function<void(Context &, std::size_t)> &check, unsigned threads)
{
    std::vector<Findings> found(count);
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    // Objects are taken one at a time: their sizes differ widely (a policy of one rule, one of a thousand).
    const auto work = [&] {
        try {
            for (std::size_t i = next++; i < count; i = next++) {
                Context ctx(store, options);
                check(ctx, i);
                found[i] = ctx.sink().take();
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            next = count; // the other threads stop at their next object
        }
    };
    if (threads == 0)
        threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    const std::size_t helpers = std::min<std::size_t>(threads - 1, count > 0 ? count - 1 : 0);
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (std::size_t t = 0; t < helpers; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    return found;
}

} // namespace ipsec::validation
