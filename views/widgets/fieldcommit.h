// When a typed field is finished, so that the document takes only values the engineer finished typing
// (docs/gui.md, "What is typed is what is saved"): Enter, leaving the field, or a pause in typing as long as
// the validation delay. Esc while the field holds unfinished or refused text asks for the document's value
// back; Ctrl+Z and Ctrl+Shift+Z on a field with nothing unfinished reach the window's undo and redo.
#pragma once

#include "core/finding.h"

#include <QObject>
#include <QTimer>

class QLabel;
class QWidget;

namespace ipsec {

class FieldCommitter : public QObject {
    Q_OBJECT
public:
    // Watches a QLineEdit or a QAbstractSpinBox; lives as long as the field.
    explicit FieldCommitter(QWidget *field);

    // The pause after the last keystroke that finishes a value (the Settings' validation delay).
    static void setPause(int milliseconds);
    static int pause();

    // Typed since the last finish or restore.
    bool isUnfinished() const { return m_unfinished; }
    // Finishes now (what a pause would do): for tests and for a commit before the window saves.
    void finishNow();
    void forget()
    {
        m_unfinished = false;
        m_timer.stop();
    }
    // The owner refused the finished text (it stays in the field, marked): Esc still restores, and Ctrl+Z
    // stays with the field.
    void setHoldsRefusedText(bool refused) { m_refused = refused; }

signals:
    void finished();
    void restoreRequested();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void edited();

    QWidget *m_field;
    QTimer m_timer;
    bool m_unfinished = false;
    bool m_refused = false;
};

// Marks a field as the field checks judge it: a red border and the first message as tool tip and, when
// given, as the text of `inlineMessage` (shown only with a message). Empty findings clear the mark.
void markField(QWidget *field, const Findings &problems, QLabel *inlineMessage = nullptr);

} // namespace ipsec
