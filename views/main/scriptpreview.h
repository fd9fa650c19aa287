// The script preview: what the selected policy becomes in an export form (the netsh script first), updated
// live as the document changes, with syntax colouring, the export's own findings, and a Copy button.
#pragma once

#include <QColor>
#include <QPalette>
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

// The colours of a netsh script's parts, readable on the palette's Base (a light and a dark set).
struct NetshColours {
    QColor comment, command, verb, object, tag, string;

    bool operator==(const NetshColours &) const = default;
    static NetshColours forPalette(const QPalette &palette);
};

// Colours a netsh script: comments, `netsh ipsec static`, verbs, object kinds, tags and quoted values.
class NetshHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit NetshHighlighter(QTextDocument *document, const QPalette &palette);

    // Picks the colours for this palette and colours the whole script again.
    void setPalette(const QPalette &palette);
    const NetshColours &colours() const { return m_colours; }

protected:
    void highlightBlock(const QString &text) override;

private:
    NetshColours m_colours;
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
    // Renders now instead of after the debounce (tests, screenshots); only marks the script stale while the
    // preview is off screen.
    void refreshNow();
    // Whether anyone can see the preview: its dock tab behind another one is not on screen, yet visible to
    // Qt. Off screen, changes only mark the script stale; coming back on screen renders it.
    void setOnScreen(bool onScreen);

signals:
    void formatChanged(const QString &formatName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString render(QString *findingsSummary) const;

    PolicyStore *m_store;
    QUuid m_policyId;
    QComboBox *m_format;
    QPlainTextEdit *m_text;
    NetshHighlighter *m_highlighter = nullptr;
    QLabel *m_status;
    QLabel *m_formLabel = nullptr;
    QPushButton *m_copy = nullptr;
    QTimer m_debounce;
    bool m_onScreen = true;
    bool m_stale = false;
};

} // namespace ipsec
