// .wfw Windows Firewall exports (docs/formats/gpo.md): libhivex opens files only, so each input is written
// to one in-memory file (memfd) that the reader opens by its /proc path.
#include "formats/gpo/wfwreader.h"
#include "fuzzsupport.h"

#include <sys/mman.h>
#include <unistd.h>

namespace {

int memoryFile()
{
    static const int fd = memfd_create("fuzz.wfw", 0);
    FUZZ_CHECK(fd >= 0);
    return fd;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ipsec;
    const int fd = memoryFile();
    FUZZ_CHECK(ftruncate(fd, 0) == 0);
    FUZZ_CHECK(pwrite(fd, data, size, 0) == ssize_t(size));
    const QString path = QStringLiteral("/proc/self/fd/%1").arg(fd);

    const gpo::WfwReadResult result = gpo::readWfwFile(path);
    fuzz::renderFindings(result.findings);
    if (!result.ok)
        return 0;
    for (const gpo::PolRecord &record : result.records)
        FUZZ_CHECK(!gpo::describeRecord(record).isEmpty());
    fuzz::renderFindings(gpo::validateWfas(result.policy, path));
    return 0;
}
