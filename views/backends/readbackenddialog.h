// Tools → Read from backend…: choose the backend and store and read what is applied there. The window opens
// the result as a new document.
#pragma once

#include "backends/policybackend.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ipsec {

class BackendChooser;

class ReadBackendDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReadBackendDialog(QWidget *parent = nullptr);

    BackendChooser *chooser() const { return m_chooser; }
    // Reads from the chosen backend (the Read button does this); a successful read accepts the dialog.
    ReadResult read();
    const std::optional<ReadResult> &readResult() const { return m_result; }

private:
    BackendChooser *m_chooser;
    QProgressBar *m_progressBar;
    QLabel *m_status;
    QPlainTextEdit *m_findings;
    QPushButton *m_readButton;
    std::optional<ReadResult> m_result;
};

} // namespace ipsec
