#include "jsonwriter.h"

#include "core/enumnames.h"
#include "core/largearray.h"
#include "jsonformat.h"
#include "jsonkeys.h"

#include <vector>

namespace ipsec::json::detail {
namespace {

// About what one filter takes in the document (docs/performance.md): the buffer is reserved once.
constexpr qsizetype kBytesPerFilter = 340;
constexpr qsizetype kBytesPerOtherObject = 2048;
constexpr qsizetype kChunkBytes = qsizetype(1) << 20; // what a sink is given at a time, about

// Writes the document's text straight into one buffer, laid out exactly as nlohmann's dump(2) lays out a
// DOM (two spaces per level, "key": value, empty containers as {} and []), so that the canonical form of
// docs/file-format.md is unchanged; no DOM is built.
//
// With a sink, the text goes to the sink a chunk at a time (after the object that fills a chunk), so a large
// document is never in memory whole and its buffer is never fresh memory again (docs/performance.md).
class TextWriter {
public:
    explicit TextWriter(qsizetype reserve, DocumentSink sink = {}) : m_sink(std::move(sink))
    {
        m_out.reserve(m_sink ? kChunkBytes + kChunkBytes / 2 : reserve);
        adviseHugePages(m_out.data(), std::size_t(m_out.capacity())); // 32 MB: 16 faults, not 8,000
    }

    QByteArray take() &&
    {
        m_out += '\n';
        return std::move(m_out);
    }

    // The rest of the text to the sink; whether the sink took every chunk.
    bool finish() &&
    {
        m_out += '\n';
        flush();
        return m_sinkOk;
    }

    void beginObject() { open('{'); }
    void endObject()
    {
        close('}');
        if (m_sink && m_out.size() >= kChunkBytes)
            flush();
    }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // The key of the object's next member; its value follows.
    void key(std::string_view name)
    {
        nextElement();
        m_out += '"';
        m_out.append(name.data(), static_cast<qsizetype>(name.size()));
        m_out += "\": ";
        m_afterKey = true;
    }

    void value(std::string_view text)
    {
        beforeValue();
        m_out += '"';
        m_out.append(text.data(), static_cast<qsizetype>(text.size())); // keys and tokens: plain ASCII
        m_out += '"';
    }
    void value(QStringView text)
    {
        beforeValue();
        m_out += '"';
        appendEscaped(text);
        m_out += '"';
    }
    void value(bool b)
    {
        beforeValue();
        m_out += b ? "true" : "false";
    }
    void value(std::uint32_t n)
    {
        beforeValue();
        char digits[10];
        int count = 0;
        do {
            digits[count++] = char('0' + n % 10);
            n /= 10;
        } while (n != 0);
        while (count > 0)
            m_out += digits[--count];
    }
    // GUIDs are written lower case without braces; the reader accepts braces and any case as well.
    void value(const QUuid &id)
    {
        beforeValue();
        static constexpr char hex[] = "0123456789abcdef";
        char text[38];
        int at = 0;
        text[at++] = '"';
        const auto put = [&](std::uint64_t v, int digits) {
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
                text[at++] = hex[(v >> shift) & 0xF];
        };
        put(id.data1, 8);
        text[at++] = '-';
        put(id.data2, 4);
        text[at++] = '-';
        put(id.data3, 4);
        text[at++] = '-';
        put((std::uint64_t(id.data4[0]) << 8) | id.data4[1], 4);
        text[at++] = '-';
        for (int i = 2; i < 8; ++i)
            put(id.data4[i], 2);
        text[at++] = '"';
        m_out.append(text, at);
    }

    template <typename T> void member(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void open(char bracket)
    {
        beforeValue();
        m_out += bracket;
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty) {
            m_out += '\n';
            indent();
        }
        m_out += bracket;
    }
    // A value after its key stays on the key's line; an array element starts a line of its own.
    void beforeValue()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_empty.empty())
            nextElement();
    }
    void nextElement()
    {
        if (m_empty.back())
            m_empty.back() = false;
        else
            m_out += ',';
        m_out += '\n';
        indent();
    }
    void indent() { m_out.append(qsizetype(m_empty.size()) * 2, ' '); }

