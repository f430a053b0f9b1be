// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Glob.h"

#include "engine/utils/AsciiCase.h"
#include "engine/utils/Wildcard.h"

#include <utility>

namespace offramp {

using utils::toLowerAscii;

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
    // The pattern is lower-cased already: only the text's letters need it.
    return utils::wildcardMatches(std::string_view(m_pattern).substr(m_prefix.size()), text.substr(m_prefix.size()),
                                  [](char p, char t) { return p == toLowerAscii(t); });
}

} // namespace offramp
