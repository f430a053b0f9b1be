// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ScanJson.h"

namespace offramp {

nlohmann::json sourcesToJson(const Catalog& catalog, const std::vector<std::string>& ids, std::string_view language)
{
    auto list = nlohmann::json::array();
    for (const auto& id : ids) {
        if (const Source* source = catalog.source(id)) {
            list.push_back({{"id", source->id}, {"title", source->title.text(language)}, {"url", source->url}});
        }
    }
    return list;
}

nlohmann::json scanToJson(const MachineFacts& machine, const std::vector<Finding>& findings, std::string_view language)
{
    auto list = nlohmann::json::array();
    for (const auto& finding : findings) {
        auto evidence = nlohmann::json::array();
        for (const auto& item : finding.evidence) {
            evidence.push_back({{"kind", factKindId(item.kind)}, {"where", item.where}, {"what", item.what}});
        }
        nlohmann::json entry{
            {"id", finding.product->id},
            {"vendor", finding.product->vendor},
            {"product", finding.product->name.text(language)},
            {"version", finding.version},
            {"state", findingStateId(finding.state)},
            {"banned", finding.product->banned},
            {"evidence", evidence},
            {"regulations", finding.regulations},
        };
        if (!finding.user.empty()) {
            entry["user"] = finding.user;
        }
        list.push_back(std::move(entry));
    }
    return {
        {"schema_version", kScanSchemaVersion},
        {"tool", "offramp-cli"},
        {"tool_version", OFFRAMP_VERSION},
        {"platform", platformId(machine.platform)},
        {"root", machine.root},
        {"findings", list},
        {"warnings", machine.warnings},
    };
}

nlohmann::json rulesToJson(const Catalog& catalog, const Jurisdiction& jurisdiction, const Date& date,
                           const std::vector<ExplainedRule>& rules, std::string_view language)
{
    auto list = nlohmann::json::array();
    for (const auto& rule : rules) {
        auto steps = nlohmann::json::array();
        for (const auto& step : rule.steps) {
            steps.push_back({
                {"date", step.step->date.toString()},
                {"what", step.step->what.text(language)},
                {"status", stepStatusId(step.status)},
                {"takes_effect", step.step->takesEffect},
                {"days", step.days},
                {"sources", sourcesToJson(catalog, step.step->sources, language)},
            });
        }
        list.push_back({
            {"id", rule.rule->id},
            {"kind", rule.rule->kind},
            {"title", rule.rule->title.text(language)},
            {"authority", rule.rule->authority.text(language)},
            {"binds", rule.rule->binds.text(language)},
            {"binds_home_users", rule.rule->bindsHomeUsers},
            {"summary", rule.rule->summary.text(language)},
            {"sources", sourcesToJson(catalog, rule.rule->sources, language)},
            {"steps", steps},
        });
    }
    return {
        {"schema_version", kExplainSchemaVersion},
        {"jurisdiction", jurisdiction.code},
        {"jurisdiction_name", jurisdiction.name.text(language)},
        {"date", date.toString()},
        {"rules", list},
    };
}

} // namespace offramp
