#include "editorwidgets.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>

namespace ipsec::editing {

// Setters that leave a widget alone when it already shows the value (keeps the cursor while typing).
void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}
void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}
void setChecked(QAbstractButton *button, bool on)
{
    if (button->isChecked() != on)
        button->setChecked(on);
}
void setValue(QSpinBox *box, int value)
{
    if (box->value() != value)
        box->setValue(value);
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}
QPlainTextEdit *textEdit(const QString &name, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setMaximumHeight(70);
    e->setTabChangesFocus(true);
    return e;
}
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()), parent);
    l->setObjectName(QStringLiteral("heading"));
    return l;
}
// A caption whose accelerator focuses `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    l->setWordWrap(true);
    return l;
}
QTableView *tableView(const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(22); // uniform rows: a 100,000-filter list stays fast
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}
QString usageText(const QList<RuleRef> &users)
{
    QString text = PolicyStore::describeUsage(users);
    QStringList names;
    for (const RuleRef &u : users)
        names.append(QStringLiteral("%1 / %2").arg(u.policyName, u.ruleName));
    if (!names.isEmpty())
        text += QStringLiteral(": ") + names.join(QStringLiteral(", "));
    return text;
}

// The words of a field in its undo step ("Edit source address of filter '…'"), asked again when the language
// changes.
std::function<QString()> fieldWords(const QString &field)
{
    static const std::pair<const char *, const char *> kWords[] = {
        {"name", QT_TRANSLATE_NOOP("ipsec::FieldNames", "name")},
        {"description", QT_TRANSLATE_NOOP("ipsec::FieldNames", "description")},
        {"polling", QT_TRANSLATE_NOOP("ipsec::FieldNames", "polling interval")},
        {"tunnel", QT_TRANSLATE_NOOP("ipsec::FieldNames", "tunnel endpoint")},
        {"sourcePort", QT_TRANSLATE_NOOP("ipsec::FieldNames", "source port")},
        {"destinationPort", QT_TRANSLATE_NOOP("ipsec::FieldNames", "destination port")},
        {"ports", QT_TRANSLATE_NOOP("ipsec::FieldNames", "ports")},
        {"protocol", QT_TRANSLATE_NOOP("ipsec::FieldNames", "protocol")},
        {"mirrored", QT_TRANSLATE_NOOP("ipsec::FieldNames", "mirrored")},
        {"source", QT_TRANSLATE_NOOP("ipsec::FieldNames", "source address")},
        {"destination", QT_TRANSLATE_NOOP("ipsec::FieldNames", "destination address")},
    };
    // "source.address", "source.rangeEnd" and the kind are all the source address.
    const QString key = field.section(u'.', 0, 0);
    const char *words = kWords[1].second;
    for (const auto &[name, text] : kWords)
        if (key == QLatin1String(name))
            words = text;
    return [words] { return QCoreApplication::translate("ipsec::FieldNames", words); };
}

} // namespace ipsec::editing
