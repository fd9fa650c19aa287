// The wizards' starting offers come from a crypto baseline (model/templates/cryptobaselines.h; the window's
// settings choose it) instead of Windows' 2000-era defaults, and one check box goes back to Windows' own.
#pragma once

#include "templates/cryptobaselines.h"

#include <QCoreApplication>

class QCheckBox;
class QWizardPage;

namespace ipsec {

class BaselineDefaults {
    Q_DECLARE_TR_FUNCTIONS(ipsec::BaselineDefaults)
public:
    // Adds "Use Windows' defaults instead…" (objectName "useWindowsDefaults") to the page's layout.
    explicit BaselineDefaults(QWizardPage *page);

    void setBaseline(const baselines::CryptoBaseline &baseline);
    const baselines::CryptoBaseline &baseline() const { return *m_baseline; }
    // The chosen baseline, or windows-defaults while the box is checked.
    const baselines::CryptoBaseline &effective() const;
    QCheckBox *checkBox() const { return m_box; }

private:
    void updateText();
    const baselines::CryptoBaseline *m_baseline;
    QCheckBox *m_box;
};

} // namespace ipsec
