// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_PASSWORDFIXTURES_H
#define OFFRAMP_TESTS_PASSWORDFIXTURES_H

#include "engine/KpmTextExport.h"

#include <QByteArray>
#include <QTest>

#include <string>
#include <string_view>
#include <vector>

// QCOMPARE on std::string shows both sides on failure, non-ASCII and control characters percent-encoded.
namespace QTest {
template <>
inline char* toString(const std::string& value)
{
    return qstrdup(QByteArray::fromStdString(value).toPercentEncoding(" :,;\"'/?=@-_.()").constData());
}
} // namespace QTest

namespace offramp::test {

// An export with every section and the hard cases: commas and quotes in names and passwords, a password with
// leading and trailing spaces, empty fields (with and without the space after the colon), multi-line comments
// holding colons, blank lines and a line that looks like a key, accents, CJK and an emoji. Written as
// Kaspersky Password Manager writes it: blank lines after titles and around "---".
inline const std::string kpmFixture = "Websites\n"
                                      "\n"
                                      "Website name: Example, Inc. \"Main\"\n"
                                      "Website URL: https://example.com/login?a=1,b=2\n"
                                      "Login name: Work account\n"
                                      "Login: jane@example.com\n"
                                      "Password: p@ss, \"word\"; x\n"
                                      "Comment: First line: with colon\n"
                                      "\n"
                                      "Third line after a blank\n"
                                      "Password: looks like a key\n"
                                      "   indented\n"
                                      "\n"
                                      "---\n"
                                      "\n"
                                      "Website name: Café Zürich 東京 🍣\n"
                                      "Website URL: https://café.example/\n"
                                      "Login name: \n"
                                      "Login: josé\n"
                                      "Password:  leading and trailing spaces \n"
                                      "Comment: \n"
                                      "\n"
                                      "---\n"
                                      "\n"
                                      "Website name: Empty fields\n"
                                      "Website URL: \n"
                                      "Login name:\n"
                                      "Login: \n"
                                      "Password: \n"
                                      "Comment:\n"
                                      "\n"
                                      "---\n"
                                      "\n"
                                      "Applications\n"
                                      "\n"
                                      "Application: Steam\n"
                                      "Login name: Gamer\n"
                                      "Login: player1\n"
                                      "Password: s3cr3t-Ünïcødé-🔑\n"
                                      "Comment: Two\n"
                                      "lines\n"
                                      "\n"
                                      "---\n"
                                      "\n"
                                      "Other Accounts\n"
                                      "\n"
                                      "Account name: Router\n"
                                      "Login name: \n"
                                      "Login: admin\n"
                                      "Password: admin,admin\n"
                                      "Comment: Wi-Fi: 5 GHz\n"
                                      "\n"
                                      "---\n"
                                      "\n"
                                      "Notes\n"
                                      "\n"
                                      "Name: Recovery codes\n"
                                      "Text: code one: 1234\n"
                                      "\n"
                                      "code two: \"5678\"\n"
                                      "\n"
                                      "---\n";

inline const std::string fixtureComment1 =
    "First line: with colon\n\nThird line after a blank\nPassword: looks like a key\n   indented";
inline const std::string fixtureNoteText = "code one: 1234\n\ncode two: \"5678\"";

// What kpmFixture holds, written out by hand.
inline std::vector<KpmEntry> kpmFixtureEntries()
{
    return {
        {KpmSection::Websites, 3, "Example, Inc. \"Main\"", "https://example.com/login?a=1,b=2", "Work account",
         "jane@example.com", "p@ss, \"word\"; x", fixtureComment1},
        {KpmSection::Websites, 16, "Café Zürich 東京 🍣", "https://café.example/", "", "josé",
         " leading and trailing spaces ", ""},
        {KpmSection::Websites, 25, "Empty fields", "", "", "", "", ""},
        {KpmSection::Applications, 36, "Steam", "", "Gamer", "player1", "s3cr3t-Ünïcødé-🔑", "Two\nlines"},
        {KpmSection::OtherAccounts, 47, "Router", "", "", "admin", "admin,admin", "Wi-Fi: 5 GHz"},
        {KpmSection::Notes, 57, "Recovery codes", "", "", "", "", fixtureNoteText},
    };
}

// Every password in kpmFixture that is distinctive enough to look for in output.
inline const std::vector<std::string> fixturePasswords{"p@ss, \"word\"; x", " leading and trailing spaces ",
                                                       "s3cr3t-Ünïcødé-🔑", "admin,admin"};

inline std::string withCrlf(std::string_view text)
{
    std::string result;
    for (const char c : text) {
        if (c == '\n') {
            result += '\r';
        }
        result += c;
    }
    return result;
}

inline std::string withBom(std::string_view text)
{
    return "\xEF\xBB\xBF" + std::string(text);
}

} // namespace offramp::test

#endif
