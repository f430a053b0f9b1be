// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_KPMTEXTEXPORT_H
#define OFFRAMP_ENGINE_KPMTEXTEXPORT_H

#include "engine/utils/Error.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offramp {

// The sections of Kaspersky Password Manager's text export, in the order the export writes them.
enum class KpmSection
{
    Websites,
    Applications,
    OtherAccounts,
    Notes,
};

inline constexpr std::array<KpmSection, 4> kpmSections{KpmSection::Websites, KpmSection::Applications,
                                                       KpmSection::OtherAccounts, KpmSection::Notes};

// The section's title as the export writes it ("Other Accounts").
std::string_view kpmSectionTitle(KpmSection section);
std::optional<KpmSection> kpmSectionFromTitle(std::string_view title);

// One entry. Fields the export did not write are empty; values are kept byte for byte (a password may
// begin or end with spaces), only the line ends are taken off.
struct KpmEntry
{
    KpmSection section = KpmSection::Websites;
    std::size_t line = 0;  // 1-based line of the entry's first key, for messages
    std::string name;      // Website name, Application, Account name, or a note's Name
    std::string url;       // Website URL (websites only)
    std::string loginName; // Login name: a display alias of the account, not the user name
    std::string login;     // Login: the user name
    std::string password;
    std::string comment; // Comment, or a note's Text; lines joined with "\n"
};

struct KpmExport
{
    std::vector<KpmEntry> entries;
    bool hadSectionTitles = false; // false for very old exports, whose entries are all websites

    std::size_t count(KpmSection section) const;
};

// The text is not a Kaspersky Password Manager text export Offramp can read. what() is one plain sentence
// starting with the 1-based line, e.g. "line 12: expected \"Key: value\" but found \"Passwort: …\"". The
// message never holds a value from the file (a value may be a password): only keys, titles and, for lines
// that are neither, a short start of the line unless it follows a Password line.
// kind() and key() tell the same for views that word it in their own language.
class KpmFormatError : public Error
{
public:
    enum class Kind
    {
        WideText,    // UTF-16 or UTF-32 (a byte-order mark says so)
        BinaryData,  // a NUL byte: not text, e.g. the encrypted backup
        NotUtf8,     // text in another encoding
        NotKeyValue, // a line that is neither "Key: value", a section title nor part of a comment
        NotEnglish,  // such a line before any English section title: an export in another language
        NoSection,   // an entry before any section title
        UnknownKey,  // a key the section does not have (exports in other languages than English)
        RepeatedKey, // the same key twice in one entry
    };

    KpmFormatError(Kind kind, std::size_t line, const std::string& sentence, std::string key = {});
    Kind formatKind() const { return m_kind; }
    // The kind of error for every Kind: NotText for the encodings, Unsupported for exports in another language,
    // Damaged for the rest.
    static ErrorKind errorKindOf(Kind kind);
    std::size_t line() const { return m_line; }
    // The key the problem is about, where there is one: a key, never a value, so it may be shown.
    const std::string& key() const { return m_key; }

private:
    Kind m_kind;
    std::size_t m_line;
    std::string m_key;
};

// Reads the text export as ../shared/facts/kpm-text-export.md describes it.
//
// Accepted:
// - UTF-8, with or without a byte-order mark; lines ending in LF or CRLF (mixed too). A CR is taken off
//   only at the end of a line.
// - Section titles "Websites", "Applications", "Other Accounts", "Notes" on a line of their own, in any
//   order, missing or repeated. An export without any title line is a very old one: all its entries are
//   websites (and then no line is a title).
// - Entries separated (or ended) by a line holding only "---"; blank lines between entries and between
//   the keys of an entry are ignored; an entry without keys is not an entry.
// - "Key: value" lines (colon, one space). "Key:" at the end of a line is an empty value, because editors
//   strip trailing spaces. Everything after ": " is the value, including further colons and spaces.
// - Comment (Text for notes) may span lines, including blank lines, lines with colons and lines that look
//   like keys, up to the next "---" or section title. Blank lines at its end are dropped: the export
//   writes one before each "---", so they are layout, not content. A comment line holding only "---" or a
//   title cannot be told apart from the real thing; as the format defines, it ends the comment (in an old
//   export without titles such a line makes the file refused rather than misread).
//
// Refused (KpmFormatError), so that nothing is guessed and no entry is lost silently:
// - a NUL byte (binary data, e.g. the encrypted .edb/.pdb backup picked by mistake), a UTF-16 or UTF-32
//   byte-order mark (the file was re-saved in another encoding), invalid UTF-8 (overlong forms,
//   surrogates and code points above U+10FFFF included);
// - in an export with titles, a key line before the first title (its section is unknown);
// - a line inside an entry that is not "Key: value" (before the Comment/Text);
// - a key the section does not have. Localized versions of KPM may write translated keys and titles
//   (not confirmed); their exports are refused with a sentence saying so rather than read by guesswork,
//   since a guess could put a password into a visible field;
// - the same key twice in one entry (one of the two values would be lost).
// Key order is not checked beyond Comment/Text being last (everything after it belongs to it).
KpmExport parseKpmTextExport(std::string_view text);

} // namespace offramp

#endif
