// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "CliError.h"
#include "Commands.h"
#include "ConvertPasswordsCommand.h"
#include "MachineProbe.h"
#include "RemovalCommands.h"
#include "RescueCommand.h"
#include "VerifyCommand.h"

#include <iostream>
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
      (today by default).
  catalog validate [FILE...]
      Check the built-in catalog, or catalog files that replace its parts.
)" + removalUsage() +
           convertPasswordsUsage() + rescueUsage() + verifyUsage() +
           R"(
Options:
  --help       Show this help.
  --version    Show the version.

Exit codes:
  0  done; for scan, no banned product is installed
  1  scan found a banned product that is installed
  2  the command line is wrong
  3  bad input: a damaged database or file, an unreadable folder, an unknown jurisdiction;
     rescue: the bundle cannot be written (a full disk); verify: a file is missing or differs
)";
}

} // namespace offramp::cli

int main(int argc, char** argv)
{
    using namespace offramp::cli;
    const std::vector<std::string> words(argv + 1, argv + argc);
    try {
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
