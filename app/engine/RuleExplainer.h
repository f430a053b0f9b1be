// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_RULEEXPLAINER_H
#define OFFRAMP_ENGINE_RULEEXPLAINER_H

#include "engine/Catalog.h"
#include "engine/Date.h"

#include <vector>

namespace offramp {

enum class StepStatus
{
    Upcoming,
    InEffect, // the step's date is today or earlier
};

std::string_view stepStatusId(StepStatus status);

struct ExplainedStep
{
    const RegulationStep* step = nullptr;
    StepStatus status = StepStatus::Upcoming;
    long long days = 0; // days until (upcoming) or since (in effect); 0 on the day itself
};

struct ExplainedRule
{
    const Regulation* rule = nullptr;
    std::vector<ExplainedStep> steps;
};

// The rules of one jurisdiction as they stand on `today`, in catalog order, steps by date.
std::vector<ExplainedRule> explainRules(const Catalog& catalog, const Jurisdiction& jurisdiction, const Date& today);

} // namespace offramp

#endif
