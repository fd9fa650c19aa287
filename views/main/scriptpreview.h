// The script preview: what the selected policy becomes in an export form (the netsh script first), updated
// live as the document changes, with syntax colouring, the export's own findings, and a Copy button.
#pragma once

#include <QSyntaxHighlighter>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ipsec {

class PolicyStore;

// Colours a netsh script: comments, `netsh ipsec static`, verbs, object kinds, tags and quoted values.
class NetshHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit NetshHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

class ScriptPreview : public QWidget {
    Q_OBJECT
public:
    // A policy with more filters is previewed with its first this many (its lists cut), not all of them.
    static constexpr std::size_t kPreviewFilterLimit = 500;

    explicit ScriptPreview(PolicyStore *store, QWidget *parent = nullptr);

    void setPolicy(const QUuid &policyId);
    QUuid policy() const { return m_policyId; }
    void setFormat(const QString &formatName);
    QString format() const;
    QString text() const;
    QPlainTextEdit *editor() const { return m_text; }
    // Renders now instead of after the debounce (tests, screenshots).
    void refreshNow();

signals:
    void formatChanged(const QString &formatName);

private:
    QString render(QString *findingsSummary) const;

    PolicyStore *m_store;
    QUuid m_policyId;
    QComboBox *m_format;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_copy;
    QTimer m_debounce;
};

} // namespace ipsec
