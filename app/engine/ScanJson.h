// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_SCANJSON_H
#define OFFRAMP_ENGINE_SCANJSON_H

#include "engine/Finding.h"
#include "engine/RuleExplainer.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace offramp {

// The JSON that `offramp-cli scan --json` prints and the report embeds (docs/CLI.md).
constexpr int kScanSchemaVersion = 1;
nlohmann::json scanToJson(const MachineFacts& machine, const std::vector<Finding>& findings,
                          std::string_view language = "en");

// The catalog's sources of a rule, step or record as the JSON outputs list them: id, title in the language, URL.
// Ids the catalog does not know are left out.
nlohmann::json sourcesToJson(const Catalog& catalog, const std::vector<std::string>& ids,
                             std::string_view language = "en");

// The JSON that `offramp-cli explain --json` prints.
constexpr int kExplainSchemaVersion = 1;
nlohmann::json rulesToJson(const Catalog& catalog, const Jurisdiction& jurisdiction, const Date& date,
                           const std::vector<ExplainedRule>& rules, std::string_view language = "en");

} // namespace offramp

#endif
