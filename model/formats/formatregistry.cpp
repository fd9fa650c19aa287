#include "formatregistry.h"

#include "formats/gpipsec/gpipsecformat.h"
#include "formats/gpo/gpoformat.h"
#include "formats/json/jsonformat.h"
#include "formats/netsh/netshformat.h"

namespace ipsec {
namespace {

// Only the designer's own document carries intents (docs/analysis.md, Intents): every other export says so
// once, with IPS-609, instead of dropping them quietly.
FormatDescriptor noteLeftOutIntents(FormatDescriptor d)
{
    if (!d.exportFile || d.name == QLatin1StringView("json"))
        return d;
    d.exportFile = [inner = d.exportFile, name = d.name](const StoreData &store, const QString &path,
                                                         const FormatOptions &options) {
        ExportResult result = inner(store, path, options);
        if (!store.intents.empty()) {
            Finding f;
            f.code = QStringLiteral("IPS-609");
            f.severity = Severity::Info;
            f.location.kind = ObjectKind::Store;
            f.location.field = QStringLiteral("intents");
            f.message =
                QStringLiteral("The %1 format does not carry intents: the document's %2 intents are left "
                               "out of the export.")
                    .arg(name)
                    .arg(store.intents.size());
            f.hint = QStringLiteral("Keep the designer document (.ipsecstore) to keep the intents.");
            result.findings << f;
        }
        return result;
    };
    return d;
}

} // namespace

const QList<FormatDescriptor> &formats()
{
    // Each format folder offers its descriptors through one function (see the format's header).
    static const QList<FormatDescriptor> all = [] {
        QList<FormatDescriptor> list;
        list << jsonFormatDescriptors();
        list << netshFormatDescriptors();
        list << gpipsecFormatDescriptors();
        list << gpoFormatDescriptors();
        for (FormatDescriptor &d : list)
            d = noteLeftOutIntents(std::move(d));
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
