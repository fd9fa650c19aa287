#include "netshformat.h"

#include "core/largetext.h"
#include "core/savefile.h"
#include "netshfindings.h"

#include <QFile>
#include <QFileInfo>

namespace ipsec {

namespace netsh {

ParsedExportOptions exportOptionsFrom(const FormatOptions &values)
{
    ParsedExportOptions parsed;
    ExportOptions &o = parsed.options;
    const auto invalid = [&parsed](const QString &message) {
        parsed.ok = false;
        parsed.findings << Finding{code::InvalidOptions, Severity::Error, {}, message, {}};
    };
    o.policy = values.value(QStringLiteral("policy"));
    if (values.isSet(QStringLiteral("store"))) {
        const QString store = values.value(QStringLiteral("store")).trimmed().toLower();
        if (store == u"local")
            o.store = StoreLocation::Local;
        else if (store == u"domain")
            o.store = StoreLocation::Domain;
        else
            invalid(QStringLiteral("--store takes local or domain, not \"%1\"").arg(store));
    }
    o.domain = values.value(QStringLiteral("domain"));
    if (!o.domain.isEmpty() && !o.store)
        o.store = StoreLocation::Domain;
    o.assign = values.flag(QStringLiteral("assign"));
    o.gpoName = values.value(QStringLiteral("gpo-name"));
    o.idempotent = values.flag(QStringLiteral("idempotent"));
    o.batch = values.flag(QStringLiteral("batch"));
    o.skipUnsupported = values.flag(QStringLiteral("skip-unsupported"));
    if (values.isSet(QStringLiteral("form"))) {
        if (const auto form = parseScriptForm(values.value(QStringLiteral("form"))))
            o.form = *form;
        else
            invalid(QStringLiteral("--form takes cmd or netsh-f, not \"%1\"")
                        .arg(values.value(QStringLiteral("form"))));
    }
    return parsed;
}

ImportOptions importOptionsFrom(const FormatOptions &values, const QString &fileName)
{
    ImportOptions o;
    o.encoding = values.value(QStringLiteral("encoding"));
    o.fileName = fileName;
    return o;
}

} // namespace netsh

QList<FormatDescriptor> netshFormatDescriptors()
{
    FormatDescriptor d;
    d.name = QStringLiteral("netsh");
    d.description = QStringLiteral("netsh ipsec static script (.cmd batch file or netsh -f script)");
    d.fileSuffixes = {QStringLiteral("cmd"), QStringLiteral("bat"), QStringLiteral("txt"),
                      QStringLiteral("netsh")};
    d.importOptions = {
        {QStringLiteral("encoding"),
         QStringLiteral(
             "Script encoding when it has no BOM and is not UTF-8 (e.g. GBK, windows-1252, IBM850)"),
         QStringLiteral("name"), QString()},
    };
    d.exportOptions = {
        {QStringLiteral("policy"),
         QStringLiteral("Export only this policy (name or id) and what its rules use"),
         QStringLiteral("name"), QString()},
        {QStringLiteral("store"), QStringLiteral("Policy store the script writes to: local or domain"),
         QStringLiteral("local|domain"), QString()},
        {QStringLiteral("domain"), QStringLiteral("Domain of the domain store, e.g. ipsectest.com"),
         QStringLiteral("name"), QString()},
        {QStringLiteral("assign"), QStringLiteral("Local store: assign the policy marked assigned"),
         QString(), QString()},
        {QStringLiteral("gpo-name"),
         QStringLiteral("Domain store: assign the policy marked assigned to this GPO"),
         QStringLiteral("name"), QString()},
        {QStringLiteral("idempotent"),
         QStringLiteral("Delete objects of the same names first, so the script can run again"), QString(),
         QString()},
        {QStringLiteral("batch"), QStringLiteral("Wrap the commands in set batch mode=enable/disable"),
         QString(), QString()},
        {QStringLiteral("form"), QStringLiteral("cmd (a .cmd batch file) or netsh-f (a script for netsh -f)"),
         QStringLiteral("cmd|netsh-f"), QStringLiteral("cmd")},
        {QStringLiteral("skip-unsupported"),
         QStringLiteral("Leave out what netsh cannot express, with a warning comment, instead of stopping"),
         QString(), QString()},
    };
    d.importFile = [](const QString &path, const FormatOptions &options) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ImportResult failed;
            Finding f;
            f.code = netsh::code::FileUnreadable;
            f.severity = Severity::Error;
            f.location.file = path;
            f.message = QStringLiteral("cannot read the script: %1").arg(file.errorString());
            failed.findings << f;
            return failed;
        }
        return netsh::read(readWholeFile(file), netsh::importOptionsFrom(options, QFileInfo(path).fileName()),
                           options.progress());
    };
    d.exportFile = [](const StoreData &store, const QString &path, const FormatOptions &options) {
        ExportResult result;
        const netsh::ParsedExportOptions parsed = netsh::exportOptionsFrom(options);
        result.findings = parsed.findings;
        if (!parsed.ok)
            return result;
        // Written as it is rendered, into a temporary file that replaces `path` only when the whole script
        // was written and nothing was refused (docs/formats/netsh.md, What the exporter writes).
        AtomicFileWriter file(path);
        qint64 written = 0;
        bool writeFailed = false;
        const netsh::ExportOutput out = netsh::write(store, parsed.options, [&](QByteArrayView piece) {
            writeFailed = writeFailed || !file.write(piece);
            written += piece.size();
        });
        result.findings << out.findings;
        if (!out.ok)
            return result;
        if (!options.reportProgress(written, written)) {
            result.findings << cancelledFinding(path);
            return result;
        }
        if (writeFailed || !file.commit()) {
            Finding f;
            f.code = netsh::code::FileUnreadable;
            f.severity = Severity::Error;
            f.location.file = path;
            f.message = file.error();
            result.findings << f;
            return result;
        }
        result.ok = true;
        result.writtenFiles << path;
        return result;
    };
    return {d};
}

} // namespace ipsec