    void flush()
    {
        m_sinkOk = m_sinkOk && m_sink(m_out); // after a refusal the text is only dropped
        m_out.resize(0);                      // keeps its capacity
    }

    // JSON string escaping as nlohmann writes it: the two-letter escapes, \u00xx for other control
    // characters, everything else as UTF-8 (an unpaired surrogate, which UTF-8 cannot carry, as '?').
    void appendEscaped(QStringView text)
    {
        static constexpr char hex[] = "0123456789abcdef";
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                m_out += char(c);
                continue;
            }
            switch (c) {
            case '"':
                m_out += "\\\"";
                continue;
            case '\\':
                m_out += "\\\\";
                continue;
            case '\b':
                m_out += "\\b";
                continue;
            case '\f':
                m_out += "\\f";
                continue;
            case '\n':
                m_out += "\\n";
                continue;
            case '\r':
                m_out += "\\r";
                continue;
            case '\t':
                m_out += "\\t";
                continue;
            default:
                break;
            }
            if (c < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                m_out.append(escaped, 6);
            } else if (c < 0x800) {
                m_out += char(0xC0 | (c >> 6));
                m_out += char(0x80 | (c & 0x3F));
            } else if (QChar::isHighSurrogate(c) && i + 1 < n &&
                       QChar::isLowSurrogate(text[i + 1].unicode())) {
                const char32_t u = QChar::surrogateToUcs4(c, text[++i].unicode());
                m_out += char(0xF0 | (u >> 18));
                m_out += char(0x80 | ((u >> 12) & 0x3F));
                m_out += char(0x80 | ((u >> 6) & 0x3F));
                m_out += char(0x80 | (u & 0x3F));
            } else if (QChar::isSurrogate(c)) {
                m_out += '?'; // as QString::toUtf8 writes it
            } else {
                m_out += char(0xE0 | (c >> 12));
                m_out += char(0x80 | ((c >> 6) & 0x3F));
                m_out += char(0x80 | (c & 0x3F));
            }
        }
    }

    QByteArray m_out;
    DocumentSink m_sink;
    bool m_sinkOk = true;
    std::vector<bool> m_empty; // per open container: nothing written into it yet
    bool m_afterKey = false;
};

// Enum values as their token (plain ASCII).
template <typename E> void tokenMember(TextWriter &w, std::string_view name, E value)
{
    w.key(name);
    w.value(QStringView(token(value)));
}

// Named protocols as their lower-case name, all others as the number.
void writeProtocol(TextWriter &w, std::uint8_t p)
{
    w.key(key::Protocol);
    switch (p) {
    case protocol::Any:
        return w.value(std::string_view("any"));
    case protocol::Icmp:
        return w.value(std::string_view("icmp"));
    case protocol::Tcp:
        return w.value(std::string_view("tcp"));
    case protocol::Udp:
        return w.value(std::string_view("udp"));
    case protocol::Raw:
        return w.value(std::string_view("raw"));
    default:
        return w.value(std::uint32_t(p));
    }
}

// The tunnel endpoint as one string: "none", an IP address, or "name:<dns name>" (as filter addresses).
void writeFilter(TextWriter &w, const Filter &f)
{
    w.beginObject();
    w.member(key::Id, f.id);
    w.member(key::Description, QStringView(f.description));
    w.member(key::Mirrored, f.mirrored);
    w.member(key::Source, QStringView(formatAddress(f.source)));
    w.member(key::Destination, QStringView(formatAddress(f.destination)));
    writeProtocol(w, f.protocol);
    w.member(key::SourcePort, QStringView(formatPorts(f.sourcePort)));
    w.member(key::DestinationPort, QStringView(formatPorts(f.destinationPort)));
    w.endObject();
}

