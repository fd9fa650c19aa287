// Keyboard use shared by the editor pages, the wizards and the dialogs (docs/gui.md, "Keyboard").
#pragma once

#include <initializer_list>

class QAbstractButton;
class QAbstractItemView;
class QWidget;

namespace ipsec {

// A list or table with buttons beside it, as the Windows property dialogs have them: Delete removes the
// current entry, Enter edits it, Alt+Up / Alt+Down move it. Tab leaves the list (instead of walking its
// cells), so a list is never a focus trap.
struct ListButtons {
    QAbstractButton *remove = nullptr;
    QAbstractButton *edit = nullptr;
    QAbstractButton *moveUp = nullptr;
    QAbstractButton *moveDown = nullptr;
};

// The keys press the (enabled) buttons, so they do exactly what a click does. While the list has focus they
// come before any window shortcut with the same key (the main window's Delete deletes a whole object).
void bindListKeys(QAbstractItemView *view, const ListButtons &buttons);

// Tab visits the widgets in this order (for where the order of creation is not the order on screen).
void setTabChain(std::initializer_list<QWidget *> widgets);

} // namespace ipsec
