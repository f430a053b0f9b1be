// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/PasswordCsv.h"

#include <numeric>
#include <utility>

namespace offramp {

namespace {

std::size_t index(KpmSection section)
{
    return static_cast<std::size_t>(section);
}

std::vector<std::string> header(PasswordCsvFormat format)
{
    switch (format) {
    case PasswordCsvFormat::Bitwarden:
        return {"folder",   "favorite",  "type",           "name",           "notes",     "fields",
                "reprompt", "login_uri", "login_username", "login_password", "login_totp"};
    case PasswordCsvFormat::OnePassword:
        return {"Title", "Website", "Username", "Password", "Notes"};
    case PasswordCsvFormat::KeePassXC:
        return {"Group", "Title", "Username", "Password", "URL", "Notes"};
    case PasswordCsvFormat::Google:
        return {"name", "url", "username", "password", "note"};
    }
    return {};
}

// The comment, then a blank line and what has no column of its own, one "Key: value" line each.
std::string notesFor(const KpmEntry& entry, PasswordCsvFormat format, NotesTally& tally)
{
    std::vector<std::string> extra;
    if (!entry.loginName.empty()) {
        extra.push_back("Login name: " + entry.loginName);
        ++tally.loginNames;
    }
    const bool appOrAccount = entry.section == KpmSection::Applications || entry.section == KpmSection::OtherAccounts;
    if (format == PasswordCsvFormat::OnePassword && appOrAccount) {
        extra.push_back("Kaspersky section: " + std::string(kpmSectionTitle(entry.section)));
        ++tally.sections;
    }
    std::string notes = entry.comment;
    for (std::size_t i = 0; i < extra.size(); ++i) {
        if (!notes.empty()) {
            notes += i == 0 ? "\n\n" : "\n";
        }
        notes += extra[i];
    }
    return notes;
}

// Why Google Password Manager cannot take the entry, or nothing when it can.
std::optional<SkippedEntry> googleSkip(const KpmEntry& entry)
{
    SkippedEntry skipped;
    skipped.section = entry.section;
    skipped.line = entry.line;
    skipped.name = entry.name;
    if (entry.section == KpmSection::Notes) {
        skipped.note = true;
        skipped.reason = "a note: Google Password Manager's CSV holds only passwords for websites";
        return skipped;
    }
    skipped.noUrl = entry.url.empty();
    skipped.noLogin = entry.login.empty();
    skipped.noPassword = entry.password.empty();
    std::vector<std::string> missing;
    if (skipped.noUrl) {
        missing.emplace_back(entry.section == KpmSection::Websites ? "website address"
                                                                   : "website address (it is "
                                                                     "not a website entry)");
    }
    if (skipped.noLogin) {
        missing.emplace_back("user name (Login)");
    }
    if (skipped.noPassword) {
        missing.emplace_back("password");
    }
    if (missing.empty()) {
        return std::nullopt;
    }
    skipped.reason = "no ";
    for (std::size_t i = 0; i < missing.size(); ++i) {
        skipped.reason += (i == 0 ? "" : i + 1 == missing.size() ? " and no " : ", no ") + missing[i];
    }
    skipped.reason += "; Google Password Manager requires a website address, a user name and a password";
    return skipped;
}

std::vector<std::string> rowFor(const KpmEntry& entry, PasswordCsvFormat format, NotesTally& tally)
{
    const std::string section(kpmSectionTitle(entry.section));
    const std::string notes = notesFor(entry, format, tally);
    switch (format) {
    case PasswordCsvFormat::Bitwarden:
        if (entry.section == KpmSection::Notes) {
            return {section, "", "note", entry.name, notes, "", "", "", "", "", ""};
        }
        return {section, "", "login", entry.name, notes, "", "", entry.url, entry.login, entry.password, ""};
    case PasswordCsvFormat::OnePassword:
        if (entry.section == KpmSection::Notes) {
            ++tally.notesAsItems;
        }
        return {entry.name, entry.url, entry.login, entry.password, notes};
    case PasswordCsvFormat::KeePassXC:
        return {section, entry.name, entry.login, entry.password, entry.url, notes};
    case PasswordCsvFormat::Google:
        return {entry.name, entry.url, entry.login, entry.password, notes};
    }
    return {};
}

} // namespace

std::string_view passwordCsvFormatId(PasswordCsvFormat format)
{
    switch (format) {
    case PasswordCsvFormat::Bitwarden:
        return "bitwarden-csv";
    case PasswordCsvFormat::OnePassword:
        return "1password-csv";
    case PasswordCsvFormat::KeePassXC:
        return "keepassxc-csv";
    case PasswordCsvFormat::Google:
        return "google-csv";
    }
    return "bitwarden-csv";
}

std::optional<PasswordCsvFormat> passwordCsvFormatFromId(std::string_view id)
{
    for (const auto format : passwordCsvFormats) {
        if (passwordCsvFormatId(format) == id) {
            return format;
        }
    }
    return std::nullopt;
}

std::string_view passwordManagerName(PasswordCsvFormat format)
{
    switch (format) {
    case PasswordCsvFormat::Bitwarden:
        return "Bitwarden";
    case PasswordCsvFormat::OnePassword:
        return "1Password";
    case PasswordCsvFormat::KeePassXC:
        return "KeePassXC";
    case PasswordCsvFormat::Google:
        return "Google Password Manager";
    }
    return "Bitwarden";
}

std::size_t ConversionReport::readTotal() const
{
    return std::accumulate(read.begin(), read.end(), std::size_t{0});
}

std::size_t ConversionReport::writtenTotal() const
{
    return std::accumulate(written.begin(), written.end(), std::size_t{0});
}

std::string csvField(std::string_view value)
{
    const bool special = value.find_first_of(",\"\r\n") != std::string_view::npos;
    const bool padded = !value.empty() &&
                        (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' || value.back() == '\t');
    if (!special && !padded) {
        return std::string(value);
    }
    std::string field = "\"";
    for (const char c : value) {
        field += c;
        if (c == '"') {
            field += '"';
        }
    }
    return field + "\"";
}

std::string csvRow(const std::vector<std::string>& fields)
{
    std::string row;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        row += (i == 0 ? "" : ",") + csvField(fields[i]);
    }
    return row + "\r\n";
}

PasswordCsv convertToPasswordCsv(const KpmExport& source, PasswordCsvFormat format)
{
    PasswordCsv result;
    result.report.format = format;
    NotesTally tally;
    const std::size_t perFile =
        format == PasswordCsvFormat::Google ? googleMaxEntriesPerFile : static_cast<std::size_t>(-1);
    const std::string headerRow = csvRow(header(format));
    for (const auto& entry : source.entries) {
        ++result.report.read.at(index(entry.section));
        if (format == PasswordCsvFormat::Google) {
            if (auto skipped = googleSkip(entry)) {
                result.report.skipped.push_back(std::move(*skipped));
                continue;
            }
        }
        if (result.files.empty() || result.files.back().rows == perFile) {
            result.files.push_back({headerRow, 0});
        }
        result.files.back().text += csvRow(rowFor(entry, format, tally));
        ++result.files.back().rows;
        ++result.report.written.at(index(entry.section));
    }
    result.report.inNotes = tally;
    return result;
}

std::filesystem::path numberedPath(const std::filesystem::path& path, std::size_t n)
{
    if (n <= 1) {
        return path;
    }
    std::filesystem::path numbered = path;
    const auto extension = path.extension();
    numbered.replace_filename(path.stem().string() + "-" + std::to_string(n) + extension.string());
    return numbered;
}

} // namespace offramp
