// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/KpmTextExport.h"

#include "engine/utils/Utf8.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace offramp {

namespace {

constexpr std::string_view separator = "---";
constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";

// The fields a key fills. Comment and Text are the multi-line last field.
enum class Field
{
    Name,
    Url,
    LoginName,
    Login,
    Password,
    Comment,
};

struct KeyDef
{
    std::string_view key;
    Field field;
};

// The keys each section has, as the facts list them.
constexpr std::array<KeyDef, 6> websiteKeys{{{"Website name", Field::Name},
                                             {"Website URL", Field::Url},
                                             {"Login name", Field::LoginName},
                                             {"Login", Field::Login},
                                             {"Password", Field::Password},
                                             {"Comment", Field::Comment}}};
constexpr std::array<KeyDef, 5> applicationKeys{{{"Application", Field::Name},
                                                 {"Login name", Field::LoginName},
                                                 {"Login", Field::Login},
                                                 {"Password", Field::Password},
                                                 {"Comment", Field::Comment}}};
constexpr std::array<KeyDef, 5> otherAccountKeys{{{"Account name", Field::Name},
                                                  {"Login name", Field::LoginName},
                                                  {"Login", Field::Login},
                                                  {"Password", Field::Password},
                                                  {"Comment", Field::Comment}}};
constexpr std::array<KeyDef, 2> noteKeys{{{"Name", Field::Name}, {"Text", Field::Comment}}};

std::vector<KeyDef> keysOf(KpmSection section)
{
    switch (section) {
    case KpmSection::Websites:
        return {websiteKeys.begin(), websiteKeys.end()};
    case KpmSection::Applications:
        return {applicationKeys.begin(), applicationKeys.end()};
    case KpmSection::OtherAccounts:
        return {otherAccountKeys.begin(), otherAccountKeys.end()};
    case KpmSection::Notes:
        return {noteKeys.begin(), noteKeys.end()};
    }
    return {};
}

std::string keyList(KpmSection section)
{
    std::string list;
    for (const auto& def : keysOf(section)) {
        list += (list.empty() ? "" : ", ") + std::string(def.key);
    }
    return list;
}

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

// At most `limit` characters of already validated UTF-8, with control characters shown as '?', so a
// message stays one readable line.
std::string shortPreview(std::string_view line, std::size_t limit = 40)
{
    std::string preview;
    std::size_t characters = 0;
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if (!utils::isUtf8Continuation(c)) {
            if (characters == limit) {
                return preview + "…";
            }
            ++characters;
        }
        preview += byte < 0x20U || byte == 0x7FU ? '?' : c;
    }
    return preview;
}

// Refuses what is not UTF-8 text before the structure is looked at, so a binary file gets a message
// about its bytes rather than about its first "line".
void checkEncoding(std::string_view text)
{
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
        text.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) {
        throw KpmFormatError(KpmFormatError::Kind::WideText, 1,
                             "the file is UTF-16 or UTF-32 text (it starts with such a byte-order mark), but "
                             "Kaspersky Password Manager's text export is UTF-8; export it again from Kaspersky "
                             "Password Manager rather than re-saving it in an editor");
    }
    std::size_t line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '\0') {
            throw KpmFormatError(KpmFormatError::Kind::BinaryData, line,
                                 "the file holds binary data (a NUL byte), so it is not Kaspersky Password "
                                 "Manager's text export; the encrypted backup (.edb or .pdb) cannot be "
                                 "converted, use Export to text file instead");
        }
        const auto character = utils::decodeUtf8(text, i);
        if (!character) {
            throw KpmFormatError(KpmFormatError::Kind::NotUtf8, line,
                                 "the text is not valid UTF-8, so it is not Kaspersky Password Manager's text "
                                 "export as written (was it re-saved in another encoding?)");
        }
        i += character->length;
    }
}

// The file's lines without their line ends (LF or CRLF). A final line end does not start another line.
std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        const bool last = end == std::string_view::npos;
        if (last) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

struct KeyLine
{
    std::string_view key;
    std::string_view value;
};

// "Key: value", or "Key:" at the end of the line (an empty value whose space an editor stripped).
std::optional<KeyLine> splitKeyLine(std::string_view line)
{
    const auto colon = line.find(": ");
    if (colon != std::string_view::npos && colon > 0) {
        return KeyLine{line.substr(0, colon), line.substr(colon + 2)};
    }
    if (line.size() > 1 && line.back() == ':' && line.find(':') == line.size() - 1) {
        return KeyLine{line.substr(0, line.size() - 1), {}};
    }
    return std::nullopt;
}

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_lines(splitLines(text))
    {
        m_result.hadSectionTitles =
            std::ranges::any_of(m_lines, [](std::string_view line) { return kpmSectionFromTitle(line).has_value(); });
        if (!m_result.hadSectionTitles) {
            m_section = KpmSection::Websites;
        }
    }

    KpmExport run()
    {
        for (std::size_t i = 0; i < m_lines.size(); ++i) {
            readLine(i + 1, m_lines[i]);
        }
        finishEntry();
        return std::move(m_result);
    }

