#include "fieldcommit.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace ipsec {
namespace {

int g_pauseMs = 500;
constexpr const char *kMarkedProperty = "fieldCheckMark";

} // namespace

FieldCommitter::FieldCommitter(QWidget *field) : QObject(field), m_field(field)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FieldCommitter::finishNow);
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        connect(edit, &QLineEdit::textEdited, this, &FieldCommitter::edited);
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (m_unfinished)
                finishNow();
        });
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        // Typing in a spin box edits its line edit; the arrows and the wheel finish at once (valueChanged
        // after editingFinished would come too late for a click).
        spin->setKeyboardTracking(false);
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this] {
            if (m_unfinished)
                finishNow();
        });
        if (auto *spinText = spin->findChild<QLineEdit *>())
            connect(spinText, &QLineEdit::textEdited, this, &FieldCommitter::edited);
    }
    field->installEventFilter(this);
}

void FieldCommitter::setPause(int milliseconds)
{
    g_pauseMs = std::max(0, milliseconds);
}

int FieldCommitter::pause()
{
    return g_pauseMs;
}

void FieldCommitter::edited()
{
    m_unfinished = true;
    m_timer.start(g_pauseMs);
}

void FieldCommitter::finishNow()
{
    m_timer.stop();
    m_unfinished = false;
    emit finished();
}

bool FieldCommitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // With nothing of its own to undo, the field leaves Ctrl+Z to the window: it undoes the document.
        if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) && !m_unfinished &&
            !m_refused) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        (m_unfinished || m_refused)) {
        forget();
        m_refused = false;
        emit restoreRequested();
        return true;
    }
    return false;
}

void markField(QWidget *field, const Findings &problems, QLabel *inlineMessage)
{
    // Only the mark this function set is cleared: the editor's validation marks are its own.
    if (problems.isEmpty()) {
        if (field->property(kMarkedProperty).toBool()) {
            field->setStyleSheet(QString());
            field->setToolTip(QString());
            field->setProperty(kMarkedProperty, false);
        }
        if (inlineMessage) {
            inlineMessage->clear();
            inlineMessage->hide();
        }
        return;
    }
    const bool error = hasErrors(problems);
    field->setStyleSheet(QStringLiteral("border: 2px solid %1;")
                             .arg(error ? QStringLiteral("#d32f2f") : QStringLiteral("#f9a825")));
    QStringList lines;
    for (const Finding &f : problems)
        lines.append(f.code + QStringLiteral(": ") + f.message);
    field->setToolTip(lines.join(u'\n'));
    field->setProperty(kMarkedProperty, true);
    if (inlineMessage) {
        inlineMessage->setText(lines.join(u'\n'));
        inlineMessage->show();
    }
}

} // namespace ipsec
