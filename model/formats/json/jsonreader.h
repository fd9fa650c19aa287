// Document text → store, every problem a finding with its JSON pointer. Internal to the format library.
#pragma once

#include "formats/format.h"

#include <QByteArray>
#include <QString>

namespace ipsec::json::detail {

ImportResult readDocument(const QByteArray &bytes, const QString &fileName);

} // namespace ipsec::json::detail
