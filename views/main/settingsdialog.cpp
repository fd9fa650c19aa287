#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipsec {

using Editor = Settings::Description::Editor;

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    QHash<QString, QFormLayout *> groups;
    for (const Settings::Description &d : Settings::userSettings()) {
        const QString group = QString::fromUtf8(d.group);
        QFormLayout *form = groups.value(group);
        if (!form) {
            auto *box = new QGroupBox(this);
            form = new QFormLayout(box);
            layout->addWidget(box);
            groups.insert(group, form);
            m_groups.insert(group, box);
        }
        QWidget *field = createField(d);
        field->setObjectName(fieldName(d.key));
        auto *label = new QLabel(this);
        m_labels.insert(d.key, label);
        label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        form->addRow(label, field);
        m_fields.insert(d.key, field);
        m_editors.insert(d.key, d.editor);
        setFieldValue(d.key, m_settings->value(d.key));
    }
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    retranslate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    for (const Settings::Description &d : Settings::userSettings()) {
        if (QGroupBox *box = m_groups.value(QString::fromUtf8(d.group)))
            box->setTitle(Settings::translated(d.group));
        if (QLabel *label = m_labels.value(d.key))
            label->setText(Settings::translated(d.label));
        QWidget *field = m_fields.value(d.key);
        if (!field)
            continue;
        field->setToolTip(Settings::translated(d.hint));
        if (auto *spin = qobject_cast<QSpinBox *>(field); spin && d.suffix)
            spin->setSuffix(Settings::translated(d.suffix));
        if (auto *combo = qobject_cast<QComboBox *>(field)) {
            const auto choices = d.choices();
            for (int i = 0; i < combo->count() && i < choices.size(); ++i)
                combo->setItemText(i, choices[i].second);
        }
    }
    for (QToolButton *browse : std::as_const(m_browseButtons))
        browse->setText(tr("Browse…"));
}

QString SettingsDialog::fieldName(Settings::Key key)
{
    return QStringLiteral("setting_") + Settings::path(key).replace(u'/', u'_');
}

QWidget *SettingsDialog::createField(const Settings::Description &d)
{
    switch (d.editor) {
    case Editor::Number: {
        auto *spin = new QSpinBox(this);
        spin->setRange(d.minimum, d.maximum);
        return spin;
    }
    case Editor::Choice: {
        auto *combo = new QComboBox(this);
        for (const auto &[value, name] : d.choices())
            combo->addItem(name, value);
        return combo;
    }
    case Editor::Directory: {
        // A line edit with a Browse button; the line edit takes the focus and the label's shortcut.
        auto *row = new QWidget(this);
        auto *edit = new QLineEdit(row);
        edit->setObjectName(QStringLiteral("path"));
        edit->setClearButtonEnabled(true);
        auto *browse = new QToolButton(row);
        m_browseButtons.append(browse);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(edit, 1);
        rowLayout->addWidget(browse);
        row->setFocusProxy(edit);
        connect(browse, &QToolButton::clicked, this, [this, edit] {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Folder"), edit->text());
            if (!dir.isEmpty())
                edit->setText(dir);
        });
        return row;
    }
    }
    Q_UNREACHABLE();
}

QVariant SettingsDialog::fieldValue(Settings::Key key) const
{
    QWidget *field = m_fields.value(key);
    if (!field)
        return {};
    switch (m_editors.value(key)) {
    case Editor::Number:
        return static_cast<QSpinBox *>(field)->value();
    case Editor::Choice:
        return static_cast<QComboBox *>(field)->currentData();
    case Editor::Directory:
        return field->findChild<QLineEdit *>(QStringLiteral("path"))->text().trimmed();
    }
    Q_UNREACHABLE();
}

void SettingsDialog::setFieldValue(Settings::Key key, const QVariant &value)
{
    QWidget *field = m_fields.value(key);
    if (!field)
        return;
    switch (m_editors.value(key)) {
    case Editor::Number:
        static_cast<QSpinBox *>(field)->setValue(value.toInt());
        break;
    case Editor::Choice: {
        auto *combo = static_cast<QComboBox *>(field);
        // A value the list does not know (an old or hand-edited settings file) shows the default.
        int index = combo->findData(value.toString());
        if (index < 0)
            index = combo->findData(Settings::defaultValue(key).toString());
        combo->setCurrentIndex(std::max(index, 0));
        break;
    }
    case Editor::Directory:
        field->findChild<QLineEdit *>(QStringLiteral("path"))->setText(value.toString());
        break;
    }
}

QList<Settings::Key> SettingsDialog::apply()
{
    QList<Settings::Key> changed;
    for (const Settings::Description &d : Settings::userSettings()) {
        const QVariant value = fieldValue(d.key);
        if (value == m_settings->value(d.key))
            continue;
        if (value == Settings::defaultValue(d.key))
            m_settings->reset(d.key);
        else
            m_settings->setValue(d.key, value);
        changed.append(d.key);
    }
    if (!changed.isEmpty())
        emit applied(changed);
    return changed;
}

void SettingsDialog::restoreDefaults()
{
    for (const Settings::Description &d : Settings::userSettings())
        setFieldValue(d.key, Settings::defaultValue(d.key));
}

} // namespace ipsec
