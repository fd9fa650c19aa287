// The tables of the review dialog: one QStandardItemModel per tree node, each row carrying the pointer of
// what it shows (review/reviewmodel.h, rowPointer) so that a finding can select it.
#pragma once

#include "reviewdialog.h"

class QStandardItemModel;

namespace ipsec::reviewtables {

// The role that holds a row's pointer ("/firewallRules/3") in its first column.
inline constexpr int PointerRole = Qt::UserRole + 1;

void fill(QStandardItemModel *model, const review::ReviewReport &report, ReviewDialog::Node node, int gpo);

} // namespace ipsec::reviewtables
