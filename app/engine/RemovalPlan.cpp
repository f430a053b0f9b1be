// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RemovalPlan.h"

#include "engine/Glob.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace offramp {

namespace {

std::string stepId(const Product& product, StepAction action, const std::string& target)
{
    return product.id + ":" + std::string(stepActionId(action)) + ":" + target;
}

// Where a package name falls in the recipe's list of patterns; unlisted packages go last.
std::size_t packageRank(const RemovalRecipe& recipe, const std::string& package)
{
    for (std::size_t i = 0; i < recipe.packages.size(); ++i) {
        if (Glob(recipe.packages[i]).matches(package)) {
            return i;
        }
    }
    return recipe.packages.size();
}

RemovalStep makeStep(const Finding& finding, const RemovalRecipe* recipe, StepAction action, std::string target,
                     std::string version, std::string state = {}, std::string where = {})
{
    RemovalStep step;
    step.product = finding.product;
    step.action = action;
    step.id = stepId(*finding.product, action, target);
    step.target = std::move(target);
    step.version = std::move(version);
    step.state = std::move(state);
    step.where = std::move(where);
    step.user = finding.user;
    if (recipe != nullptr) {
        step.password = recipe->password;
        step.restart = recipe->restart;
        step.sources = recipe->sources;
    }
    return step;
}

void addPackageSteps(const Finding& finding, const RemovalRecipe& recipe, std::vector<RemovalStep>& steps)
{
    std::vector<const Evidence*> packages;
    for (const auto& evidence : finding.evidence) {
        // Configuration files a removed package left are purged too: dpkg's own clean-up, not ours.
        if (evidence.kind == FactKind::Package || evidence.kind == FactKind::PackageConfigFiles) {
            packages.push_back(&evidence);
        }
    }
    std::ranges::stable_sort(packages, [&](const Evidence* a, const Evidence* b) {
        return packageRank(recipe, a->fact.name) < packageRank(recipe, b->fact.name);
    });
    for (const Evidence* package : packages) {
        steps.push_back(makeStep(finding, &recipe, StepAction::RemovePackage, package->fact.name, package->fact.version,
                                 package->fact.state, package->fact.where));
    }
}

void addUninstallerSteps(const Finding& finding, const RemovalRecipe& recipe, std::vector<RemovalStep>& steps)
{
    for (const auto& evidence : finding.evidence) {
        if (evidence.kind == FactKind::UninstallEntry) {
            steps.push_back(makeStep(finding, &recipe, StepAction::RunUninstaller, evidence.fact.where,
                                     evidence.fact.version.empty() ? finding.version : evidence.fact.version));
        }
    }
}

bool isRemovable(const Finding& finding, const RemovalRecipe* recipe)
{
    if (!finding.product->banned) {
        return false;
    }
    if (finding.state == FindingState::Installed) {
        return true;
    }
    if (recipe == nullptr) {
        return false;
    }
    // Leftovers only go through the vendor's own tools: dpkg purging what a removed package left, or the
    // vendor's uninstall script, which knows its own files. Nothing is deleted by hand.
    if (recipe->method == RemovalMethod::PackageManager) {
        return std::ranges::any_of(finding.evidence,
                                   [](const Evidence& e) { return e.kind == FactKind::PackageConfigFiles; });
    }
    return recipe->method == RemovalMethod::UninstallScript;
}

// What a removal leaves alone: products it does not remove, with each trace they left. The traces of a product
// that is removed are its uninstaller's to clear; whatever stays shows up in the fresh scan afterwards.
void addUntouched(const Finding& finding, bool removed, std::vector<Untouched>& untouched)
{
    if (removed) {
        return;
    }
    if (!finding.product->banned) {
        untouched.push_back({finding.product,
                             finding.product->name.text(),
                             {},
                             "it is not a banned product, so it stays unless you remove it yourself"});
        return;
    }
    for (const auto& evidence : finding.evidence) {
        std::string why = "a trace left behind; Offramp deletes nothing by hand";
        if (evidence.kind == FactKind::Driver || evidence.kind == FactKind::RegistryKey ||
            evidence.kind == FactKind::Service) {
            why = "drivers, services and registry keys are left to the vendor's uninstaller: removing them by hand "
                  "can break the computer";
        }
        untouched.push_back({finding.product, evidence.what,
                             evidence.where == evidence.fact.name ? std::string() : evidence.where, why});
    }
}

} // namespace

std::string_view stepActionId(StepAction action)
{
    switch (action) {
    case StepAction::RemovePackage:
        return "remove-package";
    case StepAction::RunUninstaller:
        return "run-uninstaller";
    case StepAction::RunUninstallScript:
        return "run-uninstall-script";
    case StepAction::Manual:
        return "manual";
    }
    return "manual";
}

