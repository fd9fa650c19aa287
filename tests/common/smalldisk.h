// A real full disk for the tests, without harming the machine: a tiny tmpfs mounted on a temporary folder
// for the length of one test, and unmounted after it. Mounting needs root; CI runs as root, elsewhere the
// test skips (and fails under CI=true, see testdata.h).
#pragma once

#include "testdata.h"

#include <QProcess>
#include <QTemporaryDir>
#include <unistd.h>

namespace ipsec::test {

class SmallDisk {
public:
    // `bytes` of space; tmpfs rounds up to whole pages.
    explicit SmallDisk(qint64 bytes)
    {
        if (!m_dir.isValid() || ::geteuid() != 0)
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"),
                                       m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace ipsec::test

// A SmallDisk named `disk` of `bytes`, or a skip (a failure under CI=true) when it cannot be mounted.
#define IPSEC_REQUIRE_SMALL_DISK(disk, bytes)                                                                \
    ipsec::test::SmallDisk disk(bytes);                                                                      \
    if (!disk.isMounted())                                                                                   \
    IPSEC_SKIP_OUTSIDE_CI(QStringLiteral("a full disk needs a tmpfs mount, which needs root"))
