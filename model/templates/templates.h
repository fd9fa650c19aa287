// Ready-made stores: Windows' three default policies with their shared filter lists and filter actions, the
// reference scenario of the ExpressRoute article, and a synthetic generator for benchmarks.
#pragma once

#include "core/types.h"

#include <QList>
#include <QString>
#include <optional>

namespace ipsec {

struct TemplateInfo {
    QString name;        // what `ipsecdesigner-cli new --template NAME` takes: "client-respond-only"
    QString title;       // what the GUI shows: "Client (Respond Only)"
    QString description; // one or two sentences
};

// Every template, in a stable order.
QList<TemplateInfo> templates();

// The store of the named template (case-sensitive name), or nullopt when there is no such template.
// A template always gives the same store, GUIDs included.
std::optional<StoreData> makeTemplate(const QString &name);

// A synthetic, valid store of exactly filterCount filters (none when filterCount <= 0), spread over lists of
// 50-200 filters, one rule per list, up to 12 rules per policy, sharing a pool of filter actions. The same
// seed always gives the same store, GUIDs included.
StoreData generateStore(int filterCount, quint32 seed = 1);

} // namespace ipsec
