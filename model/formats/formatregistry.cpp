#include "formatregistry.h"

#include "formats/gpipsec/gpipsecformat.h"
#include "formats/gpo/gpoformat.h"
#include "formats/json/jsonformat.h"
#include "formats/netsh/netshformat.h"

namespace ipsec {

const QList<FormatDescriptor> &formats()
{
    // Each format folder offers its descriptors through one function (see the format's header).
    static const QList<FormatDescriptor> all = [] {
        QList<FormatDescriptor> list;
        list << jsonFormatDescriptors();
        list << netshFormatDescriptors();
        list << gpipsecFormatDescriptors();
        list << gpoFormatDescriptors();
        return list;
    }();
    return all;
}

const FormatDescriptor *findFormat(const QString &name)
{
    for (const FormatDescriptor &f : formats())
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

} // namespace ipsec
