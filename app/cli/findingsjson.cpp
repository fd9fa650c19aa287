#include "findingsjson.h"

namespace ipsec::cli {
namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

QString objectKindName(ObjectKind k)
{
    switch (k) {
    case ObjectKind::None:
        return {};
    case ObjectKind::Store:
        return QStringLiteral("store");
    case ObjectKind::FilterList:
        return QStringLiteral("filterList");
    case ObjectKind::Filter:
        return QStringLiteral("filter");
    case ObjectKind::FilterAction:
        return QStringLiteral("filterAction");
    case ObjectKind::Policy:
        return QStringLiteral("policy");
    case ObjectKind::Rule:
        return QStringLiteral("rule");
    case ObjectKind::DefaultResponseRule:
        return QStringLiteral("defaultResponseRule");
    }
    return {};
}

namespace {

nlohmann::ordered_json toJson(const Location &l)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    auto text = [&j](const char *key, const QString &value) {
        if (!value.isEmpty())
            j[key] = utf8(value);
    };
    text("kind", objectKindName(l.kind));
    if (!l.objectId.isNull())
        j["objectId"] = utf8(l.objectId.toString(QUuid::WithBraces));
    if (!l.parentId.isNull())
        j["parentId"] = utf8(l.parentId.toString(QUuid::WithBraces));
    text("objectPath", l.objectPath);
    text("field", l.field);
    text("file", l.file);
    if (l.line > 0)
        j["line"] = l.line;
    if (l.column > 0)
        j["column"] = l.column;
    if (l.byteOffset >= 0)
        j["byteOffset"] = l.byteOffset;
    text("pointer", l.pointer);
    return j;
}

} // namespace

nlohmann::ordered_json toJson(const Finding &f)
{
    return {{"code", utf8(f.code)},
            {"severity", utf8(severityName(f.severity))},
            {"message", utf8(f.message)},
            {"hint", utf8(f.hint)},
            {"location", toJson(f.location)}};
}

nlohmann::ordered_json findingsReport(const Findings &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Finding &f : findings)
        list.push_back(toJson(f));
    return {{"errors", countOf(findings, Severity::Error)},
            {"warnings", countOf(findings, Severity::Warning)},
            {"infos", countOf(findings, Severity::Info)},
            {"findings", std::move(list)}};
}

} // namespace ipsec::cli
