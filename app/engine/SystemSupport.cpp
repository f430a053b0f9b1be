// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SystemSupport.h"

#include <array>
#include <charconv>
#include <string_view>

namespace offramp {

namespace {

constexpr unsigned kFirstWindows11Build = 22000;

} // namespace

bool runsWindows10(const MachineFacts& machine)
{
    if (machine.platform != Platform::Windows) {
        return false;
    }
    // "major.minor.build", each a number.
    std::array<unsigned, 3> parts{};
    std::string_view rest = machine.systemVersion;
    for (auto& part : parts) {
        const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), part);
        if (error != std::errc{} || end == rest.data()) {
            return false;
        }
        rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
        if (!rest.empty() && rest.front() == '.') {
            rest.remove_prefix(1);
        } else if (&part != &parts.back()) {
            return false;
        }
    }
    return rest.empty() && parts[0] == 10 && parts[1] == 0 && parts[2] < kFirstWindows11Build;
}

} // namespace offramp
