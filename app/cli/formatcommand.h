// What `import --from FORMAT` and `export --to FORMAT` share: choosing a format of the registry and offering
// its own options on the command line.
#pragma once

#include "command.h"
#include "formats/format.h"

namespace ipsec::cli {

class FormatCommand : public Command {
protected:
    enum class Direction { Import, Export };
    explicit FormatCommand(Direction direction) : m_direction(direction) {}

    // Adds --from or --to and, when the raw arguments already name a known format, that format's options.
    void addFormatSelection(QCommandLineParser &parser, const QStringList &arguments) const;
    // The chosen format; nullptr after a usage error (missing, unknown, or unable to go this direction).
    const FormatDescriptor *selectedFormat(const QCommandLineParser &parser) const;
    FormatOptions selectedOptions(const QCommandLineParser &parser, const FormatDescriptor &format) const;

private:
    QString selectorOption() const; // "from" or "to"
    const QList<FormatOption> &optionsOf(const FormatDescriptor &format) const;
    bool canUse(const FormatDescriptor &format) const;
    QStringList usableFormatNames() const;

    Direction m_direction;
};

} // namespace ipsec::cli
