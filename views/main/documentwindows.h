// `ipsecdesigner FILE...`: a file manager passes every selected document at once (the desktop file's %F).
// The first opens in the program's main window; each further one in a window of its own.
#pragma once

#include <QStringList>
#include <functional>
#include <vector>

namespace ipsec {

class MainWindow;
class Settings;

// Opens each of `files` in a new window (no parent, deleted when closed), placed a step down and to the right
// of `after` and of each other. `prepare` is called on each new window before it opens its file (tests set
// the window's prompt there). A file that cannot be opened is reported by its window, which is then deleted.
// Returns the windows that opened a document, not shown yet.
std::vector<MainWindow *> openInNewWindows(const MainWindow &after, const QStringList &files,
                                           Settings *settings,
                                           const std::function<void(MainWindow &)> &prepare = {});

} // namespace ipsec