private:
    void readLine(std::size_t number, std::string_view line)
    {
        if (line == separator) {
            finishEntry();
            return;
        }
        if (m_result.hadSectionTitles) {
            if (const auto section = kpmSectionFromTitle(line)) {
                finishEntry();
                m_section = section;
                return;
            }
        }
        if (m_inComment) {
            m_commentLines.push_back(line);
            return;
        }
        if (line.empty()) {
            return;
        }
        const auto keyLine = splitKeyLine(line);
        if (!keyLine) {
            throw KpmFormatError(beforeAnyTitle() ? KpmFormatError::Kind::NotEnglish
                                                  : KpmFormatError::Kind::NotKeyValue,
                                 number, notKeyValueSentence(line));
        }
        if (!m_section) {
            throw KpmFormatError(KpmFormatError::Kind::NoSection, number,
                                 quoted(keyLine->key) +
                                     " comes before any section title (Websites, Applications, Other "
                                     "Accounts, Notes), so its section is unknown",
                                 std::string(keyLine->key));
        }
        const auto keys = keysOf(*m_section);
        const auto def = std::ranges::find(keys, keyLine->key, &KeyDef::key);
        if (def == keys.end()) {
            throw KpmFormatError(KpmFormatError::Kind::UnknownKey, number,
                                 quoted(keyLine->key) + " is not a key of " + std::string(kpmSectionTitle(*m_section)) +
                                     " entries (they have " + keyList(*m_section) +
                                     "); exports in other languages than English are not supported yet",
                                 std::string(keyLine->key));
        }
        if (!m_entry) {
            m_entry = KpmEntry{};
            m_entry->section = *m_section;
            m_entry->line = number;
            m_seen = 0;
        }
        const auto bit = 1U << static_cast<unsigned>(def->field);
        if ((m_seen & bit) != 0) {
            throw KpmFormatError(KpmFormatError::Kind::RepeatedKey, number,
                                 quoted(keyLine->key) + " appears twice in the entry that starts on line " +
                                     std::to_string(m_entry->line),
                                 std::string(keyLine->key));
        }
        m_seen |= bit;
        m_afterPassword = def->field == Field::Password;
        std::string value(keyLine->value);
        switch (def->field) {
        case Field::Name:
            m_entry->name = std::move(value);
            break;
        case Field::Url:
            m_entry->url = std::move(value);
            break;
        case Field::LoginName:
            m_entry->loginName = std::move(value);
            break;
        case Field::Login:
            m_entry->login = std::move(value);
            break;
        case Field::Password:
            m_entry->password = std::move(value);
            break;
        case Field::Comment:
            m_inComment = true;
            m_commentLines.assign(1, keyLine->value);
            break;
        }
    }

    // Nothing read yet, not even an English section title.
    bool beforeAnyTitle() const { return !m_result.hadSectionTitles && m_result.entries.empty() && !m_entry; }

    std::string notKeyValueSentence(std::string_view line) const
    {
        std::string sentence = "expected \"Key: value\" but found ";
        // Only a line with no colon that does not follow a password is shown: anything else may be a secret.
        if (m_afterPassword && m_entry) {
            sentence += "another line (not shown, because it follows a password)";
        } else if (line.find(':') != std::string_view::npos) {
            sentence += "a line without \": \" after its key (not shown, because it may hold a secret)";
        } else {
            sentence += quoted(shortPreview(line));
        }
        if (beforeAnyTitle()) {
            sentence += "; the file has no English section titles (Websites, Applications, Other Accounts, Notes), "
                        "and exports in other languages are not supported yet";
        }
        return sentence;
    }

    void finishEntry()
    {
        if (m_entry) {
            if (m_inComment) {
                while (!m_commentLines.empty() && m_commentLines.back().empty()) {
                    m_commentLines.pop_back();
                }
                std::string comment;
                for (std::size_t i = 0; i < m_commentLines.size(); ++i) {
                    comment += (i == 0 ? "" : "\n") + std::string(m_commentLines[i]);
                }
                m_entry->comment = std::move(comment);
            }
            m_result.entries.push_back(std::move(*m_entry));
        }
        m_entry.reset();
        m_inComment = false;
        m_afterPassword = false;
        m_commentLines.clear();
    }

    std::vector<std::string_view> m_lines;
    KpmExport m_result;
    std::optional<KpmSection> m_section;
    std::optional<KpmEntry> m_entry;
    unsigned m_seen = 0;
    bool m_inComment = false;
    bool m_afterPassword = false;
    std::vector<std::string_view> m_commentLines;
};

} // namespace

std::string_view kpmSectionTitle(KpmSection section)
{
    switch (section) {
    case KpmSection::Websites:
        return "Websites";
    case KpmSection::Applications:
        return "Applications";
    case KpmSection::OtherAccounts:
        return "Other Accounts";
    case KpmSection::Notes:
        return "Notes";
    }
    return "Websites";
}

std::optional<KpmSection> kpmSectionFromTitle(std::string_view title)
{
    for (const auto section : kpmSections) {
        if (kpmSectionTitle(section) == title) {
            return section;
        }
    }
    return std::nullopt;
}

std::size_t KpmExport::count(KpmSection section) const
{
    return static_cast<std::size_t>(
        std::ranges::count_if(entries, [section](const KpmEntry& entry) { return entry.section == section; }));
}

KpmFormatError::KpmFormatError(Kind kind, std::size_t line, const std::string& sentence, std::string key)
    : Error(errorKindOf(kind), "line " + std::to_string(line) + ": " + sentence)
    , m_kind(kind)
    , m_line(line)
    , m_key(std::move(key))
{}

ErrorKind KpmFormatError::errorKindOf(Kind kind)
{
    switch (kind) {
    case Kind::WideText:
    case Kind::BinaryData:
    case Kind::NotUtf8:
        return ErrorKind::NotText;
    case Kind::NotEnglish:
    case Kind::UnknownKey:
        return ErrorKind::Unsupported;
    case Kind::NotKeyValue:
    case Kind::NoSection:
    case Kind::RepeatedKey:
        return ErrorKind::Damaged;
    }
    return ErrorKind::Damaged;
}

KpmExport parseKpmTextExport(std::string_view text)
{
    checkEncoding(text);
    if (text.starts_with(utf8Bom)) {
        text.remove_prefix(utf8Bom.size());
    }
    return Parser(text).run();
}

} // namespace offramp
