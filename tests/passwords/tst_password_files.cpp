// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-over's files as offramp-cli and the wizard share them: the export read byte for byte (or refused
// with what and where), and the CSV written owner-only, all files or none, never over an existing one.
#include "CsvReader.h"
#include "PasswordFixtures.h"
#include "TestSupport.h"
#include "platform/PasswordFiles.h"
#include "platform/SecureFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <sys/stat.h>

using namespace offramp;
using namespace offramp::platform;
using namespace offramp::test;

namespace {

namespace fs = std::filesystem;

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
    return ::stat(path.c_str(), &info) == 0 ? info.st_mode & 07777U : 0xFFFFU;
}

std::string readFailure(const fs::path& path)
{
    try {
        readPasswordExport(path);
    } catch (const PasswordExportError& error) {
        return error.what();
    }
    throw std::runtime_error("the read was expected to fail");
}

// A Google conversion of more entries than one file takes.
KpmExport manyWebsites(std::size_t count)
{
    KpmExport source;
    source.hadSectionTitles = true;
    for (std::size_t i = 0; i < count; ++i) {
        source.entries.push_back({KpmSection::Websites, i + 1, "site " + std::to_string(i),
                                  "https://s" + std::to_string(i) + ".example/", "", "user", "pw" + std::to_string(i),
                                  ""});
    }
    return source;
}

} // namespace

class TestPasswordFiles : public QObject
{
    Q_OBJECT

private slots:
    void readsTheExportByteForByte()
    {
        QTemporaryDir dir;
        const fs::path in = fs::path(dir.path().toStdString()) / "export.txt";
        const std::string text = withBom(withCrlf(kpmFixture));
        offramp::test::writeFile(in, text);
        QCOMPARE(readPasswordExport(in), text);
        QCOMPARE(parseKpmTextExport(readPasswordExport(in)).entries.size(), kpmFixtureEntries().size());
    }

    void saysWhyAnExportCannotBeRead()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        const std::string missing = readFailure(folder / "missing.txt");
        QVERIFY2(missing.starts_with("cannot read " + (folder / "missing.txt").string() + ": "), missing.c_str());
        const std::string isFolder = readFailure(folder);
        QVERIFY2(isFolder.find("it is a folder, not the exported text file") != std::string::npos, isFolder.c_str());
    }

    void writesEveryFileOwnerOnly()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        const PasswordCsv csv =
            convertToPasswordCsv(manyWebsites(googleMaxEntriesPerFile + 2), PasswordCsvFormat::Google);
        QCOMPARE(csv.files.size(), std::size_t{2});
        const std::vector<fs::path> expected{folder / "g.csv", folder / "g-2.csv"};
        QCOMPARE(passwordCsvPaths(csv, folder / "g.csv"), expected);
        QCOMPARE(writePasswordCsv(csv, folder / "g.csv"), expected);
        QCOMPARE(listing(folder), (std::set<std::string>{"g.csv", "g-2.csv"}));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(modeOf(expected[i]), 0600U);
            QCOMPARE(offramp::test::readFile(expected[i]), csv.files[i].text);
            QCOMPARE(parseCsv(offramp::test::readFile(expected[i])).size(), csv.files[i].rows + 1);
        }
    }

    void neverOverwritesAndWritesNothingThen()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        const PasswordCsv csv =
            convertToPasswordCsv(manyWebsites(googleMaxEntriesPerFile + 2), PasswordCsvFormat::Google);
        offramp::test::writeFile(folder / "g-2.csv", "precious");
        try {
            writePasswordCsv(csv, folder / "g.csv");
            QFAIL("an existing file was overwritten");
        } catch (const SecureFileError& error) {
            QCOMPARE(error.reason(), SecureFileError::Reason::AlreadyExists);
        }
        QCOMPARE(listing(folder), (std::set<std::string>{"g-2.csv"}));
        QCOMPARE(offramp::test::readFile(folder / "g-2.csv"), std::string("precious"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordFiles)
#include "tst_password_files.moc"
