#include "readbackenddialog.h"

#include "backendchooser.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipsec {

ReadBackendDialog::ReadBackendDialog(QWidget *parent)
    : QDialog(parent), m_chooser(new BackendChooser(this)), m_progressBar(new QProgressBar(this)),
      m_status(new QLabel(this)), m_findings(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Read from Backend"));
    setObjectName(QStringLiteral("readBackendDialog"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(0);
    m_findings->setObjectName(QStringLiteral("readFindings"));
    m_findings->setReadOnly(true);
    m_findings->setPlaceholderText(tr("What the backend reports while reading appears here."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_readButton = buttons->addButton(tr("&Read"), QDialogButtonBox::ActionRole);
    m_readButton->setObjectName(QStringLiteral("readButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progressBar);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_readButton, &QPushButton::clicked, this, [this] { read(); });
    resize(640, 420);
}

ReadResult ReadBackendDialog::read()
{
    QString why;
    std::unique_ptr<PolicyBackend> backend = m_chooser->createBackend(&why);
    ReadResult result;
    if (!backend) {
        m_status->setText(tr("The backend cannot be loaded: %1").arg(why));
        return result;
    }
    const Availability a = backend->availability();
    if (!a.available) {
        m_status->setText(tr("The backend cannot run here: %1").arg(a.reason));
        return result;
    }
    Progress progress([this](int percent, const QString &message) {
        m_progressBar->setValue(percent);
        m_status->setText(message);
        QCoreApplication::processEvents();
    });
    m_readButton->setEnabled(false);
    result = backend->read(m_chooser->target(), progress);
    m_readButton->setEnabled(true);
    m_progressBar->setValue(100);
    m_findings->setPlainText(findingLines(result.findings));
    m_result = result;
    if (result.ok) {
        m_status->setText(tr("Read %1 policies.").arg(result.store.policies.size()));
        accept();
    } else {
        m_status->setText(tr("The store could not be read."));
    }
    return result;
}

} // namespace ipsec
