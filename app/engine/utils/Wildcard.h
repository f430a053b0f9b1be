// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_WILDCARD_H
#define OFFRAMP_ENGINE_UTILS_WILDCARD_H

#include "engine/utils/AsciiCase.h"

#include <string_view>

namespace offramp::utils {

// '*' matches any run of characters (none too) and '?' exactly one; every other character itself, as `same` says.
// Iterative, with one point to go back to: linear in practice on the names Offramp matches, and no recursion
// however many stars a catalog or a tree holds. A '*' in the text is an ordinary character.
template <typename Same>
constexpr bool wildcardMatches(std::string_view pattern, std::string_view text, Same same)
{
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starPattern = std::string_view::npos;
    std::size_t starText = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || (pattern[p] != '*' && same(pattern[p], text[t])))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starPattern = p++;
            starText = t;
        } else if (starPattern != std::string_view::npos) {
            p = starPattern + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

// Letter case counts (Linux and macOS names), or ASCII letter case is ignored (Windows names, catalog patterns).
constexpr bool wildcardMatches(std::string_view pattern, std::string_view text, bool ignoreCase)
{
    if (ignoreCase) {
        return wildcardMatches(pattern, text, [](char a, char b) { return toLowerAscii(a) == toLowerAscii(b); });
    }
    return wildcardMatches(pattern, text, [](char a, char b) { return a == b; });
}

} // namespace offramp::utils

#endif
