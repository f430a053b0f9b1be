// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_PASSWORDCSV_H
#define OFFRAMP_ENGINE_PASSWORDCSV_H

#include "engine/KpmTextExport.h"

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offramp {

// The CSV files other password managers import, with their columns as the importing products document them
// (../shared/facts/kpm-text-export.md).
//
// Every file is RFC 4180: a header row, CRLF after every row, fields quoted when they hold a comma, a quote,
// CR or LF (quotes doubled), and also when they begin or end with a space or tab, so that a reader that trims
// unquoted fields cannot change a password. UTF-8 without a byte-order mark for every target: all four
// importers read UTF-8, and a BOM in front of the first header name ("\uFEFFfolder") can make an importer
// miss that column. Values are never altered (no trimming, no URL rewriting).
//
// Where the data goes:
// - Bitwarden (folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,
//   login_totp): folder = the section's title; type "login", or "note" for the Notes section; favorite,
//   fields, reprompt and login_totp stay empty.
// - 1Password (Title,Website,Username,Password,Notes): notes become items with a title and notes only (the
//   CSV has no note type); application and other-account entries get a line "Kaspersky section: ..." in
//   their notes, since no column tells what kind of entry they were.
// - KeePassXC (Group,Title,Username,Password,URL,Notes): Group = the section's title.
// - Google Password Manager (name,url,username,password,note): url, username and password are required, so
//   entries lacking any of them and all notes are skipped, each with its reason in the report. At most
//   3,000 rows per file: whether the header row counts is not confirmed, so it is counted, and more entries
//   are split into numbered files of at most 2,999 entries each (see numberedPath), never refused.
// - Login name (an alias of the account) has no column in any of them: it goes into the notes as a line
//   "Login name: ...", after the comment and a blank line.
enum class PasswordCsvFormat
{
    Bitwarden,
    OnePassword,
    KeePassXC,
    Google,
};

inline constexpr std::array<PasswordCsvFormat, 4> passwordCsvFormats{
    PasswordCsvFormat::Bitwarden, PasswordCsvFormat::OnePassword, PasswordCsvFormat::KeePassXC,
    PasswordCsvFormat::Google};

// "bitwarden-csv", "1password-csv", "keepassxc-csv", "google-csv".
std::string_view passwordCsvFormatId(PasswordCsvFormat format);
std::optional<PasswordCsvFormat> passwordCsvFormatFromId(std::string_view id);
// "Bitwarden", "1Password", "KeePassXC", "Google Password Manager".
std::string_view passwordManagerName(PasswordCsvFormat format);

inline constexpr std::size_t googleMaxRowsPerFile = 3000;
inline constexpr std::size_t googleMaxEntriesPerFile = googleMaxRowsPerFile - 1; // the header row counts

// An entry the target format cannot hold. The name is shown to the user so they can move it by hand; it is
// never a password. Why is told both ways: as flags for views that word it in their own language, and in
// English for the command line.
struct SkippedEntry
{
    KpmSection section = KpmSection::Websites;
    std::size_t line = 0; // where the entry starts in the export
    std::string name;
    bool note = false;  // a note, which the format has no place for
    bool noUrl = false; // otherwise, what the format requires and the entry lacks
    bool noLogin = false;
    bool noPassword = false;
    std::string reason; // a plain sentence fragment, e.g. "a note: Google Password Manager keeps only passwords"
};

// What had no column in the target format and went into the notes instead, counted in entries.
struct NotesTally
{
    std::size_t loginNames = 0;   // Login name, an alias of the account
    std::size_t sections = 0;     // the Kaspersky section (Applications or Other Accounts), for 1Password
    std::size_t notesAsItems = 0; // notes that became items with a title and notes only, for 1Password
};

// What a conversion read, wrote and left out; the CLI prints it, the wizard shows it.
struct ConversionReport
{
    PasswordCsvFormat format = PasswordCsvFormat::Bitwarden;
    std::array<std::size_t, kpmSections.size()> read{};    // per section, indexed by KpmSection
    std::array<std::size_t, kpmSections.size()> written{}; // per section
    std::vector<SkippedEntry> skipped;
    NotesTally inNotes; // the CLI and the wizard each word it in their own sentences

    std::size_t readTotal() const;
    std::size_t writtenTotal() const;
    std::size_t readIn(KpmSection section) const { return read.at(static_cast<std::size_t>(section)); }
    std::size_t writtenIn(KpmSection section) const { return written.at(static_cast<std::size_t>(section)); }
};

struct CsvFile
{
    std::string text;     // the whole file, header included
    std::size_t rows = 0; // data rows, without the header
};

struct PasswordCsv
{
    std::vector<CsvFile> files; // one, or for Google more than one when split; empty when nothing can be held
    ConversionReport report;
};

PasswordCsv convertToPasswordCsv(const KpmExport& source, PasswordCsvFormat format);

// One field as RFC 4180 writes it (see above for when it is quoted).
std::string csvField(std::string_view value);
// A row: the fields joined with commas, ended by CRLF.
std::string csvRow(const std::vector<std::string>& fields);

// The name of the n-th (1-based) file of a split output: the first keeps the name, the others get "-n"
// before the extension so that file pickers still see ".csv": out.csv, out-2.csv, out-3.csv; OUT, OUT-2.
std::filesystem::path numberedPath(const std::filesystem::path& path, std::size_t n);

} // namespace offramp

#endif
