// Where the real-world test files are: ../shared/testdata beside the checkout. A newcomer's clone has no
// ../shared, so tests that need it skip with a message naming what is missing.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace ipsec::test {

inline QString sharedDir()
{
    return QDir::cleanPath(QStringLiteral(IPSEC_SHARED_DIR));
}
inline QString testdataPath(const QString &relative)
{
    return sharedDir() + QStringLiteral("/testdata/") + relative;
}
inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(IPSEC_SOURCE_DIR "/") + relative;
}

} // namespace ipsec::test

// Skips the current test when a real-world file is absent, naming it.
#define IPSEC_REQUIRE_TESTDATA(relative)                                                                     \
    do {                                                                                                     \
        if (!QFileInfo::exists(ipsec::test::testdataPath(relative)))                                         \
            QSKIP(qPrintable(                                                                                \
                QStringLiteral("real-world test data absent: %1 (../shared is not beside this checkout)")    \
                    .arg(ipsec::test::testdataPath(relative))));                                             \
    } while (false)
