#include "scriptpreview.h"

#include "core/policystore.h"
#include "formats/formatregistry.h"
#include "formats/netsh/netshexport.h"
#include "storeops.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace ipsec {

// ---- NetshHighlighter ----

NetshColours NetshColours::forPalette(const QPalette &palette)
{
    // Each keeps a contrast of at least 4.5 with the theme's Base (tests/gui/tst_theme.cpp).
    if (hasDarkBase(palette))
        return {QColor(0x8b, 0x94, 0x9e), QColor(0xd2, 0xa8, 0xff), QColor(0xff, 0x7b, 0x72),
                QColor(0x79, 0xc0, 0xff), QColor(0x7e, 0xe7, 0x87), QColor(0xff, 0xa6, 0x57)};
    return {QColor(0x6a, 0x73, 0x7d), QColor(0x6f, 0x42, 0xc1), QColor(0xd7, 0x3a, 0x49),
            QColor(0x00, 0x5c, 0xc5), QColor(0x22, 0x86, 0x3a), QColor(0xb0, 0x50, 0x00)};
}

NetshHighlighter::NetshHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document), m_colours(NetshColours::forPalette(palette))
{}

void NetshHighlighter::setPalette(const QPalette &palette)
{
    const NetshColours colours = NetshColours::forPalette(palette);
    if (colours == m_colours)
        return; // nothing to colour again
    m_colours = colours;
    rehighlight();
}

void NetshHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression comment(QStringLiteral(R"(^\s*(::|rem\b|#|@?echo\b).*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression command(QStringLiteral(R"(\b(netsh\s+)?ipsec\s+static\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression verb(
        QStringLiteral(R"(\b(add|set|delete|show|exportpolicy|importpolicy)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression object(
        QStringLiteral(R"(\b(policy|filterlist|filter|filteraction|rule|defaultrule|store|batch|all)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral(R"(\b([a-z]+)=)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral(R"("[^"]*")"));

    if (comment.match(text).hasMatch()) {
        QTextCharFormat f;
        f.setForeground(m_colours.comment);
        f.setFontItalic(true);
        setFormat(0, static_cast<int>(text.size()), f);
        return;
    }
    auto apply = [&](const QRegularExpression &re, const QTextCharFormat &f, int group) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart(group)), static_cast<int>(m.capturedLength(group)), f);
        }
    };
    QTextCharFormat commandFormat;
    commandFormat.setForeground(m_colours.command);
    commandFormat.setFontWeight(QFont::Bold);
    QTextCharFormat verbFormat;
    verbFormat.setForeground(m_colours.verb);
    verbFormat.setFontWeight(QFont::Bold);
    QTextCharFormat objectFormat;
    objectFormat.setForeground(m_colours.object);
    QTextCharFormat tagFormat;
    tagFormat.setForeground(m_colours.tag);
    QTextCharFormat stringFormat;
    stringFormat.setForeground(m_colours.string);
    apply(command, commandFormat, 0);
    apply(verb, verbFormat, 0);
    apply(object, objectFormat, 0);
    apply(tag, tagFormat, 1);
    apply(quoted, stringFormat, 0);
}

// ---- ScriptPreview ----

ScriptPreview::ScriptPreview(PolicyStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("previewFormat"));
    // The format descriptions are long: sized by them, the combo would make the panel (and the window) wider
    // than the screen and squeeze the editor.
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_format->setMinimumContentsLength(24);
    m_format->addItem(QString(), QStringLiteral("netsh")); // named by retranslateUi()
    for (const FormatDescriptor &f : formats()) {
        if (!f.exportFile || f.outputIsFolder || m_format->findData(f.name) >= 0)
            continue;
        m_format->addItem(f.description.isEmpty() ? f.name : f.name + QStringLiteral(" — ") + f.description,
                          f.name);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new NetshHighlighter(m_text->document(), palette());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));

    auto *top = new QHBoxLayout;
    m_formLabel = new QLabel(this);
    m_formLabel->setBuddy(m_format);
    top->addWidget(m_formLabel);
    top->addWidget(m_format, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ScriptPreview::refreshNow);
    connect(store, &PolicyStore::changed, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        emit formatChanged(format());
        refreshNow();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    retranslateUi();
}

void ScriptPreview::retranslateUi()
{
    m_format->setItemText(0, tr("netsh ipsec static (.cmd)"));
    m_formLabel->setText(tr("&Form:"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the script to the clipboard"));
    refreshNow(); // the status line and the script's comments speak the language too
}

void ScriptPreview::setPolicy(const QUuid &policyId)
{
    if (policyId == m_policyId)
        return;
    m_policyId = policyId;
    refreshNow();
}

void ScriptPreview::setFormat(const QString &formatName)
{
    const int i = m_format->findData(formatName);
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

QString ScriptPreview::format() const
{
    return m_format->currentData().toString();
}

QString ScriptPreview::text() const
{
    return m_text->toPlainText();
}

void ScriptPreview::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen && m_stale)
        refreshNow();
}

void ScriptPreview::refreshNow()
{
    m_debounce.stop();
    m_stale = !m_onScreen;
    if (m_stale)
        return;
    QString status;
    const QString rendered = render(&status);
    if (rendered != m_text->toPlainText())
        m_text->setPlainText(rendered);
    m_status->setText(status);
    m_copy->setEnabled(!rendered.isEmpty());
}

void ScriptPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A theme switch: the script's colours follow the new Base.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) &&
        m_highlighter)
        m_highlighter->setPalette(palette());
    if (event->type() == QEvent::LanguageChange && m_copy)
        retranslateUi();
}

