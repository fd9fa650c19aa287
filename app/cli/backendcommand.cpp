#include "backendcommand.h"

namespace ipsec::cli {
namespace {

const QString kDryRunId = QStringLiteral("dry-run");

// Command-line option → the backend setting it fills (docs/backends.md). Backends ignore keys they do not
// know, so every given setting is passed to whichever backend is chosen.
struct SettingOption {
    const char16_t *option;
    const char16_t *valueName;
    const char16_t *setting;
    const char16_t *description;
};
constexpr SettingOption kSettingOptions[] = {
    {u"netsh", u"PATH", u"netsh", u"[windows-netsh] The netsh program to run (off Windows: required)."},
    {u"data-dir", u"DIR", u"dataDir", u"[windows-netsh] Where backups and scripts are kept."},
    {u"state", u"FILE", u"stateFile",
     u"[dry-run] A document that keeps the dry-run system's store between runs."},
};

} // namespace

void BackendCommand::addBackendOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("backend"),
         QStringLiteral("The backend to use (see '%1 backends').").arg(QLatin1StringView(kProgramName)),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("The same as --backend dry-run.")});
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("The store to address: local (default) or domain."),
                      QStringLiteral("local|domain")});
    parser.addOption({QStringLiteral("domain"),
                      QStringLiteral("The domain of the domain store (default: the computer's domain); "
                                     "implies --store domain."),
                      QStringLiteral("D")});
    for (const SettingOption &s : kSettingOptions)
        parser.addOption({QString::fromUtf16(s.option), QString::fromUtf16(s.description),
                          QString::fromUtf16(s.valueName)});
}

std::optional<QString> BackendCommand::backendId(const QCommandLineParser &parser) const
{
    const QString given = parser.value(QStringLiteral("backend"));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        if (!given.isEmpty() && given != kDryRunId) {
            usageError(QStringLiteral("--dry-run and --backend %1 contradict each other.").arg(given));
            return std::nullopt;
        }
        return kDryRunId;
    }
    if (given.isEmpty()) {
        usageError(QStringLiteral("the option --backend is required (or --dry-run)."));
        return std::nullopt;
    }
    return given;
}

std::optional<BackendTarget> BackendCommand::target(const QCommandLineParser &parser) const
{
    BackendTarget t;
    t.domain = parser.value(QStringLiteral("domain"));
    const QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty()) {
        t.location = t.domain.isEmpty() ? StoreLocation::Local : StoreLocation::Domain;
    } else if (store == u"local") {
        if (!t.domain.isEmpty()) {
            usageError(QStringLiteral("--domain needs --store domain, not --store local."));
            return std::nullopt;
        }
        t.location = StoreLocation::Local;
    } else if (store == u"domain") {
        t.location = StoreLocation::Domain;
    } else {
        usageError(QStringLiteral("unknown store '%1'; use local or domain.").arg(store));
        return std::nullopt;
    }
    return t;
}

QVariantMap BackendCommand::settings(const QCommandLineParser &parser)
{
    QVariantMap map;
    for (const SettingOption &s : kSettingOptions)
        if (parser.isSet(QString::fromUtf16(s.option)))
            map.insert(QString::fromUtf16(s.setting), parser.value(QString::fromUtf16(s.option)));
    return map;
}

std::unique_ptr<PolicyBackend> BackendCommand::openBackend(const QCommandLineParser &parser,
                                                           BackendTarget *targetOut, int *errorCode) const
{
    *errorCode = UsageError;
    const std::optional<QString> id = backendId(parser);
    if (!id)
        return nullptr;
    const std::optional<BackendTarget> t = target(parser);
    if (!t)
        return nullptr;
    const BackendRegistry registry;
    if (!registry.find(*id)) {
        QStringList known;
        for (const BackendEntry &e : registry.entries())
            known << e.info.id;
        usageError(QStringLiteral("unknown backend '%1'; known: %2 (see '%3 backends').")
                       .arg(*id, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", ")),
                            QLatin1StringView(kProgramName)));
        return nullptr;
    }
    QString why;
    std::unique_ptr<PolicyBackend> backend = registry.create(*id, &why);
    if (!backend) {
        *errorCode = failure(QStringLiteral("the backend '%1' cannot be loaded: %2").arg(*id, why));
        return nullptr;
    }
    backend->configure(settings(parser));
    *targetOut = *t;
    *errorCode = Success;
    return backend;
}

Progress BackendCommand::progressOnStderr()
{
    // Without the percentage: the workflow's steps and the backend's own sub-steps each count to 100.
    return Progress([](int, const QString &message) { err() << "... " << message << Qt::endl; });
}

} // namespace ipsec::cli