void writeFilterList(TextWriter &w, const FilterList &l)
{
    w.beginObject();
    w.member(key::Id, l.id);
    w.member(key::Name, QStringView(l.name));
    w.member(key::Description, QStringView(l.description));
    w.key(key::Filters);
    w.beginArray();
    for (const Filter &f : l.filters)
        writeFilter(w, f);
    w.endArray();
    w.endObject();
}

void writeSecurityMethods(TextWriter &w, const QList<SecurityMethod> &methods)
{
    w.key(key::SecurityMethods);
    w.beginArray();
    for (const SecurityMethod &m : methods) {
        w.beginObject();
        tokenMember(w, key::Protocol, m.protocol);
        tokenMember(w, key::AhIntegrity, m.ahIntegrity);
        tokenMember(w, key::EspEncryption, m.espEncryption);
        tokenMember(w, key::EspIntegrity, m.espIntegrity);
        w.member(key::LifetimeKilobytes, m.lifetimeKilobytes);
        w.member(key::LifetimeSeconds, m.lifetimeSeconds);
        w.endObject();
    }
    w.endArray();
}

void writeFilterAction(TextWriter &w, const FilterAction &a)
{
    w.beginObject();
    w.member(key::Id, a.id);
    w.member(key::Name, QStringView(a.name));
    w.member(key::Description, QStringView(a.description));
    tokenMember(w, key::Action, a.action);
    writeSecurityMethods(w, a.securityMethods);
    w.member(key::AcceptUnsecured, a.acceptUnsecured);
    w.member(key::AllowFallback, a.allowFallback);
    w.member(key::SessionKeyPfs, a.sessionKeyPfs);
    w.endObject();
}

// Only the keys that mean something for the kind: the CA for a certificate, the key for a preshared key.
void writeAuthMethods(TextWriter &w, const QList<AuthMethod> &methods)
{
    w.key(key::AuthMethods);
    w.beginArray();
    for (const AuthMethod &m : methods) {
        w.beginObject();
        tokenMember(w, key::Kind, m.kind);
        switch (m.kind) {
        case AuthKind::Kerberos:
            break;
        case AuthKind::Certificate:
            w.member(key::CertificateAuthority, QStringView(m.value));
            w.member(key::CertificateToAccountMapping, m.certificateToAccountMapping);
            w.member(key::ExcludeCaName, m.excludeCaName);
            break;
        case AuthKind::PresharedKey:
            w.member(key::PresharedKey, QStringView(m.value));
            break;
        }
        w.endObject();
    }
    w.endArray();
}

