// SPDX-License-Identifier: GPL-3.0-or-later
#include "Glob.h"

#include "utils/AsciiCase.h"

#include <utility>

namespace offramp {

using utils::toLowerAscii;

namespace {

// Iterative wildcard match with single backtracking point: linear in practice, no recursion.
bool wildcardMatch(std::string_view pattern, std::string_view text)
{
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starP = std::string_view::npos;
    std::size_t starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == toLowerAscii(text[t]))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

} // namespace

Glob::Glob(std::string pattern)
    : m_pattern(std::move(pattern))
{
    for (char& c : m_pattern) {
        c = toLowerAscii(c);
    }
    const auto wildcard = m_pattern.find_first_of("*?");
    m_literal = wildcard == std::string::npos;
    m_prefix = m_pattern.substr(0, wildcard);
}

bool Glob::matches(std::string_view text) const
{
    if (text.size() < m_prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < m_prefix.size(); ++i) {
        if (m_prefix[i] != toLowerAscii(text[i])) {
            return false;
        }
    }
    if (m_literal) {
        return text.size() == m_prefix.size();
    }
    return wildcardMatch(std::string_view(m_pattern).substr(m_prefix.size()), text.substr(m_prefix.size()));
}

} // namespace offramp
