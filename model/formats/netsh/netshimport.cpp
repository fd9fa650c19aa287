#include "netshimport.h"

#include "core/enumnames.h"
#include "core/lostreferences.h"
#include "netshfindings.h"
#include "netshgrammar.h"
#include "netshlexer.h"

#include <QRegularExpression>
#include <QSet>

namespace ipsec::netsh {

namespace {

// Imported objects get ids derived from their place in the script, so the same script gives the same
// store every time (tests and diffs rely on it).
const QUuid kIdNamespace = QUuid(QStringLiteral("{6f2b0c52-9a55-4d0e-9c3b-1d3a7f0e5a21}"));

// One argument of a command: the full tag it binds to, its value and where it was written.
struct Arg {
    QString tag;
    QString value;
    qsizetype offset = 0;
};

class Args {
public:
    QList<Arg> list;
    bool all = false; // `delete ... all`

    bool has(const QString &tag) const { return find(tag) != nullptr; }
    const Arg *find(const QString &tag) const
    {
        for (auto it = list.crbegin(); it != list.crend(); ++it)
            if (it->tag == tag)
                return &*it;
        return nullptr;
    }
    QString value(const QString &tag) const
    {
        const Arg *a = find(tag);
        return a ? a->value : QString();
    }
};

class Interpreter {
public:
    Interpreter(StoreData base, const ImportOptions &options, ProgressCallback progress = {})
        : m_base(base), m_store(std::move(base)), m_options(options), m_progress(std::move(progress))
    {}
    ImportResult run(const QByteArray &bytes);

private:
    // ---- reporting ----
    Location locationAt(qsizetype offsetInCommand) const;
    void report(const QString &code, Severity severity, qsizetype offsetInCommand, const QString &message,
                const QString &hint = {});
    void fail(const QString &code, qsizetype offset, const QString &message, const QString &hint = {})
    {
        report(code, Severity::Error, offset, message, hint);
        m_commandFailed = true;
    }

    // ---- lines and commands ----
    void processLine(const LogicalLine &line);
    void processNetsh(const QString &text, qsizetype offsetInLine, bool prefixed);
    void execute(Verb verb, Noun noun, const Args &args);

    // ---- values ----
    std::optional<bool> yesNoArg(const Args &args, const QString &tag);
    std::optional<std::uint32_t> numberArg(const Args &args, const QString &tag,
                                           std::uint32_t max = UINT32_MAX);
    std::optional<QList<SecurityMethod>> securityMethodsArg(const Args &args);
    std::optional<QList<IkeMethod>> ikeMethodsArg(const Args &args);
    std::optional<QList<AuthMethod>> authArgs(const Args &args, bool *given);
    std::optional<FilterAddress> addressArg(const Args &args, const QString &side);
    std::optional<std::uint16_t> portArg(const Args &args, const QString &tag);
    bool require(const Args &args, const QString &tag);

    QUuid makeId(const QString &kind);
    FilterList *listByName(const QString &name);
    FilterAction *actionByName(const QString &name);
    Policy *policyByNameOrGuid(const Args &args);
    Policy *policyArg(const Args &args, const QString &tag = QStringLiteral("policy"));
    QString ruleUser(const QUuid &id, bool list) const;

    void addPolicy(const Args &args);
    void setPolicy(const Args &args);
    void deletePolicy(const Args &args);
    void addFilterList(const Args &args);
    void setFilterList(const Args &args);
    void deleteFilterList(const Args &args);
    void addFilter(const Args &args);
    void deleteFilter(const Args &args);
    void addFilterAction(const Args &args);
    void setFilterAction(const Args &args);
    void deleteFilterAction(const Args &args);
    void addRule(const Args &args);
    void setRule(const Args &args);
    void deleteRule(const Args &args);
    void setDefaultRule(const Args &args);
    void setStore(const Args &args);

    StoreData m_base;
    StoreData m_store;
    const ImportOptions &m_options;
    ProgressCallback m_progress;
    Findings m_findings;
    QHash<QString, QString> m_variables;
    int m_sequence = 0;
    int m_applied = 0;
    int m_rejected = 0;
    int m_staticSeen = 0;

    QHash<QString, std::size_t> m_listIndex; // folded name -> index in m_store.filterLists
    std::size_t m_listIndexSize = 0;
    bool m_listIndexStale = true; // set when a list is renamed or removed

    // The command being interpreted.
    const LogicalLine *m_line = nullptr;
    qsizetype m_commandOffset = 0;
    QString m_commandText;
    bool m_commandFailed = false;
};

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
        QString shown = maskPresharedKeys(m_commandText);
        if (shown.size() > 160)
            shown = shown.left(157) + QStringLiteral("...");
        f.message += QStringLiteral(" [in: %1]").arg(shown);
    }
    f.hint = hint;
    m_findings << f;
}

QUuid Interpreter::makeId(const QString &kind)
{
    // "kind/line/sequence", built without an arg() chain: every imported filter gets one.
    return QUuid::createUuidV5(kIdNamespace, kind + u'/' + QString::number(m_line ? m_line->firstLine : 0) +
                                                 u'/' + QString::number(++m_sequence));
}

// ---- lines ------------------------------------------------------------------------------------------------

bool isNetshWord(const QString &word)
{
    return word.compare(u"netsh", Qt::CaseInsensitive) == 0 ||
           word.compare(u"netsh.exe", Qt::CaseInsensitive) == 0;
}

