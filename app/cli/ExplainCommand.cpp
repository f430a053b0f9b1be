// SPDX-License-Identifier: GPL-3.0-or-later
#include "Arguments.h"
#include "CatalogLoader.h"
#include "CliError.h"
#include "Commands.h"
#include "RuleExplainer.h"
#include "ScanJson.h"

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

std::string describeStep(const ExplainedStep& step)
{
    const std::string days = std::to_string(step.days) + (step.days == 1 ? " day" : " days");
    if (step.status == StepStatus::Upcoming) {
        return "in " + days;
    }
    return step.days == 0 ? "from today" : days + " ago";
}

void printHuman(std::ostream& out, const Catalog& catalog, const Jurisdiction& jurisdiction, const Date& date,
                const std::vector<ExplainedRule>& rules, const std::string& language)
{
    out << "Rules on Kaspersky in " << jurisdiction.name.text(language) << ", as of " << date.toString() << ":\n";
    if (rules.empty()) {
        // A country listed so that its people are told the truth, not another country's rules.
        out << "\nOfframp knows of no rule on Kaspersky here. Nothing it knows of stops Kaspersky from being sold or\n"
               "updated here, or makes it an offence to keep using it. US citizens living here are covered by the\n"
               "US ban wherever they are: see `explain --jurisdiction US`.\n";
        return;
    }
    for (const auto& rule : rules) {
        out << "\n" << rule.rule->title.text(language) << "\n";
        out << "  By:    " << rule.rule->authority.text(language) << "\n";
        out << "  Binds: " << rule.rule->binds.text(language) << "\n";
        for (const auto& step : rule.steps) {
            out << "  " << step.step->date.toString() << "  "
                << (step.status == StepStatus::InEffect ? "in effect, " : "upcoming, ") << describeStep(step) << ": "
                << step.step->what.text(language) << "\n";
        }
        for (const auto& id : rule.rule->sources) {
            if (const Source* source = catalog.source(id)) {
                out << "  Source: " << source->title << " <" << source->url << ">\n";
            }
        }
    }
    const bool anyBindsHomeUsers =
        std::ranges::any_of(rules, [](const ExplainedRule& rule) { return rule.rule->bindsHomeUsers; });
    if (!anyBindsHomeUsers) {
        out << "\nNone of these rules makes it an offence for a person to keep using Kaspersky at home.\n";
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
        printHuman(out, catalog, *jurisdiction, date, rules, language);
    }
    return ExitClean;
}

} // namespace offramp::cli
