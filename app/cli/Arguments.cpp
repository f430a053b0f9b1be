// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Arguments.h"

#include "cli/CliError.h"

#include <algorithm>
#include <utility>

namespace offramp::cli {

Arguments::Arguments(std::string command, std::vector<std::string> words,
                     const std::set<std::string, std::less<>>& flags, const std::set<std::string, std::less<>>& options)
    : m_command(std::move(command))
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (!word.starts_with("--")) {
            m_positional.push_back(word);
            continue;
        }
        const auto equals = word.find('=');
        const std::string name = word.substr(0, equals);
        if (flags.contains(name)) {
            if (equals != std::string::npos) {
                throw CliError(ExitUsage, m_command + ": " + name + " takes no value");
            }
            m_flagsSeen.insert(name);
        } else if (options.contains(name)) {
            std::string value;
            if (equals != std::string::npos) {
                value = word.substr(equals + 1);
            } else if (i + 1 < words.size()) {
                value = words[++i];
            } else {
                throw CliError(ExitUsage, m_command + ": " + name + " needs a value");
            }
            if (std::ranges::any_of(m_options, [&](const auto& seen) { return seen.first == name; })) {
                throw CliError(ExitUsage, m_command + ": " + name + " is given twice");
            }
            m_options.emplace_back(name, value);
        } else {
            throw CliError(ExitUsage, m_command + ": unknown option " + name + " (see offramp-cli --help)");
        }
    }
}

bool Arguments::flag(std::string_view name) const
{
    return m_flagsSeen.contains(name);
}

std::optional<std::string> Arguments::option(std::string_view name) const
{
    for (const auto& [key, value] : m_options) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace offramp::cli
