// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writers: each target's columns, field by field after reading the CSV back with an independent
// RFC 4180 reader; quoting; what goes into the notes; Google's skipped entries and its 3,000-row limit.
#include "CsvReader.h"
#include "PasswordFixtures.h"
#include "cli/ConvertPasswordsCommand.h"
#include "engine/PasswordCsv.h"

#include <QTest>

#include <array>
#include <string>

using namespace offramp;
using namespace offramp::test;

namespace {

using Row = std::vector<std::string>;

const std::string loginNameLine = "\n\nLogin name: Work account";

void compareRows(const CsvRows& actual, const CsvRows& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t r = 0; r < expected.size(); ++r) {
        QCOMPARE(actual[r].size(), expected[r].size());
        for (std::size_t f = 0; f < expected[r].size(); ++f) {
            if (actual[r][f] != expected[r][f]) {
                const std::string where = "row " + std::to_string(r) + ", field " + std::to_string(f);
                QCOMPARE(actual[r][f], expected[r][f]);
                QFAIL(where.c_str());
            }
        }
    }
}

PasswordCsv convertFixture(PasswordCsvFormat format)
{
    return convertToPasswordCsv(parseKpmTextExport(withBom(withCrlf(kpmFixture))), format);
}

// A file as written: no byte-order mark, CRLF line ends, readable back by a strict RFC 4180 reader.
CsvRows readBack(const CsvFile& file)
{
    const std::string& text = file.text;
    if (text.starts_with("\xEF\xBB\xBF")) {
        throw std::runtime_error("the CSV starts with a byte-order mark");
    }
    const CsvRows rows = parseCsv(text);
    if (rows.size() != file.rows + 1) {
        throw std::runtime_error("the CSV has " + std::to_string(rows.size()) + " records for " +
                                 std::to_string(file.rows) + " rows and a header");
    }
    return rows;
}

KpmExport manyWebsites(std::size_t count)
{
    KpmExport source;
    source.hadSectionTitles = true;
    for (std::size_t i = 0; i < count; ++i) {
        source.entries.push_back({KpmSection::Websites, i + 1, "site " + std::to_string(i),
                                  "https://" + std::to_string(i) + ".example", "", "user" + std::to_string(i),
                                  "pw" + std::to_string(i), ""});
    }
    return source;
}

} // namespace

