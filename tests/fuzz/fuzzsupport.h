// What every fuzz target shares: the input as a QByteArray, a check that aborts (libFuzzer then saves the
// input as a crash), and the properties every reader promises (docs/robustness.md).
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "formats/json/jsonformat.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Aborts with the failed condition: libFuzzer reports it as a crash and keeps the input.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace ipsec::fuzz {

// A real copy (not fromRawData), as a file read gives it: NUL-terminated, owned.
inline QByteArray inputBytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Every finding is shown to the user as text: format them all, as the CLI and the window do.
inline void renderFindings(const Findings &findings)
{
    for (const Finding &finding : findings) {
        const QString text = finding.toString();
        FUZZ_CHECK(!text.isEmpty());
    }
}

// Whatever a reader accepted can be saved as a document and opened again unchanged
// (docs/file-format.md: the same store always gives the same bytes).
inline void checkSavable(const StoreData &store)
{
    const QByteArray saved = json::write(store);
    const ImportResult reopened = json::read(saved, QStringLiteral("fuzz-roundtrip.ipsecstore"));
    if (!reopened.ok)
        for (const Finding &finding : reopened.findings)
            std::fprintf(stderr, "%s\n", qPrintable(finding.toString()));
    FUZZ_CHECK(reopened.ok);
    FUZZ_CHECK(json::write(reopened.store) == saved);
}

} // namespace ipsec::fuzz
