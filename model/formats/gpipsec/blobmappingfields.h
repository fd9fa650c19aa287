// What the blob writers (blobmappingwrite.cpp) and readers (blobmappingread.cpp) share: the location of a
// finding about one field of a blob, and the finding itself.
#pragma once

#include "core/finding.h"
#include "gpipsecfindings.h"

#include <QString>

namespace ipsec::gpipsec {

inline Location withField(const Location &where, const QString &field)
{
    Location l = where;
    l.field = field;
    return l;
}

inline void report(Findings &findings, const char *findingCode, Severity severity, const Location &where,
                   const QString &field, const QString &message, const QString &hint = {})
{
    findings.append(makeFinding(findingCode, severity, withField(where, field), message, hint));
}

inline QString filterField(qsizetype index)
{
    return QStringLiteral("filters[%1]").arg(index);
}

} // namespace ipsec::gpipsec
