#include "consoleinput.h"

#include <cstdio>
#include <future>
#include <iostream>
#include <string>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ipsec::cli {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::optional<QString> readStdinLineWithin(std::chrono::milliseconds timeout)
{
    // A thread, not a socket notifier: it works the same for terminals, pipes and files on every platform.
    std::packaged_task<std::optional<QString>()> task(readStdinLine);
    std::future<std::optional<QString>> answer = task.get_future();
    std::thread(std::move(task)).detach();
    if (answer.wait_for(timeout) != std::future_status::ready)
        return std::nullopt;
    return answer.get();
}

} // namespace ipsec::cli
