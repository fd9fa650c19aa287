// The values tests write by hand: addresses from text and fixed ids, so that a test reads like the policy it
// builds and gives the same store every run.
#pragma once

#include "core/types.h"

#include <QtGlobal>

namespace ipsec::test {

inline IpAddress ip(const QString &text)
{
    const auto a = IpAddress::parse(text);
    if (!a)
        qFatal("bad test address %s", qPrintable(text));
    return *a;
}

inline IpAddress ip(const char *text)
{
    return ip(QString::fromLatin1(text));
}

// {0000nnnn-1111-4222-8333-444455556666}: the id of the n-th hand-built object.
inline QUuid fixedId(int n)
{
    return QUuid(QStringLiteral("{0000%1-1111-4222-8333-444455556666}").arg(n, 4, 10, QChar(u'0')));
}

} // namespace ipsec::test
