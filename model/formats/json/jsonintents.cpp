#include "jsonintents.h"

#include "core/enumnames.h"
#include "jsonfindings.h"
#include "jsonkeys.h"
#include "jsonobjectreader.h"

#include <algorithm>

namespace ipsec::json {
namespace {

Finding problem(const char16_t *code, Severity severity, const std::string &pointer, const QString &message,
                const QString &hint)
{
    Finding f;
    f.code = QString::fromUtf16(code);
    f.severity = severity;
    f.location.pointer = QString::fromStdString(pointer);
    f.message = message;
    f.hint = hint;
    return f;
}

QString text(std::string_view s)
{
    return detail::textOf(s);
}

// A string member; false (with a finding for a wrong type or a missing required key) when not usable.
bool readString(const nlohmann::json &o, std::string_view key, const std::string &at, bool required,
                QString &out, Findings &findings)
{
    const auto it = o.find(key);
    if (it == o.end()) {
        if (required)
            findings << problem(code::MissingKey, Severity::Error, at,
                                QStringLiteral("The intent has no \"%1\".").arg(text(key)),
                                QStringLiteral("Add \"%1\" (see docs/file-format.md).").arg(text(key)));
        return !required;
    }
    if (!it->is_string()) {
        findings << problem(code::WrongType, Severity::Error, at + '/' + std::string(key),
                            QStringLiteral("\"%1\" must be a string.").arg(text(key)),
                            QStringLiteral("Write a string here (see docs/file-format.md)."));
        return false;
    }
    out = detail::textOf(it->get_ref<const std::string &>());
    return true;
}

} // namespace

std::vector<Intent> intentsFromJson(const nlohmann::json &value, Findings &findings)
{
    std::vector<Intent> intents;
    const std::string base = "/" + std::string(key::Intents);
    if (!value.is_array()) {
        findings << problem(code::WrongType, Severity::Error, base,
                            QStringLiteral("\"intents\" must be an array."),
                            QStringLiteral("Write an array of intents (see docs/file-format.md)."));
        return intents;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const nlohmann::json &o = value[i];
        const std::string at = base + '/' + std::to_string(i);
        if (!o.is_object()) {
            findings << problem(code::WrongType, Severity::Error, at,
                                QStringLiteral("An intent must be an object."),
                                QStringLiteral("Write {\"name\", \"policy\", \"packet\", \"expect\"}."));
            continue;
        }
        for (const auto &[k, v] : o.items()) {
            if (std::find(key::kIntentKeys.begin(), key::kIntentKeys.end(), k) == key::kIntentKeys.end())
                findings << problem(
                    code::UnknownKey, Severity::Warning, at + '/' + k,
                    QStringLiteral("The key \"%1\" is not part of an intent and is ignored.")
                        .arg(QString::fromStdString(k)),
                    QStringLiteral("Remove it, or check its spelling against docs/file-format.md."));
        }
        Intent intent;
        QString expect;
        bool ok = readString(o, key::Name, at, true, intent.name, findings);
        ok = readString(o, key::Policy, at, false, intent.policy, findings) && ok;
        ok = readString(o, key::Packet, at, true, intent.packet, findings) && ok;
        if (readString(o, key::Expect, at, true, expect, findings)) {
            if (const std::optional<Treatment> t = fromToken<Treatment>(expect)) {
                intent.expect = *t;
            } else {
                findings << problem(code::UnknownToken, Severity::Error, at + "/expect",
                                    QStringLiteral("\"expect\" must be permit, block, negotiate or none."),
                                    QStringLiteral("Use one of: permit, block, negotiate, none."));
                ok = false;
            }
        } else {
            ok = false;
        }
        if (ok)
            intents.push_back(std::move(intent));
    }
    return intents;
}

} // namespace ipsec::json
