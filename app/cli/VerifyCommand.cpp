// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/VerifyCommand.h"

#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "platform/RescueBundle.h"
#include "platform/common/Utf8Path.h"

namespace offramp::cli {

namespace {

std::string files(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " file" : " files");
}

} // namespace

std::string verifyUsage()
{
    return "  verify OUT\n"
           "      Check a rescue bundle: hash every file its manifest lists. Exit 0 when all match,\n"
           "      3 when one is missing or differs (each is named, with why).\n";
}

int runVerify(const std::vector<std::string>& words, std::ostream& out, std::ostream& err)
{
    const Arguments arguments("verify", words, {}, {});
    if (arguments.positional().size() != 1) {
        throw CliError(ExitUsage, "verify: give the rescue bundle to check: verify OUT");
    }
    const std::filesystem::path bundle = platform::pathFromUtf8(arguments.positional().front());
    platform::VerifyOutcome outcome;
    try {
        outcome = platform::verifyBundle(bundle);
    } catch (const platform::RescueError& error) {
        throw CliError(ExitBadInput, std::string("verify: ") + error.what());
    }
    for (const auto& problem : outcome.problems) {
        err << "offramp-cli: verify: " << problem.path << ": " << problem.reason << '\n';
    }
    for (const auto& path : outcome.unlisted) {
        out << "Not in the manifest, not checked: " << path
            << (isRescueTemporaryName(std::filesystem::path(path).filename().string())
                    ? " (an unfinished copy of an interrupted rescue; running the rescue again removes it)"
                    : "")
            << '\n';
    }
    const std::size_t listed = outcome.manifest.files.size() + outcome.manifest.records.size();
    if (!outcome.problems.empty()) {
        out << outcome.problems.size() << " of " << files(listed) << " in " << bundle.string()
            << " do not match the manifest. If the originals are still on the computer, run the same rescue "
               "again: it copies the missing and damaged files anew.\n";
        return ExitBadInput;
    }
    out << (listed == 1 ? "The only file" : "All " + files(listed)) << " in " << bundle.string()
        << (listed == 1 ? " matches" : " match") << " the manifest (" << platform::byteCount(outcome.bytes)
        << " checked with SHA-256).\n";
    return ExitClean;
}

} // namespace offramp::cli
