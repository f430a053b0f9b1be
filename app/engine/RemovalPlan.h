// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_REMOVALPLAN_H
#define OFFRAMP_ENGINE_REMOVALPLAN_H

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/RemovalRecipe.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

// What a removal will do, worked out from the findings and the catalog's recipes without touching the
// machine. The same findings always give the same plan, so a resumed removal can recognise its steps.
namespace offramp {

enum class StepAction
{
    RemovePackage,      // linux: dpkg --purge / rpm -e one package
    RunUninstaller,     // windows: the uninstaller of one uninstall entry
    RunUninstallScript, // macos: the vendor's uninstall script
    Manual,             // no recipe: the person removes it with the vendor's own uninstaller
};

// "remove-package", "run-uninstaller", "run-uninstall-script", "manual".
std::string_view stepActionId(StepAction action);

struct RemovalStep
{
    std::string id; // stable across runs: "<product id>:<action>:<target>"
    const Product* product = nullptr;
    StepAction action = StepAction::Manual;
    std::string target;  // the package name, the uninstall entry's key, or the script's path
    std::string version; // what is being removed, when known
    std::string state;   // what the probe saw, e.g. dpkg's "deinstall reinstreq half-configured"
    std::string where;   // where the probe saw it, e.g. "/var/lib/dpkg/status" (which package manager holds it)
    std::string user;    // the account a per-user install belongs to
    UninstallPassword password = UninstallPassword::None;
    RestartNeed restart = RestartNeed::Never;
    std::vector<std::string> sources; // the recipe's sources
};

// Something the removal leaves alone, and why.
struct Untouched
{
    const Product* product = nullptr; // nullptr for things that belong to no product (the user's own files)
    std::string what;
    std::string where;
    std::string why;
};

struct RemovalPlan
{
    Platform platform = Platform::Linux;
    std::vector<RemovalStep> steps; // in the order they run
    std::vector<Untouched> untouched;

    const RemovalStep* step(std::string_view id) const;
    bool needsPassword() const;
    bool mayNeedRestart() const;
    bool hasManualSteps() const;
};

// The ordered steps: products by their recipe's order (Endpoint Security before the Network Agent that
// manages it), then in catalog order; within a product, packages in the order the recipe lists their
// patterns (front ends before the main package). Only banned products are removed; products without a
// recipe for the platform get a manual step. Leftover files, registry keys, drivers and the user's own
// data are never touched, and are listed as untouched.
RemovalPlan planRemoval(const std::vector<Finding>& findings, Platform platform);

// Kaspersky Password Manager: removing it loses the passwords in its vault, which no other program opens, unless
// they were exported first.
inline constexpr std::string_view kPasswordManagerProduct = "kaspersky-password-manager";
// Whether the plan removes Kaspersky Password Manager.
bool removesPasswordManager(const RemovalPlan& plan);

// What a person must know before the plan runs, said before its steps by `plan`, `remove --dry-run` and the
// plan's JSON: today, that removing Kaspersky Password Manager loses the passwords kept in it.
struct PlanWarning
{
    std::string id; // "password-manager-vault"
    std::string text;
};
std::vector<PlanWarning> planWarnings(const RemovalPlan& plan);

// The plan as `offramp-cli plan --json` prints it.
nlohmann::json planToJson(const RemovalPlan& plan, const std::string& language = "en");

} // namespace offramp

#endif
