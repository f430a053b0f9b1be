// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ConvertPasswordsCommand.h"

#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "engine/KpmTextExport.h"
#include "engine/PasswordCsv.h"
#include "platform/PasswordFiles.h"
#include "platform/SecureFile.h"
#include "platform/common/Utf8Path.h"

#include <filesystem>

namespace offramp::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view command = "convert-passwords";

std::string formatList()
{
    std::string list;
    for (const auto format : passwordCsvFormats) {
        list += (list.empty() ? "" : ", ") + std::string(passwordCsvFormatId(format));
    }
    return list;
}

CliError usage(const std::string& sentence)
{
    return {ExitUsage, std::string(command) + ": " + sentence};
}

CliError badInput(const std::string& sentence)
{
    return {ExitBadInput, std::string(command) + ": " + sentence};
}

std::string readExport(const fs::path& path)
{
    try {
        return platform::readPasswordExport(path);
    } catch (const platform::PasswordExportError& error) {
        throw badInput(std::string(error.what()) +
                       "; nothing was written. Give the text file that Kaspersky Password Manager exported, as a file "
                       "you may read");
    }
}

// Names come from the user's file: control characters could garble or steer the terminal.
std::string printable(std::string_view text)
{
    std::string shown;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        shown += byte < 0x20U || byte == 0x7FU ? '?' : c;
    }
    return shown;
}

std::string entries(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " entry" : " entries");
}

std::string perSection(const ConversionReport& report, bool written)
{
    std::string line;
    for (const auto section : kpmSections) {
        if (report.readIn(section) == 0) {
            continue;
        }
        line += (line.empty() ? "" : ", ") + std::string(kpmSectionTitle(section)) + " ";
        line += written ? std::to_string(report.writtenIn(section)) + " of " + std::to_string(report.readIn(section))
                        : std::to_string(report.readIn(section));
    }
    return line;
}

void printReport(std::ostream& out, const fs::path& in, const KpmExport& source, const PasswordCsv& csv,
                 const std::vector<fs::path>& outputs)
{
    const ConversionReport& report = csv.report;
    const std::string manager(passwordManagerName(report.format));
    out << "Read " << entries(report.readTotal()) << " from " << in.string() << ": " << perSection(report, false)
        << "\n";
    if (!source.hadSectionTitles) {
        out << "  (an old export without section titles: every entry was read as a website)\n";
    }
    if (!outputs.empty()) {
        out << "Wrote " << entries(report.writtenTotal()) << " for " << manager << ": " << perSection(report, true)
            << "\n";
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            out << "  " << outputs[i].string() << " (" << entries(csv.files[i].rows) << ", readable by you only)\n";
        }
        if (outputs.size() > 1) {
            out << "  " << manager << " takes at most " << googleMaxRowsPerFile
                << " rows per file, so the entries are split over " << outputs.size()
                << " files: import each of them.\n";
        }
    }
    if (!report.skipped.empty()) {
        out << "Skipped " << entries(report.skipped.size()) << " that " << manager
            << " cannot hold; add them there by hand:\n";
        for (const auto& skipped : report.skipped) {
            out << "  line " << skipped.line << ", " << kpmSectionTitle(skipped.section) << " \""
                << printable(skipped.name) << "\": " << skipped.reason << "\n";
        }
    }
    for (const auto& sentence : notesSentences(report)) {
        out << "Put into the notes: " << sentence << ".\n";
    }
}

} // namespace

std::vector<std::string> notesSentences(const ConversionReport& report)
{
    const NotesTally& tally = report.inNotes;
    std::vector<std::string> sentences;
    const std::string manager(passwordManagerName(report.format));
    if (tally.loginNames > 0) {
        sentences.push_back("Login name (an alias of the account; " + manager +
                            "'s CSV has no column for it) is in the notes of " + entries(tally.loginNames));
    }
    if (tally.sections > 0) {
        sentences.push_back("the Kaspersky section (Applications or Other Accounts; " + manager +
                            "'s CSV has no column for it) is in the notes of " + entries(tally.sections));
    }
    if (tally.notesAsItems > 0) {
        sentences.push_back(entries(tally.notesAsItems) + " from Notes became items with a title and notes only (" +
                            manager + "'s CSV has no note type)");
    }
    return sentences;
}

std::string convertPasswordsUsage()
{
    return "  convert-passwords --from kpm-txt IN --to " + formatList() +
           " OUT\n"
           "      Convert Kaspersky Password Manager's text export into the CSV another password\n"
           "      manager imports. OUT is new (never overwritten) and readable by you only.\n";
}

int runConvertPasswords(const std::vector<std::string>& words, std::ostream& out)
{
    const Arguments arguments(std::string(command), words, {}, {"--from", "--to"});
    const auto from = arguments.option("--from");
    if (!from) {
        throw usage("--from kpm-txt is required (Kaspersky Password Manager's text export)");
    }
    if (*from != "kpm-txt") {
        throw usage("--from must be kpm-txt (Kaspersky Password Manager's text export), not \"" + *from + "\"");
    }
    const auto to = arguments.option("--to");
    if (!to) {
        throw usage("--to FORMAT is required (" + formatList() + ")");
    }
    const auto format = passwordCsvFormatFromId(*to);
    if (!format) {
        throw usage("--to must be one of " + formatList() + ", not \"" + *to + "\"");
    }
    if (arguments.positional().size() != 2) {
        throw usage("give the export to read and the file to write: convert-passwords --from kpm-txt IN --to " + *to +
                    " OUT");
    }
    const fs::path in = platform::pathFromUtf8(arguments.positional()[0]);
    const fs::path outPath = platform::pathFromUtf8(arguments.positional()[1]);

    const std::string text = readExport(in);
    KpmExport source;
    try {
        source = parseKpmTextExport(text);
    } catch (const KpmFormatError& error) {
        throw badInput(in.string() + " " + error.what() +
                       " — it is not a Kaspersky Password Manager text export that Offramp can read");
    }
    if (source.entries.empty()) {
        throw badInput(in.string() +
                       " holds no entries; is it Kaspersky Password Manager's text export (Export to text file)?");
    }

    const PasswordCsv csv = convertToPasswordCsv(source, *format);
    if (csv.files.empty()) {
        printReport(out, in, source, csv, {});
        throw badInput("none of the " + entries(source.entries.size()) + " in " + in.string() + " can be held by " +
                       std::string(passwordManagerName(*format)) + "'s CSV, so nothing was written");
    }
    std::vector<fs::path> outputs;
    try {
        outputs = platform::writePasswordCsv(csv, outPath);
    } catch (const platform::SecureFileError& error) {
        // A name that is taken already says what to do; any other failure (no permission, a full disk) does not.
        throw badInput(std::string(error.what()) + "; nothing was written" +
                       (error.reason() == platform::SecureFileError::Reason::AlreadyExists
                            ? ""
                            : ". Choose a folder you may write to, with free space, for OUT, then run the same "
                              "command again"));
    }

    printReport(out, in, source, csv, outputs);
    const bool one = outputs.size() == 1;
    out << "Reminder: " << (one ? "this file holds" : "these files hold")
        << " your passwords in plain text, as does the export; delete " << (one ? "both" : "them all")
        << " securely once the import has worked.\n";
    return ExitClean;
}

} // namespace offramp::cli
