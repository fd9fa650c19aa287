#include "icowriter.h"

#include "core/savefile.h"

#include <QBuffer>
#include <QDataStream>

namespace ipsec {

QByteArray icoBytes(const std::vector<QImage> &images, QString *error)
{
    std::vector<QByteArray> pngs;
    for (const QImage &image : images) {
        if (image.width() != image.height() || image.width() < 1 || image.width() > 256) {
            *error = QStringLiteral("an icon image must be square and 1 to 256 px, not %1x%2")
                         .arg(image.width())
                         .arg(image.height());
            return {};
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            *error = QStringLiteral("cannot encode a %1 px image as PNG").arg(image.width());
            return {};
        }
        pngs.push_back(png);
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    // ICONDIR: reserved 0, type 1 (icon), image count; then one 16-byte ICONDIRENTRY per image.
    constexpr quint32 kHeaderSize = 6;
    constexpr quint32 kEntrySize = 16;
    out << quint16(0) << quint16(1) << quint16(pngs.size());
    quint32 offset = kHeaderSize + kEntrySize * quint32(pngs.size());
    for (std::size_t i = 0; i < pngs.size(); ++i) {
        const int size = images[i].width();
        const quint8 side = size == 256 ? 0 : quint8(size); // 0 means 256
        out << side << side << quint8(0) << quint8(0)       // width, height, palette size, reserved
            << quint16(1) << quint16(32)                    // colour planes, bits per pixel
            << quint32(pngs[i].size()) << offset;
        offset += quint32(pngs[i].size());
    }
    for (const QByteArray &png : pngs)
        out.writeRawData(png.constData(), int(png.size()));
    return bytes;
}

bool writeIco(const QString &path, const std::vector<QImage> &images, QString *error)
{
    const QByteArray bytes = icoBytes(images, error);
    if (bytes.isEmpty())
        return false;
    return writeFileAtomically(path, bytes, error);
}

} // namespace ipsec
