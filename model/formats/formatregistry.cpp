#include "formatregistry.h"

#ifdef HAVE_IPSEC_FORMAT_JSON
#include "formats/json/jsonformat.h"
#endif
#ifdef HAVE_IPSEC_FORMAT_NETSH
#include "formats/netsh/netshformat.h"
#endif
#ifdef HAVE_IPSEC_FORMAT_GPIPSEC
#include "formats/gpipsec/gpipsecformat.h"
#endif
#ifdef HAVE_IPSEC_FORMAT_GPO
#include "formats/gpo/gpoformat.h"
#endif

namespace ipsec {

const QList<FormatDescriptor> &formats()
{
    // Each format folder offers its descriptors through one function (see the format's header).
    static const QList<FormatDescriptor> all = [] {
        QList<FormatDescriptor> list;
#ifdef HAVE_IPSEC_FORMAT_JSON
        list << jsonFormatDescriptors();
#endif
#ifdef HAVE_IPSEC_FORMAT_NETSH
        list << netshFormatDescriptors();
#endif
#ifdef HAVE_IPSEC_FORMAT_GPIPSEC
        list << gpipsecFormatDescriptors();
#endif
#ifdef HAVE_IPSEC_FORMAT_GPO
        list << gpoFormatDescriptors();
#endif
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
