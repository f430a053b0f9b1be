// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_ENUMNAMES_H
#define OFFRAMP_ENGINE_ENUMNAMES_H

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace offramp {

// An enum's names as the JSON files spell them, looked up either way in one table.
template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
std::string_view enumName(const EnumNames<Enum, N>& names, Enum value)
{
    for (const auto& [known, name] : names) {
        if (known == value) {
            return name;
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const EnumNames<Enum, N>& names, std::string_view name)
{
    for (const auto& [known, knownName] : names) {
        if (knownName == name) {
            return known;
        }
    }
    return std::nullopt;
}

} // namespace offramp

#endif