class TestPasswordCsv : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "abc"
                               << "abc";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("LF") << "a\nb"
                            << "\"a\nb\"";
        QTest::newRow("CR") << "a\rb"
                            << "\"a\rb\"";
        QTest::newRow("leading space") << " a"
                                       << "\" a\"";
        QTest::newRow("trailing tab") << "a\t"
                                      << "\"a\t\"";
        QTest::newRow("inner space") << "a b"
                                     << "a b";
        QTest::newRow("non-ASCII") << "東京 🍣 é"
                                   << "東京 🍣 é";
        QTest::newRow("semicolon") << "a;b"
                                   << "a;b";
    }

    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csvField(value.toStdString()), field.toStdString());
        QCOMPARE(csvRow({value.toStdString(), "x"}), field.toStdString() + ",x\r\n");
    }

    void bitwarden()
    {
        const PasswordCsv csv = convertFixture(PasswordCsvFormat::Bitwarden);
        QCOMPARE(csv.files.size(), 1U);
        const auto e = kpmFixtureEntries();
        compareRows(
            readBack(csv.files[0]),
            {
                {"folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri", "login_username",
                 "login_password", "login_totp"},
                {"Websites", "", "login", e[0].name, fixtureComment1 + loginNameLine, "", "", e[0].url, e[0].login,
                 e[0].password, ""},
                {"Websites", "", "login", e[1].name, "", "", "", e[1].url, e[1].login, e[1].password, ""},
                {"Websites", "", "login", "Empty fields", "", "", "", "", "", "", ""},
                {"Applications", "", "login", "Steam", "Two\nlines\n\nLogin name: Gamer", "", "", "", "player1",
                 e[3].password, ""},
                {"Other Accounts", "", "login", "Router", "Wi-Fi: 5 GHz", "", "", "", "admin", "admin,admin", ""},
                {"Notes", "", "note", "Recovery codes", fixtureNoteText, "", "", "", "", "", ""},
            });
        QVERIFY(csv.report.skipped.empty());
        QCOMPARE(csv.report.writtenTotal(), 6U);
        // The sentences are the command line's; the engine hands over the counts.
        const auto putIntoNotes = offramp::cli::notesSentences(csv.report);
        QCOMPARE(putIntoNotes.size(), 1U);
        QVERIFY(putIntoNotes[0].find("Login name") != std::string::npos);
        QVERIFY(putIntoNotes[0].find("2 entries") != std::string::npos);
        QCOMPARE(csv.report.inNotes.loginNames, 2U);
        QCOMPARE(csv.report.inNotes.sections, 0U);
        QCOMPARE(csv.report.inNotes.notesAsItems, 0U);
    }

    void onePassword()
    {
        const PasswordCsv csv = convertFixture(PasswordCsvFormat::OnePassword);
        QCOMPARE(csv.files.size(), 1U);
        const auto e = kpmFixtureEntries();
        compareRows(readBack(csv.files[0]),
                    {
                        {"Title", "Website", "Username", "Password", "Notes"},
                        {e[0].name, e[0].url, e[0].login, e[0].password, fixtureComment1 + loginNameLine},
                        {e[1].name, e[1].url, e[1].login, e[1].password, ""},
                        {"Empty fields", "", "", "", ""},
                        {"Steam", "", "player1", e[3].password,
                         "Two\nlines\n\nLogin name: Gamer\nKaspersky section: Applications"},
                        {"Router", "", "admin", "admin,admin", "Wi-Fi: 5 GHz\n\nKaspersky section: Other Accounts"},
                        {"Recovery codes", "", "", "", fixtureNoteText},
                    });
        QVERIFY(csv.report.skipped.empty());
        // Login name, the section of two entries, and the note that became an item.
        QCOMPARE(offramp::cli::notesSentences(csv.report).size(), 3U);
        QCOMPARE(csv.report.inNotes.loginNames, 2U);
        QCOMPARE(csv.report.inNotes.sections, 2U);
        QCOMPARE(csv.report.inNotes.notesAsItems, 1U);
    }

    void keepassxc()
    {
        const PasswordCsv csv = convertFixture(PasswordCsvFormat::KeePassXC);
        QCOMPARE(csv.files.size(), 1U);
        const auto e = kpmFixtureEntries();
        compareRows(readBack(csv.files[0]),
                    {
                        {"Group", "Title", "Username", "Password", "URL", "Notes"},
                        {"Websites", e[0].name, e[0].login, e[0].password, e[0].url, fixtureComment1 + loginNameLine},
                        {"Websites", e[1].name, e[1].login, e[1].password, e[1].url, ""},
                        {"Websites", "Empty fields", "", "", "", ""},
                        {"Applications", "Steam", "player1", e[3].password, "", "Two\nlines\n\nLogin name: Gamer"},
                        {"Other Accounts", "Router", "admin", "admin,admin", "", "Wi-Fi: 5 GHz"},
                        {"Notes", "Recovery codes", "", "", "", fixtureNoteText},
                    });
        QVERIFY(csv.report.skipped.empty());
    }

    void googleSkipsWhatItCannotHold()
    {
        const PasswordCsv csv = convertFixture(PasswordCsvFormat::Google);
        QCOMPARE(csv.files.size(), 1U);
        const auto e = kpmFixtureEntries();
        compareRows(readBack(csv.files[0]),
                    {
                        {"name", "url", "username", "password", "note"},
                        {e[0].name, e[0].url, e[0].login, e[0].password, fixtureComment1 + loginNameLine},
                        {e[1].name, e[1].url, e[1].login, e[1].password, ""},
                    });
        const ConversionReport& report = csv.report;
        QCOMPARE(report.readTotal(), 6U);
        QCOMPARE(report.writtenTotal(), 2U);
        QCOMPARE(report.readIn(KpmSection::Websites), 3U);
        QCOMPARE(report.writtenIn(KpmSection::Websites), 2U);
        QCOMPARE(report.writtenIn(KpmSection::Notes), 0U);
        // Every entry read is either written or skipped with a reason: none disappears.
        QCOMPARE(report.writtenTotal() + report.skipped.size(), report.readTotal());
        QCOMPARE(report.skipped.size(), 4U);
        const std::vector<std::pair<std::size_t, std::string>> expected{
            {25, "no website address, no user name (Login) and no password"},
            {36, "no website address (it is not a website entry)"},
            {47, "no website address (it is not a website entry)"},
            {57, "a note"},
        };
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& skipped = report.skipped[i];
            QCOMPARE(skipped.line, expected[i].first);
            QVERIFY2(skipped.reason.find(expected[i].second) != std::string::npos, skipped.reason.c_str());
        }
        // The same, as flags for views in other languages: {note, no URL, no login, no password}.
        const std::vector<std::array<bool, 4>> flags{{false, true, true, true},
                                                     {false, true, false, false},
                                                     {false, true, false, false},
                                                     {true, false, false, false}};
        for (std::size_t i = 0; i < flags.size(); ++i) {
            const auto& skipped = report.skipped[i];
            QCOMPARE((std::array<bool, 4>{skipped.note, skipped.noUrl, skipped.noLogin, skipped.noPassword}), flags[i]);
        }
        QCOMPARE(report.skipped[1].name, std::string("Steam"));
        QVERIFY(report.skipped[3].section == KpmSection::Notes);
    }

    void googleSplitsAtItsRowLimit_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<QList<int>>("perFile");
        QTest::newRow("one") << 1 << QList<int>{1};
        QTest::newRow("just fits") << 2999 << QList<int>{2999};
        QTest::newRow("3,000 rows with the header") << 3000 << QList<int>{2999, 1};
        QTest::newRow("three files") << 2 * 2999 + 1 << QList<int>{2999, 2999, 1};
    }

    void googleSplitsAtItsRowLimit()
    {
        QFETCH(int, entries);
        QFETCH(QList<int>, perFile);
        const KpmExport source = manyWebsites(static_cast<std::size_t>(entries));
        const PasswordCsv csv = convertToPasswordCsv(source, PasswordCsvFormat::Google);
        QCOMPARE(csv.files.size(), static_cast<std::size_t>(perFile.size()));
        std::size_t next = 0;
        for (std::size_t f = 0; f < csv.files.size(); ++f) {
            const CsvRows rows = readBack(csv.files[f]);
            QCOMPARE(rows.size(), static_cast<std::size_t>(perFile[static_cast<qsizetype>(f)]) + 1);
            QVERIFY(rows.size() <= googleMaxRowsPerFile);
            QCOMPARE(rows[0], (Row{"name", "url", "username", "password", "note"}));
            for (std::size_t r = 1; r < rows.size(); ++r, ++next) {
                const auto& entry = source.entries[next];
                QCOMPARE(rows[r], (Row{entry.name, entry.url, entry.login, entry.password, ""}));
            }
        }
        QCOMPARE(next, source.entries.size());
        QCOMPARE(csv.report.writtenTotal(), source.entries.size());
        // The other managers take everything in one file.
        QCOMPARE(convertToPasswordCsv(source, PasswordCsvFormat::KeePassXC).files.size(), 1U);
    }

    void nothingToHoldGivesNoFile()
    {
        const KpmExport source = parseKpmTextExport("Notes\nName: n\nText: t\n");
        const PasswordCsv csv = convertToPasswordCsv(source, PasswordCsvFormat::Google);
        QVERIFY(csv.files.empty());
        QCOMPARE(csv.report.skipped.size(), 1U);
    }

    void numberedPaths()
    {
        QCOMPARE(numberedPath("/tmp/out.csv", 1), std::filesystem::path("/tmp/out.csv"));
        QCOMPARE(numberedPath("/tmp/out.csv", 2), std::filesystem::path("/tmp/out-2.csv"));
        QCOMPARE(numberedPath("out", 3), std::filesystem::path("out-3"));
        QCOMPARE(numberedPath("dir.d/pass.words.csv", 10), std::filesystem::path("dir.d/pass.words-10.csv"));
    }

    void formatIds()
    {
        for (const auto format : passwordCsvFormats) {
            QVERIFY(passwordCsvFormatFromId(passwordCsvFormatId(format)) == format);
        }
        QVERIFY(passwordCsvFormatFromId("1password-csv") == PasswordCsvFormat::OnePassword);
        QVERIFY(!passwordCsvFormatFromId("csv"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordCsv)
#include "tst_password_csv.moc"
