// A read-only report in a monospace panel (GPO backup review, store comparison), with an optional action
// ("Open as Document") that accepts the dialog, and a selector when the action needs a choice (which GPO).
#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace ipsec {

class TextReportDialog : public QDialog {
    Q_OBJECT
public:
    TextReportDialog(const QString &title, const QString &text, QWidget *parent = nullptr);

    // Adds the action button; with two or more choices a selector stands before it.
    void setAction(const QString &text, const QStringList &choices = {});
    // Prose (one finding per paragraph) rather than aligned columns: wrap at the window's width.
    void wrapLines();
    QString text() const;
    QString choice() const; // the selected choice, or the only one
    QPushButton *actionButton() const { return m_action; }

private:
    QPlainTextEdit *m_text;
    QComboBox *m_choices;
    QPushButton *m_action;
};

} // namespace ipsec
