// Tools → Settings: one field per key the typed settings table describes (Settings::userSettings), in its
// groups and order; nothing here names a key. OK and Apply write the changed values and announce them, so
// the window applies them at once (language, colours, timers); Restore Defaults refills the fields.
#pragma once

#include "settings.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QToolButton;

namespace ipsec {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    // The field for a key: objectName "setting_" + the key's path with '/' as '_'; null when not shown.
    QWidget *field(Settings::Key key) const { return m_fields.value(key); }
    static QString fieldName(Settings::Key key);
    // What the field holds now, in the setting's type.
    QVariant fieldValue(Settings::Key key) const;
    void setFieldValue(Settings::Key key, const QVariant &value);

    // Writes the fields that differ from the stored settings; emits and returns the keys that changed.
    QList<Settings::Key> apply();
    void restoreDefaults();

signals:
    void applied(const QList<Settings::Key> &changed);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createField(const Settings::Description &description);
    // Every text in the language of the moment: the dialog stays open when Apply changes the language.
    void retranslate();

    Settings *m_settings;
    QHash<Settings::Key, QWidget *> m_fields;
    QHash<Settings::Key, Settings::Description::Editor> m_editors;
    QDialogButtonBox *m_buttons;
    QHash<Settings::Key, QLabel *> m_labels;
    QHash<QString, QGroupBox *> m_groups; // by the group's English name
    QList<QToolButton *> m_browseButtons;
};

} // namespace ipsec
