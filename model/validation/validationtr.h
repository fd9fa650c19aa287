// The translation context of every text the validator produces: messages, hints, titles and the words of
// object paths. QCoreApplication::translate is thread-safe, so the worker thread's validation can use it;
// without an installed translator (the CLI) the English source text comes back unchanged.
#pragma once

#include <QCoreApplication>

namespace ipsec {

struct Validation {
    Q_DECLARE_TR_FUNCTIONS(ipsec::Validation)
};

} // namespace ipsec
