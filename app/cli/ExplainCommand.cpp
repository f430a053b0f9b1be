// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "cli/Commands.h"
#include "cli/ExplainPhrases.h"
#include "cli/Placeholders.h"
#include "engine/CatalogLoader.h"
#include "engine/RuleExplainer.h"
#include "engine/ScanJson.h"

#include <algorithm>

namespace offramp::cli {

namespace {

std::string knownJurisdictions(const Catalog& catalog)
{
    std::string list;
    for (const auto& jurisdiction : catalog.jurisdictions) {
        list += (list.empty() ? "" : ", ") + jurisdiction.code;
    }
    return list;
}

// How far the step is from the date: "in 3 days", "785 days ago", "from today".
std::string describeStep(const ExplainPhrases& phrases, const ExplainedStep& step)
{
    if (step.status == StepStatus::Upcoming) {
        return phrases.counted(phrases.inDays, step.days);
    }
    return step.days == 0 ? std::string(phrases.fromToday) : phrases.counted(phrases.daysAgo, step.days);
}

void printHuman(std::ostream& out, const Catalog& catalog, const Jurisdiction& jurisdiction, const Date& date,
                const std::vector<ExplainedRule>& rules, const ExplainPhrases& phrases)
{
    // The catalog's text in the language of the phrases around it, never in another.
    const std::string_view language = phrases.language;
    out << fillIn(phrases.heading, {jurisdiction.name.text(language), date.toString()}) << "\n";
    if (rules.empty()) {
        // A country listed so that its people are told the truth, not another country's rules.
        out << "\n" << phrases.noRuleKnown;
        return;
    }
    for (const auto& rule : rules) {
        out << "\n" << rule.rule->title.text(language) << "\n";
        out << "  " << phrases.authority << rule.rule->authority.text(language) << "\n";
        out << "  " << phrases.binds << rule.rule->binds.text(language) << "\n";
        for (const auto& step : rule.steps) {
            const std::string_view status = step.status == StepStatus::InEffect ? phrases.inEffect : phrases.upcoming;
            out << "  "
                << fillIn(phrases.step, {step.step->date.toString(), status, describeStep(phrases, step),
                                         step.step->what.text(language)})
                << "\n";
        }
        for (const auto& id : rule.rule->sources) {
            if (const Source* source = catalog.source(id)) {
                out << "  " << fillIn(phrases.source, {source->title.text(language), source->url}) << "\n";
            }
        }
    }
    const bool anyBindsHomeUsers =
        std::ranges::any_of(rules, [](const ExplainedRule& rule) { return rule.rule->bindsHomeUsers; });
    if (!anyBindsHomeUsers) {
        out << "\n" << phrases.noHomeOffence << "\n";
    }
}

} // namespace

int runExplain(const std::vector<std::string>& words, std::ostream& out)
{
    const Arguments arguments("explain", words, {"--json"}, {"--jurisdiction", "--date", "--lang"});
    if (!arguments.positional().empty()) {
        throw CliError(ExitUsage, "explain: unexpected argument \"" + arguments.positional().front() + "\"");
    }
    const auto code = arguments.option("--jurisdiction");
    if (!code) {
        throw CliError(ExitUsage, "explain: --jurisdiction CC is required (a country code such as US)");
    }
    Date date = Date::today();
    if (const auto dateText = arguments.option("--date")) {
        const auto parsed = Date::parse(*dateText);
        if (!parsed) {
            throw CliError(ExitUsage,
                           "explain: --date needs a real date written YYYY-MM-DD, not \"" + *dateText + "\"");
        }
        date = *parsed;
    }
    const std::string language = arguments.option("--lang").value_or("en");
    const Catalog catalog = CatalogLoader::loadEmbedded();
    const Jurisdiction* jurisdiction = catalog.jurisdiction(*code);
    if (jurisdiction == nullptr) {
        throw CliError(ExitBadInput, "explain: no rules are recorded for the jurisdiction \"" + *code +
                                         "\" (known: " + knownJurisdictions(catalog) + ")");
    }
    const auto rules = explainRules(catalog, *jurisdiction, date);
    if (arguments.flag("--json")) {
        out << rulesToJson(catalog, *jurisdiction, date, rules, language).dump(2) << '\n';
    } else {
        printHuman(out, catalog, *jurisdiction, date, rules, explainPhrases(language));
    }
    return ExitClean;
}

} // namespace offramp::cli
