#include "netshimport.h"

#include "core/batchqueue.h"
#include "core/enumnames.h"
#include "core/lostreferences.h"
#include "netshfindings.h"
#include "netshgrammar.h"
#include "netshinterpreter.h"
#include "netshlexer.h"

#include <charconv>
#include <exception>

namespace ipsec::netsh {

namespace {

// Imported objects get ids derived from their place in the script, so the same script gives the same
// store every time (tests and diffs rely on it).
const QUuid kIdNamespace = QUuid(QStringLiteral("{6f2b0c52-9a55-4d0e-9c3b-1d3a7f0e5a21}"));

} // namespace

Location Interpreter::locationAt(qsizetype offsetInCommand) const
{
    Location l;
    l.file = m_options.fileName;
    if (m_line) {
        const auto [line, column] =
            m_line->position(m_commandOffset + std::max<qsizetype>(0, offsetInCommand));
        l.line = line;
        l.column = column;
    }
    return l;
}

void Interpreter::report(const QString &code, Severity severity, qsizetype offsetInCommand,
                         const QString &message, const QString &hint)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.location = locationAt(offsetInCommand);
    f.message = message;
    if (!m_commandText.isEmpty() && severity != Severity::Info) {
        // The text of the command, so the report stands on its own; a preshared key is masked.
        QString shown = maskPresharedKeys(m_commandText.toString());
        if (shown.size() > 160)
            shown = shown.left(157) + QStringLiteral("...");
        f.message += QStringLiteral(" [in: %1]").arg(shown);
    }
    f.hint = hint;
    m_findings << f;
}

QUuid Interpreter::makeId(const QString &kind)
{
    // The UTF-8 of "kind/line/sequence" (kinds are ASCII words), built in one reused buffer: every imported
    // filter gets one.
    const auto appendNumber = [this](int value) {
        char digits[16];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_idName.append(digits, end - digits);
    };
    m_idName.resize(0);
    for (const QChar c : kind)
        m_idName += char(c.unicode());
    m_idName += '/';
    appendNumber(m_line ? m_line->firstLine : 0);
    m_idName += '/';
    appendNumber(++m_sequence);
    return QUuid::createUuidV5(kIdNamespace, m_idName);
}

// ---- lines ----

void Interpreter::processLine(const LexedLine &lexed)
{
    m_line = &lexed.line;
    m_commandOffset = 0;
    m_commandText = {};
    switch (lexed.kind) {
    case LexedLine::Kind::Ignored:
        return;
    case LexedLine::Kind::UndefinedVariables:
        m_commandText = QStringView(lexed.line.text).trimmed();
        report(
            code::UndefinedVariable, Severity::Error, lexed.start,
            QStringLiteral("the line uses %1, which has no value when the script is read (a batch parameter "
                           "or a variable set outside the script)")
                .arg(lexed.undefinedVariables.join(QStringLiteral(", "))),
            QStringLiteral("replace the variable with its value"));
        ++m_rejected;
        return;
    case LexedLine::Kind::ShellCommand:
        m_commandText = QStringView(lexed.line.text).trimmed();
        report(code::ShellCommandIgnored, Severity::Info, lexed.start,
               QStringLiteral("\"%1\" is not a netsh command; the line is ignored").arg(lexed.word));
        return;
    case LexedLine::Kind::Commands:
        if (lexed.piped) {
            m_commandText = QStringView(lexed.line.text).trimmed();
            report(code::RedirectionIgnored, Severity::Warning, lexed.start,
                   QStringLiteral("a pipe (|) follows the command; the commands are read one by one"));
        }
        for (const LexedCommand &c : lexed.commands)
            processNetsh(c.text, c.offsetInLine, c.prefixed, c.tokens);
        return;
    }
}

