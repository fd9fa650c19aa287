// Registry.pol ("PReg", docs/formats/gpo.md, registry.pol): an 8-byte header and records
// "[key;value;type;size;data]" with UTF-16LE delimiters. The reader keeps every record as it is, in file
// order, so that writing the records back gives the same bytes; it checks every length against what is left
// and reports each problem with the file and the byte offset.
#pragma once

#include "core/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace ipsec::gpo {

namespace regtype {
inline constexpr std::uint32_t None = 0;
inline constexpr std::uint32_t Sz = 1;
inline constexpr std::uint32_t ExpandSz = 2;
inline constexpr std::uint32_t Binary = 3;
inline constexpr std::uint32_t Dword = 4;
inline constexpr std::uint32_t DwordBigEndian = 5;
inline constexpr std::uint32_t MultiSz = 7;
inline constexpr std::uint32_t Qword = 11;
} // namespace regtype

// What a record asks the Registry CSE to do (docs/formats/gpo.md, registry.pol).
enum class PolInstruction : std::uint8_t {
    SetValue,     // an ordinary value
    EnsureKey,    // key-only record: empty value name, REG_NONE, no data
    DeleteValue,  // **Del.<name>
    DeleteAll,    // **DelVals.
    DeleteValues, // **DeleteValues  (data: names separated by ';')
    DeleteKeys,   // **DeleteKeys    (data: subkey names separated by ';')
    SecureKey,    // **SecureKey
    SoftValue,    // **soft.<name>: create only if absent
};

struct PolRecord {
    QString key;       // no hive prefix, components joined by '\'
    QString valueName; // may be empty (key-only record)
    std::uint32_t type = regtype::None;
    QByteArray data; // raw, exactly as stored (REG_SZ includes its NUL)

    friend bool operator==(const PolRecord &, const PolRecord &) = default;

    PolInstruction instruction() const;
    // For **Del.<name> and **soft.<name>: the value the instruction is about.
    QString instructionTarget() const;
    bool isString() const { return type == regtype::Sz || type == regtype::ExpandSz; }
    // REG_SZ / REG_EXPAND_SZ text without the one terminating NUL (docs/formats/gpo.md, registry.pol).
    QString text() const;
    // REG_MULTI_SZ strings.
    QStringList multiText() const;
    // REG_DWORD (little-endian) / REG_DWORD_BIG_ENDIAN; nullopt when the type or size does not fit.
    std::optional<std::uint32_t> dword() const;
    std::optional<std::uint64_t> qword() const;

    static PolRecord string(const QString &key, const QString &name, const QString &text,
                            std::uint32_t type = regtype::Sz);
    static PolRecord dwordValue(const QString &key, const QString &name, std::uint32_t value);
    static PolRecord keyOnly(const QString &key);
    static PolRecord deleteValue(const QString &key, const QString &name); // **Del.<name>, data " \0"
    static PolRecord deleteAllValues(const QString &key);                  // **DelVals.
};

// The largest data a record may carry [spec MS-GPREG 2.2.1]; refused by the writer, reported by the reader.
inline constexpr std::uint32_t kMaxPolDataSize = 0xFFFF;

struct PolReadResult {
    bool ok = false; // false: the header is wrong or a record is broken (records before it are kept)
    QList<PolRecord> records;
    QList<qint64> recordOffsets; // byte offset of each record's '['
    Findings findings;
};

// Reads a whole registry.pol. `fileName` only labels the findings.
PolReadResult readRegistryPol(const QByteArray &bytes, const QString &fileName = {});

// Writes header and records. Refuses (returns an empty array and an error finding) a record whose data is
// longer than 65,535 bytes or whose key or value name cannot be written (empty key, embedded NUL).
QByteArray writeRegistryPol(const QList<PolRecord> &records, Findings *findings = nullptr);

// One record in the text form of the testdata dumps: [key] 'name' type=N size=N data (for show/diagnostics).
QString describeRecord(const PolRecord &record);

} // namespace ipsec::gpo
