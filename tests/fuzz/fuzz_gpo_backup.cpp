// GPMC backups as the review reads them (docs/formats/gpo.md): the input holds up to five files separated by
// kFileSeparator, in this order: Backup.xml, bkupInfo.xml, gpreport.xml,
// DomainSysvol/GPO/Machine/registry.pol and the root's manifest.xml. They are written into a backup root in
// the temporary folder (a tmpfs on Linux) and reviewed from there, as `ipsecdesigner-cli review` does.
#include "formats/gpo/gpobackup.h"
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

using namespace ipsec;

constexpr char kFileSeparator[] = "\n<!--fuzz-next-file-->\n";
const QString kBackupId = QStringLiteral("{3AD8D9F1-7CD7-4A0B-955A-8BBB76E51E23}");
const QStringList kFiles = {
    QStringLiteral("Backup.xml"), QStringLiteral("bkupInfo.xml"), QStringLiteral("gpreport.xml"),
    QStringLiteral("DomainSysvol/GPO/Machine/registry.pol"), QStringLiteral("../manifest.xml")};

QString backupRoot()
{
    static const QString root =
        QDir::tempPath() + QStringLiteral("/ipsec-fuzz-gpo-%1").arg(QCoreApplication::applicationPid());
    return root;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly));
    FUZZ_CHECK(file.write(bytes) == bytes.size());
}

void review(const QString &path)
{
    const gpo::GpoReviewResult result = gpo::reviewGpoPath(path);
    fuzz::renderFindings(result.findings);
    for (const gpo::GpoBackupReview &gpo : result.gpos) {
        fuzz::renderFindings(gpo.findings);
        gpo.summary();
    }
    FUZZ_CHECK(!gpo::describeReview(result).isEmpty());
    FUZZ_CHECK(!gpo::reviewToJson(result).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::inputBytes(data, size);
    const QString root = backupRoot();
    const QString folder = root + QLatin1Char('/') + kBackupId;
    QDir(root).removeRecursively();
    QDir().mkpath(folder);

    qsizetype start = 0;
    const qsizetype separatorSize = qsizetype(sizeof kFileSeparator) - 1;
    for (qsizetype part = 0; part < kFiles.size() && start <= input.size(); ++part) {
        qsizetype end = input.indexOf(kFileSeparator, start);
        if (end < 0)
            end = input.size();
        writeFile(QDir::cleanPath(folder + QLatin1Char('/') + kFiles[part]), input.mid(start, end - start));
        start = end + separatorSize;
    }

    review(folder);
    if (QFile::exists(root + QStringLiteral("/manifest.xml")))
        review(root);
    return 0;
}