void Interpreter::processNetsh(const QString &text, qsizetype offsetInLine, bool prefixed,
                               const TokenizeResult &tok)
{
    m_commandOffset = offsetInLine;
    m_commandText = QStringView(text).trimmed();
    m_commandFailed = false;
    const QList<Token> &tokens = tok.tokens; // read only: a copy would detach on the first tokens[i]
    qsizetype i = 0;
    if (prefixed) {
        if (tokens.isEmpty() || !isNetshWord(tokens[0].text))
            return;
        ++i;
        // netsh's own options (-f FILE, -c CONTEXT, -r REMOTE) are not commands of this script.
        if (i < tokens.size() && tokens[i].text.startsWith(u'-')) {
            report(code::CommandIgnored, Severity::Info, tokens[i].offset,
                   QStringLiteral("netsh is started with the option %1; the command is not interpreted")
                       .arg(tokens[i].text));
            return;
        }
        if (i >= tokens.size())
            return; // interactive netsh
    }
    // The context: `ipsec static` (either word optional in the netsh -f and interactive forms).
    const bool hasIpsec = i < tokens.size() && tokens[i].text.compare(u"ipsec", Qt::CaseInsensitive) == 0;
    if (hasIpsec)
        ++i;
    if (i < tokens.size() && tokens[i].text.compare(u"dynamic", Qt::CaseInsensitive) == 0) {
        report(code::DynamicMode, Severity::Warning, tokens[i].offset,
               QStringLiteral(
                   "a netsh ipsec dynamic command changes the running IPsec state, not a stored policy; "
                   "it is not imported"));
        ++m_rejected;
        return;
    }
    if (i < tokens.size() && tokens[i].text.compare(u"static", Qt::CaseInsensitive) == 0)
        ++i;
    else if (prefixed && !hasIpsec) {
        report(code::OtherNetshContext, Severity::Warning, i < tokens.size() ? tokens[i].offset : 0,
               QStringLiteral("netsh %1 is not netsh ipsec static; the command is not imported")
                   .arg(i < tokens.size() ? tokens[i].text : QStringView()),
               QStringLiteral("Windows Firewall rules (advfirewall consec) are imported by another format"));
        ++m_rejected;
        return;
    }
    if (tok.unterminatedQuote) {
        fail(code::UnterminatedQuote, tok.quoteOffset, QStringLiteral("a quoted value is not closed"));
        ++m_rejected;
        return;
    }
    // Two commands run together (a lost line break): split at the second `netsh`.
    for (qsizetype k = i + 1; k < tokens.size(); ++k) {
        if (!tokens[k].quoted && isNetshWord(tokens[k].text)) {
            report(code::CommandsRunTogether, Severity::Warning, tokens[k].offset,
                   QStringLiteral(
                       "a second netsh command starts in the middle of the line; they are read as two "
                       "commands"),
                   QStringLiteral("put each command on its own line"));
            const QString first = text.left(tokens[k].offset);
            const QString rest = text.mid(tokens[k].offset);
            const qsizetype restOffset = offsetInLine + tokens[k].offset;
            processNetsh(first, offsetInLine, prefixed, tokenize(first));
            processNetsh(rest, restOffset, true, tokenize(rest));
            return;
        }
    }
    if (i >= tokens.size()) {
        if (hasIpsec)
            return; // `netsh ipsec static` alone enters the context
        fail(code::UnknownCommand, 0, QStringLiteral("the command is incomplete"));
        ++m_rejected;
        return;
    }
    ++m_staticSeen;
    const auto verb = parseVerb(tokens[i].text);
    if (!verb) {
        fail(code::UnknownCommand, tokens[i].offset,
             QStringLiteral("\"%1\" is not a netsh ipsec static command").arg(tokens[i].text));
        ++m_rejected;
        return;
    }
    ++i;
    Noun noun = Noun::None;
    if (*verb != Verb::ExportPolicy && *verb != Verb::ImportPolicy) {
        const auto parsed = i < tokens.size() ? parseNoun(*verb, tokens[i].text) : std::nullopt;
        if (!parsed) {
            fail(code::UnknownCommand, i < tokens.size() ? tokens[i].offset : 0,
                 QStringLiteral("\"%1 %2\" is not a netsh ipsec static command")
                     .arg(verbName(*verb), i < tokens.size() ? tokens[i].text.toString() : QString()));
            ++m_rejected;
            return;
        }
        noun = *parsed;
        ++i;
    }
    const CommandSyntax *syntax = findCommand(*verb, noun);
    if (tok.spacedEquals)
        report(code::SpacedTag, Severity::Warning, tok.spacedOffset,
               QStringLiteral(
                   "\"tag = value\" with spaces was read as tag=value; whether netsh accepts it is not "
                   "confirmed (Q9)"),
               QStringLiteral("write tag=value without spaces"));

    Args args;
    args.list.reserve(tokens.size() - i);
    // Each tagged token is looked up once; `given` marks the tags named explicitly, by their index in the
    // syntax's usage order.
    std::vector<TagLookup> lookups(static_cast<std::size_t>(tokens.size()));
    std::vector<bool> given(static_cast<std::size_t>(syntax->tags.size()), false);
    for (qsizetype k = i; k < tokens.size(); ++k)
        if (tokens[k].equals > 0) {
            TagLookup &t = lookups[static_cast<std::size_t>(k)];
            t = lookupTag(*syntax, tokens[k].tag());
            if (t.match == TagMatch::Exact || t.match == TagMatch::Prefix)
                if (const qsizetype index = syntax->tags.indexOf(t.tag); index >= 0)
                    given[static_cast<std::size_t>(index)] = true;
        }
    qsizetype nextPositional = 0;
    QStringList extra;
    qsizetype extraOffset = -1;
    for (qsizetype k = i; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        if (t.equals > 0) {
            const TagLookup &found = lookups[static_cast<std::size_t>(k)];
            if (found.match == TagMatch::Unknown) {
                fail(code::UnknownTag, t.offset,
                     QStringLiteral("\"%1\" is not a tag of %2 %3; its tags are: %4")
                         .arg(t.tag(), verbName(*verb), nounName(noun), syntax->tags.join(u", ")));
                continue;
            }
            if (found.match == TagMatch::Ambiguous) {
                fail(code::AmbiguousTag, t.offset,
                     QStringLiteral("\"%1\" could be any of %2 (Q8)")
                         .arg(t.tag(), found.candidates.join(u", ")));
                continue;
            }
            if (args.has(found.tag) && found.tag != u"rootca")
                report(code::RepeatedTag, Severity::Warning, t.offset,
                       QStringLiteral("%1 is given more than once; the last value counts").arg(found.tag));
            args.list << Arg{found.tag, t.value(), t.offset};
            continue;
        }
        if (t.equals == 0) {
            fail(code::InvalidValue, t.offset,
                 QStringLiteral("\"%1\" has no tag before the '='").arg(t.text));
            continue;
        }
        if (*verb == Verb::Delete && t.text.compare(u"all", Qt::CaseInsensitive) == 0 && !t.quoted) {
            args.all = true;
            continue;
        }
        // Untagged values bind to the tags in usage order, skipping those given by name.
        while (nextPositional < syntax->tags.size() && given[static_cast<std::size_t>(nextPositional)])
            ++nextPositional;
        if (nextPositional >= syntax->tags.size()) {
            extra << t.text.toString();
            if (extraOffset < 0)
                extraOffset = t.offset;
            continue;
        }
        given[static_cast<std::size_t>(nextPositional)] = true;
        args.list << Arg{syntax->tags[nextPositional], t.text.toString(), t.offset};
        ++nextPositional;
    }
    if (!extra.isEmpty())
        report(code::ExtraWords, Severity::Warning, extraOffset,
               QStringLiteral("the words \"%1\" match no tag and are ignored").arg(extra.join(u' ')));
    if (m_commandFailed) {
        ++m_rejected;
        return;
    }
    execute(*verb, noun, args);
    if (m_commandFailed)
        ++m_rejected;
    else
        ++m_applied;
}