void Interpreter::processLine(const LogicalLine &line)
{
    m_line = &line;
    m_commandOffset = 0;
    m_commandText.clear();
    const QString trimmed = line.text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return;
    const QString word = firstBatchWord(line.text);
    static const QSet<QString> noise = {
        QStringLiteral("rem"),      QStringLiteral("::"),       QStringLiteral(":"),
        QStringLiteral("echo"),     QStringLiteral("pause"),    QStringLiteral("cls"),
        QStringLiteral("setlocal"), QStringLiteral("endlocal"), QStringLiteral("chcp"),
        QStringLiteral("title"),    QStringLiteral("color"),    QStringLiteral("exit"),
        QStringLiteral("goto"),     QStringLiteral("if"),       QStringLiteral("popd"),
        QStringLiteral("ver"),
    };
    if (noise.contains(word))
        return;
    const qsizetype start = line.text.indexOf(word, 0, Qt::CaseInsensitive);
    if (word == u"set") {
        // `set store ...` / `set policy ...` inside the netsh context; anything else is a batch variable.
        const QStringList parts =
            trimmed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        const bool netshSet = parts.size() > 1 && !parts[1].contains(u'=') &&
                              parseNoun(Verb::Set, parts[1]) && !parseSetAssignment(trimmed);
        if (!netshSet) {
            if (const auto assignment = parseSetAssignment(trimmed))
                m_variables.insert(assignment->first, assignment->second);
            return;
        }
        processNetsh(line.text.mid(start), start, false);
        return;
    }
    if (isNetshWord(word)) {
        const BatchLine batch = applyCmdLayer(line.text, m_variables);
        if (!batch.undefinedVariables.isEmpty()) {
            m_commandText = trimmed;
            report(code::UndefinedVariable, Severity::Error, start,
                   QStringLiteral(
                       "the line uses %1, which has no value when the script is read (a batch parameter "
                       "or a variable set outside the script)")
                       .arg(batch.undefinedVariables.join(QStringLiteral(", "))),
                   QStringLiteral("replace the variable with its value"));
            ++m_rejected;
            return;
        }
        if (batch.piped) {
            m_commandText = trimmed;
            report(code::RedirectionIgnored, Severity::Warning, start,
                   QStringLiteral("a pipe (|) follows the command; the commands are read one by one"));
        }
        for (const BatchCommand &c : batch.commands)
            processNetsh(c.text, c.sourceOffset, true);
        return;
    }
    if (word == u"pushd" || word == u"ipsec" || word == u"static" || parseVerb(word)) {
        if (word == u"pushd")
            return; // `pushd ipsec static` in a netsh -f script: the context prefix is optional anyway
        processNetsh(line.text.mid(start), start, false);
        return;
    }
    m_commandText = trimmed;
    report(code::ShellCommandIgnored, Severity::Info, start,
           QStringLiteral("\"%1\" is not a netsh command; the line is ignored").arg(word));
}

void Interpreter::processNetsh(const QString &text, qsizetype offsetInLine, bool prefixed)
{
    m_commandOffset = offsetInLine;
    m_commandText = text.trimmed();
    m_commandFailed = false;
    const TokenizeResult tok = tokenize(text);
    QList<Token> tokens = tok.tokens;
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
                   .arg(i < tokens.size() ? tokens[i].text : QString()),
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
            processNetsh(first, offsetInLine, prefixed);
            processNetsh(rest, restOffset, true);
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
                     .arg(verbName(*verb), i < tokens.size() ? tokens[i].text : QString()));
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
            extra << t.text;
            if (extraOffset < 0)
                extraOffset = t.offset;
            continue;
        }
        given[static_cast<std::size_t>(nextPositional)] = true;
        args.list << Arg{syntax->tags[nextPositional], t.text, t.offset};
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

// ---- values
// -------------------------------------------------------------------------------------------------

bool Interpreter::require(const Args &args, const QString &tag)
{
    if (args.has(tag) && !args.value(tag).trimmed().isEmpty())
        return true;
    fail(code::MissingTag, 0, QStringLiteral("%1= is required").arg(tag));
    return false;
}

std::optional<bool> Interpreter::yesNoArg(const Args &args, const QString &tag)
{
    const Arg *a = args.find(tag);
    if (!a)
        return std::nullopt;
    bool exact = true;
    const auto v = parseYesNo(a->value, &exact);
    if (!v) {
        fail(code::InvalidValue, a->offset, QStringLiteral("%1=%2: expected yes or no").arg(tag, a->value));
        return std::nullopt;
    }
    if (!exact)
        report(code::AbbreviatedKeyword, Severity::Warning, a->offset,
               QStringLiteral("%1=%2 was read as %3").arg(tag, a->value, yesNo(*v)),
               QStringLiteral("write yes or no in full"));
    return v;
}

