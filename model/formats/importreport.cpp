#include "importreport.h"

namespace ipsec {

ImportCompleteness completenessOf(const ImportResult &result)
{
    if (!result.ok)
        return ImportCompleteness::Failed;
    return hasErrors(result.findings) ? ImportCompleteness::Partial : ImportCompleteness::Complete;
}

namespace {

QString objectOf(const Location &l)
{
    if (!l.objectPath.isEmpty())
        return l.objectPath;
    if (!l.pointer.isEmpty())
        return l.pointer;
    return QStringLiteral("the input");
}

QString placeOf(const Location &l)
{
    QString place = l.file;
    if (!place.isEmpty() && l.line > 0) {
        place += u':' + QString::number(l.line);
        if (l.column > 0)
            place += u':' + QString::number(l.column);
    }
    if (l.byteOffset >= 0)
        place += (place.isEmpty() ? QString() : QStringLiteral(", ")) +
                 QStringLiteral("byte %1").arg(l.byteOffset);
    return place;
}

} // namespace

QString LostItem::toString() const
{
    const QString at = where.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(where);
    return QStringLiteral("%1%2: %3 [%4]").arg(object, at, reason, code);
}

QList<LostItem> lostItems(const ImportResult &result)
{
    QList<LostItem> items;
    for (const Finding &f : result.findings)
        if (f.severity == Severity::Error)
            items.append({objectOf(f.location), placeOf(f.location), f.message, f.code});
    return items;
}

} // namespace ipsec
