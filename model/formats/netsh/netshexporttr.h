// The translation context of the netsh exporter's findings: messages, hints and object paths. The script
// itself stays English (scripts are shared and run on servers). QCoreApplication::translate is thread-safe;
// without an installed translator (the CLI) the English source text comes back unchanged.
#pragma once

#include <QCoreApplication>

namespace ipsec {

struct NetshExport {
    Q_DECLARE_TR_FUNCTIONS(ipsec::NetshExport)
};

} // namespace ipsec