std::optional<std::uint32_t> Interpreter::numberArg(const Args &args, const QString &tag, std::uint32_t max)
{
    const Arg *a = args.find(tag);
    if (!a)
        return std::nullopt;
    bool ok = false;
    const qulonglong n = a->value.trimmed().toULongLong(&ok);
    if (!ok || n > max) {
        fail(code::InvalidValue, a->offset,
             QStringLiteral("%1=%2: expected a whole number from 0 to %3").arg(tag, a->value).arg(max));
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(n);
}

std::optional<QList<SecurityMethod>> Interpreter::securityMethodsArg(const Args &args)
{
    const Arg *a = args.find(QStringLiteral("qmsecmethods"));
    if (!a)
        return std::nullopt;
    QList<SecurityMethod> methods;
    for (const QString &part :
         a->value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString error;
        if (const auto m = parseSecurityMethod(part, &error))
            methods << *m;
        else
            fail(code::InvalidMethods, a->offset, error);
    }
    if (methods.isEmpty() && !m_commandFailed)
        fail(code::InvalidMethods, a->offset, QStringLiteral("qmsecmethods is empty"));
    return methods;
}

std::optional<QList<IkeMethod>> Interpreter::ikeMethodsArg(const Args &args)
{
    const Arg *a = args.find(QStringLiteral("mmsecmethods"));
    if (!a)
        return std::nullopt;
    QList<IkeMethod> methods;
    for (const QString &part :
         a->value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString error;
        if (const auto m = parseIkeMethod(part, &error))
            methods << *m;
        else
            fail(code::InvalidMethods, a->offset, error);
    }
    if (methods.isEmpty() && !m_commandFailed)
        fail(code::InvalidMethods, a->offset, QStringLiteral("mmsecmethods is empty"));
    return methods;
}

std::optional<QList<AuthMethod>> Interpreter::authArgs(const Args &args, bool *given)
{
    static const QRegularExpression options(QStringLiteral(R"(\s+(certmap|excludecaname):(\S*)\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<AuthMethod> methods;
    *given = false;
    for (const Arg &a : args.list) {
        if (a.tag == u"kerberos") {
            *given = true;
            const auto yes = parseYesNo(a.value);
            if (!yes) {
                fail(code::InvalidValue, a.offset,
                     QStringLiteral("kerberos=%1: expected yes or no").arg(a.value));
                continue;
            }
            if (*yes)
                methods << AuthMethod::kerberos();
        } else if (a.tag == u"psk") {
            *given = true;
            if (a.value.isEmpty()) {
                fail(code::InvalidValue, a.offset, QStringLiteral("psk= is empty"));
                continue;
            }
            methods << AuthMethod::presharedKey(a.value);
        } else if (a.tag == u"rootca") {
            *given = true;
            QString ca = a.value;
            bool map = false;
            bool exclude = false;
            for (QRegularExpressionMatch m = options.match(ca); m.hasMatch(); m = options.match(ca)) {
                const auto yes = parseYesNo(m.captured(2));
                if (!yes) {
                    fail(code::InvalidValue, a.offset,
                         QStringLiteral("rootca option %1:%2: expected yes or no")
                             .arg(m.captured(1), m.captured(2)));
                    break;
                }
                (m.captured(1).compare(u"certmap", Qt::CaseInsensitive) == 0 ? map : exclude) = *yes;
                ca.truncate(m.capturedStart());
            }
            ca = ca.trimmed();
            if (ca.contains(u"\\'")) {
                ca.replace(QStringLiteral("\\'"), QStringLiteral("\""));
                report(code::CaEscapeDecoded, Severity::Info, a.offset,
                       QStringLiteral("\\' in the CA name was read as a double quote (netsh help)"));
            }
            if (ca.isEmpty()) {
                fail(code::InvalidValue, a.offset, QStringLiteral("rootca= names no certificate authority"));
                continue;
            }
            methods << AuthMethod::certificate(ca, map, exclude);
        }
    }
    if (!*given)
        return std::nullopt;
    return methods;
}

std::optional<FilterAddress> Interpreter::addressArg(const Args &args, const QString &side)
{
    const Arg *a = args.find(side + QStringLiteral("addr"));
    if (!a)
        return std::nullopt;
    const QString text = a->value.trimmed();
    const Arg *maskArg = args.find(side + QStringLiteral("mask"));
    const auto invalid = [&](const QString &why) -> std::optional<FilterAddress> {
        fail(code::InvalidValue, a->offset, QStringLiteral("%1addr=%2: %3").arg(side, a->value, why));
        return std::nullopt;
    };
    FilterAddress address;
    if (text.compare(u"me", Qt::CaseInsensitive) == 0)
        address = FilterAddress::me();
    else if (text.compare(u"any", Qt::CaseInsensitive) == 0)
        address = FilterAddress::any();
    else if (const auto server = parseServerKeyword(text))
        address = FilterAddress::server(*server);
    else if (const auto ip = IpAddress::parse(text))
        address = FilterAddress::host(*ip);
    else if (text.count(u'-') >= 1 && IpAddress::parse(text.section(u'-', 0, 0))) {
        const auto first = IpAddress::parse(text.section(u'-', 0, 0));
        const auto last = IpAddress::parse(text.section(u'-', 1));
        if (!last || first->family() != last->family())
            return invalid(QStringLiteral("both ends of a range are addresses of the same IP version"));
        address = FilterAddress::range(*first, *last);
    } else {
        static const QRegularExpression dnsName(QStringLiteral(R"(^[\w]([\w.-]*[\w.])?$)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        if (!dnsName.match(text).hasMatch())
            return invalid(
                QStringLiteral("expected me, any, DNS, WINS, DHCP, GATEWAY, an address, a range or a "
                               "DNS name"));
        address = FilterAddress::dns(text); // Q12: kept as the name; Windows resolves it when it runs
    }
    if (!maskArg)
        return address;
    const QString maskText = maskArg->value.trimmed();
    if (address.kind != AddressKind::Host) {
        report(
            code::ValueIgnored, Severity::Warning, maskArg->offset,
            QStringLiteral("%1mask applies to a specific address, not to %2; it is ignored").arg(side, text));
        return address;
    }
    std::optional<IpAddress> mask;
    bool isNumber = false;
    const int prefix = maskText.toInt(&isNumber);
    if (isNumber && prefix >= 0 && prefix <= address.address.bitCount())
        mask = IpAddress::maskFromPrefix(address.address.family(), prefix);
    else if (!isNumber)
        mask = IpAddress::parse(maskText);
    if (!mask || mask->family() != address.address.family()) {
        fail(code::InvalidValue, maskArg->offset,
             QStringLiteral("%1mask=%2: expected a dotted mask or a prefix length").arg(side, maskText));
        return std::nullopt;
    }
    if (mask->prefixLength() == mask->bitCount())
        return address;
    return FilterAddress::subnet(address.address, *mask);
}

std::optional<std::uint16_t> Interpreter::portArg(const Args &args, const QString &tag)
{
    if (const auto n = numberArg(args, tag, 65535))
        return static_cast<std::uint16_t>(*n);
    return std::nullopt;
}

// ---- lookups --------------------------------------------------------------------------------------------

FilterList *Interpreter::listByName(const QString &name)
{
    // Scripts add thousands of filters to the same few lists: an index by folded name keeps that linear.
    // The first list of a name wins. Lists added since the last lookup are appended to the index; a rename
    // or removal rebuilds it.
    if (m_listIndexStale || m_listIndexSize > m_store.filterLists.size()) {
        m_listIndex.clear();
        m_listIndexSize = 0;
        m_listIndexStale = false;
    }
    for (; m_listIndexSize < m_store.filterLists.size(); ++m_listIndexSize)
        if (QString key = m_store.filterLists[m_listIndexSize].name.toCaseFolded();
            !m_listIndex.contains(key))
            m_listIndex.insert(std::move(key), m_listIndexSize);
    const auto it = m_listIndex.constFind(name.toCaseFolded());
    if (it == m_listIndex.cend() || *it >= m_store.filterLists.size())
        return nullptr;
    FilterList *l = &m_store.filterLists[*it];
    return l->name.compare(name, Qt::CaseInsensitive) == 0 ? l : nullptr;
}

FilterAction *Interpreter::actionByName(const QString &name)
{
    for (FilterAction &a : m_store.filterActions)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

Policy *Interpreter::policyArg(const Args &args, const QString &tag)
{
    if (!require(args, tag))
        return nullptr;
    const QString name = args.value(tag);
    for (Policy &p : m_store.policies)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    fail(code::MissingObject, args.find(tag)->offset, QStringLiteral("there is no policy \"%1\"").arg(name));
    return nullptr;
}

Policy *Interpreter::policyByNameOrGuid(const Args &args)
{
    if (const Arg *g = args.find(QStringLiteral("guid"))) {
        const QUuid id(g->value.trimmed());
        if (Policy *p = m_store.policy(id))
            return p;
        fail(code::MissingObject, g->offset,
             QStringLiteral("there is no policy with the GUID %1").arg(g->value));
        return nullptr;
    }
    return policyArg(args, QStringLiteral("name"));
}

QString Interpreter::ruleUser(const QUuid &id, bool list) const
{
    for (const Policy &p : m_store.policies)
        for (const Rule &r : p.rules)
            if ((list ? r.filterList : r.filterAction) == id)
                return QStringLiteral("rule \"%1\" of policy \"%2\"").arg(r.name, p.name);
    return {};
}

// ---- policies -------------------------------------------------------------------------------------------

void Interpreter::addPolicy(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    if (m_store.policyByName(name))
        return fail(
            code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
            QStringLiteral("a policy \"%1\" exists already; netsh refuses to add it again").arg(name));
    Policy p;
    p.id = makeId(QStringLiteral("policy"));
    p.name = name;
    p.description = args.value(QStringLiteral("description"));
    p.pollingIntervalMinutes =
        numberArg(args, QStringLiteral("pollinginterval")).value_or(defaults::kPollingIntervalMinutes);
    p.ike.id = makeId(QStringLiteral("isakmp"));
    p.ike.masterKeyPfs = yesNoArg(args, QStringLiteral("mmpfs")).value_or(defaults::kMasterKeyPfs);
    p.ike.quickModesPerMainMode =
        numberArg(args, QStringLiteral("qmpermm")).value_or(defaults::kQuickModesPerMainMode);
    p.ike.lifetimeMinutes =
        numberArg(args, QStringLiteral("mmlifetime")).value_or(defaults::kMainModeLifetimeMinutes);
    if (const auto methods = ikeMethodsArg(args))
        p.ike.methods = *methods;
    else
        p.ike.methods = defaults::ikeMethods();
    if (p.ike.masterKeyPfs && p.ike.quickModesPerMainMode != defaults::kQuickModesWithMasterKeyPfs) {
        if (args.has(QStringLiteral("qmpermm")))
            report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("qmpermm"))->offset,
                   QStringLiteral("with mmpfs=yes netsh sets qmpermm to 1 (netsh help)"));
        p.ike.quickModesPerMainMode = defaults::kQuickModesWithMasterKeyPfs;
    }
    p.defaultResponse.id = makeId(QStringLiteral("defaultrule"));
    p.defaultResponse.negotiationPolicyId = makeId(QStringLiteral("defaultrule-action"));
    p.defaultResponse.active =
        yesNoArg(args, QStringLiteral("activatedefaultrule")).value_or(defaults::kActivateDefaultRule);
    p.defaultResponse.authMethods = defaults::authMethods();
    p.defaultResponse.securityMethods = defaults::securityMethods();
    p.defaultResponse.sessionKeyPfs = defaults::kSessionKeyPfs;
    const auto assign = yesNoArg(args, QStringLiteral("assign"));
    if (m_commandFailed)
        return;
    if (assign.value_or(false)) {
        if (m_store.info.location == StoreLocation::Domain) {
            report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("assign"))->offset,
                   QStringLiteral("assign=yes has no effect in the domain store (netsh help)"));
        } else {
            for (Policy &other : m_store.policies)
                other.assigned = false;
            p.assigned = true;
        }
    }
    m_store.policies.push_back(std::move(p));
}

void Interpreter::setPolicy(const Args &args)
{
    Policy *p = policyByNameOrGuid(args);
    if (!p)
        return;
    Policy updated = *p;
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        const Policy *other = m_store.policyByName(n->value);
        if (n->value.trimmed().isEmpty() || (other && other->id != p->id))
            return fail(code::DuplicateObject, n->offset,
                        QStringLiteral("cannot rename to \"%1\": the name is empty or taken").arg(n->value));
        updated.name = n->value;
    }
    if (args.has(QStringLiteral("description")))
        updated.description = args.value(QStringLiteral("description"));
    if (const auto v = numberArg(args, QStringLiteral("pollinginterval")))
        updated.pollingIntervalMinutes = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("mmpfs")))
        updated.ike.masterKeyPfs = *v;
    if (const auto v = numberArg(args, QStringLiteral("qmpermm")))
        updated.ike.quickModesPerMainMode = *v;
    if (const auto v = numberArg(args, QStringLiteral("mmlifetime")))
        updated.ike.lifetimeMinutes = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("activatedefaultrule")))
        updated.defaultResponse.active = *v;
    if (const auto v = ikeMethodsArg(args))
        updated.ike.methods = *v;
    if (updated.ike.masterKeyPfs && args.has(QStringLiteral("mmpfs")))
        updated.ike.quickModesPerMainMode = defaults::kQuickModesWithMasterKeyPfs;
    const auto assign = yesNoArg(args, QStringLiteral("assign"));
    if (m_commandFailed)
        return;
    if (assign) {
        if (m_store.info.location == StoreLocation::Domain) {
            report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("assign"))->offset,
                   QStringLiteral("assign= has no effect in the domain store (netsh help)"));
        } else {
            if (*assign)
                for (Policy &other : m_store.policies)
                    other.assigned = false;
            updated.assigned = *assign;
        }
    }
    if (const Arg *gpo = args.find(QStringLiteral("gponame"))) {
        // Q11: recorded as a request to assign the policy to that GPO.
        report(
            code::Unconfirmed, Severity::Warning, gpo->offset,
            QStringLiteral("gponame=%1 is read as assigning the policy to that GPO; the exact behaviour of "
                           "netsh is not confirmed (Q11)")
                .arg(gpo->value));
        for (Policy &other : m_store.policies)
            other.assigned = false;
        m_store.info.gpoName = gpo->value;
        updated.assigned = true;
    }
    *m_store.policy(updated.id) = std::move(updated);
}

