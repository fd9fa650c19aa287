#include "jsonwriter.h"

#include "core/enumnames.h"
#include "core/largearray.h"
#include "jsonformat.h"
#include "jsonkeys.h"

#include <algorithm>
#include <cstring>
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
        grow(m_sink ? kChunkBytes + kChunkBytes / 2 : reserve);
    }

    QByteArray take() &&
    {
        put('\n');
        m_buffer.truncate(used());
        return std::move(m_buffer);
    }

    // The rest of the text to the sink; whether the sink took every chunk.
    bool finish() &&
    {
        put('\n');
        flush();
        return m_sinkOk;
    }

    void beginObject() { open('{'); }
    void endObject()
    {
        close('}');
        if (m_sink && used() >= kChunkBytes)
            flush();
    }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // The key of the object's next member; its value follows.
    void key(std::string_view name)
    {
        nextElement();
        room(name.size() + 4);
        *m_at++ = '"';
        copy(name);
        *m_at++ = '"';
        *m_at++ = ':';
        *m_at++ = ' ';
        m_afterKey = true;
    }

    void value(std::string_view text) // keys and tokens: plain ASCII
    {
        beforeValue();
        room(text.size() + 2);
        *m_at++ = '"';
        copy(text);
        *m_at++ = '"';
    }
    void value(QStringView text)
    {
        beforeValue();
        room(std::size_t(text.size()) * 6 + 2); // the longest escape, \u00xx, is six bytes
        *m_at++ = '"';
        appendEscaped(text);
        *m_at++ = '"';
    }
    void value(bool b)
    {
        beforeValue();
        room(5);
        copy(b ? std::string_view("true") : std::string_view("false"));
    }
    void value(std::uint32_t n)
    {
        beforeValue();
        room(10);
        putDecimal(n);
    }
    // GUIDs are written lower case without braces; the reader accepts braces and any case as well.
    void value(const QUuid &id)
    {
        beforeValue();
        room(38);
        *m_at++ = '"';
        const auto hexDigits = [this](std::uint64_t v, int digits) {
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
                *m_at++ = kHex[(v >> shift) & 0xF];
        };
        hexDigits(id.data1, 8);
        *m_at++ = '-';
        hexDigits(id.data2, 4);
        *m_at++ = '-';
        hexDigits(id.data3, 4);
        *m_at++ = '-';
        hexDigits((std::uint64_t(id.data4[0]) << 8) | id.data4[1], 4);
        *m_at++ = '-';
        for (int i = 2; i < 8; ++i)
            hexDigits(id.data4[i], 2);
        *m_at++ = '"';
    }
    // A filter address as formatAddress writes it; the usual IPv4 host and subnet without a temporary string.
    void value(const FilterAddress &a)
    {
        const bool v4 = a.address.isIPv4();
        const int prefix = a.kind == AddressKind::Subnet && v4 ? a.second.prefixLength() : -1;
        if (!v4 || (a.kind != AddressKind::Host && prefix < 0))
            return value(QStringView(formatAddress(a)));
        beforeValue();
        room(2 + 15 + 3);
        *m_at++ = '"';
        putIPv4(a.address.toIPv4());
        if (a.kind == AddressKind::Subnet) {
            *m_at++ = '/';
            putDecimal(std::uint32_t(prefix));
        }
        *m_at++ = '"';
    }
    // Ports as formatPorts writes them: "any", "443" or "1024-65535".
    void value(const PortRange &p)
    {
        beforeValue();
        room(2 + 11);
        *m_at++ = '"';
        if (p.isAny()) {
            copy("any");
        } else {
            putDecimal(p.first);
            if (p.first != p.last) {
                *m_at++ = '-';
                putDecimal(p.last);
            }
        }
        *m_at++ = '"';
    }

    template <typename T> void member(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    static constexpr char kHex[] = "0123456789abcdef";

    // The text is written through a pointer into one buffer; room(n) makes sure n more bytes fit, so each
    // write is a store, not a call (QByteArray::append was a third of the save).
    qsizetype used() const { return m_at - m_buffer.constData(); }
    void room(std::size_t bytes)
    {
        if (std::size_t(m_end - m_at) < bytes)
            grow(qsizetype(bytes));
    }
    void grow(qsizetype bytes)
    {
        const qsizetype kept = m_at ? used() : 0;
        const qsizetype capacity = std::max(kept + bytes, m_buffer.size() * 2);
        QByteArray larger;
        larger.resize(capacity);                               // uninitialised: written before it is read
        adviseHugePages(larger.data(), std::size_t(capacity)); // 32 MB: 16 faults, not 8,000
        if (kept > 0)
            std::memcpy(larger.data(), m_buffer.constData(), std::size_t(kept));
        m_buffer = std::move(larger);
        m_at = m_buffer.data() + kept;
        m_end = m_buffer.data() + m_buffer.size();
    }
    void put(char c)
    {
        room(1);
        *m_at++ = c;
    }
    void copy(std::string_view text) // after room()
    {
        std::memcpy(m_at, text.data(), text.size());
        m_at += text.size();
    }
    void putDecimal(std::uint32_t n) // after room(10)
    {
        char digits[10];
        int count = 0;
        do {
            digits[count++] = char('0' + n % 10);
            n /= 10;
        } while (n != 0);
        while (count > 0)
            *m_at++ = digits[--count];
    }
    void putIPv4(std::uint32_t hostOrder) // after room(15)
    {
        for (int shift = 24; shift >= 0; shift -= 8) {
            putDecimal((hostOrder >> shift) & 0xFF);
            if (shift > 0)
                *m_at++ = '.';
        }
    }

    void open(char bracket)
    {
        beforeValue();
        put(bracket);
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_empty.back();
        m_empty.pop_back();
        room(1 + m_empty.size() * 2 + 1);
        if (!empty) {
            *m_at++ = '\n';
            indent();
        }
        *m_at++ = bracket;
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
        room(2 + m_empty.size() * 2);
        if (m_empty.back())
            m_empty.back() = false;
        else
            *m_at++ = ',';
        *m_at++ = '\n';
        indent();
    }
    void indent() // after room()
    {
        const std::size_t spaces = m_empty.size() * 2;
        std::memset(m_at, ' ', spaces);
        m_at += spaces;
    }

    void flush()
    {
        // after a refusal the text is only dropped
        m_sinkOk = m_sinkOk && m_sink(QByteArrayView(m_buffer.constData(), used()));
        m_at = m_buffer.data(); // the buffer is reused
    }

    // JSON string escaping as nlohmann writes it: the two-letter escapes, \u00xx for other control
    // characters, everything else as UTF-8 (an unpaired surrogate, which UTF-8 cannot carry, as '?').
    // After room(6 * text.size()): no character takes more than six bytes, a surrogate pair four.
    void appendEscaped(QStringView text)
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                *m_at++ = char(c);
                continue;
            }
            const auto escape = [this](char letter) {
                *m_at++ = '\\';
                *m_at++ = letter;
            };
            switch (c) {
            case '"':
                escape('"');
                continue;
            case '\\':
                escape('\\');
                continue;
            case '\b':
                escape('b');
                continue;
            case '\f':
                escape('f');
                continue;
            case '\n':
                escape('n');
                continue;
            case '\r':
                escape('r');
                continue;
            case '\t':
                escape('t');
                continue;
            default:
                break;
            }
            if (c < 0x20) {
                escape('u');
                *m_at++ = '0';
                *m_at++ = '0';
                *m_at++ = kHex[c >> 4];
                *m_at++ = kHex[c & 0xF];
            } else if (c < 0x800) {
                *m_at++ = char(0xC0 | (c >> 6));
                *m_at++ = char(0x80 | (c & 0x3F));
            } else if (QChar::isHighSurrogate(c) && i + 1 < n &&
                       QChar::isLowSurrogate(text[i + 1].unicode())) {
                const char32_t u = QChar::surrogateToUcs4(c, text[++i].unicode());
                *m_at++ = char(0xF0 | (u >> 18));
                *m_at++ = char(0x80 | ((u >> 12) & 0x3F));
                *m_at++ = char(0x80 | ((u >> 6) & 0x3F));
                *m_at++ = char(0x80 | (u & 0x3F));
            } else if (QChar::isSurrogate(c)) {
                *m_at++ = '?'; // as QString::toUtf8 writes it
            } else {
                *m_at++ = char(0xE0 | (c >> 12));
                *m_at++ = char(0x80 | ((c >> 6) & 0x3F));
                *m_at++ = char(0x80 | (c & 0x3F));
            }
        }
    }

    QByteArray m_buffer; // its size is its capacity; the text is what lies before m_at
    char *m_at = nullptr;
    char *m_end = nullptr;
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
    w.member(key::Source, f.source);
    w.member(key::Destination, f.destination);
    writeProtocol(w, f.protocol);
    w.member(key::SourcePort, f.sourcePort);
    w.member(key::DestinationPort, f.destinationPort);
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
