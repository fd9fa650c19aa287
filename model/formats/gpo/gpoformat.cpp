#include "gpoformat.h"

namespace ipsec {

QList<FormatDescriptor> gpoFormatDescriptors()
{
    return {};
}

} // namespace ipsec
