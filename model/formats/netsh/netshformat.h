// The netsh format for the CLI and the GUI: `import --from netsh SCRIPT` and `export --to netsh FILE`.
#pragma once

#include "formats/format.h"
#include "netshexport.h"
#include "netshimport.h"

#include <QList>

namespace ipsec {

// The descriptor named "netsh" with its options (see docs/formats/netsh.md).
QList<FormatDescriptor> netshFormatDescriptors();

namespace netsh {
// The CLI's option values as the exporter's and importer's options; problems (an unknown --store or
// --form value) become findings and leave `ok` false.
struct ParsedExportOptions {
    bool ok = true;
    ExportOptions options;
    Findings findings;
};
ParsedExportOptions exportOptionsFrom(const FormatOptions &values);
ImportOptions importOptionsFrom(const FormatOptions &values, const QString &fileName);
} // namespace netsh

} // namespace ipsec
