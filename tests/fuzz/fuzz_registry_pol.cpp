// registry.pol (docs/formats/gpo.md): the PReg records, then the Windows Firewall settings below the
// firewall key. Records read are written back and read again unchanged.
#include "formats/gpo/registrypol.h"
#include "formats/gpo/wfaspolicy.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ipsec;
    const QString file = QStringLiteral("registry.pol");
    const gpo::PolReadResult pol = gpo::readRegistryPol(fuzz::inputBytes(data, size), file);
    fuzz::renderFindings(pol.findings);
    FUZZ_CHECK(pol.recordOffsets.size() == pol.records.size());
    for (const gpo::PolRecord &record : pol.records)
        FUZZ_CHECK(!gpo::describeRecord(record).isEmpty());

    const gpo::WfasDecodeResult decoded =
        gpo::decodeWfas(pol.records, gpo::kWfasBaseKey, file, &pol.recordOffsets);
    fuzz::renderFindings(decoded.findings);
    fuzz::renderFindings(gpo::validateWfas(decoded.policy, file));

    Findings writeFindings;
    const QByteArray written = gpo::writeRegistryPol(pol.records, &writeFindings);
    if (written.isEmpty())
        return 0; // the writer refused a record it cannot write (and said so)
    const gpo::PolReadResult again = gpo::readRegistryPol(written, file);
    FUZZ_CHECK(again.ok);
    FUZZ_CHECK(again.records == pol.records);
    return 0;
}
