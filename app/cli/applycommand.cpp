#include "backendcommand.h"
#include "backends/applyworkflow.h"
#include "backends/netshplan.h"
#include "commands.h"
#include "consoleinput.h"
#include "documentio.h"

namespace ipsec::cli {
namespace {

const QString kKeepWord = QStringLiteral("keep");

void printPlan(const ApplyPlan &plan)
{
    out() << "Plan (" << plan.steps.size() << " step(s)):\n";
    int n = 0;
    for (const PlannedStep &s : plan.steps) {
        out() << QStringLiteral("%1. ").arg(++n, 3) << s.description << '\n';
        if (!s.command.isEmpty() &&
            !s.command.endsWith(s.description)) // the description often is the command
            out() << "       " << s.command << '\n';
    }
}

void printScript(const ApplyPlan &plan)
{
    const QString shown = scriptForDisplay(plan); // keys masked
    out() << "Script:\n" << shown;
    if (!shown.endsWith(u'\n'))
        out() << '\n';
}

class ApplyCommand : public BackendCommand {
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Apply a store to a system through a backend, with backup, verify and rollback.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document to apply."));
        addBackendOptions(parser);
        parser.addOption({QStringLiteral("yes"),
                          QStringLiteral("Apply without asking (the plan and the lock-out report are still "
                                         "printed).")});
        parser.addOption({QStringLiteral("confirm-within"),
                          QStringLiteral("Arm the automatic rollback: unless 'keep' is typed within MINUTES "
                                         "after the apply, the backup is restored."),
                          QStringLiteral("MINUTES")});
        QCommandLineOption seconds(QStringLiteral("confirm-timeout-seconds"),
                                   QStringLiteral("(tests) The --confirm-within wait in seconds."),
                                   QStringLiteral("S"));
        seconds.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(seconds);
        parser.addOption(
            {QStringLiteral("plan-only"), QStringLiteral("Print the plan and the script, change nothing.")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("FILE")}))
            return UsageError;
        ApplyRequest request;
        if (!readConfirmation(parser, &request))
            return UsageError;
        int code = Success;
        const std::unique_ptr<PolicyBackend> backend = openBackend(parser, &request.target, &code);
        if (!backend)
            return code;
        std::optional<StoreData> store = loadDocument(positionals.at(0));
        if (!store)
            return failure(QStringLiteral("'%1' cannot be read.").arg(positionals.at(0)), UsageError);
        request.store = std::move(*store);

        if (parser.isSet(QStringLiteral("plan-only"))) {
            const ApplyPlan plan = backend->plan(request.store, request.target);
            printPlan(plan);
            printScript(plan);
            printFindings(plan.findings);
            return hasErrors(plan.findings) ? Failure : Success;
        }

        const bool assumeYes = parser.isSet(QStringLiteral("yes"));
        ApplyCallbacks callbacks;
        callbacks.confirmApply = [this, assumeYes](const ApplyPlan &plan, const LockoutReport &lockout) {
            return confirmApply(plan, lockout, assumeYes);
        };
        callbacks.confirmKeep = [this](int minutes) { return confirmKeep(minutes); };
        Progress progress = progressOnStderr();
        const ApplyReport report = runApply(*backend, request, callbacks, progress);
        printReport(report);
        return report.succeeded() ? Success : Failure;
    }

private:
    bool readConfirmation(const QCommandLineParser &parser, ApplyRequest *request)
    {
        if (parser.isSet(QStringLiteral("confirm-within"))) {
            bool ok = false;
            request->confirmWithinMinutes = parser.value(QStringLiteral("confirm-within")).toInt(&ok);
            if (!ok || request->confirmWithinMinutes < 1) {
                usageError(QStringLiteral("--confirm-within needs a number of minutes (1 or more)."));
                return false;
            }
            request->armAutoRollback = true;
        }
        m_keepTimeout = std::chrono::minutes(request->confirmWithinMinutes);
        if (parser.isSet(QStringLiteral("confirm-timeout-seconds"))) {
            bool ok = false;
            const int s = parser.value(QStringLiteral("confirm-timeout-seconds")).toInt(&ok);
            if (!ok || s < 0) {
                usageError(QStringLiteral("--confirm-timeout-seconds needs a number of seconds."));
                return false;
            }
            m_keepTimeout = std::chrono::seconds(s);
        }
        return true;
    }

    bool confirmApply(const ApplyPlan &plan, const LockoutReport &lockout, bool assumeYes) const
    {
        printPlan(plan);
        out() << '\n' << lockout.toText() << '\n';
        if (assumeYes)
            return true;
        if (!stdinIsTerminal()) {
            out().flush();
            failure(QStringLiteral("nobody can confirm the apply: stdin is not a terminal. Review the plan "
                                   "and pass --yes to apply without asking."));
            return false;
        }
        out() << "Apply? [y/N] ";
        out().flush();
        const std::optional<QString> answer = readStdinLine();
        const QString a = answer.value_or(QString()).trimmed().toLower();
        return a == u"y" || a == u"yes";
    }

    bool confirmKeep(int minutes) const
    {
        out() << QStringLiteral("Type '%1' within %2 minute(s) to keep the policy; otherwise it is rolled "
                                "back: ")
                     .arg(kKeepWord)
                     .arg(minutes);
        out().flush();
        const std::optional<QString> answer = readStdinLineWithin(m_keepTimeout);
        out() << '\n';
        return answer && answer->trimmed().compare(kKeepWord, Qt::CaseInsensitive) == 0;
    }

    static void printReport(const ApplyReport &report)
    {
        printFindings(report.findings);
        out() << "Outcome: " << outcomeName(report.outcome) << '\n';
        if (!report.failedStep.isEmpty())
            out() << "Failed step: " << report.failedStep << '\n';
        if (report.backup)
            out() << "Backup: " << report.backup->id << '\n';
    }

    std::chrono::milliseconds m_keepTimeout{0};
};

} // namespace

std::unique_ptr<Command> makeApplyCommand()
{
    return std::make_unique<ApplyCommand>();
}

} // namespace ipsec::cli
