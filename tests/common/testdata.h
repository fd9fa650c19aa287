// Where the real-world test files are: ../shared/testdata beside the checkout. A newcomer's clone has no
// ../shared, so tests that need it skip with a message naming what is missing; under CI (CI=true) a missing
// file or tool is a failure, so that a green CI never hides a test that did not run (docs/testing.md).
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
// True when the environment says this is a CI run (CI=true, as GitHub Actions and our .ci/run set it).
inline bool runningInCi()
{
    return qEnvironmentVariable("CI").compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(IPSEC_SOURCE_DIR "/") + relative;
}

} // namespace ipsec::test

// Skips the current test with the given reason outside CI; fails it under CI=true, where everything a test
// needs must be there.
#define IPSEC_SKIP_OUTSIDE_CI(reason)                                                                        \
    do {                                                                                                     \
        const QString ipsecReason_ = (reason);                                                               \
        if (ipsec::test::runningInCi())                                                                      \
            QFAIL(qPrintable(QStringLiteral("CI=true, and this test cannot run: ") + ipsecReason_));         \
        QSKIP(qPrintable(ipsecReason_));                                                                     \
    } while (false)

// Skips (outside CI) or fails (CI=true) the current test when a real-world file is absent, naming it.
#define IPSEC_REQUIRE_TESTDATA(relative)                                                                     \
    do {                                                                                                     \
        if (!QFileInfo::exists(ipsec::test::testdataPath(relative)))                                         \
            IPSEC_SKIP_OUTSIDE_CI(                                                                           \
                QStringLiteral("real-world test data absent: %1 (../shared is not beside this checkout)")    \
                    .arg(ipsec::test::testdataPath(relative)));                                              \
    } while (false)
