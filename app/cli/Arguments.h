// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_ARGUMENTS_H
#define OFFRAMP_CLI_ARGUMENTS_H

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace offramp::cli {

// A command's arguments: flags (--json), options with a value (--root DIR or --root=DIR) and
// positional words. Anything the command did not declare is a usage error.
class Arguments
{
public:
    Arguments(std::string command, std::vector<std::string> words, const std::set<std::string, std::less<>>& flags,
              const std::set<std::string, std::less<>>& options);

    bool flag(std::string_view name) const;
    std::optional<std::string> option(std::string_view name) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::string m_command;
    std::set<std::string, std::less<>> m_flagsSeen;
    std::vector<std::pair<std::string, std::string>> m_options;
    std::vector<std::string> m_positional;
};

} // namespace offramp::cli

#endif