namespace {

// The exporter's notes speak of its command-line options (--assign, --gpo-name); under the preview they name
// the setting of the window that does the same.
QString inWindowTerms(const Finding &f)
{
    if (f.code == QLatin1String("IPS-258"))
        return ScriptPreview::tr(
            "The assigned policy is not assigned by this script: in a domain store, enter "
            "the GPO name on the store's page (select the document at the top of the "
            "navigator); a local store's script assigns it.");
    return f.message;
}

} // namespace

QString ScriptPreview::render(QString *status) const
{
    if (m_policyId.isNull() || !m_store->policy(m_policyId)) {
        *status = tr("Select a policy (or one of its rules) to see its script.");
        return {};
    }
    if (format().isEmpty()) {
        *status = tr("This build has no export format yet.");
        return {};
    }
    // A 100,000-filter policy makes a 30 MB script, which the text view and its highlighter would take
    // minutes to lay out: the preview shows the policy with its first filters only, and says so.
    const StoreData &store = m_store->data();
    std::size_t filterCount = 0;
    QSet<QUuid> lists;
    for (const Rule &r : store.policy(m_policyId)->rules)
        if (const FilterList *l = store.filterList(r.filterList); l && !lists.contains(l->id)) {
            lists.insert(l->id);
            filterCount += l->filters.size();
        }
    const bool cut = filterCount > kPreviewFilterLimit;
    const QString cutNote =
        cut ? tr("Only the first %1 of the policy's %2 filters are shown; exporting writes them all.")
                  .arg(kPreviewFilterLimit)
                  .arg(filterCount)
            : QString();
    auto summarize = [&cutNote](const Findings &findings) {
        const int errors = countOf(findings, Severity::Error);
        const int warnings = countOf(findings, Severity::Warning);
        QStringList lines{tr("%n export error(s), %1 warning(s)", nullptr, errors).arg(warnings)};
        if (!cutNote.isEmpty())
            lines.append(cutNote);
        for (const Finding &f : findings)
            if (f.severity != Severity::Info)
                lines.append(f.code + QStringLiteral(": ") + inWindowTerms(f));
        return lines.mid(0, 4).join(u'\n');
    };
    if (format() == QStringLiteral("netsh")) {
        // The script the window would export: the store's own location and GPO name decide the assignment.
        netsh::ExportOptions options;
        options.policy = m_policyId.toString();
        options.assign = store.info.location == StoreLocation::Local;
        options.gpoName = store.info.location == StoreLocation::Domain ? store.info.gpoName : QString();
        const netsh::ExportOutput out =
            cut ? netsh::write(policySubset(store, m_policyId, kPreviewFilterLimit), options)
                : netsh::write(store, options);
        *status = summarize(out.findings);
        return out.text();
    }
    // Any other form: the format's own file export of just this policy, read back.
    const FormatDescriptor *descriptor = findFormat(format());
    if (!descriptor || !descriptor->exportFile) {
        *status = tr("The form '%1' cannot be exported.").arg(format());
        return {};
    }
    QTemporaryDir dir;
    const QString suffix = descriptor->fileSuffixes.value(0, QStringLiteral("txt"));
    const QString path = dir.filePath(QStringLiteral("preview.") + suffix);
    const ExportResult result =
        descriptor->exportFile(policySubset(store, m_policyId, kPreviewFilterLimit), path, {});
    *status = summarize(result.findings);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(2 * 1024 * 1024); // a preview, not the file
    return QString::fromUtf8(bytes);
}

} // namespace ipsec