void Interpreter::deletePolicy(const Args &args)
{
    if (args.all) {
        m_store.policies.clear();
        return;
    }
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    const auto it = std::find_if(m_store.policies.begin(), m_store.policies.end(), [&](const Policy &p) {
        return p.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (it == m_store.policies.end()) {
        report(code::NothingDeleted, Severity::Warning, args.find(QStringLiteral("name"))->offset,
               QStringLiteral("there is no policy \"%1\" to delete (netsh reports an error and goes on)")
                   .arg(name));
        return;
    }
    m_store.policies.erase(it); // its rules, IKE settings and default response rule go with it (Q31)
}

// ---- filter lists and filters -------------------------------------------------------------------------

void Interpreter::addFilterList(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    if (listByName(name))
        return fail(code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
                    QStringLiteral("a filter list \"%1\" exists already").arg(name));
    FilterList l;
    l.id = makeId(QStringLiteral("filterlist"));
    l.name = name;
    l.description = args.value(QStringLiteral("description"));
    m_store.filterLists.push_back(std::move(l));
}

void Interpreter::setFilterList(const Args &args)
{
    FilterList *l = nullptr;
    if (const Arg *g = args.find(QStringLiteral("guid")))
        l = m_store.filterList(QUuid(g->value.trimmed()));
    else if (require(args, QStringLiteral("name")))
        l = listByName(args.value(QStringLiteral("name")));
    else
        return;
    if (!l)
        return fail(code::MissingObject, 0, QStringLiteral("there is no such filter list"));
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        const FilterList *other = listByName(n->value);
        if (n->value.trimmed().isEmpty() || (other && other != l))
            return fail(code::DuplicateObject, n->offset,
                        QStringLiteral("cannot rename to \"%1\": the name is empty or taken").arg(n->value));
        l->name = n->value;
        m_listIndexStale = true;
    }
    if (args.has(QStringLiteral("description")))
        l->description = args.value(QStringLiteral("description"));
}

void Interpreter::deleteFilterList(const Args &args)
{
    const auto removable = [this](const FilterList &l) { return ruleUser(l.id, true).isEmpty(); };
    if (args.all) {
        std::erase_if(m_store.filterLists, removable);
        m_listIndexStale = true;
        return;
    }
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    FilterList *l = listByName(name);
    const qsizetype offset = args.find(QStringLiteral("name"))->offset;
    if (!l)
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("there is no filter list \"%1\" to delete").arg(name));
    if (const QString user = ruleUser(l->id, true); !user.isEmpty())
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("filter list \"%1\" is still used by %2; netsh refuses to delete it")
                          .arg(name, user));
    std::erase_if(m_store.filterLists, [l](const FilterList &x) { return &x == l; });
    m_listIndexStale = true;
}