void Interpreter::execute(Verb verb, Noun noun, const Args &args)
{
    switch (verb) {
    case Verb::Add:
        switch (noun) {
        case Noun::Policy:
            return addPolicy(args);
        case Noun::FilterList:
            return addFilterList(args);
        case Noun::Filter:
            return addFilter(args);
        case Noun::FilterAction:
            return addFilterAction(args);
        case Noun::Rule:
            return addRule(args);
        default:
            break;
        }
        break;
    case Verb::Set:
        switch (noun) {
        case Noun::Policy:
            return setPolicy(args);
        case Noun::FilterList:
            return setFilterList(args);
        case Noun::FilterAction:
            return setFilterAction(args);
        case Noun::Rule:
            return setRule(args);
        case Noun::DefaultRule:
            return setDefaultRule(args);
        case Noun::Store:
            return setStore(args);
        case Noun::Batch: {
            const QString mode = args.value(QStringLiteral("mode")).toLower();
            if (mode != u"enable" && mode != u"disable")
                return fail(code::InvalidValue, 0,
                            QStringLiteral("set batch takes mode=enable or mode=disable"));
            report(
                code::CommandIgnored, Severity::Info, 0,
                QStringLiteral("batch mode %1d (recorded; the import applies every command at once anyway)")
                    .arg(mode));
            return;
        }
        default:
            break;
        }
        break;
    case Verb::Delete:
        switch (noun) {
        case Noun::Policy:
            return deletePolicy(args);
        case Noun::FilterList:
            return deleteFilterList(args);
        case Noun::Filter:
            return deleteFilter(args);
        case Noun::FilterAction:
            return deleteFilterAction(args);
        case Noun::Rule:
            return deleteRule(args);
        case Noun::All:
            m_store.policies.clear();
            m_store.filterActions.clear();
            m_store.filterLists.clear();
            m_listIndexStale = true;
            report(code::CommandIgnored, Severity::Info, 0,
                   QStringLiteral(
                       "delete all: every policy, filter list and filter action read so far is deleted"));
            return;
        default:
            break;
        }
        break;
    case Verb::Show:
    case Verb::ExportPolicy:
    case Verb::ImportPolicy:
        report(code::CommandIgnored, Severity::Info, 0,
               QStringLiteral("%1 changes no policy; it is ignored").arg(verbName(verb)));
        return;
    }
    fail(code::UnknownCommand, 0, QStringLiteral("the command is not supported"));
}

