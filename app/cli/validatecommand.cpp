#include "commands.h"
#include "documentio.h"
#include "findingsjson.h"
#include "templates/cryptobaselines.h"
#include "validation/validator.h"

namespace ipsec::cli {
namespace {

QStringList targetNames()
{
    QStringList names;
    for (Target t : {Target::Netsh, Target::IpsecData, Target::Wfas})
        names << targetName(t);
    return names;
}

class ValidateCommand : public Command {
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return QStringLiteral("Check a store. Exit code 0: no errors, 1: errors, 2: unreadable.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QStringLiteral(
                "The document to check: any importable file (its format is detected from its content)."));
        parser.addOption({QStringLiteral("from"),
                          QStringLiteral("Read FILE as this import format instead of detecting it."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the findings as JSON.")});
        parser.addOption(
            {QStringLiteral("target"),
             QStringLiteral("Also check what this export target can carry: %1. Repeat the option or "
                            "separate targets with commas.")
                 .arg(targetNames().join(QStringLiteral(", "))),
             QStringLiteral("TARGET")});
        parser.addOption({QStringLiteral("baseline"),
                          QStringLiteral("Also report what is weaker than this crypto baseline: %1.")
                              .arg(baselines::names().join(QStringLiteral(", "))),
                          QStringLiteral("NAME")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("FILE")}))
            return UsageError;
        const QString file = positionals.at(0);
        ValidationOptions options;
        for (const QString &value : parser.values(QStringLiteral("target"))) {
            for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<Target> target = targetFromName(item.trimmed());
                if (!target)
                    return usageError(QStringLiteral("unknown target '%1'; known targets: %2.")
                                          .arg(item, targetNames().join(QStringLiteral(", "))));
                if (!options.targets.contains(*target))
                    options.targets << *target;
            }
        }
        options.baseline = parser.value(QStringLiteral("baseline"));
        if (!options.baseline.isEmpty() && !baselines::find(options.baseline))
            return usageError(QStringLiteral("unknown baseline '%1'; known baselines: %2.")
                                  .arg(options.baseline, baselines::names().join(QStringLiteral(", "))));
        const bool json = parser.isSet(QStringLiteral("json"));

        Findings loadFindings;
        std::optional<StoreData> loaded =
            loadDocument(file, &loadFindings, parser.value(QStringLiteral("from")));
        if (!loaded) {
            if (json)
                printJson(file, options, false, loadFindings);
            else
                err() << kProgramName << ' ' << name() << ": '" << file << "' cannot be read." << Qt::endl;
            return UsageError;
        }
        const StoreData &store = keptUntilExit(std::move(*loaded));
        const Findings &findings = keptUntilExit(validate(store, options));
        if (json) {
            printJson(file, options, true, findings);
        } else {
            for (const Finding &f : findings)
                out() << f.toString() << '\n';
            out() << file << ": " << countOf(findings, Severity::Error) << " errors, "
                  << countOf(findings, Severity::Warning) << " warnings, "
                  << countOf(findings, Severity::Info) << " notes" << '\n';
        }
        return hasErrors(findings) ? Failure : Success;
    }

private:
    static void printJson(const QString &file, const ValidationOptions &options, bool readable,
                          const Findings &findings)
    {
        nlohmann::ordered_json targets = nlohmann::ordered_json::array();
        for (Target t : options.targets)
            targets.push_back(targetName(t).toStdString());
        nlohmann::ordered_json report = {
            {"file", file.toStdString()}, {"readable", readable}, {"targets", targets}};
        if (!options.baseline.isEmpty())
            report["baseline"] = options.baseline.toLower().toStdString();
        report.update(findingsReport(findings));
        out() << QString::fromStdString(report.dump(2)) << '\n';
    }
};

} // namespace

std::unique_ptr<Command> makeValidateCommand()
{
    return std::make_unique<ValidateCommand>();
}

} // namespace ipsec::cli
