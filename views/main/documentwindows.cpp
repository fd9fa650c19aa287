#include "documentwindows.h"

#include "mainwindow.h"

#include <QPoint>

namespace ipsec {

std::vector<MainWindow *> openInNewWindows(const MainWindow &after, const QStringList &files,
                                           Settings *settings,
                                           const std::function<void(MainWindow &)> &prepare)
{
    // The step a window manager cascades by: each window's title bar stays visible.
    constexpr int kCascadeStep = 32;
    std::vector<MainWindow *> opened;
    for (const QString &file : files) {
        auto *window = new MainWindow(settings);
        window->setAttribute(Qt::WA_DeleteOnClose);
        const int step = kCascadeStep * static_cast<int>(opened.size() + 1);
        window->move(after.pos() + QPoint(step, step));
        if (prepare)
            prepare(*window);
        if (!window->openFile(file)) {
            delete window; // the window has told the user why
            continue;
        }
        opened.push_back(window);
    }
    return opened;
}

} // namespace ipsec
