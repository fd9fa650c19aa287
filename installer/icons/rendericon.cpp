// Build-time tool: renders the application's one SVG icon to the PNG sizes of the freedesktop hicolor theme
// and to a Windows .ico holding the sizes Windows asks for, so that no picture drifts from the SVG
// (docs/packaging.md, Icons).
//
//   ipsec-render-icon SVG OUTDIR NAME HICOLOR_SIZES ICO_SIZES      (sizes as "16,24,32")
//
// writes OUTDIR/hicolor/<N>x<N>/apps/NAME.png for every hicolor size and OUTDIR/NAME.ico with the ICO sizes.
#include "icowriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <cstdio>

namespace {

std::vector<int> sizes(const QString &list)
{
    std::vector<int> result;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts))
        if (const int size = item.toInt(); size > 0)
            result.push_back(size);
    return result;
}

QImage render(const QString &svg, int size)
{
    // The SVG image plugin (Qt's svg module) scales the drawing itself: sharp at every size.
    QImageReader reader(svg, "svg");
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        std::fprintf(stderr, "ipsec-render-icon: cannot render %s at %d px: %s\n", qPrintable(svg), size,
                     qPrintable(reader.errorString()));
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: ipsec-render-icon SVG OUTDIR NAME HICOLOR_SIZES ICO_SIZES\n");
        return 2;
    }
    const QString svg = args.at(1);
    const QDir out(args.at(2));
    const QString name = args.at(3);
    for (const int size : sizes(args.at(4))) {
        const QString dir = QStringLiteral("hicolor/%1x%1/apps").arg(size);
        const QImage image = render(svg, size);
        if (image.isNull() || !out.mkpath(dir) ||
            !image.save(out.filePath(dir + u'/' + name + QStringLiteral(".png")), "PNG"))
            return 1;
    }
    std::vector<QImage> images;
    for (const int size : sizes(args.at(5))) {
        images.push_back(render(svg, size));
        if (images.back().isNull())
            return 1;
    }
    QString error;
    if (!ipsec::writeIco(out.filePath(name + QStringLiteral(".ico")), images, &error)) {
        std::fprintf(stderr, "ipsec-render-icon: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
