// SPDX-License-Identifier: GPL-3.0-or-later
// convert-passwords: the command as offramp-cli runs it, called directly (linked into this test) and, once
// offramp-cli knows the command, through the binary. Exit codes, the files it writes (owner-only, never over
// an existing one, nothing left behind on failure) and what it prints (never a password).
#include "CsvReader.h"
#include "PasswordFixtures.h"
#include "TestSupport.h"
#include "cli/CliError.h"
#include "cli/ConvertPasswordsCommand.h"
#include "engine/PasswordCsv.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <sys/stat.h>

using namespace offramp;
using namespace offramp::cli;
using namespace offramp::test;

namespace {

namespace fs = std::filesystem;

struct Outcome
{
    int code = -1;
    std::string out;
    std::string error;
};

Outcome convert(const std::vector<std::string>& words)
{
    std::ostringstream out;
    Outcome outcome;
    try {
        outcome.code = runConvertPasswords(words, out);
    } catch (const CliError& error) {
        outcome.code = error.code();
        outcome.error = error.what();
    }
    outcome.out = out.str();
    return outcome;
}

std::set<std::string> listing(const fs::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.insert(entry.path().filename().string());
    }
    return names;
}

unsigned modeOf(const fs::path& path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0) {
        return 0xFFFF;
    }
    return info.st_mode & 07777U;
}

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

// A folder holding the fixture export as export.txt, with a BOM and CRLF as Windows versions write it.
struct Workspace
{
    QTemporaryDir dir;
    fs::path folder = dir.path().toStdString();
    fs::path in = folder / "export.txt";

    Workspace() { writeFile(in, withBom(withCrlf(kpmFixture))); }
};

} // namespace

