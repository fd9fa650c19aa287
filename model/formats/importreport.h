// Whether an import read everything, and what it lost: the one answer the CLI's `import` (exit code,
// --partial) and the window's import dialog give (docs/cli.md, "import"; docs/findings.md, "Honest imports").
//
// The rule: an import is complete when it read something (ImportResult::ok) and raised no error finding.
// Every importer reports with an error each thing of the input that is not in its result as the input has
// it (an object that does not decode, a command that takes no effect, a rule left out because its filter
// list or action was lost, IPS-920); warnings and notes are about details carried with a loss the model
// cannot avoid, never about whole objects.
#pragma once

#include "formats/format.h"

#include <QList>
#include <QString>

namespace ipsec {

enum class ImportCompleteness : std::uint8_t {
    Complete, // every object of the input was read
    Partial,  // something was read, something was lost (lostItems says what)
    Failed,   // nothing usable was read
};

ImportCompleteness completenessOf(const ImportResult &result);

// One thing the import lost: which object, where in the input, and why.
struct LostItem {
    QString object; // "Policy 'P' / Rule 'R'", "filter list {GUID}", or "the input" when no object is named
    QString where;  // "file.ldf:12", "file.reg, byte 40", or empty
    QString reason; // the finding's message
    QString code;   // the finding's code

    QString toString() const; // "object (where): reason [code]"
};

// The error findings of an import as lost items, in the order they were reported.
QList<LostItem> lostItems(const ImportResult &result);

} // namespace ipsec
