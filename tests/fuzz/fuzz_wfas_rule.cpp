// MS-GPFAS rule strings (docs/formats/gpo.md): the first byte picks the rule kind, the rest is the string
// as UTF-8. A rule read is written back and read again unchanged.
#include "formats/gpo/gpfasrule.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ipsec;
    if (size == 0)
        return 0;
    constexpr gpo::WfasRuleKind kinds[] = {gpo::WfasRuleKind::ConnectionSecurity, gpo::WfasRuleKind::MainMode,
                                           gpo::WfasRuleKind::Firewall};
    const gpo::WfasRuleKind kind = kinds[data[0] % 3];
    const QString text = QString::fromUtf8(fuzz::inputBytes(data + 1, size - 1));
    const QString id = QStringLiteral("{fuzz}");
    const QString file = QStringLiteral("registry.pol");

    Findings findings;
    const std::optional<gpo::WfasRule> rule = gpo::parseRuleString(text, kind, id, &findings, file, 0);
    fuzz::renderFindings(findings);
    if (!rule)
        return 0;
    fuzz::renderFindings(gpo::checkRule(*rule, file, 0));
    gpo::minimumVersionFor(*rule);
    rule->isActive();
    rule->profiles();
    rule->protocol();
    rule->isTunnel();
    FUZZ_CHECK(!gpo::describeRule(*rule).isNull());
    for (const gpo::RuleToken &token : rule->tokens) {
        QString keyword;
        if (const auto address = gpo::parseWfasAddress(token.value, &keyword))
            gpo::formatWfasAddress(*address);
    }

    const QString written = rule->toString();
    Findings againFindings;
    const std::optional<gpo::WfasRule> again =
        gpo::parseRuleString(written, kind, id, &againFindings, file, 0);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toString() == written);
    return 0;
}
