// Tests that read through a QFile (the large-file readers): the bytes written to a file in the test's
// temporary folder, and the file opened again for reading.
#pragma once

#include <QByteArray>
#include <QFile>

namespace ipsec::test {

// False when the file cannot be written whole or opened again.
inline bool writeAndReopenForReading(QFile &file, const QByteArray &bytes)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return file.open(QIODevice::ReadOnly);
}

} // namespace ipsec::test
