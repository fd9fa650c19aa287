#include "partialimport.h"

#include <QStringList>

namespace ipsec {

QString PartialImport::title()
{
    return tr("Partial import");
}

QString PartialImport::question(const QString &fileName, const QList<LostItem> &lost)
{
    QStringList lines;
    for (qsizetype i = 0; i < lost.size() && i < kListed; ++i)
        lines << QStringLiteral("• ") + lost.at(i).toString();
    if (lost.size() > kListed)
        lines << tr("… and %n more", nullptr, int(lost.size() - kListed));
    return tr("Only part of %1 could be read. These objects of the file are not in the result:\n\n%2\n\n"
              "Open what was read? The document then lacks the objects listed.")
        .arg(fileName, lines.join(u'\n'));
}

} // namespace ipsec
