#include "analysis/storediff.h"
#include "commands.h"
#include "documentio.h"
#include "findingsjson.h"

namespace ipsec::cli {
namespace {

using analysis::ChangeKind;
using analysis::StoreDiff;

QString changeName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

nlohmann::ordered_json diffJson(const QString &before, const QString &after, const StoreDiff &diff)
{
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const analysis::ObjectChange &c : diff.changes) {
        nlohmann::ordered_json fields = nlohmann::ordered_json::array();
        for (const analysis::FieldChange &f : c.fields)
            fields.push_back({{"field", f.field.toStdString()},
                              {"before", f.before.toStdString()},
                              {"after", f.after.toStdString()}});
        changes.push_back({{"change", changeName(c.change).toStdString()},
                           {"kind", objectKindName(c.kind).toStdString()},
                           {"id", c.id.toString().toStdString()},
                           {"path", c.path.toStdString()},
                           {"matchedByName", c.matchedByName},
                           {"fields", fields}});
    }
    return {{"before", before.toStdString()},
            {"after", after.toStdString()},
            {"equal", diff.isEmpty()},
            {"added", diff.count(ChangeKind::Added)},
            {"removed", diff.count(ChangeKind::Removed)},
            {"changed", diff.count(ChangeKind::Changed)},
            {"changes", changes}};
}

class DiffCommand : public Command {
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override
    {
        return QStringLiteral("Compare two stores object by object. Exit code 0: equal, 1: different.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addPositionalArgument(QStringLiteral("A"),
                                     QStringLiteral("The older store: a document or any importable file."));
        parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The newer store."));
        parser.addOption({QStringLiteral("from"),
                          QStringLiteral("Read both as this import format instead of guessing from their "
                                         "suffixes (see '%1 formats').")
                              .arg(QLatin1StringView(kProgramName)),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the differences as JSON.")});
        parser.addOption({QStringLiteral("html"), QStringLiteral("Print the differences as an HTML page.")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("A"), QStringLiteral("B")}))
            return UsageError;
        std::optional<StoreData> stores[2];
        for (int i = 0; i < 2; ++i) {
            const QString &path = positionals.at(i);
            QString error;
            const FormatDescriptor *format =
                importFormatFor(path, parser.value(QStringLiteral("from")), &error);
            if (!format)
                return usageError(error);
            stores[i] = loadStore(path, *format);
            if (!stores[i])
                return failure(QStringLiteral("'%1' cannot be read as %2.").arg(path, format->name),
                               UsageError);
        }
        const StoreDiff diff = analysis::diffStores(*stores[0], *stores[1]);
        if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("html")))
            return usageError(QStringLiteral("--json and --html exclude each other."));
        if (parser.isSet(QStringLiteral("html")))
            out() << analysis::renderDiffHtml(diff, positionals.at(0), positionals.at(1));
        else if (parser.isSet(QStringLiteral("json")))
            out() << QString::fromStdString(diffJson(positionals.at(0), positionals.at(1), diff).dump(2))
                  << '\n';
        else
            out() << analysis::renderDiff(diff) << '\n';
        return diff.isEmpty() ? Success : Failure;
    }
};

} // namespace

std::unique_ptr<Command> makeDiffCommand()
{
    return std::make_unique<DiffCommand>();
}

} // namespace ipsec::cli
