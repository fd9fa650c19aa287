#include "gpipsecformat.h"

#include "core/largetext.h"
#include "core/savefile.h"
#include "gpipsecfindings.h"
#include "ldifformat.h"
#include "regformat.h"

#include <QFile>

namespace ipsec {

namespace {

using namespace gpipsec;

constexpr qint64 kMaxInputBytes = 512LL * 1024 * 1024; // far above any real store; refuses a wrong file early

// LDIF is read whole; a .reg file a chunk at a time (regfile.h).
StoreImport readLdifFile(QFile &file, const QString &path)
{
    return readLdif(readWholeFile(file), path);
}

StoreImport readRegFile(QFile &file, const QString &path)
{
    return readReg(file, path);
}

ImportResult importWith(const QString &path, StoreImport (*read)(QFile &, const QString &))
{
    ImportResult result;
    QFile file(path);
    Location where;
    where.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        result.findings.append(
            makeFinding(code::FileIo, Severity::Error, where,
                        QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        return result;
    }
    if (file.size() > kMaxInputBytes) {
        result.findings.append(makeFinding(
            code::FileIo, Severity::Error, where,
            QStringLiteral("%1 is %2 bytes; larger than any policy store").arg(path).arg(file.size())));
        return result;
    }
    StoreImport read_ = read(file, path);
    result.ok = read_.ok;
    result.store = std::move(read_.store);
    result.findings = std::move(read_.findings);
    return result;
}

ExportResult writeFile(const QString &path, bool ok, const QByteArray &bytes, Findings findings,
                       const FormatOptions &options)
{
    ExportResult result;
    result.findings = std::move(findings);
    if (!ok)
        return result;
    if (!options.reportProgress(bytes.size(), bytes.size())) {
        result.findings << cancelledFinding(path);
        return result;
    }
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        Location where;
        where.file = path;
        result.findings.append(makeFinding(code::FileIo, Severity::Error, where, error));
        return result;
    }
    result.ok = true;
    result.writtenFiles << path;
    return result;
}

} // namespace

QList<FormatDescriptor> gpipsecFormatDescriptors()
{
    FormatDescriptor ldif;
    ldif.name = QStringLiteral("ldif");
    ldif.description =
        QStringLiteral("Active Directory objects of the IP Security container (MS-GPIPSEC), as LDIF "
                       "for ldifde");
    ldif.fileSuffixes = {QStringLiteral("ldf"), QStringLiteral("ldif")};
    ldif.exportOptions = {
        {QStringLiteral("domain"),
         QStringLiteral("The domain to write the objects for (ipsectest.com or "
                        "DC=ipsectest,DC=com); default: the store's domain"),
         QStringLiteral("DOMAIN"),
         {}},
        {QStringLiteral("gpo-dn"),
         QStringLiteral("Also assign the store's assigned policy to this GPO "
                        "(CN={GUID},CN=Policies,CN=System,DC=...)"),
         QStringLiteral("DN"),
         {}},
        {QStringLiteral("include-builtin"),
         QStringLiteral("Write Windows' built-in IPsec objects even when "
                        "unchanged"),
         {},
         {}},
    };
    ldif.importFile = [](const QString &path, const FormatOptions &) {
        return importWith(path, &readLdifFile);
    };
    ldif.exportFile = [](const StoreData &store, const QString &path, const FormatOptions &options) {
        LdifExportOptions o;
        o.domain = options.value(QStringLiteral("domain"));
        o.gpoDn = options.value(QStringLiteral("gpo-dn"));
        o.includeBuiltin = options.flag(QStringLiteral("include-builtin"));
        LdifExportResult r = writeLdif(store, o);
        return writeFile(path, r.ok, r.ldif, std::move(r.findings), options);
    };

    FormatDescriptor reg;
    reg.name = QStringLiteral("reg");
    reg.description =
        QStringLiteral("The local IPsec policy store (HKLM\\...\\IPSec\\Policy\\Local) as a .reg file "
                       "for reg import");
    reg.fileSuffixes = {QStringLiteral("reg")};
    reg.exportOptions = {
        {QStringLiteral("when-changed"),
         QStringLiteral("The whenChanged time of every object, in Unix seconds "
                        "(default: now)"),
         QStringLiteral("SECONDS"),
         {}},
    };
    reg.importFile = [](const QString &path, const FormatOptions &) {
        return importWith(path, &readRegFile);
    };
    reg.exportFile = [](const StoreData &store, const QString &path, const FormatOptions &options) {
        RegExportOptions o;
        if (options.isSet(QStringLiteral("when-changed"))) {
            bool ok = false;
            const uint seconds = options.value(QStringLiteral("when-changed")).toUInt(&ok);
            if (!ok)
                return writeFile(path, false, {},
                                 {makeFinding(code::BadOption, Severity::Error, {},
                                              QStringLiteral("--when-changed needs Unix seconds"))},
                                 options);
            o.whenChanged = seconds;
        }
        RegExportResult r = writeReg(store, o);
        return writeFile(path, r.ok, r.reg, std::move(r.findings), options);
    };
    return {ldif, reg};
}

} // namespace ipsec