// ---- the run ----

namespace {

// Lines are handed over 256 at a time: often enough for a smooth progress bar, rarely enough to cost
// nothing. Progress counts characters.
constexpr std::size_t kLinesPerBatch = 256;
constexpr int kBatchesInFlight = 8;
constexpr qsizetype kSecondThreadFromCharacters = qsizetype(1) << 20;

void lexBatch(ScriptLexer &lexer, LexedBatch &batch)
{
    while (batch.count < kLinesPerBatch && !lexer.atEnd()) {
        if (batch.lines.size() == batch.count)
            batch.lines.emplace_back();
        lexer.next(batch.lines[batch.count++]);
    }
    batch.position = lexer.position();
}

} // namespace

bool Interpreter::interpretBatch(const LexedBatch &batch, qsizetype positionBefore, qsizetype size)
{
    if (m_progress && !m_progress(positionBefore, size))
        return false;
    for (std::size_t i = 0; i < batch.count; ++i)
        processLine(batch.lines[i]);
    return true;
}

bool Interpreter::interpretLines(ScriptLexer &lexer)
{
    const qsizetype size = lexer.size();
    const bool secondThread =
        m_options.lexing == LexingThread::Second ||
        (m_options.lexing == LexingThread::BySize && size >= kSecondThreadFromCharacters &&
         std::thread::hardware_concurrency() > 1);
    qsizetype before = 0;
    if (!secondThread) {
        LexedBatch batch;
        while (!lexer.atEnd()) {
            batch.clear();
            lexBatch(lexer, batch);
            if (!interpretBatch(batch, before, size))
                return false;
            before = batch.position;
        }
        return true;
    }
    BatchQueue<LexedBatch> queue(kBatchesInFlight);
    std::exception_ptr failure;
    JoiningThread lexing([&queue] { queue.stop(); },
                         [&queue, &lexer, &failure] {
                             try {
                                 while (!lexer.atEnd()) {
                                     std::unique_ptr<LexedBatch> batch = queue.emptyBatch();
                                     if (!batch)
                                         break; // the interpreter stopped
                                     lexBatch(lexer, *batch);
                                     queue.push(std::move(batch));
                                 }
                             } catch (...) {
                                 failure = std::current_exception();
                             }
                             queue.finish();
                         });
    bool completed = true;
    while (std::unique_ptr<LexedBatch> batch = queue.pop()) {
        if (!interpretBatch(*batch, before, size)) {
            completed = false;
            break;
        }
        before = batch->position;
        queue.recycle(std::move(batch));
    }
    lexing.join();
    if (failure)
        std::rethrow_exception(failure);
    return completed;
}

