// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliError.h"
#include "cli/Commands.h"
#include "cli/ConvertPasswordsCommand.h"
#include "cli/RemovalCommands.h"
#include "cli/ReportCommand.h"
#include "cli/RescueCommand.h"
#include "cli/VerifyCommand.h"
#include "engine/CatalogLoader.h"
#include "engine/MachineProbe.h"
#include "platform/InputPipe.h"
#include "platform/LostOutput.h"

#include <algorithm>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace offramp::cli {

std::string usageText()
{
    return R"(Usage: offramp-cli <command> [options]

Finds Kaspersky products on a computer and explains the rules that apply to them.
It sends nothing anywhere, and changes nothing unless you run remove or resume.

Commands:
  scan [--json] [--platform linux|macos|windows] [--root DIR] [--demo NAME]
      Look for Kaspersky products. --root reads a Linux or macOS file tree as if it
      were "/"; --demo scans a demo computer (home-windows, office-linux, ...).
  explain --jurisdiction CC [--date YYYY-MM-DD] [--json] [--lang CODE]
      The rules of a country (US, DE, GB, ...) and where each step stands on the date
      (today by default). --lang es, fr or de says it all in Spanish, French or German;
      other languages get English.
  catalog validate [FILE...]
      Check the built-in catalog, or catalog files that replace its parts.
)" + removalUsage() +
           convertPasswordsUsage() + rescueUsage() + verifyUsage() + reportUsage() +
           R"(
Options:
  --help       Show this help.
  --version    Show the version.

Exit codes:
  0  done; for scan, no banned product is installed
  1  scan found a banned product that is installed
  2  the command line is wrong
  3  bad input: a damaged database or file, an unreadable folder, an unknown jurisdiction;
     rescue: the bundle cannot be written (a full disk); verify: a file is missing or differs;
     report: an input could not be read (the report lists it) or the report cannot be written
  4  remove, resume: a step failed or something must be removed by hand; the journal says which;
     remove: the journal holds a removal that has not finished (run resume)
  5  remove, resume: done, but a restart is needed to finish
)";
}

} // namespace offramp::cli

namespace offramp::cli {

namespace {

// Takes "--input-pipe NAME" out of the words and, when it was there, reads the pipe: the secret that
// runElevated hands over on Windows, which the commands then read as their standard input.
std::optional<std::string> takeInputPipe(std::vector<std::string>& words)
{
    const auto found = std::ranges::find(words, std::string("--input-pipe"));
    if (found == words.end()) {
        return std::nullopt;
    }
    if (found + 1 == words.end()) {
        throw CliError(ExitUsage, "--input-pipe needs the name of a pipe");
    }
    const std::string name = *(found + 1);
    words.erase(found, found + 2);
    try {
        return platform::readInputPipe(name);
    } catch (const std::runtime_error& error) {
        throw CliError(ExitBadInput, error.what());
    }
}

// Puts text in place of standard input for as long as it lives.
class StandardInputFrom
{
public:
    explicit StandardInputFrom(std::string text)
        : m_text(std::move(text))
        , m_previous(std::cin.rdbuf(&m_text))
    {}
    ~StandardInputFrom()
    {
        std::cin.rdbuf(m_previous);
        std::string wiped = m_text.str();
        std::fill(wiped.begin(), wiped.end(), '\0');
        m_text.str(wiped);
    }
    StandardInputFrom(const StandardInputFrom&) = delete;
    StandardInputFrom& operator=(const StandardInputFrom&) = delete;
    StandardInputFrom(StandardInputFrom&&) = delete;
    StandardInputFrom& operator=(StandardInputFrom&&) = delete;

private:
    std::stringbuf m_text;
    std::streambuf* m_previous;
};

} // namespace

int runCli(std::vector<std::string> words)
{
    offramp::platform::surviveLostOutput();
    try {
        std::optional<StandardInputFrom> pipedInput;
        if (auto piped = takeInputPipe(words)) {
            pipedInput.emplace(std::move(*piped));
        }
        if (words.empty()) {
            std::cerr << "offramp-cli: no command given (try offramp-cli --help)\n";
            return ExitUsage;
        }
        const std::string& command = words.front();
        const std::vector<std::string> rest(words.begin() + 1, words.end());
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << usageText();
            return ExitClean;
        }
        if (command == "--version") {
            std::cout << "offramp-cli " << OFFRAMP_VERSION << '\n';
            return ExitClean;
        }
        for (const auto& word : rest) {
            if (word == "--help" || word == "-h") {
                std::cout << usageText();
                return ExitClean;
            }
        }
        if (command == "scan") {
            return runScan(rest, std::cout);
        }
        if (command == "explain") {
            return runExplain(rest, std::cout);
        }
        if (command == "catalog") {
            return runCatalog(rest, std::cout);
        }
        if (command == "plan") {
            return runPlan(rest, std::cout);
        }
        if (command == "remove") {
            return runRemove(rest, std::cout);
        }
        if (command == "resume") {
            return runResume(rest, std::cout);
        }
        if (command == "convert-passwords") {
            return runConvertPasswords(rest, std::cout);
        }
        if (command == "rescue") {
            return runRescue(rest, std::cout);
        }
        if (command == "verify") {
            return runVerify(rest, std::cout, std::cerr);
        }
        if (command == "report") {
            return runReport(rest, std::cout, std::cerr);
        }
        std::cerr << "offramp-cli: unknown command \"" << command << "\" (try offramp-cli --help)\n";
        return ExitUsage;
    } catch (const CliError& error) {
        std::cerr << "offramp-cli: " << error.what() << '\n';
        return error.code();
    } catch (const offramp::ProbeError& error) {
        std::cerr << "offramp-cli: " << error.what() << '\n';
        return ExitBadInput;
    } catch (const offramp::CatalogError& error) {
        // The built-in catalog is checked by the tests; this only happens to a damaged build.
        std::cerr << "offramp-cli: the built-in catalog is damaged: " << error.what() << '\n';
        return ExitBadInput;
    } catch (const std::exception& error) {
        std::cerr << "offramp-cli: unexpected error: " << error.what() << '\n';
        return ExitBadInput;
    }
}

} // namespace offramp::cli
