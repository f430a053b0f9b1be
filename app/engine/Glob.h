// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_GLOB_H
#define OFFRAMP_ENGINE_GLOB_H

#include <string>
#include <string_view>

namespace offramp {

// A case-insensitive (ASCII) pattern with '*' (any run) and '?' (one character).
// The literal prefix is compared first, so that most names are rejected in a few instructions.
class Glob
{
public:
    explicit Glob(std::string pattern);

    bool matches(std::string_view text) const;
    const std::string& pattern() const { return m_pattern; }
    bool isLiteral() const { return m_literal; }

private:
    std::string m_pattern; // lower-cased
    std::string m_prefix;  // lower-cased literal prefix before the first wildcard
    bool m_literal = true;
};

} // namespace offramp

#endif
