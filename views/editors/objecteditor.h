// The base of every property page of the editor stack: loads one object from the store, commits each
// user edit as one undo command, reloads when the store changes (undo, redo, another view), and marks the
// fields the validator finds fault with (border and tooltip), so problems show where they are typed.
#pragma once

#include "core/finding.h"

#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QTabWidget;
class QUndoStack;
class QVBoxLayout;

namespace ipsec {

class PolicyStore;
class StoreCommand;
class ValidationRunner;

struct EditorContext {
    PolicyStore *store = nullptr;
    QUndoStack *undoStack = nullptr;
    ValidationRunner *validation = nullptr;
};

class ObjectEditor : public QWidget {
    Q_OBJECT
public:
    ObjectEditor(const EditorContext &context, ObjectKind kind, QWidget *parent = nullptr);

    ObjectKind kind() const { return m_kind; }
    QUuid objectId() const { return m_id; }
    QUuid parentId() const { return m_parentId; }
    void setObject(const QUuid &id, const QUuid &parentId = {});

    // Brings the field's tab forward and focuses its widget; false when the page has no such field.
    bool focusField(const QString &field);
    QWidget *fieldWidget(const QString &field) const;
    // "error", "warning", "info" or empty: how the field is marked now.
    QString fieldMark(const QString &field) const;

signals:
    void editRefused(const QString &why);
    // The page wants another object shown (a filter of this list, the list of this rule).
    void openObject(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId);

protected:
    // Store -> widgets. Called with loading() true; setters must not commit.
    virtual void load() = 0;
    // Whether a store change concerns this page.
    virtual bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const;

    // Runs the command through the undo stack; on refusal reloads the page and says why.
    bool commit(StoreCommand *command);
    bool loading() const { return m_loading; }
    // True while load() shows an object anew or Esc asked for the document's values: fields then drop text
    // the field checks refused (otherwise it stays until it is fixed).
    bool restoring() const { return m_restoring; }
    // Reloads every field from the document, refused text included (Esc).
    void restoreFields();

    // The field checks' findings for text `field` holds and the document does not (empty: fixed or
    // restored): listed in Problems and above the page, the field marked, until fixed or restored.
    void setFieldProblems(const QString &field, const Findings &problems);
    // The shown object's name as undo steps and messages give it.
    QString currentName() const;
    // A name field: commits (through `commitName`) a finished name that the name check accepts (not
    // empty, not another object's of the same kind); refuses others inline, without a dialog.
    void bindNameField(QLineEdit *edit, std::function<bool(const QString &)> takenByAnother,
                       std::function<void()> commitName);
    void registerField(const QString &field, QWidget *widget, QTabWidget *tabs = nullptr, int tab = -1);
    QVBoxLayout *pageLayout() const;

    EditorContext m_ctx;

private:
    void reload();
    void showFindings();
    QWidget *widgetForField(const QString &field, QString *matched = nullptr) const;

    ObjectKind m_kind;
    QUuid m_id;
    QUuid m_parentId;
    bool m_loading = false;
    bool m_restoring = false;
    QHash<QString, Findings> m_fieldProblems;
    QLabel *m_banner;
    struct FieldInfo {
        QPointer<QWidget> widget;
        QTabWidget *tabs = nullptr;
        int tab = -1;
        QString toolTip;
    };
    QHash<QString, FieldInfo> m_fields;
    QHash<QString, QString> m_marks;
};

} // namespace ipsec