void Interpreter::addFilter(const Args &args)
{
    if (!require(args, QStringLiteral("filterlist")) || !require(args, QStringLiteral("srcaddr")) ||
        !require(args, QStringLiteral("dstaddr")))
        return;
    Filter f;
    f.id = makeId(QStringLiteral("filter"));
    f.description = args.value(QStringLiteral("description"));
    const auto source = addressArg(args, QStringLiteral("src"));
    const auto destination = addressArg(args, QStringLiteral("dst"));
    f.mirrored = yesNoArg(args, QStringLiteral("mirrored")).value_or(defaults::kMirrored);
    f.protocol = defaults::kProtocol;
    if (const Arg *p = args.find(QStringLiteral("protocol"))) {
        const auto proto = parseProtocol(p->value);
        if (!proto)
            return fail(
                code::InvalidValue, p->offset,
                QStringLiteral("protocol=%1: expected ANY, ICMP, TCP, UDP, RAW or 0-255").arg(p->value));
        f.protocol = *proto;
    }
    const auto srcPort = portArg(args, QStringLiteral("srcport"));
    const auto dstPort = portArg(args, QStringLiteral("dstport"));
    if (m_commandFailed || !source || !destination)
        return;
    f.source = *source;
    f.destination = *destination;
    f.sourcePort = PortRange::single(srcPort.value_or(0));
    f.destinationPort = PortRange::single(dstPort.value_or(0));
    const QString listName = args.value(QStringLiteral("filterlist"));
    FilterList *list = listByName(listName);
    if (!list) {
        report(
            code::ImplicitFilterList, Severity::Info, args.find(QStringLiteral("filterlist"))->offset,
            QStringLiteral("filter list \"%1\" did not exist; it is created, as netsh does").arg(listName));
        FilterList l;
        l.id = makeId(QStringLiteral("filterlist"));
        l.name = listName;
        m_store.filterLists.push_back(std::move(l));
        list = &m_store.filterLists.back();
    }
    list->filters.push_back(std::move(f));
}

