#include "commands.h"
#include "documentio.h"
#include "findingsjson.h"
#include "formats/gpo/gpobackup.h"
#include "policyexplanation.h"

#include <QFile>
#include <QFileInfo>

namespace ipsec::cli {
namespace {

using gpo::GpoBackupReview;
using gpo::GpoReviewResult;

enum class ReviewKind { GpoBackupOrWfw, RegistryPol, Store };

// A registry.pol file has no GPO around it: reviewed like a .wfw (its WFAS content, decoded and validated).
GpoReviewResult reviewRegistryPol(const QString &path)
{
    GpoReviewResult result;
    result.path = path;
    GpoBackupReview g;
    g.folder = path;
    g.isWfw = true;
    g.hasRegistryPol = true;
    g.displayName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Finding cannotOpen{QString::fromUtf16(kCannotOpenFile),
                           Severity::Error,
                           {},
                           QStringLiteral("cannot open %1: %2").arg(path, file.errorString()),
                           {}};
        cannotOpen.location.file = path;
        result.findings << cannotOpen;
        return result;
    }
    const gpo::PolReadResult pol = gpo::readRegistryPol(file.readAll(), path);
    g.findings << pol.findings;
    g.registryRecords = pol.records;
    const gpo::WfasDecodeResult decoded =
        gpo::decodeWfas(pol.records, gpo::kWfasBaseKey, path, &pol.recordOffsets);
    g.findings << decoded.findings;
    g.wfas = decoded.policy;
    g.findings << gpo::validateWfas(g.wfas, path);
    result.gpos << g;
    return result;
}

// Large backup roots take a while: "... 2 of 3 GPOs reviewed" on stderr.
void progressOnStderr(int done, int total)
{
    if (total > 1)
        err() << "... " << done << " of " << total << " GPOs reviewed" << Qt::endl;
}

bool nothingReviewed(const GpoReviewResult &review)
{
    if (review.gpos.isEmpty())
        return true;
    // A single file that could not be decoded at all.
    const GpoBackupReview &first = review.gpos.constFirst();
    return review.gpos.size() == 1 && first.isWfw && first.registryRecords.isEmpty() &&
           hasErrors(first.findings);
}

class ReviewCommand : public Command {
public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override
    {
        return QStringLiteral("Explain a GPO backup, .wfw, registry.pol, document or any importable file.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addPositionalArgument(
            QStringLiteral("PATH"),
            QStringLiteral(
                "A GPO backup root or folder, a .wfw or registry.pol file, a document, or any file "
                "an import format reads (chosen by its suffix)."));
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the review as JSON.")});
        parser.addOption(
            {QStringLiteral("from"),
             QStringLiteral("Read PATH as this import format instead of guessing from its suffix "
                            "(see '%1 formats').")
                 .arg(QLatin1StringView(kProgramName)),
             QStringLiteral("FORMAT")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("PATH")}))
            return UsageError;
        const QString path = positionals.at(0);
        const bool json = parser.isSet(QStringLiteral("json"));
        QString error;
        const FormatDescriptor *format = importFormatFor(path, parser.value(QStringLiteral("from")), &error);
        if (!format)
            return usageError(error);
        switch (kindOf(*format)) {
        case ReviewKind::GpoBackupOrWfw:
            return printGpoReview(gpo::reviewGpoPath(path, progressOnStderr), json, {});
        case ReviewKind::RegistryPol: {
            const GpoReviewResult review = reviewRegistryPol(path);
            const qsizetype records =
                review.gpos.isEmpty() ? 0 : review.gpos.constFirst().registryRecords.size();
            return printGpoReview(review, json,
                                  QStringLiteral("Registry.pol file (%1 records) ").arg(records));
        }
        case ReviewKind::Store:
            break;
        }
        Findings loadFindings;
        const std::optional<StoreData> store = loadStore(path, *format, &loadFindings);
        if (!store) {
            if (json)
                out() << QString::fromStdString(unreadableJson(path, loadFindings).dump(2)) << '\n';
            return failure(QStringLiteral("'%1' cannot be read as %2.").arg(path, format->name), UsageError);
        }
        if (json) {
            nlohmann::ordered_json j = {
                {"file", path.toStdString()}, {"format", format->name.toStdString()}, {"readable", true}};
            j.update(explainStoreJson(*store));
            out() << QString::fromStdString(j.dump(2)) << '\n';
        } else {
            out() << path << " (" << format->name << ")\n\n" << explainStore(*store);
        }
        return Success;
    }

private:
    static ReviewKind kindOf(const FormatDescriptor &format)
    {
        if (format.name == u"registry-pol")
            return ReviewKind::RegistryPol;
        if (format.name == u"gpo-backup" || format.name == u"wfw")
            return ReviewKind::GpoBackupOrWfw;
        return ReviewKind::Store;
    }

    static nlohmann::ordered_json unreadableJson(const QString &path, const Findings &findings)
    {
        nlohmann::ordered_json j = {{"file", path.toStdString()}, {"readable", false}};
        j.update(findingsReport(findings));
        return j;
    }

    // `fileHeading` replaces describeReview's "Windows Firewall export " heading of a single file that is
    // not a .wfw.
    int printGpoReview(const GpoReviewResult &review, bool json, const QString &fileHeading) const
    {
        const bool unreadable = nothingReviewed(review);
        if (json) {
            out() << QString::fromUtf8(gpo::reviewToJson(review)) << '\n';
        } else if (!unreadable) {
            QString text = gpo::describeReview(review);
            if (!fileHeading.isEmpty())
                text.replace(QStringLiteral("\nWindows Firewall export "), u'\n' + fileHeading);
            out() << text;
        }
        if (!unreadable)
            return Success;
        Findings all = review.findings;
        for (const GpoBackupReview &g : review.gpos)
            all << g.findings;
        printFindings(all);
        return failure(QStringLiteral("nothing could be reviewed in '%1'.").arg(review.path), UsageError);
    }
};

} // namespace

std::unique_ptr<Command> makeReviewCommand()
{
    return std::make_unique<ReviewCommand>();
}

} // namespace ipsec::cli
