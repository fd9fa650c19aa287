// Reading the user's answers from stdin: a blocking line for "Apply? [y/N]", and a line with a deadline for
// the automatic rollback ("type 'keep' within N minutes").
#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace ipsec::cli {

// True when stdin is a terminal, i.e. someone can answer a question.
bool stdinIsTerminal();

// One line from stdin without its line break; nullopt at end of input.
std::optional<QString> readStdinLine();

// Like readStdinLine, but gives up after `timeout` (nullopt). The reading thread is left waiting for input
// when the time is up; it ends with the process.
std::optional<QString> readStdinLineWithin(std::chrono::milliseconds timeout);

} // namespace ipsec::cli
