// The backend plugins the CLI can use, as `backends` lists them (model/backends' BackendRegistry: static
// plugins and the plugin folders).
#pragma once

#include <QList>
#include <QString>

namespace ipsec::cli {

struct BackendSummary {
    QString id;          // "dry-run"
    QString description; // name, version, platforms and capabilities, or why it cannot be loaded
};

QList<BackendSummary> availableBackends();

} // namespace ipsec::cli