const RemovalStep* RemovalPlan::step(std::string_view id) const
{
    const auto found = std::ranges::find(steps, id, &RemovalStep::id);
    return found == steps.end() ? nullptr : &*found;
}

bool RemovalPlan::needsPassword() const
{
    return std::ranges::any_of(steps, [](const RemovalStep& s) { return s.password != UninstallPassword::None; });
}

bool RemovalPlan::mayNeedRestart() const
{
    return std::ranges::any_of(steps, [](const RemovalStep& s) { return s.restart != RestartNeed::Never; });
}

bool RemovalPlan::hasManualSteps() const
{
    return std::ranges::any_of(steps, [](const RemovalStep& s) { return s.action == StepAction::Manual; });
}

bool removesPasswordManager(const RemovalPlan& plan)
{
    return std::ranges::any_of(plan.steps, [](const RemovalStep& s) {
        return s.product != nullptr && s.product->id == kPasswordManagerProduct;
    });
}

std::vector<PlanWarning> planWarnings(const RemovalPlan& plan)
{
    std::vector<PlanWarning> warnings;
    if (removesPasswordManager(plan)) {
        warnings.push_back(
            {"password-manager-vault",
             "This removes Kaspersky Password Manager, and the passwords kept in it are lost with it: no other "
             "program can open its vault. If your passwords are not saved yet, save them first: in Kaspersky "
             "Password Manager choose Settings > Import/Export > Export to text file, then turn that file into your "
             "new password manager's CSV with offramp-cli convert-passwords."});
    }
    return warnings;
}

RemovalPlan planRemoval(const std::vector<Finding>& findings, Platform platform)
{
    RemovalPlan plan;
    plan.platform = platform;
    struct Ordered
    {
        int order;
        std::size_t position;
        const Finding* finding;
        const RemovalRecipe* recipe;
    };
    std::vector<Ordered> removable;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        const auto found = finding.product->removal.find(platform);
        const RemovalRecipe* recipe = found == finding.product->removal.end() ? nullptr : &found->second;
        const bool removed = isRemovable(finding, recipe);
        if (removed) {
            removable.push_back({recipe != nullptr ? recipe->order : 10, i, &finding, recipe});
        }
        addUntouched(finding, removed, plan.untouched);
    }
    std::ranges::stable_sort(removable, [](const Ordered& a, const Ordered& b) { return a.order < b.order; });

    std::set<std::string, std::less<>> scriptsPlanned;
    for (const auto& [order, position, finding, recipe] : removable) {
        if (recipe == nullptr) {
            plan.steps.push_back(
                makeStep(*finding, nullptr, StepAction::Manual, finding->product->id, finding->version));
            continue;
        }
        switch (recipe->method) {
        case RemovalMethod::PackageManager:
            addPackageSteps(*finding, *recipe, plan.steps);
            break;
        case RemovalMethod::WindowsUninstaller:
            addUninstallerSteps(*finding, *recipe, plan.steps);
            break;
        case RemovalMethod::UninstallScript:
            // Several products can share one script (the Mac apps all use Kaspersky Lab/KAV): run it once.
            for (const auto& script : recipe->scripts) {
                if (scriptsPlanned.insert(script).second) {
                    plan.steps.push_back(
                        makeStep(*finding, recipe, StepAction::RunUninstallScript, script, finding->version));
                }
            }
            break;
        }
    }
    plan.untouched.push_back({nullptr,
                              "Your own files",
                              {},
                              "documents, password exports and the rescue folder are never deleted or changed"});
    return plan;
}

nlohmann::json planToJson(const RemovalPlan& plan, const std::string& language)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : plan.steps) {
        nlohmann::json item{{"id", step.id},
                            {"product", step.product->id},
                            {"name", step.product->name.text(language)},
                            {"action", stepActionId(step.action)},
                            {"target", step.target},
                            {"version", step.version},
                            {"password", uninstallPasswordId(step.password)},
                            {"restart", restartNeedId(step.restart)},
                            {"confirmation", true},
                            {"sources", step.sources}};
        if (!step.user.empty()) {
            item["user"] = step.user;
        }
        steps.push_back(std::move(item));
    }
    nlohmann::json untouched = nlohmann::json::array();
    for (const auto& item : plan.untouched) {
        untouched.push_back({{"product", item.product != nullptr ? item.product->id : std::string()},
                             {"what", item.what},
                             {"where", item.where},
                             {"why", item.why}});
    }
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& warning : planWarnings(plan)) {
        warnings.push_back({{"id", warning.id}, {"text", warning.text}});
    }
    return {{"schema_version", 1},
            {"platform", platformId(plan.platform)},
            {"warnings", std::move(warnings)},
            {"steps", std::move(steps)},
            {"needs_password", plan.needsPassword()},
            {"may_need_restart", plan.mayNeedRestart()},
            {"untouched", std::move(untouched)}};
}

} // namespace offramp
