// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RuleExplainer.h"

#include <algorithm>

namespace offramp {

std::string_view stepStatusId(StepStatus status)
{
    return status == StepStatus::InEffect ? "in-effect" : "upcoming";
}

std::vector<ExplainedRule> explainRules(const Catalog& catalog, const Jurisdiction& jurisdiction, const Date& today)
{
    std::vector<ExplainedRule> rules;
    for (const auto& regulation : catalog.regulations) {
        if (regulation.jurisdiction != jurisdiction.code) {
            continue;
        }
        ExplainedRule rule{&regulation, {}};
        for (const auto& step : regulation.steps) {
            const long long delta = daysBetween(today, step.date);
            const StepStatus status = delta <= 0 ? StepStatus::InEffect : StepStatus::Upcoming;
            rule.steps.push_back({&step, status, delta < 0 ? -delta : delta});
        }
        std::ranges::stable_sort(rule.steps, {}, [](const ExplainedStep& s) { return s.step->date; });
        rules.push_back(std::move(rule));
    }
    return rules;
}

} // namespace offramp
