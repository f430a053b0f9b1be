// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_ASCIICASE_H
#define OFFRAMP_ENGINE_UTILS_ASCIICASE_H

#include <cstddef>
#include <string_view>

namespace offramp::utils {

// Letter case of ASCII only: package names, file endings, country codes and Windows names compare this way.
// Other bytes, among them every byte of a multi-byte UTF-8 character, are left as they are.
// Inline, because the dpkg reader and the watchlist's globs compare millions of names with them.
constexpr char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (toLowerAscii(a[i]) != toLowerAscii(b[i])) {
            return false;
        }
    }
    return true;
}

constexpr bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsIgnoringCase(text.substr(0, prefix.size()), prefix);
}

constexpr bool endsWithIgnoringCase(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && equalsIgnoringCase(text.substr(text.size() - suffix.size()), suffix);
}

} // namespace offramp::utils

#endif
