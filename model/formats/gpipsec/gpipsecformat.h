// The directory (LDIF) and local registry (.reg) forms of a store, as formats of the CLI and the GUI.
//
// Building blocks, for other formats and the backends: blobs.h (the ipsecData codec), blobmapping.h (model ↔
// blob fields), storedobjects.h (store ↔ objects with references), ldifformat.h and regformat.h.
#pragma once

#include "formats/format.h"

#include <QList>

namespace ipsec {

// "ldif" (export options domain, gpo-dn, include-builtin) and "reg" (export option when-changed).
QList<FormatDescriptor> gpipsecFormatDescriptors();

} // namespace ipsec
