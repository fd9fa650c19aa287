// What `apply` and `read` share: choosing a backend of BackendRegistry (--backend ID or --dry-run), the store
// it addresses (--store local|domain, --domain D), and the backend's settings from the command line
// (--netsh PATH, --data-dir DIR for windows-netsh; --state FILE for dry-run).
#pragma once

#include "backends/backendregistry.h"
#include "command.h"

#include <memory>

namespace ipsec::cli {

class BackendCommand : public Command {
protected:
    void addBackendOptions(QCommandLineParser &parser) const;

    // The configured backend and its target; null after an error (the returned code says which:
    // UsageError for bad options or an unknown backend id, Failure for a plugin that cannot be loaded).
    std::unique_ptr<PolicyBackend> openBackend(const QCommandLineParser &parser, BackendTarget *target,
                                               int *errorCode) const;

    // "... Applying" lines on stderr.
    static Progress progressOnStderr();

private:
    // nullopt after a usage error.
    std::optional<QString> backendId(const QCommandLineParser &parser) const;
    std::optional<BackendTarget> target(const QCommandLineParser &parser) const;
    static QVariantMap settings(const QCommandLineParser &parser);
};

} // namespace ipsec::cli
