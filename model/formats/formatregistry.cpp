#include "formatregistry.h"

#include "formats/gpipsec/gpipsecformat.h"
#include "formats/gpo/gpoformat.h"
#include "formats/json/jsonformat.h"
#include "formats/netsh/netshformat.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ipsec {
namespace {

// Only the designer's own document carries intents (docs/analysis.md, Intents): every other export says so
// once, with IPS-609, instead of dropping them quietly.
FormatDescriptor noteLeftOutIntents(FormatDescriptor d)
{
    if (!d.exportFile || d.name == QLatin1StringView("json"))
        return d;
    d.exportFile = [inner = d.exportFile, name = d.name](const StoreData &store, const QString &path,
                                                         const FormatOptions &options) {
        ExportResult result = inner(store, path, options);
        if (!store.intents.empty()) {
            Finding f;
            f.code = QStringLiteral("IPS-609");
            f.severity = Severity::Info;
            f.location.kind = ObjectKind::Store;
            f.location.field = QStringLiteral("intents");
            f.message =
                QStringLiteral("The %1 format does not carry intents: the document's %2 intents are left "
                               "out of the export.")
                    .arg(name)
                    .arg(store.intents.size());
            f.hint = QStringLiteral("Keep the designer document (.ipsecstore) to keep the intents.");
            result.findings << f;
        }
        return result;
    };
    return d;
}

} // namespace

const QList<FormatDescriptor> &formats()
{
    // Each format folder offers its descriptors through one function (see the format's header).
    static const QList<FormatDescriptor> all = [] {
        QList<FormatDescriptor> list;
        list << jsonFormatDescriptors();
        list << netshFormatDescriptors();
        list << gpipsecFormatDescriptors();
        list << gpoFormatDescriptors();
        for (FormatDescriptor &d : list)
            d = noteLeftOutIntents(std::move(d));
        return list;
    }();
    return all;
}

const FormatDescriptor *findFormat(const QString &name)
{
    for (const FormatDescriptor &f : formats())
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

const FormatDescriptor *detectFormat(const QString &path)
{
    const auto importable = [](const char *name) {
        const FormatDescriptor *f = findFormat(QString::fromLatin1(name));
        return f && f->importFile ? f : nullptr;
    };
    if (QFileInfo(path).isDir())
        return importable("gpo-backup");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    constexpr qint64 kHead = 64 * 1024; // enough for a script's first command after its comments
    const QByteArray head = file.read(kHead);
    if (head.startsWith("PReg"))
        return importable("registry-pol");
    if (head.startsWith("regf"))
        return importable("wfw");
    // Text: UTF-16 when it has a byte order mark (netsh and regedit write UTF-16), else UTF-8.
    QString text;
    if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff")) {
        auto decode = QStringDecoder(head.startsWith("\xff\xfe") ? QStringConverter::Utf16LE
                                                                 : QStringConverter::Utf16BE);
        text = decode(head.mid(2));
    } else {
        text = QString::fromUtf8(head);
    }
    text.remove(QChar(0xFEFF));
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{'))
        return importable("json");
    if (trimmed.startsWith(QStringLiteral("Windows Registry Editor")) ||
        trimmed.startsWith(QStringLiteral("REGEDIT4")))
        return importable("reg");
    static const QRegularExpression ldif(QStringLiteral("^dn:"),
                                         QRegularExpression::MultilineOption |
                                             QRegularExpression::CaseInsensitiveOption);
    if (ldif.match(text).hasMatch())
        return importable("ldif");
    static const QRegularExpression netsh(
        QStringLiteral(
            "\\bipsec\\s+static\\b|^\\s*(add|set|delete)\\s+(policy|filterlist|filteraction|filter|rule)\\b"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    if (netsh.match(text).hasMatch())
        return importable("netsh");
    return nullptr;
}

} // namespace ipsec
