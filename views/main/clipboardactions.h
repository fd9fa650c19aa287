// Edit → Copy / Cut / Paste / Duplicate of the window's selected policy (with the lists and actions its rules
// use), rule (with its list and action), filter list, filter action or filter. The clipboard holds the
// object as a JSON store document (kStoreMimeType, and as text), so it travels between windows and processes.
// Its texts keep the MainWindow translation context.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QObject>
#include <optional>

class QMimeData;

namespace ipsec {

class MainWindow;
struct WindowHooks;

class ClipboardActions : public QObject {
public:
    // The clipboard format: a JSON store document (formats/json) holding the copied object.
    static constexpr char16_t kStoreMimeType[] = u"application/x-ipsecstore+json";
    // Present (any content) when the copied object is one filter rather than its whole list.
    static constexpr char16_t kFilterMarkerMimeType[] = u"application/x-ipsecstore-filter";
    // Present (any content) when the copied object is one rule rather than its whole policy.
    static constexpr char16_t kRuleMarkerMimeType[] = u"application/x-ipsecstore-rule";

    ClipboardActions(MainWindow *window, const WindowHooks &hooks);

    // Paste and Duplicate are one undo step each, with fresh ids and "Name (2)" where a name is taken; Cut is
    // Copy plus Delete and, when the delete is refused, leaves document and clipboard alone. Each returns
    // whether it did something.
    bool copySelected();
    bool cutSelected();
    bool paste();
    bool duplicateSelected();

private:
    // The selected object as clipboard data; null when nothing copyable is selected.
    QMimeData *selectionAsMimeData() const;
    // Adds a copied object to the document as one undo step named `what` and selects it. clipKind Filter: the
    // clip is one filter, which goes into the selected filter list (after the selected filter), or else back
    // into the list it was copied from; Rule: one rule, which goes into the selected policy (after the
    // selected rule), or else back into the policy it was copied from; anything else: whole objects.
    bool pasteClip(const StoreData &clip, ObjectKind clipKind, const QString &what);
    // Empty when there is no list or policy to paste into; else whether the paste went through.
    std::optional<bool> pasteFilter(const StoreData &clip, const QString &what);
    std::optional<bool> pasteRule(const StoreData &clip, const QString &what);

    MainWindow *m_window;
    const WindowHooks &m_hooks;
};

} // namespace ipsec
