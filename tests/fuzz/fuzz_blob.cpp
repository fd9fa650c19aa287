// One ipsecData blob kind (docs/formats/gpipsec.md) on arbitrary bytes: decode, read its meaning, and check
// that what was decoded is encoded so that it decodes to the same fields. Built once per kind, with
// IPSEC_FUZZ_BLOB_KIND naming it (tests/fuzz/CMakeLists.txt).
#include "formats/gpipsec/blobmapping.h"
#include "formats/gpipsec/blobs.h"
#include "fuzzsupport.h"

namespace {

using namespace ipsec;
using namespace ipsec::gpipsec;

void readMeaning(const PolicyBlob &blob, const Location &where, Findings &findings)
{
    pollingMinutesOf(blob, where, findings);
}
void readMeaning(const IsakmpBlob &blob, const Location &where, Findings &findings)
{
    ikeSettingsOf(blob, where, findings);
}
void readMeaning(const NfaBlob &blob, const Location &where, Findings &findings)
{
    nfaContentOf(blob, 0, where, findings);
}
void readMeaning(const NegotiationPolicyBlob &blob, const Location &where, Findings &findings)
{
    negotiationContentOf(blob, where, findings);
}
void readMeaning(const FilterBlob &blob, const Location &where, Findings &findings)
{
    filtersOf(blob, where, findings);
}

template <typename Blob>
void fuzzBlob(Decoded<Blob> (*decode)(const QByteArray &, const Location &), const QByteArray &bytes)
{
    Location where;
    where.file = QStringLiteral("fuzz.bin");
    const Decoded<Blob> decoded = decode(bytes, where);
    fuzz::renderFindings(decoded.findings);
    if (!decoded.value)
        return;
    Findings meaning;
    readMeaning(*decoded.value, where, meaning);
    fuzz::renderFindings(meaning);

    const QByteArray encoded = encode(*decoded.value);
    const Decoded<Blob> again = decode(encoded, where);
    FUZZ_CHECK(again.value.has_value());
    FUZZ_CHECK(encode(*again.value) == encoded);
}

} // namespace

#define IPSEC_FUZZ_CONCAT_(a, b) a##b
#define IPSEC_FUZZ_CONCAT(a, b) IPSEC_FUZZ_CONCAT_(a, b)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzBlob(&IPSEC_FUZZ_CONCAT(decode, IPSEC_FUZZ_BLOB_KIND), fuzz::inputBytes(data, size));
    return 0;
}
