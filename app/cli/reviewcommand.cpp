#include "commands.h"
#include "core/savefile.h"
#include "documentio.h"
#include "findingsjson.h"
#include "formats/gpo/gpobackup.h"
#include "formats/gpo/legacytowfas.h"
#include "policyexplanation.h"
#include "review/baseline.h"
#include "review/reviewoutput.h"

#include <QFileInfo>

namespace ipsec::cli {
namespace {

using gpo::GpoBackupReview;
using gpo::GpoReviewResult;
using review::ReviewReport;

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

bool isGpoFormat(const FormatDescriptor &format)
{
    return format.name == u"registry-pol" || format.name == u"gpo-backup" || format.name == u"wfw";
}

// What a baseline sets: every GPO of a backup (merged), or a document translated to Windows Firewall
// content as `export --to gpo-backup` would write it.
std::optional<review::PolicyContent> loadBaseline(const QString &path, const FormatDescriptor &format,
                                                  Findings *findings)
{
    if (isGpoFormat(format)) {
        const GpoReviewResult read = review::readReviewPath(path);
        if (nothingReviewed(read)) {
            *findings << read.findings;
            for (const GpoBackupReview &g : read.gpos)
                *findings << g.findings;
            return std::nullopt;
        }
        QList<review::PolicyContent> contents;
        for (const GpoBackupReview &g : read.gpos)
            contents << review::decodeContent(g.wfas);
        return review::mergeContent(contents);
    }
    const std::optional<StoreData> store = loadStore(path, format, findings);
    if (!store)
        return std::nullopt;
    const gpo::WfasTranslation translated = gpo::translateToWfas(*store);
    if (!translated.ok) {
        *findings << translated.report;
        return std::nullopt;
    }
    return review::decodeContent(translated.policy);
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
        parser.addOption({QStringLiteral("html"),
                          QStringLiteral("Write the review of a GPO backup, .wfw or registry.pol as one "
                                         "self-contained HTML page (to -o FILE, else to stdout).")});
        parser.addOption(outputOption(QStringLiteral("With --html or --json: the file to write.")));
        parser.addOption({QStringLiteral("baseline"),
                          QStringLiteral("Compare the GPO content with OTHER: another backup, .wfw, "
                                         "registry.pol, or a document (translated as export --to gpo-backup "
                                         "would write it)."),
                          QStringLiteral("OTHER")});
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
        const bool html = parser.isSet(QStringLiteral("html"));
        if (json && html)
            return usageError(QStringLiteral("--json and --html exclude each other."));
        QString error;
        const FormatDescriptor *format = importFormatFor(path, parser.value(QStringLiteral("from")), &error);
        if (!format)
            return usageError(error);
        if (isGpoFormat(*format))
            return reviewGpoContent(parser, path, *format);
        if (html || parser.isSet(QStringLiteral("baseline")))
            return usageError(
                QStringLiteral("--html and --baseline review GPO backups, .wfw and registry.pol "
                               "files; '%1' is read as %2.")
                    .arg(path, format->name));
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
    static nlohmann::ordered_json unreadableJson(const QString &path, const Findings &findings)
    {
        nlohmann::ordered_json j = {{"file", path.toStdString()}, {"readable", false}};
        j.update(findingsReport(findings));
        return j;
    }

    int reviewGpoContent(const QCommandLineParser &parser, const QString &path,
                         const FormatDescriptor &format) const
    {
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool html = parser.isSet(QStringLiteral("html"));
        const QString output = parser.value(QStringLiteral("output"));
        const GpoReviewResult read = review::readReviewPath(path, progressOnStderr);
        const bool unreadable = nothingReviewed(read);
        if (unreadable) {
            if (json)
                out() << QString::fromUtf8(gpo::reviewToJson(read)) << '\n';
            Findings all = read.findings;
            for (const GpoBackupReview &g : read.gpos)
                all << g.findings;
            printFindings(all);
            return failure(QStringLiteral("nothing could be reviewed in '%1'.").arg(read.path), UsageError);
        }
        ReviewReport report = review::buildReport(read);
        if (parser.isSet(QStringLiteral("baseline"))) {
            const QString baselinePath = parser.value(QStringLiteral("baseline"));
            QString error;
            const FormatDescriptor *baselineFormat = importFormatFor(baselinePath, {}, &error);
            if (!baselineFormat)
                return usageError(error);
            Findings baselineFindings;
            const std::optional<review::PolicyContent> baseline =
                loadBaseline(baselinePath, *baselineFormat, &baselineFindings);
            if (!baseline) {
                printFindings(baselineFindings);
                return failure(QStringLiteral("the baseline '%1' cannot be read.").arg(baselinePath),
                               UsageError);
            }
            QList<review::PolicyContent> mine;
            for (const review::ReviewedGpo &g : report.gpos)
                mine << g.content;
            report.baseline = std::make_shared<review::BaselineComparison>(
                review::compareWithBaseline(review::mergeContent(mine), *baseline, baselinePath));
        }
        QByteArray bytes;
        if (html) {
            bytes = review::reportToHtml(report);
        } else if (json) {
            bytes = review::reportToJson(report);
        } else {
            QString text = review::describeReport(report);
            // A registry.pol is no .wfw: its heading says what it is.
            if (format.name == u"registry-pol")
                text.replace(QStringLiteral("\nWindows Firewall export "),
                             QStringLiteral("\nRegistry.pol file (%1 records) ")
                                 .arg(read.gpos.constFirst().registryRecords.size()));
            bytes = text.toUtf8();
        }
        if (output.isEmpty()) {
            out() << QString::fromUtf8(bytes);
            out().flush();
            return Success;
        }
        QString writeError;
        if (!writeFileAtomically(output, bytes, &writeError))
            return failure(QStringLiteral("cannot write %1: %2").arg(output, writeError));
        err() << "Wrote " << output << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeReviewCommand()
{
    return std::make_unique<ReviewCommand>();
}

} // namespace ipsec::cli
