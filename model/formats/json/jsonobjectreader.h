// Reads the objects of a document (docs/file-format.md) from their value trees into the store's types, and
// keeps the findings with their JSON pointers. The streaming reader (jsonreader.cpp) hands it one object at a
// time as nlohmann's SAX parser delivers it.
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "jsontree.h"

#include <QSet>
#include <QString>
#include <QUuid>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ipsec::json::detail {

// A JSON string as the document holds it, every character included. QString::fromUtf8 drops a leading
// U+FEFF (a byte order mark), which would change a name that starts with one on every save and reopen.
QString textOf(std::string_view utf8);

class ObjectReader {
public:
    explicit ObjectReader(const QString &fileName) : m_fileName(fileName) {}

    // Room for about this many ids (the set of ids would otherwise grow and rehash as the document is read).
    void expectObjects(qsizetype count) { m_ids.reserve(count); }

    // ---- where the reader is: the JSON pointer of the value being read ----
    std::size_t pointerLength() const { return m_pointer.size(); }
    void enterKey(std::string_view key);
    void enterIndex(std::size_t index);
    void leaveTo(std::size_t pointerLength) { m_pointer.resize(pointerLength); }

    // ---- the document ----
    // The top level is an object of our format in a version this build reads; otherwise one error.
    bool readHeader(Value doc);
    // The document's own keys and store info, and its arrays that were not streamed (wrong types).
    void readDocumentMembers(Value doc, StoreData &store);
    // A filter list without its "filters" when they were streamed into list.filters.
    void readFilterList(Value o, FilterList &list);
    void readFilter(Value o, Filter &filter);
    void readFilterAction(Value o, FilterAction &action);
    void readPolicy(Value o, Policy &policy);
    // An element of one of the document's arrays that is not an object.
    void notAnObject(Value element) { wrongType(element, QStringLiteral("an object")); }
    // A filter list's id is taken as it is seen, before the list's filters, so that a filter repeating it is
    // the one reported (IPS-112 names the second use).
    void claimIdEarly(Value list);

    // ---- findings that are not about one value ----
    void duplicateKey(std::string_view key);
    void syntaxError(const QString &message, qint64 byteOffset);
    void wrongEncoding();
    void tooLarge();
    void unreadable();

    Findings &findings() { return m_findings; }
    int errorCount() const { return m_errorCount; }
    // Starts the findings afresh and returns those so far (the error counts go with them).
    struct Saved {
        Findings findings;
        int errorCount = 0;
        int unlistedErrors = 0;
    };
    Saved takeFindings();
    void restoreAfter(Saved saved); // appends the saved findings after the current ones
    // Lists at most the first kMaxListedErrors errors and one IPS-117 for the rest.
    void capErrors();

private:
    enum class Need { Optional, Required };

    Finding finding(const char16_t *code, Severity severity, const QString &message, const QString &hint,
                    std::string_view memberKey) const;
    void report(const char16_t *code, Severity severity, const QString &message, const QString &hint,
                std::string_view memberKey = {});
    void error(const char16_t *code, const QString &message, const QString &hint,
               std::string_view memberKey = {});
    // Findings made elsewhere (the intents' reader), with their own pointers.
    void reportAll(const Findings &found);

    void readStoreInfo(Value o, StoreInfo &info);
    void readSecurityMethod(Value o, SecurityMethod &m);
    void readIke(Value o, IkeSettings &ike);
    void readIkeMethod(Value o, IkeMethod &m);
    void readDefaultResponse(Value o, DefaultResponseRule &d);
    void readRule(Value o, Rule &rule);
    void readAuthMethod(Value o, AuthMethod &m);

    std::optional<Value> typedMember(Value object, std::string_view name, Need need,
                                     bool (Value::*isType)() const, const QString &expected);
    void wrongType(Value value, const QString &expected, std::string_view name = {});
    std::optional<Value> objectMember(Value object, std::string_view name, Need need);
    std::optional<Value> stringMember(Value object, std::string_view name, Need need);
    bool readText(Value o, std::string_view name, QString &out, Need need = Need::Optional);
    bool readBool(Value o, std::string_view name, bool &out);
    bool readNumber(Value o, std::string_view name, std::uint32_t &out);
    template <typename E> bool readToken(Value o, std::string_view name, E &out, Need need = Need::Optional);
    struct ClaimedId {
        QUuid id;
        bool unique = false;
    };
    bool readId(Value o, std::string_view name, QUuid &out, Need need,
                const std::optional<ClaimedId> &claimed = std::nullopt);
    bool readGuid(Value o, std::string_view name, QUuid &out, Need need);
    bool checkUnique(const QUuid &id);
    bool readAddress(Value o, std::string_view name, FilterAddress &out);
    bool readPorts(Value o, std::string_view name, PortRange &out);
    bool readProtocol(Value o, std::string_view name, std::uint8_t &out);
    bool readTunnel(Value o, std::string_view name, TunnelEndpoint &out);
    template <typename Container, typename Element>
    void readArray(Value o, std::string_view name, Container &out,
                   void (ObjectReader::*readElement)(Value, Element &));
    template <std::size_t N>
    void checkKeys(Value o, const std::array<std::string_view, N> &known,
                   std::optional<AuthKind> authKind = std::nullopt);

    // Appends one segment to the current JSON pointer for as long as it lives.
    class Step {
    public:
        Step(ObjectReader &reader, std::string_view key) : m_reader(reader), m_length(reader.pointerLength())
        {
            reader.enterKey(key);
        }
        Step(ObjectReader &reader, std::size_t index) : m_reader(reader), m_length(reader.pointerLength())
        {
            reader.enterIndex(index);
        }
        ~Step() { m_reader.leaveTo(m_length); }
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;

    private:
        ObjectReader &m_reader;
        std::size_t m_length;
    };

    QString m_fileName;
    std::string m_pointer;
    Findings m_findings;
    int m_errorCount = 0;
    int m_unlistedErrors = 0;
    QSet<QUuid> m_ids;
    std::optional<ClaimedId> m_claimedId; // a filter list's id, checked before its filters
};

} // namespace ipsec::json::detail
