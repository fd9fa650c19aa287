// What the property pages share: setters that leave a widget alone when it already shows the value, the
// widgets every page builds (named fields, headings, captions, tables), and the texts of usage and of
// fields in undo steps.
#pragma once

#include "core/policystore.h"
#include "objecteditor.h"

#include <QString>
#include <functional>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QWidget;

namespace ipsec::editing {

// Setters that leave a widget alone when it already shows the value (keeps the cursor while typing).
void setText(QLineEdit *edit, const QString &text);
void setText(QPlainTextEdit *edit, const QString &text);
void setChecked(QAbstractButton *button, bool on);
void setValue(QSpinBox *box, int value);
QLineEdit *lineEdit(const QString &name, QWidget *parent);
QPlainTextEdit *textEdit(const QString &name, QWidget *parent);
QLabel *heading(const QString &text, QWidget *parent);
// A caption whose accelerator focuses `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);
QTableView *tableView(const QString &name, QWidget *parent);
QString usageText(const QList<RuleRef> &users);
// The words of a field in its undo step ("Edit source address of filter '…'"), asked again when the language
// changes.
std::function<QString()> fieldWords(const QString &field);

// The name check's question for the objects of one kind: another object than the edited one has the name.
template <typename T>
std::function<bool(const QString &)> nameTakenByAnother(PolicyStore *store, const ObjectEditor *editor,
                                                        const T *(StoreData::*byName)(const QString &) const)
{
    return [store, editor, byName](const QString &name) {
        const T *other = (store->data().*byName)(name);
        return other && other->id != editor->objectId();
    };
}

} // namespace ipsec::editing