void writeIke(TextWriter &w, const IkeSettings &ike)
{
    w.key(key::Ike);
    w.beginObject();
    w.member(key::Id, ike.id);
    w.member(key::MasterKeyPfs, ike.masterKeyPfs);
    w.member(key::QuickModesPerMainMode, ike.quickModesPerMainMode);
    w.member(key::LifetimeMinutes, ike.lifetimeMinutes);
    w.key(key::Methods);
    w.beginArray();
    for (const IkeMethod &m : ike.methods) {
        w.beginObject();
        tokenMember(w, key::Encryption, m.encryption);
        tokenMember(w, key::Integrity, m.integrity);
        tokenMember(w, key::DhGroup, m.dhGroup);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeDefaultResponse(TextWriter &w, const DefaultResponseRule &d)
{
    w.key(key::DefaultResponse);
    w.beginObject();
    w.member(key::Id, d.id);
    w.member(key::NegotiationPolicyId, d.negotiationPolicyId);
    w.member(key::Active, d.active);
    writeAuthMethods(w, d.authMethods);
    writeSecurityMethods(w, d.securityMethods);
    w.member(key::SessionKeyPfs, d.sessionKeyPfs);
    w.endObject();
}

void writeRule(TextWriter &w, const Rule &r)
{
    w.beginObject();
    w.member(key::Id, r.id);
    w.member(key::Name, QStringView(r.name));
    w.member(key::Description, QStringView(r.description));
    w.member(key::FilterList, r.filterList);
    w.member(key::FilterAction, r.filterAction);
    writeAuthMethods(w, r.authMethods);
    w.member(key::Tunnel, QStringView(formatTunnel(r.tunnel)));
    tokenMember(w, key::ConnectionType, r.connectionType);
    w.member(key::Active, r.active);
    w.member(key::InterfaceName, QStringView(r.interfaceName));
    w.endObject();
}

void writePolicy(TextWriter &w, const Policy &p)
{
    w.beginObject();
    w.member(key::Id, p.id);
    w.member(key::Name, QStringView(p.name));
    w.member(key::Description, QStringView(p.description));
    w.member(key::Assigned, p.assigned);
    w.member(key::PollingIntervalMinutes, p.pollingIntervalMinutes);
    writeIke(w, p.ike);
    writeDefaultResponse(w, p.defaultResponse);
    w.key(key::Rules);
    w.beginArray();
    for (const Rule &r : p.rules)
        writeRule(w, r);
    w.endArray();
    w.endObject();
}

void writeStoreInfo(TextWriter &w, const StoreInfo &info)
{
    w.key(key::Store);
    w.beginObject();
    w.member(key::Name, QStringView(info.name));
    w.member(key::Description, QStringView(info.description));
    tokenMember(w, key::Location, info.location);
    w.member(key::Domain, QStringView(info.domain));
    w.member(key::OrganizationalUnit, QStringView(info.organizationalUnit));
    w.member(key::GpoName, QStringView(info.gpoName));
    tokenMember(w, key::Target, info.target);
    w.endObject();
}

// docs/file-format.md, Intents: {"name", "policy", "packet", "expect"}.
void writeIntent(TextWriter &w, const Intent &intent)
{
    w.beginObject();
    w.member(key::Name, QStringView(intent.name));
    w.member(key::Policy, QStringView(intent.policy));
    w.member(key::Packet, QStringView(intent.packet));
    tokenMember(w, key::Expect, intent.expect);
    w.endObject();
}

template <typename T>
void writeArray(TextWriter &w, std::string_view name, const std::vector<T> &items,
                void (*writeItem)(TextWriter &, const T &))
{
    w.key(name);
    w.beginArray();
    for (const T &item : items)
        writeItem(w, item);
    w.endArray();
}

void writeStore(TextWriter &w, const StoreData &store)
{
    w.beginObject();
    w.member(key::Format, key::kFormatName);
    w.member(key::Version, std::uint32_t(kFormatVersion));
    writeStoreInfo(w, store.info);
    writeArray(w, key::FilterLists, store.filterLists, &writeFilterList);
    writeArray(w, key::FilterActions, store.filterActions, &writeFilterAction);
    writeArray(w, key::Policies, store.policies, &writePolicy);
    if (!store.intents.empty()) // only documents with intents carry the key
        writeArray(w, key::Intents, store.intents, &writeIntent);
    w.endObject();
}

} // namespace

qsizetype estimatedDocumentBytes(const StoreData &store)
{
    const qsizetype others =
        qsizetype(store.filterLists.size() + store.filterActions.size() + store.policies.size()) + 1;
    return qsizetype(store.filterCount()) * kBytesPerFilter + others * kBytesPerOtherObject;
}

QByteArray writeDocument(const StoreData &store)
{
    TextWriter w(estimatedDocumentBytes(store));
    writeStore(w, store);
    return std::move(w).take();
}

bool writeDocument(const StoreData &store, DocumentSink sink)
{
    TextWriter w(0, std::move(sink));
    writeStore(w, store);
    return std::move(w).finish();
}

} // namespace ipsec::json::detail
