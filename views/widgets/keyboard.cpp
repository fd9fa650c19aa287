#include "keyboard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>

namespace ipsec {
namespace {

class ListKeys : public QObject {
public:
    ListKeys(QAbstractItemView *view, const ListButtons &buttons) : QObject(view), m_buttons(buttons) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        QAbstractButton *button = buttonFor(*static_cast<QKeyEvent *>(event));
        if (!button)
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the key comes to the list as a key press, before window shortcuts
            return true;
        }
        if (button->isEnabled())
            button->click();
        return true;
    }

private:
    QAbstractButton *buttonFor(const QKeyEvent &key) const
    {
        const Qt::KeyboardModifiers modifiers = key.modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier) {
            if (key.key() == Qt::Key_Delete)
                return m_buttons.remove;
            if (key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter)
                return m_buttons.edit;
        }
        if (modifiers == Qt::AltModifier) {
            if (key.key() == Qt::Key_Up)
                return m_buttons.moveUp;
            if (key.key() == Qt::Key_Down)
                return m_buttons.moveDown;
        }
        return nullptr;
    }

    ListButtons m_buttons;
};

void addKeyToToolTip(QAbstractButton *button, const QKeySequence &key)
{
    if (button)
        button->setToolTip(key.toString(QKeySequence::NativeText));
}

} // namespace

void bindListKeys(QAbstractItemView *view, const ListButtons &buttons)
{
    view->setTabKeyNavigation(false);
    view->installEventFilter(new ListKeys(view, buttons));
    addKeyToToolTip(buttons.remove, QKeySequence(Qt::Key_Delete));
    addKeyToToolTip(buttons.edit, QKeySequence(Qt::Key_Return));
    addKeyToToolTip(buttons.moveUp, QKeySequence(Qt::AltModifier | Qt::Key_Up));
    addKeyToToolTip(buttons.moveDown, QKeySequence(Qt::AltModifier | Qt::Key_Down));
}

void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace ipsec
