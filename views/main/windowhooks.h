// The designer window's replaceable hooks: modal questions, file choices, dialogs and background tasks go
// through them, so tests drive the window (and the classes it hands work to) without blocking dialogs.
#pragma once

#include <QMessageBox>
#include <functional>

class QDialog;

namespace ipsec {

class BackgroundTask;

struct WindowHooks {
    // Asked for every question or report: icon, title, text, buttons; returns the button chosen.
    using Prompt = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon, const QString &title, const QString &text, QMessageBox::StandardButtons)>;
    // Asked for a file name: save (true) or open, title, name filters; empty = cancelled.
    using FileChooser = std::function<QString(bool save, const QString &title, const QString &filters)>;
    // Shows a dialog (Apply, Read from backend, reports) and returns its result; tests drive the dialog here.
    using DialogRunner = std::function<int(QDialog &)>;
    // Told of every background read or write (open, save, import, export) as it starts; tests cancel here.
    using TaskObserver = std::function<void(BackgroundTask &)>;

    Prompt prompt;
    FileChooser chooseFile;
    DialogRunner runDialog;
    TaskObserver observeTask;

    // The prompt's answer, or a message box over `parent` when no prompt is set.
    QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text,
                                    QMessageBox::StandardButtons buttons = QMessageBox::Ok) const
    {
        if (prompt)
            return prompt(icon, title, text, buttons);
        QMessageBox box(icon, title, text, buttons, parent);
        return static_cast<QMessageBox::StandardButton>(box.exec());
    }
};

} // namespace ipsec
