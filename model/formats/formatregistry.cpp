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

const QList<FormatDescriptor> &formats()
{
    // Each format folder offers its descriptors through one function (see the format's header).
    static const QList<FormatDescriptor> all = [] {
        QList<FormatDescriptor> list;
        list << jsonFormatDescriptors();
        list << netshFormatDescriptors();
        list << gpipsecFormatDescriptors();
        list << gpoFormatDescriptors();
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