void Interpreter::deleteFilter(const Args &args)
{
    if (!require(args, QStringLiteral("filterlist")))
        return;
    FilterList *list = listByName(args.value(QStringLiteral("filterlist")));
    if (!list)
        return fail(
            code::MissingObject, args.find(QStringLiteral("filterlist"))->offset,
            QStringLiteral("there is no filter list \"%1\"").arg(args.value(QStringLiteral("filterlist"))));
    const auto source = addressArg(args, QStringLiteral("src"));
    const auto destination = addressArg(args, QStringLiteral("dst"));
    const auto mirrored = yesNoArg(args, QStringLiteral("mirrored"));
    const auto srcPort = portArg(args, QStringLiteral("srcport"));
    const auto dstPort = portArg(args, QStringLiteral("dstport"));
    std::optional<std::uint8_t> proto;
    if (const Arg *p = args.find(QStringLiteral("protocol"))) {
        proto = parseProtocol(p->value);
        if (!proto)
            return fail(code::InvalidValue, p->offset,
                        QStringLiteral("protocol=%1 is not a protocol").arg(p->value));
    }
    if (m_commandFailed)
        return;
    // netsh deletes the filters that match every field given.
    const auto before = list->filters.size();
    std::erase_if(list->filters, [&](const Filter &f) {
        return (!source || f.source == *source) && (!destination || f.destination == *destination) &&
               (!mirrored || f.mirrored == *mirrored) && (!proto || f.protocol == *proto) &&
               (!srcPort || f.sourcePort.first == *srcPort) &&
               (!dstPort || f.destinationPort.first == *dstPort);
    });
    if (list->filters.size() == before)
        report(code::NothingDeleted, Severity::Warning, 0,
               QStringLiteral("no filter of \"%1\" matches; nothing is deleted").arg(list->name));
}

// ---- filter actions --------------------------------------------------------------------------------------

void Interpreter::addFilterAction(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    if (actionByName(name))
        return fail(code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
                    QStringLiteral("a filter action \"%1\" exists already").arg(name));
    FilterAction a;
    a.id = makeId(QStringLiteral("filteraction"));
    a.name = name;
    a.description = args.value(QStringLiteral("description"));
    a.action = defaults::kAction;
    if (const Arg *act = args.find(QStringLiteral("action"))) {
        const auto kind = parseAction(act->value);
        if (!kind)
            return fail(code::InvalidValue, act->offset,
                        QStringLiteral("action=%1: expected permit, block or negotiate").arg(act->value));
        a.action = *kind;
    }
    a.sessionKeyPfs = yesNoArg(args, QStringLiteral("qmpfs")).value_or(defaults::kSessionKeyPfs);
    a.acceptUnsecured = yesNoArg(args, QStringLiteral("inpass")).value_or(defaults::kAcceptUnsecured);
    a.allowFallback = yesNoArg(args, QStringLiteral("soft")).value_or(defaults::kAllowFallback);
    const auto methods = securityMethodsArg(args);
    if (m_commandFailed)
        return;
    if (a.action == ActionKind::Negotiate) {
        if (methods) {
            a.securityMethods = *methods;
        } else {
            a.securityMethods = defaults::securityMethods();
            report(code::DefaultApplied, Severity::Warning, 0,
                   QStringLiteral("no qmsecmethods: the six default offers are assumed (Q2)"),
                   QStringLiteral("write qmsecmethods= explicitly"));
        }
    } else if (methods) {
        report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("qmsecmethods"))->offset,
               QStringLiteral("qmsecmethods is ignored unless action=negotiate (netsh help, Q24)"));
    }
    m_store.filterActions.push_back(std::move(a));
}

