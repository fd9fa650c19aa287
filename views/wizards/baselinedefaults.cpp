#include "baselinedefaults.h"

#include <QCheckBox>
#include <QLayout>
#include <QWizardPage>

namespace ipsec {

BaselineDefaults::BaselineDefaults(QWizardPage *page)
    : m_baseline(&baselines::defaultBaseline()), m_box(new QCheckBox(page))
{
    m_box->setObjectName(QStringLiteral("useWindowsDefaults"));
    if (page->layout())
        page->layout()->addWidget(m_box);
    updateText();
}

void BaselineDefaults::setBaseline(const baselines::CryptoBaseline &baseline)
{
    m_baseline = &baseline;
    updateText();
}

const baselines::CryptoBaseline &BaselineDefaults::effective() const
{
    return m_box->isChecked() ? *baselines::find(QLatin1StringView(baselines::kWindowsDefaults))
                              : *m_baseline;
}

void BaselineDefaults::updateText()
{
    const bool isWindows =
        QLatin1StringView(m_baseline->name) == QLatin1StringView(baselines::kWindowsDefaults);
    m_box->setText(tr("Use &Windows' default methods instead of the crypto baseline '%1'")
                       .arg(QLatin1StringView(m_baseline->name)));
    m_box->setToolTip(tr(m_baseline->description));
    // Nothing to switch to when the baseline is Windows' defaults already.
    m_box->setVisible(!isWindows);
    if (isWindows)
        m_box->setChecked(false);
}

} // namespace ipsec
