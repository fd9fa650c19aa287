// A Windows icon file (.ico) holding several sizes of one picture, each stored as PNG (the ICONDIR layout of
// docs/packaging.md, Icons). Qt writes only single-image .ico files; Windows wants 16 to 256 px in one.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <vector>

namespace ipsec {

// The .ico bytes for `images` (square, 1 to 256 px each); empty, with the reason in *error, otherwise.
QByteArray icoBytes(const std::vector<QImage> &images, QString *error);
// icoBytes written to `path` atomically.
bool writeIco(const QString &path, const std::vector<QImage> &images, QString *error);

} // namespace ipsec
