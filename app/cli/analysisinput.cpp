#include "analysisinput.h"

#include "analysis/explain.h"
#include "documentio.h"

namespace ipsec::cli {

void addStoreArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The store: a document or any importable file."));
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("Read FILE as this import format instead of guessing from its suffix."),
                      QStringLiteral("FORMAT")});
}

std::optional<StoreData> readStoreArgument(const QString &path, const QString &fromFormat, QString *error)
{
    const FormatDescriptor *format = importFormatFor(path, fromFormat, error);
    if (!format)
        return std::nullopt;
    std::optional<StoreData> store = loadStore(path, *format);
    if (!store)
        *error = QStringLiteral("'%1' cannot be read as %2.").arg(path, format->name);
    return store;
}

nlohmann::ordered_json filterJson(const analysis::PolicyFilter &pf)
{
    return {{"rule", pf.rule->name.toStdString()},
            {"filterList", pf.filterList->name.toStdString()},
            {"filter", analysis::filterDescription(pf).toStdString()},
            {"filterId", pf.filter->id.toString(QUuid::WithoutBraces).toStdString()},
            {"filterAction", pf.action ? nlohmann::ordered_json(pf.action->name.toStdString())
                                       : nlohmann::ordered_json(nullptr)}};
}

} // namespace ipsec::cli