class TestConvertCommand : public QObject
{
    Q_OBJECT

private slots:
    void convertsToEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstHeader");
        QTest::newRow("bitwarden") << "bitwarden-csv" << 6 << "folder";
        QTest::newRow("1password") << "1password-csv" << 6 << "Title";
        QTest::newRow("keepassxc") << "keepassxc-csv" << 6 << "Group";
        QTest::newRow("google") << "google-csv" << 2 << "name";
    }

    void convertsToEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(int, rows);
        QFETCH(QString, firstHeader);
        Workspace ws;
        const fs::path out = ws.folder / "out.csv";
        const Outcome result =
            convert({"--from", "kpm-txt", ws.in.string(), "--to", format.toStdString(), out.string()});
        QVERIFY2(result.code == ExitClean, result.error.c_str());
        qInfo("%s", result.out.c_str());
        const CsvRows csv = parseCsv(readFile(out));
        QCOMPARE(csv.size(), static_cast<std::size_t>(rows) + 1);
        QCOMPARE(csv[0][0], firstHeader.toStdString());
        QCOMPARE(modeOf(out), 0600U);
        QCOMPARE(listing(ws.folder), (std::set<std::string>{"export.txt", "out.csv"}));

        QVERIFY2(contains(result.out, "Read 6 entries from " + ws.in.string()), result.out.c_str());
        QVERIFY2(contains(result.out, "Websites 3, Applications 1, Other Accounts 1, Notes 1"), result.out.c_str());
        QVERIFY2(contains(result.out, "Wrote " + std::to_string(rows) + " entries"), result.out.c_str());
        QVERIFY2(contains(result.out, out.string()), result.out.c_str());
        QVERIFY2(contains(result.out, "Put into the notes: Login name"), result.out.c_str());
        QVERIFY2(
            contains(
                result.out,
                "Reminder: this file holds your passwords in plain text, as does the export; delete both securely"),
            result.out.c_str());
        for (const auto& password : fixturePasswords) {
            QVERIFY2(!contains(result.out, password), password.c_str());
        }
    }

    void googleReportsWhatItSkipped()
    {
        Workspace ws;
        const fs::path out = ws.folder / "google.csv";
        const Outcome result = convert({"--from", "kpm-txt", ws.in.string(), "--to", "google-csv", out.string()});
        QCOMPARE(result.code, int(ExitClean));
        qInfo("%s", result.out.c_str());
        QVERIFY2(contains(result.out, "Websites 2 of 3, Applications 0 of 1, Other Accounts 0 of 1, Notes 0 of 1"),
                 result.out.c_str());
        QVERIFY2(contains(result.out, "Skipped 4 entries that Google Password Manager cannot hold"),
                 result.out.c_str());
        QVERIFY2(contains(result.out, "line 25, Websites \"Empty fields\": no website address"), result.out.c_str());
        QVERIFY2(contains(result.out, "line 36, Applications \"Steam\": no website address"), result.out.c_str());
        QVERIFY2(contains(result.out, "line 47, Other Accounts \"Router\""), result.out.c_str());
        QVERIFY2(contains(result.out, "line 57, Notes \"Recovery codes\": a note"), result.out.c_str());
    }

    void googleSplitsIntoNumberedFiles()
    {
        Workspace ws;
        std::string text = "Websites\n";
        for (int i = 0; i < 3001; ++i) {
            text += "Website name: s" + std::to_string(i) + "\nWebsite URL: https://s.example/" + std::to_string(i) +
                    "\nLogin: u\nPassword: p" + std::to_string(i) + "\n---\n";
        }
        writeFile(ws.in, text);
        const Outcome result =
            convert({"--from", "kpm-txt", ws.in.string(), "--to", "google-csv", (ws.folder / "g.csv").string()});
        QVERIFY2(result.code == ExitClean, result.error.c_str());
        QCOMPARE(listing(ws.folder), (std::set<std::string>{"export.txt", "g.csv", "g-2.csv"}));
        QCOMPARE(parseCsv(readFile(ws.folder / "g.csv")).size(), googleMaxRowsPerFile);
        QCOMPARE(parseCsv(readFile(ws.folder / "g-2.csv")).size(), 3U);
        QCOMPARE(modeOf(ws.folder / "g-2.csv"), 0600U);
        QVERIFY2(contains(result.out, "split over 2 files"), result.out.c_str());
        QVERIFY2(
            contains(result.out, "these files hold your passwords in plain text, as does the export; delete them all"),
            result.out.c_str());
    }

    void refusesAnExistingOut()
    {
        Workspace ws;
        const fs::path out = ws.folder / "out.csv";
        writeFile(out, "precious");
        const Outcome result = convert({"--from", "kpm-txt", ws.in.string(), "--to", "bitwarden-csv", out.string()});
        QCOMPARE(result.code, int(ExitBadInput));
        QVERIFY2(contains(result.error, out.string() + " already exists"), result.error.c_str());
        QCOMPARE(readFile(out), std::string("precious"));
        QCOMPARE(listing(ws.folder), (std::set<std::string>{"export.txt", "out.csv"}));
        QVERIFY(result.out.empty());

        // A split Google output refuses as a whole when one of its numbered names is taken.
        fs::remove(out);
        writeFile(ws.folder / "g-2.csv", "precious");
        std::string text = "Websites\n";
        for (int i = 0; i < 3000; ++i) {
            text += "Website name: s\nWebsite URL: https://s.example\nLogin: u\nPassword: p\n---\n";
        }
        writeFile(ws.in, text);
        const Outcome split =
            convert({"--from", "kpm-txt", ws.in.string(), "--to", "google-csv", (ws.folder / "g.csv").string()});
        QCOMPARE(split.code, int(ExitBadInput));
        QCOMPARE(listing(ws.folder), (std::set<std::string>{"export.txt", "g-2.csv"}));
    }

    void refusesABrokenExportWithItsLine()
    {
        Workspace ws;
        std::string broken = kpmFixture;
        broken.replace(broken.find("Login: player1"), 14, "Benutzer: player1");
        writeFile(ws.in, withCrlf(broken));
        const fs::path out = ws.folder / "out.csv";
        const Outcome result = convert({"--from", "kpm-txt", ws.in.string(), "--to", "keepassxc-csv", out.string()});
        QCOMPARE(result.code, int(ExitBadInput));
        QVERIFY2(contains(result.error, ws.in.string() + " line 38: \"Benutzer\" is not a key of Applications"),
                 result.error.c_str());
        QVERIFY(!contains(result.error, "player1"));
        QCOMPARE(listing(ws.folder), (std::set<std::string>{"export.txt"}));
    }

    void refusesWhatIsNotAnExport()
    {
        Workspace ws;
        const fs::path out = ws.folder / "out.csv";
        const auto run = [&](const fs::path& in) {
            return convert({"--from", "kpm-txt", in.string(), "--to", "google-csv", out.string()});
        };
        QCOMPARE(run(ws.folder / "missing.txt").code, int(ExitBadInput));
        QCOMPARE(run(ws.folder).code, int(ExitBadInput));
        writeFile(ws.folder / "empty.txt", "");
        const Outcome empty = run(ws.folder / "empty.txt");
        QCOMPARE(empty.code, int(ExitBadInput));
        QVERIFY2(contains(empty.error, "holds no entries"), empty.error.c_str());
        writeFile(ws.folder / "notes.txt", "Notes\nName: n\nText: t\n");
        const Outcome notesOnly = run(ws.folder / "notes.txt");
        QCOMPARE(notesOnly.code, int(ExitBadInput));
        QVERIFY2(contains(notesOnly.error, "nothing was written"), notesOnly.error.c_str());
        QVERIFY2(contains(notesOnly.out, "line 2, Notes \"n\": a note"), notesOnly.out.c_str());
        QVERIFY(!fs::exists(out));
    }

    // An export the person may not read, and a destination folder they may not write, for someone who is not root:
    // refused with the system's reason, naming the file or folder; nothing written.
    void refusesWhatItMayNotReadOrWrite()
    {
        Workspace ws;
        const fs::path open = ws.folder / "open";
        const fs::path readOnly = ws.folder / "read-only";
        fs::create_directories(open);
        fs::create_directories(readOnly);
        fs::permissions(ws.folder, fs::perms(0755));
        fs::permissions(open, fs::perms(0777));
        fs::permissions(readOnly, fs::perms(0555));
        const auto attempt = [&ws](const fs::path& out) {
            return asOrdinaryUser([&ws, out] {
                const Outcome result =
                    convert({"--from", "kpm-txt", ws.in.string(), "--to", "bitwarden-csv", out.string()});
                return std::to_string(result.code) + " " + result.error;
            });
        };

        fs::permissions(ws.in, fs::perms::none);
        const std::string unreadable = attempt(open / "out.csv");
        fs::permissions(ws.in, fs::perms(0644));
        QCOMPARE(unreadable, "3 convert-passwords: cannot read " + ws.in.string() +
                                 ": Permission denied; nothing was written. Give the text file that Kaspersky "
                                 "Password Manager exported, as a file you may read");
        QVERIFY(fs::is_empty(open));

        const std::string unwritable = attempt(readOnly / "out.csv");
        QCOMPARE(unwritable, "3 convert-passwords: cannot create a temporary file in " + readOnly.string() +
                                 ": Permission denied; nothing was written. Choose a folder you may write to, with "
                                 "free space, for OUT, then run the same command again");
        QVERIFY(fs::is_empty(readOnly));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing") << QStringList{} << "--from kpm-txt is required";
        QTest::newRow("wrong from") << QStringList{"--from", "edb", "in", "--to", "google-csv", "out"}
                                    << "--from must be kpm-txt";
        QTest::newRow("no to") << QStringList{"--from", "kpm-txt", "in", "out"} << "--to FORMAT is required";
        QTest::newRow("wrong to") << QStringList{"--from", "kpm-txt", "in", "--to", "lastpass-csv", "out"}
                                  << "--to must be one of bitwarden-csv, 1password-csv, keepassxc-csv, google-csv";
        QTest::newRow("no out") << QStringList{"--from", "kpm-txt", "in", "--to", "google-csv"} << "give the export";
        QTest::newRow("extra") << QStringList{"--from", "kpm-txt", "a", "--to", "google-csv", "b", "c"}
                               << "give the export";
        QTest::newRow("unknown option") << QStringList{"--from", "kpm-txt", "a", "--force", "b"} << "unknown option";
        QTest::newRow("value missing") << QStringList{"--from"} << "needs a value";
    }

    void usageErrors()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, says);
        std::vector<std::string> arguments;
        for (const auto& word : words) {
            arguments.push_back(word.toStdString());
        }
        const Outcome result = convert(arguments);
        QCOMPARE(result.code, int(ExitUsage));
        QVERIFY2(contains(result.error, says.toStdString()), result.error.c_str());
    }

    void usageText() { QVERIFY(contains(convertPasswordsUsage(), "convert-passwords --from kpm-txt IN --to")); }

    // Through offramp-cli itself.
    void endToEndThroughTheBinary()
    {
        Workspace ws;
        const fs::path out = ws.folder / "bw.csv";
        const auto args = QStringList{"convert-passwords",
                                      "--from",
                                      "kpm-txt",
                                      QString::fromStdString(ws.in.string()),
                                      "--to",
                                      "bitwarden-csv",
                                      QString::fromStdString(out.string())};
        const CommandResult result = runCli(args);
        QCOMPARE(result.exitCode, int(ExitClean));
        QCOMPARE(parseCsv(readFile(out)).size(), 7U);
        QCOMPARE(modeOf(out), 0600U);
        for (const auto& password : fixturePasswords) {
            QVERIFY(!result.out.contains(QByteArray::fromStdString(password)));
        }
        const CommandResult again = runCli(args);
        QCOMPARE(again.exitCode, int(ExitBadInput));
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(again.err.count('\n'), 1);

        writeFile(ws.in, "Websites\nWebsite name: a\nnonsense\n");
        const CommandResult broken =
            runCli({"convert-passwords", "--from", "kpm-txt", QString::fromStdString(ws.in.string()), "--to",
                    "google-csv", QString::fromStdString((ws.folder / "g.csv").string())});
        QCOMPARE(broken.exitCode, int(ExitBadInput));
        QVERIFY(broken.err.contains("line 3:"));
        QVERIFY(!fs::exists(ws.folder / "g.csv"));
    }
};

QTEST_GUILESS_MAIN(TestConvertCommand)
#include "tst_convert_command.moc"
