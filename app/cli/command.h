// The frame every subcommand shares: its own QCommandLineParser with --help and --version, usage errors with
// exit code 2, and output on stdout/stderr. A command only declares its arguments and runs.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace ipsec::cli {

inline constexpr char kProgramName[] = "ipsecdesigner-cli";

// Exit codes shared by every command.
enum ExitCode : int {
    Success = 0,
    Failure = 1, // the command ran and found problems (validation errors, a refused export, a failed write)
    UsageError = 2, // bad arguments, unknown command, format or template; also "input unreadable"
};

QTextStream &out(); // stdout, UTF-8
QTextStream &err(); // stderr, UTF-8

class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the command list
    // Adds the command's options and positional arguments. `arguments` is the raw command line, for options
    // that depend on others (export --to netsh adds netsh's options).
    virtual void configure(QCommandLineParser &parser, const QStringList &arguments) = 0;
    virtual int run(const QCommandLineParser &parser, const QStringList &positionals) = 0;

    // Parses arguments (program name first, the command name already removed), answers --help and
    // --version, else runs.
    int execute(const QStringList &arguments);

protected:
    // Prints "ipsecdesigner-cli <name>: <message>" and a pointer to --help on stderr; returns UsageError.
    int usageError(const QString &message) const;
    // Prints "ipsecdesigner-cli <name>: error: <message>" on stderr; returns the code.
    int failure(const QString &message, int code = Failure) const;
    // Exactly the named positional arguments (FILE, INPUT ...): false (after a usage error) otherwise.
    bool takePositionals(const QStringList &positionals, const QStringList &names) const;
    // A required single-valued option: false (after printing a usage error) when it is missing or empty.
    bool requireOption(const QCommandLineParser &parser, const QString &option, QString *value) const;
};

// `value`, moved to where it stays until the process ends, and never freed: a command's last use of a large
// store or of its findings is followed by the exit, which returns their memory at once, where their
// destructors took tens of milliseconds for 100,000 filters (docs/performance.md, "Fifth machine, session
// 11"). A static holds them, so leak checkers count them as reachable.
template <typename T> const T &keptUntilExit(T &&value)
{
    static_assert(!std::is_lvalue_reference_v<T>, "keptUntilExit takes a value moved in, never a copy");
    static auto *kept = new std::vector<std::unique_ptr<const T>>; // never deleted, on purpose
    kept->push_back(std::make_unique<const T>(std::forward<T>(value)));
    return *kept->back();
}

// -o, --output FILE
QCommandLineOption outputOption(const QString &description);

// The parser's --help text, with "Usage: ipsecdesigner-cli <command> ..." as its first line.
QString helpText(const QCommandLineParser &parser, const QString &command);

// "ipsecdesigner-cli 0.1.0"
QString versionLine();

} // namespace ipsec::cli
