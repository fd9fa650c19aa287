// The GPO area's formats for the CLI and the GUI (see model/formats/formatregistry.h).
#pragma once

#include "formats/format.h"

namespace ipsec {

QList<FormatDescriptor> gpoFormatDescriptors();

} // namespace ipsec