void Interpreter::setFilterAction(const Args &args)
{
    FilterAction *a = nullptr;
    if (const Arg *g = args.find(QStringLiteral("guid")))
        a = m_store.filterAction(QUuid(g->value.trimmed()));
    else if (require(args, QStringLiteral("name")))
        a = actionByName(args.value(QStringLiteral("name")));
    else
        return;
    if (!a)
        return fail(code::MissingObject, 0, QStringLiteral("there is no such filter action"));
    FilterAction updated = *a;
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        const FilterAction *other = actionByName(n->value);
        if (n->value.trimmed().isEmpty() || (other && other != a))
            return fail(code::DuplicateObject, n->offset,
                        QStringLiteral("cannot rename to \"%1\": the name is empty or taken").arg(n->value));
        updated.name = n->value;
    }
    if (args.has(QStringLiteral("description")))
        updated.description = args.value(QStringLiteral("description"));
    if (const Arg *act = args.find(QStringLiteral("action"))) {
        const auto kind = parseAction(act->value);
        if (!kind)
            return fail(code::InvalidValue, act->offset,
                        QStringLiteral("action=%1: expected permit, block or negotiate").arg(act->value));
        updated.action = *kind;
    }
    if (const auto v = yesNoArg(args, QStringLiteral("qmpfs")))
        updated.sessionKeyPfs = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("inpass")))
        updated.acceptUnsecured = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("soft")))
        updated.allowFallback = *v;
    if (const auto v = securityMethodsArg(args))
        updated.securityMethods = *v;
    if (m_commandFailed)
        return;
    *a = std::move(updated);
}

void Interpreter::deleteFilterAction(const Args &args)
{
    const auto removable = [this](const FilterAction &a) { return ruleUser(a.id, false).isEmpty(); };
    if (args.all) {
        std::erase_if(m_store.filterActions, removable);
        return;
    }
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    FilterAction *a = actionByName(name);
    const qsizetype offset = args.find(QStringLiteral("name"))->offset;
    if (!a)
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("there is no filter action \"%1\" to delete").arg(name));
    if (const QString user = ruleUser(a->id, false); !user.isEmpty())
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("filter action \"%1\" is still used by %2; netsh refuses to delete it")
                          .arg(name, user));
    std::erase_if(m_store.filterActions, [a](const FilterAction &x) { return &x == a; });
}

// ---- rules ------------------------------------------------------------------------------------------------