ImportResult Interpreter::run(const QByteArray &bytes)
{
    DecodedScript decoded = decodeScript(bytes, m_options.encoding, m_options.fileName);
    m_findings << decoded.findings;
    ImportResult result;
    if (!decoded.ok) {
        result.store = m_base;
        result.findings = m_findings;
        return result;
    }
    ScriptLexer lexer =
        decoded.lineByLine ? ScriptLexer(decoded.utf8) : ScriptLexer(QStringView(decoded.text));
    if (!interpretLines(lexer)) {
        result.store = m_base;
        result.findings = m_findings << cancelledFinding(m_options.fileName);
        return result;
    }
    m_line = nullptr;
    m_commandText = {};

    // No command leaves a rule without its list or action, but the one rule of every importer holds here too.
    m_findings << leaveOutRulesWithLostReferences(m_store, [this](const Policy &, const Rule &) {
        Location l;
        l.file = m_options.fileName;
        return l;
    });
    std::size_t rules = 0;
    for (const Policy &p : m_store.policies)
        rules += static_cast<std::size_t>(p.rules.size());
    Finding summary;
    summary.code = code::ImportSummary;
    summary.severity = Severity::Info;
    summary.location.file = m_options.fileName;
    summary.message =
        QStringLiteral("%1 command(s) applied, %2 not used; the store now holds %3 policy(ies) with %4 "
                       "rule(s), %5 filter list(s) with %6 filter(s), %7 filter action(s) (read as %8)")
            .arg(m_applied)
            .arg(m_rejected)
            .arg(m_store.policies.size())
            .arg(rules)
            .arg(m_store.filterLists.size())
            .arg(m_store.filterCount())
            .arg(m_store.filterActions.size())
            .arg(decoded.encoding);
    if (m_applied == 0) {
        Finding none;
        none.code = code::NothingImported;
        none.severity = Severity::Error;
        none.location.file = m_options.fileName;
        none.message = m_staticSeen == 0
                           ? QStringLiteral("the script holds no netsh ipsec static command")
                           : QStringLiteral("no netsh ipsec static command of the script could be used");
        none.hint = QStringLiteral("the document is left unchanged");
        m_findings << none;
        result.store = m_base;
    } else {
        result.ok = true;
        result.store = std::move(m_store);
    }
    m_findings << summary;
    result.findings = m_findings;
    return result;
}

ImportResult read(const QByteArray &scriptBytes, const ImportOptions &options)
{
    return readInto(StoreData(), scriptBytes, options);
}

ImportResult read(const QByteArray &scriptBytes, const ImportOptions &options,
                  const ProgressCallback &progress)
{
    return Interpreter(StoreData(), options, progress).run(scriptBytes);
}

ImportResult readInto(const StoreData &base, const QByteArray &scriptBytes, const ImportOptions &options)
{
    return Interpreter(base, options).run(scriptBytes);
}

} // namespace ipsec::netsh
