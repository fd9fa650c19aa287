#include "textreportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipsec {

TextReportDialog::TextReportDialog(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(text, this)), m_choices(new QComboBox(this)),
      m_action(new QPushButton(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("textReportDialog"));
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_choices->setObjectName(QStringLiteral("reportChoice"));
    m_action->setObjectName(QStringLiteral("reportAction"));
    m_choices->hide();
    m_action->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_choices, 1);
    bottom->addWidget(m_action);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    resize(900, 620);
}

void TextReportDialog::wrapLines()
{
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void TextReportDialog::setAction(const QString &text, const QStringList &choices)
{
    m_action->setText(text);
    m_action->show();
    m_choices->clear();
    m_choices->addItems(choices);
    m_choices->setVisible(choices.size() > 1);
}

QString TextReportDialog::text() const
{
    return m_text->toPlainText();
}

QString TextReportDialog::choice() const
{
    return m_choices->currentText();
}

} // namespace ipsec
