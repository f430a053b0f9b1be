// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RemovalCommands.h"

#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "cli/MachineChoice.h"
#include "cli/TestHooks.h"
#include "engine/CatalogLoader.h"
#include "engine/Detector.h"
#include "engine/JsonNode.h"
#include "engine/RemovalPlan.h"
#include "engine/RemovalRunner.h"
#include "engine/Watchlist.h"
#include "platform/HostName.h"
#include "platform/JournalFile.h"
#include "platform/JournalLock.h"
#include "platform/ProbeFactory.h"
#include "platform/RemovalMachineFactory.h"
#include "platform/ShellQuote.h"
#include "platform/common/Utf8Path.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace offramp::cli {

namespace {

std::set<std::string, std::less<>> machineOptions()
{
    auto options = testhooks::removalOptions();
    options.insert({"--platform", "--root", "--timeout", "--retry-wait", "--login", "--journal"});
    return options;
}

std::string describePassword(UninstallPassword password)
{
    switch (password) {
    case UninstallPassword::None:
        return {};
    case UninstallPassword::LoginPassword:
        return "needs the Kaspersky administrator's user name and password (--login, --password-stdin)";
    case UninstallPassword::HexPassword:
        return "needs the Network Agent's uninstall password, if one was set (--password-stdin)";
    case UninstallPassword::SystemAdmin:
        return "needs the computer's administrator password";
    }
    return {};
}

// Said before the plan, since the passwords are what a person can least afford to lose.
void printWarnings(std::ostream& out, const RemovalPlan& plan)
{
    for (const auto& warning : planWarnings(plan)) {
        out << "Warning: " << warning.text << "\n\n";
    }
}

void printPlan(std::ostream& out, const RemovalPlan& plan)
{
    printWarnings(out, plan);
    if (plan.steps.empty()) {
        out << "Nothing to remove: no banned product that Offramp can remove is installed.\n";
    } else {
        out << "Removal plan, in this order:\n";
        int number = 0;
        for (const auto& step : plan.steps) {
            out << "  " << ++number << ". ";
            switch (step.action) {
            case StepAction::RemovePackage:
                out << "remove the package " << step.target << " (" << step.product->name.text() << ")";
                break;
            case StepAction::RunUninstaller:
                out << "run the uninstaller of " << step.product->name.text() << " (" << step.target << ")";
                break;
            case StepAction::RunUninstallScript:
                out << "run Kaspersky's uninstall script " << step.target;
                break;
            case StepAction::Manual:
                out << "remove " << step.product->name.text() << " with its own uninstaller (Offramp cannot)";
                break;
            }
            out << '\n';
            if (const auto password = describePassword(step.password); !password.empty()) {
                out << "     " << password << '\n';
            }
            if (step.restart == RestartNeed::Required) {
                out << "     needs a restart to finish\n";
            } else if (step.restart == RestartNeed::Maybe) {
                out << "     may need a restart to finish\n";
            }
        }
    }
    if (!plan.untouched.empty()) {
        out << "Left alone:\n";
        for (const auto& item : plan.untouched) {
            out << "  - " << item.what << (item.where.empty() ? "" : " in " + item.where) << ": " << item.why << '\n';
        }
    }
}

std::chrono::milliseconds timeoutFrom(const std::string& command, const Arguments& arguments)
{
    const auto text = arguments.option("--timeout");
    if (!text) {
        return std::chrono::minutes(30);
    }
    std::size_t used = 0;
    long long seconds = 0;
    try {
        seconds = std::stoll(*text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text->size() || seconds <= 0 || seconds > 24LL * 3600) {
        throw CliError(ExitUsage,
                       command + ": --timeout takes a number of seconds from 1 to 86400, not \"" + *text + "\"");
    }
    return std::chrono::seconds(seconds);
}

// Windows: the wait before trying an uninstaller again that found another installation running (1618).
std::chrono::milliseconds retryWaitFrom(const std::string& command, const Arguments& arguments)
{
    const auto text = arguments.option("--retry-wait");
    if (!text) {
        return std::chrono::seconds(30);
    }
    std::size_t used = 0;
    long long seconds = -1;
    try {
        seconds = std::stoll(*text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text->size() || seconds < 0 || seconds > 3600) {
        throw CliError(ExitUsage,
                       command + ": --retry-wait takes a number of seconds from 0 to 3600, not \"" + *text + "\"");
    }
    return std::chrono::seconds(seconds);
}

platform::RemovalOptions removalOptions(const std::string& command, const Arguments& arguments)
{
    platform::RemovalOptions options;
    if (const auto root = arguments.option("--root")) {
        // Package managers need it absolute (rpm refuses a relative root; dpkg's scripts would not be found).
        options.root = std::filesystem::absolute(platform::pathFromUtf8(*root)).lexically_normal();
    }
    options.timeout = timeoutFrom(command, arguments);
    options.retryWait = retryWaitFrom(command, arguments);
    if (const auto login = arguments.option("--login")) {
        options.credentials.login = *login;
    }
    if (arguments.flag("--password-stdin")) {
        // Read from standard input so that the password never shows in the process list or a shell history.
        std::string password;
        std::getline(std::cin, password);
        if (!password.empty() && password.back() == '\r') {
            password.pop_back();
        }
        options.credentials.password = std::move(password);
    }
    testhooks::applyRemovalOptions(arguments, options);
    return options;
}

std::string describeMachine(Platform platform, const platform::RemovalOptions& options)
{
    const std::string name(platformDisplayName(platform));
    return options.root ? "the " + name + " files under " + options.root->string() : "this " + name + " computer";
}

std::filesystem::path journalPath(const Arguments& arguments)
{
    const auto given = arguments.option("--journal");
    return given ? platform::pathFromUtf8(*given) : platform::defaultJournalPath();
}

// Prints the journal's new events as they are written, so that a person sees each step start and end.
class EventPrinter
{
public:
    explicit EventPrinter(std::ostream& out, bool quiet)
        : m_out(out)
        , m_quiet(quiet)
    {}
    void operator()(const Journal& journal)
    {
        for (; m_printed < journal.events.size(); ++m_printed) {
            if (!m_quiet) {
                m_out << journal.events[m_printed].what << '\n' << std::flush;
            }
        }
    }
    void skipExisting(const Journal& journal) { m_printed = journal.events.size(); }

private:
    std::ostream& m_out;
    bool m_quiet;
    std::size_t m_printed = 0;
};

int finish(std::ostream& out, const Journal& journal, const std::filesystem::path& path, bool json)
{
    if (json) {
        out << journalToText(journal);
    } else {
        if (!journal.leftovers.empty()) {
            out << "Still found by a fresh scan (left alone):\n";
            for (const auto& line : journal.leftovers) {
                out << "  - " << line << '\n';
            }
        }
        out << journal.summary << "\nThe journal is in " << path.string() << ".\n";
    }
    switch (journal.status) {
    case JournalStatus::Done:
        return ExitClean;
    case JournalStatus::RestartRequired:
        return ExitRestartNeeded;
    default:
        return ExitFailed;
    }
}

// A new removal would overwrite the journal of one that has not ended, and with it what only that journal knows
// (the steps done, the uninstaller still at work): resume finishes it instead. A file that is not a journal Offramp
// can read is renamed aside, never written over, and the person is told where it went.
void checkEarlierJournal(const platform::JournalFile& file, const Arguments& arguments, std::ostream& out, bool json)
{
    std::optional<Journal> existing;
    try {
        if (file.exists()) {
            existing = file.load();
        }
    } catch (const JournalError& error) {
        std::filesystem::path aside;
        try {
            aside = file.keepAside();
        } catch (const std::runtime_error& renameError) {
            throw CliError(ExitFailed, "remove: " + std::string(error.what()) + ". It must not be written over, and " +
                                           renameError.what() + ", so nothing was done. Move it away, or give " +
                                           "another file with --journal.");
        }
        if (!json) {
            out << "The file " << file.path().string() << " was not a journal Offramp can read, so it was kept as "
                << aside.string() << ".\n";
        }
        return;
    }
    if (!existing || !journalUnfinished(*existing)) {
        return;
    }
    std::string resume = "offramp-cli resume";
    for (const char* option : {"--journal", "--root"}) {
        if (const auto value = arguments.option(option)) {
            resume += std::string(" ") + option + " " + platform::quotedForDisplay(*value);
        }
    }
    throw CliError(ExitFailed, "remove: the journal " + file.path().string() +
                                   " holds a removal that has not finished, so nothing was done: a new removal would "
                                   "overwrite what it knows. Run " +
                                   resume + " to finish it, or give another file with --journal to start a new one.");
}

int runWithJournal(const std::string& command, const Arguments& arguments, std::ostream& out, bool resume)
{
    if (!arguments.positional().empty()) {
        throw CliError(ExitUsage, command + ": unexpected argument \"" + arguments.positional().front() + "\"");
    }
    const Catalog catalog = CatalogLoader::loadEmbedded();
    auto options = removalOptions(command, arguments);
    platform::JournalFile file(journalPath(arguments));
    // The uninstallers' output goes next to the journal, in files that outlive this process.
    options.outputLogs = std::filesystem::path(file.path()).replace_extension();
    // Held until the run ends: a second removal on the same journal stops here, before it reads anything.
    std::optional<platform::JournalLock> lock;
    try {
        lock.emplace(file.path());
    } catch (const platform::JournalBusy& error) {
        throw CliError(ExitFailed, command + ": " + error.what() + ", so nothing was done. Wait until it has " +
                                       "finished (the journal then says so), then run offramp-cli resume if needed.");
    } catch (const std::runtime_error& error) {
        throw CliError(ExitFailed, command + ": " + error.what() + ", so nothing was done. Choose another " +
                                       "place with --journal.");
    }
    std::optional<Journal> previous;
    Platform platform = chosenPlatform(command, arguments);
    if (!resume) {
        checkEarlierJournal(file, arguments, out, arguments.flag("--json"));
    } else {
        if (!file.exists()) {
            throw CliError(ExitBadInput, command + ": there is no removal journal at " + file.path().string() +
                                             ", so there is nothing to resume");
        }
        try {
            previous = file.load();
        } catch (const JournalError& error) {
            throw CliError(ExitBadInput, command + ": " + error.what() +
                                             ". Nothing was done. offramp-cli remove --yes starts a new removal, "
                                             "which scans again and removes only what is still there; it keeps this "
                                             "file, renamed to end in .damaged.");
        }
        const auto recorded = platformFromId(previous->platform);
        // Without --root the removal works on this computer, which must be the one the journal was written on.
        if (!recorded || (arguments.option("--platform") && *recorded != platform) ||
            (!options.root && *recorded != platform::hostPlatform())) {
            throw CliError(ExitBadInput, command + ": the journal " + file.path().string() + " is for " +
                                             previous->platform +
                                             ", not this computer, so nothing was done. Run offramp-cli resume on "
                                             "the computer it was written on, or give that computer's files with "
                                             "--root DIR.");
        }
        platform = *recorded;
    }
    const auto machine = platform::makeRemovalMachine(catalog, platform, options);
    const bool json = arguments.flag("--json");
    EventPrinter printer(out, json);
    RemovalRunner runner(*machine, file);
    bool saved = false;
    runner.setProgress([&printer, &saved](const Journal& journal) {
        saved = true;
        printer(journal);
    });
    try {
        if (previous) {
            printer.skipExisting(*previous);
            return finish(out, runner.resume(std::move(*previous)), file.path(), json);
        }
        return finish(
            out, runner.start(describeMachine(platform, options), platform::machineHostName(platform, options.root)),
            file.path(), json);
    } catch (const ProbeError&) {
        throw;
    } catch (const std::runtime_error& error) {
        // The journal could not be written: stop before anything runs unrecorded.
        if (!saved) {
            // Its first save comes before any step, and an earlier journal is still as it was.
            throw CliError(ExitFailed, command + ": stopped before anything was changed, because the journal could " +
                                           "not be written: " + error.what() +
                                           ". Free some space or choose another place with --journal, then run " +
                                           "offramp-cli " + command + " again.");
        }
        throw CliError(ExitFailed, command + ": stopped, because the journal could not be kept: " + error.what() +
                                       ". Free some space or choose another place with --journal, then run "
                                       "offramp-cli resume.");
    }
}

} // namespace

std::string removalUsage()
{
    return R"(  plan [--json] [--platform P] [--root DIR] [--demo NAME]
      What a removal would do, in order: which step needs a password or a restart,
      and what is left alone. Changes nothing.
  remove --yes [--dry-run] [--journal FILE] [--json] [--platform P] [--root DIR]
         [--timeout SECONDS] [--retry-wait SECONDS] [--login NAME] [--password-stdin]
      Remove the banned products found here with their vendor's own uninstaller
      (dpkg or rpm on Linux, Kaspersky's uninstall script on a Mac, msiexec on
      Windows), recording every step in a journal. Needs administrator rights.
      A journal whose removal has not finished is left alone: resume it.
      --dry-run shows the plan and changes nothing. --root works on a Linux or
      macOS file tree. --password-stdin reads the uninstall password from the
      first line of standard input. On Windows, an uninstaller that finds
      another installation running (1618) is tried up to 3 more times,
      --retry-wait seconds apart (30 by default).
  resume [--journal FILE] [--json] [--root DIR] [--timeout SECONDS]
         [--retry-wait SECONDS] [--login NAME] [--password-stdin]
      Finish a removal that was interrupted (a crash, a restart, a failed step):
      scans again, skips what is gone and runs what is left. An uninstaller that
      the interrupted run started and that still runs is waited for, at most
      --timeout seconds (30 minutes by default).
)";
}

int runPlan(const std::vector<std::string>& words, std::ostream& out)
{
    const Arguments arguments("plan", words, {"--json"}, {"--platform", "--root", "--demo"});
    if (!arguments.positional().empty()) {
        throw CliError(ExitUsage, "plan: unexpected argument \"" + arguments.positional().front() + "\"");
    }
    const Catalog catalog = CatalogLoader::loadEmbedded();
    auto probe = chooseProbe("plan", arguments);
    const auto facts = probe->probe(Watchlist(catalog, probe->platform()));
    const RemovalPlan plan = planRemoval(detect(catalog, facts), facts.platform);
    if (arguments.flag("--json")) {
        out << jsonText(planToJson(plan)) << '\n';
    } else {
        printPlan(out, plan);
        out << "Nothing was changed.\n";
    }
    return ExitClean;
}

int runRemove(const std::vector<std::string>& words, std::ostream& out)
{
    const auto options = machineOptions();
    const Arguments arguments("remove", words, {"--yes", "--dry-run", "--json", "--password-stdin"}, options);
    if (arguments.flag("--dry-run")) {
        if (!arguments.positional().empty()) {
            throw CliError(ExitUsage, "remove: unexpected argument \"" + arguments.positional().front() + "\"");
        }
        const Catalog catalog = CatalogLoader::loadEmbedded();
        const Platform platform = chosenPlatform("remove", arguments);
        const auto machine = platform::makeRemovalMachine(catalog, platform, removalOptions("remove", arguments));
        const RemovalPlan plan = planRemoval(machine->detect(), platform);
        if (arguments.flag("--json")) {
            auto json = planToJson(plan);
            json["dry_run"] = true;
            out << jsonText(json) << '\n';
        } else {
            printPlan(out, plan);
            out << "Dry run: nothing was changed.\n";
        }
        return ExitClean;
    }
    if (!arguments.flag("--yes")) {
        throw CliError(ExitUsage, "remove: this changes the computer, so confirm with --yes (or see what it would do "
                                  "with --dry-run); nothing was changed");
    }
    return runWithJournal("remove", arguments, out, false);
}

int runResume(const std::vector<std::string>& words, std::ostream& out)
{
    const auto options = machineOptions();
    const Arguments arguments("resume", words, {"--json", "--password-stdin"}, options);
    return runWithJournal("resume", arguments, out, true);
}

} // namespace offramp::cli
