// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Catalog.h"

#include "engine/utils/AsciiCase.h"

#include <algorithm>
#include <array>
#include <utility>

namespace offramp {

namespace {

constexpr std::array<std::pair<SignatureKind, std::string_view>, 10> kSignatureKindIds{{
    {SignatureKind::Packages, "packages"},
    {SignatureKind::SystemdUnits, "systemd_units"},
    {SignatureKind::Paths, "paths"},
    {SignatureKind::BundleIds, "bundle_ids"},
    {SignatureKind::BundleNames, "bundle_names"},
    {SignatureKind::LaunchdJobs, "launchd_jobs"},
    {SignatureKind::UninstallNames, "uninstall_names"},
    {SignatureKind::RegistryKeys, "registry_keys"},
    {SignatureKind::Services, "services"},
    {SignatureKind::Drivers, "drivers"},
}};

template <typename T>
const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto it = std::ranges::find(items, id, &T::id);
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::string_view signatureKindId(SignatureKind kind)
{
    for (const auto& [k, id] : kSignatureKindIds) {
        if (k == kind) {
            return id;
        }
    }
    return "paths";
}

bool DataAtRisk::appliesTo(Platform platform) const
{
    return platforms.empty() || std::ranges::find(platforms, platform) != platforms.end();
}

const Product* Catalog::product(std::string_view id) const
{
    return findById(products, id);
}

const Regulation* Catalog::regulation(std::string_view id) const
{
    return findById(regulations, id);
}

const Jurisdiction* Catalog::jurisdiction(std::string_view codeOrAlias) const
{
    for (const auto& jurisdiction : jurisdictions) {
        if (utils::equalsIgnoringCase(jurisdiction.code, codeOrAlias)) {
            return &jurisdiction;
        }
        for (const auto& alias : jurisdiction.aliases) {
            if (utils::equalsIgnoringCase(alias, codeOrAlias)) {
                return &jurisdiction;
            }
        }
    }
    return nullptr;
}

const Source* Catalog::source(std::string_view id) const
{
    const auto it = sources.find(id);
    return it == sources.end() ? nullptr : &it->second;
}

const Alternative* Catalog::alternative(std::string_view id) const
{
    return findById(alternatives, id);
}

std::vector<const Alternative*> Catalog::alternativesFor(Platform platform) const
{
    std::vector<const Alternative*> listed;
    for (const auto& alternative : alternatives) {
        if (std::ranges::find(alternative.platforms, platform) != alternative.platforms.end()) {
            listed.push_back(&alternative);
        }
    }
    // A neutral order that no vendor can buy: what comes with the system, then by name.
    const auto rank = [platform](const Alternative* alternative) {
        const bool builtIn = alternative->comesWith(platform);
        return builtIn ? 0 : (alternative->commandLine ? 2 : 1);
    };
    const auto byName = [](const Alternative* a, const Alternative* b) {
        return std::ranges::lexicographical_compare(a->name.text("en"), b->name.text("en"), std::less<>(),
                                                    utils::toLowerAscii, utils::toLowerAscii);
    };
    std::ranges::stable_sort(listed, [&](const Alternative* a, const Alternative* b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : byName(a, b);
    });
    return listed;
}

std::vector<std::string> Catalog::regulationsCovering(const Product& product) const
{
    const std::string byMaker = "maker:" + product.maker;
    const std::string byProduct = "product:" + product.id;
    std::vector<std::string> ids;
    for (const auto& regulation : regulations) {
        const bool covered = std::ranges::any_of(
            regulation.covers, [&](const std::string& cover) { return cover == byMaker || cover == byProduct; });
        if (covered) {
            ids.push_back(regulation.id);
        }
    }
    return ids;
}

} // namespace offramp
