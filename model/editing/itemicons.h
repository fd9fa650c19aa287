// The icons of the models, by name, from the application's resources (resources/icons/*.svg, linked into the
// GUI). Without the resources (model tests) the icons are simply null.
#pragma once

#include "core/types.h"

#include <QIcon>
#include <QString>

namespace ipsec {

// ":/icons/<name>.svg", cached.
QIcon itemIcon(const QString &name);
// The error / warning / info icon for a ValidationSeverityRole value; a null icon for NoSeverity.
QIcon severityIcon(int severity);
QString severityIconName(int severity);
QString actionIconName(ActionKind action);

} // namespace ipsec