namespace {
std::optional<TunnelEndpoint> parseTunnel(const QString &text)
{
    TunnelEndpoint t;
    const QString v = text.trimmed();
    if (v.isEmpty())
        return t;
    if (const auto ip = IpAddress::parse(v)) {
        t.kind = TunnelKind::Address;
        t.address = *ip;
        return t;
    }
    static const QRegularExpression dnsName(QStringLiteral(R"(^[\w]([\w.-]*[\w.])?$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!dnsName.match(v).hasMatch())
        return std::nullopt;
    t.kind = TunnelKind::DnsName;
    t.dnsName = v;
    return t;
}
} // namespace

void Interpreter::addRule(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    if (!require(args, QStringLiteral("filterlist")) || !require(args, QStringLiteral("filteraction")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    for (const Rule &r : policy->rules)
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
                        QStringLiteral("policy \"%1\" has a rule \"%2\" already").arg(policy->name, name));
    const FilterList *list = listByName(args.value(QStringLiteral("filterlist")));
    if (!list)
        return fail(
            code::MissingObject, args.find(QStringLiteral("filterlist"))->offset,
            QStringLiteral("there is no filter list \"%1\"").arg(args.value(QStringLiteral("filterlist"))));
    const FilterAction *action = actionByName(args.value(QStringLiteral("filteraction")));
    if (!action)
        return fail(code::MissingObject, args.find(QStringLiteral("filteraction"))->offset,
                    QStringLiteral("there is no filter action \"%1\"")
                        .arg(args.value(QStringLiteral("filteraction"))));
    Rule r;
    r.id = makeId(QStringLiteral("rule"));
    r.name = name;
    r.description = args.value(QStringLiteral("description"));
    r.filterList = list->id;
    r.filterAction = action->id;
    r.active = yesNoArg(args, QStringLiteral("activate")).value_or(defaults::kRuleActive);
    r.connectionType = defaults::kConnectionType;
    if (const Arg *c = args.find(QStringLiteral("conntype"))) {
        const auto type = parseConnectionType(c->value);
        if (!type)
            return fail(code::InvalidValue, c->offset,
                        QStringLiteral("conntype=%1: expected lan, dialup or all").arg(c->value));
        r.connectionType = *type;
    }
    if (const Arg *t = args.find(QStringLiteral("tunnel"))) {
        const auto tunnel = parseTunnel(t->value);
        if (!tunnel)
            return fail(code::InvalidValue, t->offset,
                        QStringLiteral("tunnel=%1: expected an IPv4 address or a DNS name").arg(t->value));
        r.tunnel = *tunnel;
    }
    bool authGiven = false;
    const auto auth = authArgs(args, &authGiven);
    if (m_commandFailed)
        return;
    r.authMethods = auth.value_or(QList<AuthMethod>());
    if (r.authMethods.isEmpty()) {
        r.authMethods = defaults::authMethods();
        report(
            code::DefaultApplied, Severity::Info, 0,
            QStringLiteral("no authentication method: netsh's dynamic default, Kerberos, is assumed (Q7)"));
    }
    policy->rules.push_back(std::move(r));
}

void Interpreter::setRule(const Args &args)
{
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    Rule *rule = nullptr;
    if (const Arg *id = args.find(QStringLiteral("id"))) {
        // The id netsh shows is the rule's place in the policy [inferred]; read as a 1-based index.
        bool ok = false;
        const int index = id->value.toInt(&ok);
        if (ok && index >= 1 && index <= policy->rules.size())
            rule = &policy->rules[index - 1];
        report(code::Unconfirmed, Severity::Warning, id->offset,
               QStringLiteral("id=%1 is read as the rule's position in the policy; netsh's numbering is not "
                              "confirmed")
                   .arg(id->value));
    } else if (require(args, QStringLiteral("name"))) {
        for (Rule &r : policy->rules)
            if (r.name.compare(args.value(QStringLiteral("name")), Qt::CaseInsensitive) == 0)
                rule = &r;
    } else {
        return;
    }
    if (!rule)
        return fail(code::MissingObject, 0,
                    QStringLiteral("policy \"%1\" has no such rule").arg(policy->name));
    Rule updated = *rule;
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        for (const Rule &r : policy->rules)
            if (&r != rule && r.name.compare(n->value, Qt::CaseInsensitive) == 0)
                return fail(code::DuplicateObject, n->offset,
                            QStringLiteral("the name \"%1\" is taken").arg(n->value));
        updated.name = n->value;
    }
    if (args.has(QStringLiteral("description")))
        updated.description = args.value(QStringLiteral("description"));
    if (const Arg *l = args.find(QStringLiteral("filterlist"))) {
        const FilterList *list = listByName(l->value);
        if (!list)
            return fail(code::MissingObject, l->offset,
                        QStringLiteral("there is no filter list \"%1\"").arg(l->value));
        updated.filterList = list->id;
    }
    if (const Arg *a = args.find(QStringLiteral("filteraction"))) {
        const FilterAction *action = actionByName(a->value);
        if (!action)
            return fail(code::MissingObject, a->offset,
                        QStringLiteral("there is no filter action \"%1\"").arg(a->value));
        updated.filterAction = action->id;
    }
    if (const auto v = yesNoArg(args, QStringLiteral("activate")))
        updated.active = *v;
    if (const Arg *c = args.find(QStringLiteral("conntype"))) {
        const auto type = parseConnectionType(c->value);
        if (!type)
            return fail(code::InvalidValue, c->offset,
                        QStringLiteral("conntype=%1 is not lan, dialup or all").arg(c->value));
        updated.connectionType = *type;
    }
    if (const Arg *t = args.find(QStringLiteral("tunnel"))) {
        const auto tunnel = parseTunnel(t->value);
        if (!tunnel)
            return fail(code::InvalidValue, t->offset,
                        QStringLiteral("tunnel=%1 is not an address or name").arg(t->value));
        updated.tunnel = *tunnel;
    }
    bool authGiven = false;
    const auto auth = authArgs(args, &authGiven);
    if (m_commandFailed)
        return;
    if (authGiven) // netsh help: the methods given replace all existing ones
        updated.authMethods = auth->isEmpty() ? defaults::authMethods() : *auth;
    *rule = std::move(updated);
}

void Interpreter::deleteRule(const Args &args)
{
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    if (args.all) {
        policy->rules.clear();
        return;
    }
    qsizetype index = -1;
    if (const Arg *id = args.find(QStringLiteral("id"))) {
        bool ok = false;
        index = id->value.toInt(&ok) - 1;
        if (!ok)
            index = -1;
    } else if (require(args, QStringLiteral("name"))) {
        for (qsizetype k = 0; k < policy->rules.size(); ++k)
            if (policy->rules[k].name.compare(args.value(QStringLiteral("name")), Qt::CaseInsensitive) == 0)
                index = k;
    } else {
        return;
    }
    if (index < 0 || index >= policy->rules.size())
        return report(code::NothingDeleted, Severity::Warning, 0,
                      QStringLiteral("policy \"%1\" has no such rule; nothing is deleted").arg(policy->name));
    policy->rules.removeAt(index);
}

void Interpreter::setDefaultRule(const Args &args)
{
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    DefaultResponseRule d = policy->defaultResponse;
    if (const auto v = yesNoArg(args, QStringLiteral("qmpfs")))
        d.sessionKeyPfs = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("activate")))
        d.active = *v;
    if (const auto v = securityMethodsArg(args))
        d.securityMethods = *v;
    bool authGiven = false;
    const auto auth = authArgs(args, &authGiven);
    if (m_commandFailed)
        return;
    if (authGiven)
        d.authMethods = auth->isEmpty() ? defaults::authMethods() : *auth;
    policy->defaultResponse = std::move(d);
}

void Interpreter::setStore(const Args &args)
{
    if (!require(args, QStringLiteral("location")))
        return;
    const Arg *loc = args.find(QStringLiteral("location"));
    const QString location = loc->value.trimmed().toLower();
    if (location == u"local") {
        m_store.info.location = StoreLocation::Local;
        m_store.info.domain.clear();
    } else if (location == u"domain") {
        m_store.info.location = StoreLocation::Domain;
        m_store.info.domain = args.value(QStringLiteral("domain"));
    } else if (location == u"persistent") {
        report(code::Unconfirmed, Severity::Warning, loc->offset,
               QStringLiteral("location=persistent appears only in the Server 2003 documentation (Q10); the "
                              "objects are read into the same store"));
    } else {
        fail(code::InvalidValue, loc->offset,
             QStringLiteral("location=%1: expected local or domain").arg(loc->value));
    }
}

// ---- the run
// -----------------------------------------------------------------------------------------------

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
    const QList<LogicalLine> lines = logicalLines(decoded.text);
    // Often enough for a smooth progress bar, rarely enough to cost nothing.
    constexpr qsizetype kLinesPerProgressReport = 256;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i % kLinesPerProgressReport == 0 && m_progress && !m_progress(i, lines.size())) {
            result.store = m_base;
            result.findings = m_findings << cancelledFinding(m_options.fileName);
            return result;
        }
        processLine(lines[i]);
    }
    m_line = nullptr;
    m_commandText.clear();

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

} // namespace

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
