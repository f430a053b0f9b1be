// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReportCommand.h"

#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "engine/CatalogLoader.h"
#include "engine/FleetInput.h"
#include "engine/FleetReportWriters.h"
#include "engine/RescueManifest.h"
#include "engine/utils/AsciiCase.h"
#include "engine/utils/Timestamp.h"
#include "platform/JournalFile.h"
#include "platform/common/ReadOnlyFile.h"
#include "platform/common/Utf8Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>

namespace offramp::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* command = "report";

struct Input
{
    fs::path path;
    std::string shown;   // as the person wrote it, or found under the folder they gave
    std::string problem; // why it cannot be read, found before reading it
};

bool isJsonFile(const fs::path& path)
{
    return utils::equalsIgnoringCase(platform::utf8Text(path.extension()), ".json");
}

bool sameFile(const fs::path& a, const std::optional<fs::path>& b)
{
    std::error_code error;
    return b && fs::exists(*b, error) && fs::equivalent(a, *b, error);
}

// The *.json files under a folder, in name order. In a rescue bundle only its manifest counts: the copies it
// holds are the person's files, not reports.
void collectFolder(const fs::path& folder, const std::string& shown, const std::optional<fs::path>& output,
                   std::vector<Input>& inputs)
{
    std::vector<Input> found;
    std::error_code error;
    fs::recursive_directory_iterator walk(folder, fs::directory_options::none, error);
    if (error) {
        inputs.push_back({folder, shown, "the folder cannot be read: " + error.message()});
        return;
    }
    for (; walk != fs::recursive_directory_iterator(); walk.increment(error)) {
        if (error) {
            inputs.push_back({folder, shown, "the folder cannot be read completely: " + error.message()});
            return;
        }
        const fs::directory_entry& entry = *walk;
        if (entry.is_directory(error) && fs::exists(entry.path() / std::string(kRescueMarkerName), error)) {
            walk.disable_recursion_pending();
            const fs::path manifest = entry.path() / std::string(kRescueManifestName);
            if (fs::is_regular_file(manifest, error)) {
                found.push_back({manifest, platform::utf8Text(manifest), {}});
            }
            continue;
        }
        if (entry.is_regular_file(error) && isJsonFile(entry.path()) && !sameFile(entry.path(), output)) {
            found.push_back({entry.path(), platform::utf8Text(entry.path()), {}});
        }
    }
    std::ranges::sort(found, {}, &Input::shown);
    inputs.insert(inputs.end(), found.begin(), found.end());
}

std::vector<Input> collectInputs(const std::vector<std::string>& given, const std::optional<fs::path>& output)
{
    std::vector<Input> inputs;
    for (const auto& word : given) {
        const fs::path path = platform::pathFromUtf8(word);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            collectFolder(path, word, output, inputs);
        } else if (!fs::exists(path, error)) {
            inputs.push_back({path, word, "there is no such file or folder"});
        } else {
            inputs.push_back({path, word, {}});
        }
    }
    return inputs;
}

std::string readProblem(const platform::ReadOnlyFile& file)
{
    return file.error() != 0 ? std::string("it cannot be opened: ") + std::strerror(file.error())
                             : std::string("it cannot be read");
}

std::string formatted(const FleetReport& report, const std::string& format)
{
    const std::string now = utils::utcTimestampNow();
    if (format == "json") {
        return fleetReportToJson(report, now).dump(2) + "\n";
    }
    if (format == "csv") {
        return fleetReportToCsv(report);
    }
    return fleetReportToHtml(report, now);
}

} // namespace

std::string reportUsage()
{
    return "  report [--format html|json|csv] [--output FILE] INPUT...\n"
           "      One report for many computers: merges scan results (scan --json), removal\n"
           "      journals, rescue manifests and fleet host records, given as files or folders\n"
           "      (searched for *.json), one row per computer and product. Exit 0 when every\n"
           "      input was read, 3 when some could not be (each is named and listed).\n";
}

int runReport(const std::vector<std::string>& words, std::ostream& out, std::ostream& err)
{
    const Arguments arguments(command, words, {}, {"--format", "--output"});
    if (arguments.positional().empty()) {
        throw CliError(ExitUsage, "report: give the scan results, journals, manifests or folders to merge: "
                                  "report [--format html|json|csv] [--output FILE] INPUT...");
    }
    const std::string format = arguments.option("--format").value_or("html");
    if (format != "html" && format != "json" && format != "csv") {
        throw CliError(ExitUsage, "report: --format must be html, json or csv, not \"" + format + "\"");
    }
    const auto outputName = arguments.option("--output");
    const std::optional<fs::path> output =
        outputName ? std::optional(platform::pathFromUtf8(*outputName)) : std::nullopt;

    const Catalog catalog = CatalogLoader::loadEmbedded();
    FleetReportBuilder builder(&catalog);
    std::size_t counted = 0;
    for (const auto& input : collectInputs(arguments.positional(), output)) {
        std::string problem = input.problem;
        if (problem.empty()) {
            const platform::ReadOnlyFile file(input.path);
            const auto text = file.error() == 0 ? file.contents() : std::nullopt;
            if (text) {
                const auto outcome = addFleetInput(builder, *text, input.shown);
                problem = outcome.reason;
                counted += outcome.kind == FleetInputOutcome::Kind::EarlierReport ? 0 : 1;
            } else {
                problem = readProblem(file);
                builder.addUnreadable(input.shown, problem);
                ++counted;
            }
        } else {
            builder.addUnreadable(input.shown, problem);
            ++counted;
        }
        if (!problem.empty()) {
            err << "offramp-cli: report: " << input.shown << ": " << problem
                << "; it is listed in the report as unreadable\n";
        }
    }
    if (counted == 0) {
        throw CliError(ExitBadInput, "report: the folders given hold no scan results, journals or manifests, so no "
                                     "report was written; give the files offramp-cli wrote on each computer");
    }
    const FleetReport report = builder.build();
    const std::string text = formatted(report, format);
    if (output) {
        try {
            platform::replaceFileAtomically(*output, text);
        } catch (const std::runtime_error& error) {
            throw CliError(ExitBadInput, std::string("report: the report could not be written: ") + error.what() +
                                             "; choose another place with --output");
        }
        out << "Wrote the " << format << " report of " << report.inputs << (report.inputs == 1 ? " file" : " files")
            << " to " << *outputName << ".\n";
    } else {
        out << text;
    }
    return report.unreadable.empty() ? ExitClean : ExitBadInput;
}

} // namespace offramp::cli
