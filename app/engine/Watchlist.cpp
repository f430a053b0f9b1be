// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Watchlist.h"

#include <algorithm>

namespace offramp {

Watchlist::Watchlist(const Catalog& catalog, Platform platform)
{
    for (const auto& product : catalog.products) {
        add(product.signatures, platform);
    }
    // Alternatives too, so that the check after the removal can tell what protects the computer now.
    for (const auto& alternative : catalog.alternatives) {
        add(alternative.signatures, platform);
    }
}

void Watchlist::add(const std::map<Platform, PlatformSignatures>& signatures, Platform platform)
{
    const auto onPlatform = signatures.find(platform);
    if (onPlatform == signatures.end()) {
        return;
    }
    for (const auto& [kind, patterns] : onPlatform->second) {
        for (const auto& pattern : patterns) {
            if (kind == SignatureKind::Paths) {
                if (std::ranges::find(m_paths, pattern) == m_paths.end()) {
                    m_paths.push_back(pattern);
                }
                continue;
            }
            auto& globs = m_globs[kind];
            if (std::ranges::none_of(globs,
                                     [&](const Glob& glob) { return glob.pattern() == Glob(pattern).pattern(); })) {
                globs.emplace_back(pattern);
            }
        }
    }
}

bool Watchlist::wants(SignatureKind kind, std::string_view name) const
{
    const auto it = m_globs.find(kind);
    if (it == m_globs.end()) {
        return false;
    }
    return std::ranges::any_of(it->second, [&](const Glob& glob) { return glob.matches(name); });
}

} // namespace offramp
