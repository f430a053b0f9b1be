// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_WATCHLIST_H
#define OFFRAMP_ENGINE_WATCHLIST_H

#include "engine/Catalog.h"
#include "engine/Glob.h"

#include <string_view>
#include <vector>

namespace offramp {

// What a probe should report on one platform: the union of all products' and alternatives' signatures.
// Probes read whole databases but keep only facts the watchlist wants, so a machine with
// 100,000 packages yields a handful of facts.
class Watchlist
{
public:
    Watchlist(const Catalog& catalog, Platform platform);

    bool wants(SignatureKind kind, std::string_view name) const;
    // Path patterns to look for, absolute, '*' within a component.
    const std::vector<std::string>& paths() const { return m_paths; }

private:
    void add(const std::map<Platform, PlatformSignatures>& signatures, Platform platform);

    std::map<SignatureKind, std::vector<Glob>> m_globs;
    std::vector<std::string> m_paths;
};

} // namespace offramp

#endif
