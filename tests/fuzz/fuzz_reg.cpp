// The local registry store as a .reg file (docs/formats/gpipsec.md): regedit syntax, the objects and their
// ipsecData blobs. The same bytes read from an open device (a chunk at a time when they are UTF-16LE) must
// read as they do from memory.
#include "formats/gpipsec/regfile.h"
#include "formats/gpipsec/regformat.h"
#include "fuzzsupport.h"

#include <QBuffer>

namespace {

void checkDeviceReadsAsMemory(QByteArray bytes)
{
    using ipsec::gpipsec::parseRegFile;
    const ipsec::gpipsec::RegParseResult fromMemory = parseRegFile(bytes);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    const ipsec::gpipsec::RegParseResult fromDevice = parseRegFile(device);
    FUZZ_CHECK(fromDevice.ok == fromMemory.ok);
    FUZZ_CHECK(fromDevice.findings.size() == fromMemory.findings.size());
    FUZZ_CHECK(fromDevice.keys.size() == fromMemory.keys.size());
    for (qsizetype k = 0; k < fromDevice.keys.size(); ++k) {
        const auto &a = fromDevice.keys[k];
        const auto &b = fromMemory.keys[k];
        FUZZ_CHECK(a.path == b.path && a.line == b.line && a.values.size() == b.values.size());
        for (qsizetype v = 0; v < a.values.size(); ++v)
            FUZZ_CHECK(a.values[v].name == b.values[v].name && a.values[v].data == b.values[v].data &&
                       a.values[v].line == b.values[v].line);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = ipsec::fuzz::inputBytes(data, size);
    const ipsec::gpipsec::StoreImport result = ipsec::gpipsec::readReg(bytes, QStringLiteral("fuzz.reg"));
    ipsec::fuzz::renderFindings(result.findings);
    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    checkDeviceReadsAsMemory(bytes);
    return 0;
}
