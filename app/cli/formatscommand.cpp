#include "commands.h"
#include "formats/formatregistry.h"

namespace ipsec::cli {
namespace {

QString optionNames(const QList<FormatOption> &options)
{
    QStringList names;
    for (const FormatOption &o : options)
        names << QStringLiteral("--") + o.name;
    return names.join(QStringLiteral(", "));
}

class FormatsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("formats"); }
    QString summary() const override { return QStringLiteral("List the formats import and export know."); }

    void configure(QCommandLineParser &, const QStringList &) override {}

    int run(const QCommandLineParser &, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {}))
            return UsageError;
        if (formats().isEmpty()) {
            out() << "no formats available\n";
            return Success;
        }
        for (const FormatDescriptor &f : formats()) {
            QStringList directions;
            if (f.importFile)
                directions << QStringLiteral("import");
            if (f.exportFile)
                directions << QStringLiteral("export");
            out() << f.name << " (" << directions.join(QStringLiteral(", ")) << "): " << f.description
                  << '\n';
            if (!f.fileSuffixes.isEmpty())
                out() << "    files: ." << f.fileSuffixes.join(QStringLiteral(", .")) << '\n';
            if (f.outputIsFolder)
                out() << "    writes a folder\n";
            if (!f.importOptions.isEmpty())
                out() << "    import options: " << optionNames(f.importOptions) << '\n';
            if (!f.exportOptions.isEmpty())
                out() << "    export options: " << optionNames(f.exportOptions) << '\n';
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeFormatsCommand()
{
    return std::make_unique<FormatsCommand>();
}

} // namespace ipsec::cli
