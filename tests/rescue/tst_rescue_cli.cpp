// SPDX-License-Identifier: GPL-3.0-or-later
// offramp-cli rescue and verify, end to end through the binary: what is copied from a Windows and a Linux tree,
// the manifest against coreutils' sha256sum, the license record, the exit codes and the messages.
#include "RescueFixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace offramp::test;
using namespace offramp::test::rescue;
using Json = nlohmann::json;

namespace {

Json readJson(const fs::path& path)
{
    return Json::parse(readFile(path));
}

// SHA-256 of each file by coreutils, an implementation independent of Offramp's.
std::map<std::string, std::string> sha256sum(const fs::path& folder, const std::vector<std::string>& paths)
{
    QStringList arguments{"--"};
    for (const auto& path : paths) {
        arguments << q(folder / path);
    }
    const auto result = run(QString::fromStdString(requireTool("sha256sum")), arguments);
    if (result.exitCode != 0) {
        throw std::runtime_error("sha256sum failed: " + result.err.toStdString());
    }
    std::map<std::string, std::string> sums;
    const auto lines = result.out.trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        sums[paths[static_cast<std::size_t>(i)]] = lines[i].left(64).toStdString();
    }
    return sums;
}

class WindowsTree
{
public:
    WindowsTree()
    {
        root = fs::path(m_dir.path().toStdString()) / "old-pc";
        out = fs::path(m_dir.path().toStdString()) / "rescue";
        writeRandomFile(kpmBackups(root, "alice") / "vault_2024_03_12.edb", 2 * 1024 * 1024 + 3, 11);
        writeRandomFile(kpmBackups(root, "alice") / "vault_2023_11_02.edb", 512 * 1024, 12);
        writeRandomFile(kpmBackups(root, "Zoë") / "vault.edb", 1000, 13);
        writeRandomFile(root / "ProgramData/Kaspersky Lab/KES.21.9/QB/1a2b3c.klq", 70000, 14);
        writeFile(root / "ProgramData/Kaspersky Lab/KES12.0.0.465_01.01_10.00_1234.SRV.log.enc1", "trace");
        // Not data at risk: left alone.
        writeFile(root / "Users/alice/Documents/taxes.pdf", "%PDF");
        writeFile(root / "ProgramData/Kaspersky Lab/KES.21.9/Bases/base.kdc", "bases");
        writeFile(root / "Windows/System32/drivers/klif.sys", "driver");
    }

    fs::path root;
    fs::path out;
    const std::vector<std::string> copies{
        "files/ProgramData/Kaspersky Lab/KES.21.9/QB/1a2b3c.klq",
        "files/ProgramData/Kaspersky Lab/KES12.0.0.465_01.01_10.00_1234.SRV.log.enc1",
        "files/Users/Zoë/Documents/Kaspersky Password Manager/Backup/vault.edb",
        "files/Users/alice/Documents/Kaspersky Password Manager/Backup/vault_2023_11_02.edb",
        "files/Users/alice/Documents/Kaspersky Password Manager/Backup/vault_2024_03_12.edb",
    };

    // Lets an ordinary user read the tree.
    void openToEveryone() const { fs::permissions(m_dir.path().toStdString(), fs::perms(0755)); }

    CommandResult rescue() const
    {
        return runCli({"rescue", "--platform", "windows", "--root", q(root), "--to", q(out)});
    }

private:
    QTemporaryDir m_dir;
};

std::vector<std::string> pathsIn(const Json& list)
{
    std::vector<std::string> paths;
    for (const auto& item : list) {
        paths.push_back(item.at("path").get<std::string>());
    }
    return paths;
}

} // namespace

class TestRescueCli : public QObject
{
    Q_OBJECT

private slots:
    void rescuesAWindowsTree()
    {
        WindowsTree tree;
        const auto before = snapshot(tree.root);
        const auto result = tree.rescue();
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.contains("Copied 5 files"));
        QVERIFY(result.out.contains("offramp-cli verify"));

        const Json manifest = readJson(tree.out / "manifest.json");
        QCOMPARE(manifest.at("kind").get<std::string>(), std::string("offramp-rescue-manifest"));
        QCOMPARE(manifest.at("platform").get<std::string>(), std::string("windows"));
        QCOMPARE(pathsIn(manifest.at("files")), tree.copies);
        const auto sums = sha256sum(tree.out, tree.copies);
        for (const auto& file : manifest.at("files")) {
            const std::string path = file.at("path").get<std::string>();
            QCOMPARE(file.at("sha256").get<std::string>(), sums.at(path));
            QCOMPARE(file.at("size").get<std::uintmax_t>(), fs::file_size(tree.out / path));
            QVERIFY(sameBytes(tree.out / path, tree.root / fs::path(path).lexically_relative("files")));
            QVERIFY(!file.at("what").get<std::string>().empty());
            QVERIFY(!file.at("use_later").get<std::string>().empty());
            QVERIFY(file.at("source").get<std::string>().starts_with("C:\\"));
        }
        QCOMPARE(manifest.at("files").at(4).at("source").get<std::string>(),
                 std::string("C:\\Users\\alice\\Documents\\Kaspersky Password Manager\\Backup\\vault_2024_03_12.edb"));
        QCOMPARE(manifest.at("files").at(4).at("product").get<std::string>(),
                 std::string("kaspersky-password-manager"));
        QCOMPARE(manifest.at("files").at(0).at("data").get<std::string>(), std::string("backup-files"));
        QCOMPARE(pathsIn(manifest.at("records")), std::vector<std::string>{"license.json"});
        QCOMPARE(manifest.at("records").at(0).at("sha256").get<std::string>(),
                 sha256sum(tree.out, {"license.json"}).at("license.json"));

        // A folder cannot show a Windows computer's products: the record says so instead of guessing.
        const Json license = readJson(tree.out / "license.json");
        QCOMPARE(license.at("kind").get<std::string>(), std::string("offramp-license-record"));
        QVERIFY(!license.at("scanned").get<bool>());
        QVERIFY(license.at("not_scanned_reason").get<std::string>().find("registry") != std::string::npos);
        QVERIFY(license.at("products").empty());

        QVERIFY(snapshot(tree.root) == before);

        const auto verified = runCli({"verify", q(tree.out)});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains("All 6 files"), verified.out.constData());

        const auto again = tree.rescue();
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Copied 0 files"));
        QVERIFY(again.out.contains("5 files already in the bundle, identical"));
    }

    // On Linux the scan reads the package database: the license record names the product and its version,
    // and says that the expiry is not shown.
    void rescuesALinuxTreeWithItsLicenseRecord()
    {
        QTemporaryDir dir;
        const fs::path root = fs::path(dir.path().toStdString()) / "server";
        const fs::path out = fs::path(dir.path().toStdString()) / "bundle";
        writeFile(root / "var/lib/dpkg/status", "Package: kesl\n"
                                                "Status: install ok installed\n"
                                                "Version: 12.1.0-1297\n"
                                                "Architecture: amd64\n\n");
        writeFile(root / "var/opt/kaspersky/kesl/common/kesl.ini", "[General]\nScanMemoryLimit=8192\n");
        writeFile(root / "var/opt/kaspersky/kesl/common/agreements.ini", "EULA=yes\n");
        writeFile(root / "var/opt/kaspersky/kesl/private/storage.db", "not settings");
        const auto result = runCli({"rescue", "--platform", "linux", "--root", q(root), "--to", q(out)});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Kaspersky Endpoint Security for Linux 12.1.0-1297 [installed]; expiry not shown"),
                 result.out.constData());
        const Json manifest = readJson(out / "manifest.json");
        QCOMPARE(pathsIn(manifest.at("files")),
                 (std::vector<std::string>{"files/var/opt/kaspersky/kesl/common/agreements.ini",
                                           "files/var/opt/kaspersky/kesl/common/kesl.ini"}));
        const Json license = readJson(out / "license.json");
        QVERIFY(license.at("scanned").get<bool>());
        const auto& product = license.at("products").at(0);
        QCOMPARE(product.at("id").get<std::string>(), std::string("kaspersky-endpoint-security-linux"));
        QCOMPARE(product.at("version").get<std::string>(), std::string("12.1.0-1297"));
        QCOMPARE(product.at("state").get<std::string>(), std::string("installed"));
        QVERIFY(product.at("expiry").is_null());
        QVERIFY(!product.at("expiry_note").get<std::string>().empty());
        QCOMPARE(runCli({"verify", q(out)}).exitCode, 0);
    }

    void verifyNamesWhatDoesNotMatch()
    {
        WindowsTree tree;
        QCOMPARE(tree.rescue().exitCode, 0);
        const fs::path changed = tree.out / tree.copies[4];
        {
            std::fstream file(changed, std::ios::in | std::ios::out | std::ios::binary);
            file.seekp(1000);
            file.put('!');
        }
        fs::remove(tree.out / tree.copies[2]);
        const auto result = runCli({"verify", q(tree.out)});
        QCOMPARE(result.exitCode, 3);
        const QString errors = QString::fromUtf8(result.err);
        QVERIFY2(errors.contains(QString::fromStdString(tree.copies[4]) + ": its SHA-256 is"), result.err.constData());
        QVERIFY2(errors.contains(QString::fromStdString(tree.copies[2]) + ": missing"), result.err.constData());
        QCOMPARE(errors.count(QLatin1Char('\n')), 2);
        QVERIFY(result.out.contains("2 of 6 files"));
        // The same rescue mends the bundle from the originals.
        QCOMPARE(tree.rescue().exitCode, 0);
        QCOMPARE(runCli({"verify", q(tree.out)}).exitCode, 0);
        QVERIFY(sameBytes(changed, kpmBackups(tree.root, "alice") / "vault_2024_03_12.edb"));
    }

    void verifyRefusesWhatIsNoBundle()
    {
        QTemporaryDir dir;
        const auto noManifest = runCli({"verify", dir.path()});
        QCOMPARE(noManifest.exitCode, 3);
        QVERIFY(noManifest.err.contains("has no manifest.json"));
        const Json escapingManifest{
            {"kind", "offramp-rescue-manifest"},
            {"schema_version", 1},
            {"platform", "linux"},
            {"files",
             Json::array({Json{{"path", "../../etc/passwd"}, {"size", 1}, {"sha256", std::string(64, '0')}}})}};
        writeFile(fs::path(dir.path().toStdString()) / "manifest.json", escapingManifest.dump());
        const auto escaping = runCli({"verify", dir.path()});
        QCOMPARE(escaping.exitCode, 3);
        QVERIFY2(escaping.err.contains("is not a path inside the bundle"), escaping.err.constData());
        QCOMPARE(runCli({"verify", dir.path() + "/nowhere"}).exitCode, 3);
        QCOMPARE(runCli({"verify"}).exitCode, 2);
        QCOMPARE(runCli({"verify", "a", "b"}).exitCode, 2);
        QCOMPARE(runCli({"verify", "--json", "a"}).exitCode, 2);
    }

    void wrongCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --to") << QStringList{"rescue", "--root", "/tmp"} << "--to OUT is required";
        QTest::newRow("unknown platform")
            << QStringList{"rescue", "--platform", "bsd", "--to", "x"} << "--platform must be linux, macos or windows";
        QTest::newRow("other platform without root")
            << QStringList{"rescue", "--platform", "windows", "--to", "x"} << "give its files with --root DIR";
        QTest::newRow("extra word") << QStringList{"rescue", "--to", "x", "now"} << "unexpected argument";
        QTest::newRow("unknown option") << QStringList{"rescue", "--to", "x", "--fast"} << "unknown option --fast";
    }

    void wrongCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(!fs::exists("x"));
    }

    void refusesSomeoneElsesFolder()
    {
        WindowsTree tree;
        writeFile(tree.out / "holiday.jpg", "photo");
        const auto result = tree.rescue();
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("already holds other files (such as \"holiday.jpg\")") &&
                     result.err.contains("Nothing was copied; choose a new or empty folder with --to"),
                 result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QCOMPARE(filesUnder(tree.out), std::vector<std::string>{"holiday.jpg"});
    }

    // A destination folder without write permission, for someone who is not root: one line that names the folder and
    // the system's reason and says what to do; nothing copied, the folder as it was.
    void refusesADestinationItMayNotWrite()
    {
        WindowsTree tree;
        tree.openToEveryone();
        fs::create_directories(tree.out);
        fs::permissions(tree.out, fs::perms(0555));
        const auto result =
            runCliAsOrdinaryUser({"rescue", "--platform", "windows", "--root", q(tree.root), "--to", q(tree.out)});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err.count('\n'), 1);
        QCOMPARE(result.err, "offramp-cli: rescue: cannot create a file in " + q(tree.out).toUtf8() +
                                 ": Permission denied. The originals are untouched, and any copies already in the "
                                 "bundle are complete, but the bundle is not finished. Make sure you may write there, "
                                 "then run the same command again\n");
        QVERIFY(fs::is_empty(tree.out));
    }

    void refusesAMissingRoot()
    {
        QTemporaryDir dir;
        const auto result =
            runCli({"rescue", "--platform", "windows", "--root", dir.path() + "/nowhere", "--to", dir.path() + "/out"});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("there is no such folder; give the folder that holds the computer's files"),
                 result.err.constData());
        QVERIFY(!fs::exists(dir.path().toStdString() + "/out"));
    }

    // Paths too long for this system: a --root or --to whose name is longer than NAME_MAX, and a --to that fits
    // but whose copies' paths would be longer than PATH_MAX. One line each that names the system's reason and says
    // what to do (not "there is no such folder", not "make sure you may write there"), exit 3; the originals as they
    // were, no bundle finished.
    void refusesPathsTooLong()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path base = fs::path(dir.path().toStdString());
        const fs::path root = base / "server";
        const std::string settings = "[General]\nScanMemoryLimit=8192\n";
        writeFile(root / "var/lib/dpkg/status",
                  "Package: kesl\nStatus: install ok installed\nVersion: 12.1.0-1297\n\n");
        writeFile(root / "var/opt/kaspersky/kesl/common/kesl.ini", settings);
        const std::string longName(300, 'n');

        const auto longRoot =
            runCli({"rescue", "--platform", "linux", "--root", q(base / longName), "--to", q(base / "out-1")});
        QCOMPARE(longRoot.exitCode, 3);
        QCOMPARE(longRoot.err.count('\n'), 1);
        QVERIFY2(longRoot.err.contains(": File name too long; give the folder that holds the computer's files with "
                                       "--root DIR"),
                 longRoot.err.constData());
        QVERIFY2(!longRoot.err.contains("there is no such folder"), longRoot.err.constData());
        QVERIFY(!fs::exists(base / "out-1"));

        const auto longOut = runCli({"rescue", "--platform", "linux", "--root", q(root), "--to", q(base / longName)});
        QCOMPARE(longOut.exitCode, 3);
        QCOMPARE(longOut.err.count('\n'), 1);
        QVERIFY2(longOut.err.contains(": File name too long. The originals are untouched"), longOut.err.constData());
        QVERIFY2(longOut.err.contains("a path in it would be longer than this system allows. Choose a folder with a "
                                      "shorter path with --to"),
                 longOut.err.constData());
        QVERIFY2(!longOut.err.contains("Make sure you may write there"), longOut.err.constData());

        // A bundle folder of 4,060 bytes: it can be made, but files/var/opt/kaspersky/kesl/common/kesl.ini in it
        // cannot.
        std::string deep = base.string();
        while (deep.size() < 4060) {
            deep += "/" + std::string(std::min<std::size_t>(200, 4060 - deep.size() - 1), 'd');
        }
        const auto deepOut = runCli({"rescue", "--platform", "linux", "--root", q(root), "--to", q(deep)});
        QCOMPARE(deepOut.exitCode, 3);
        QCOMPARE(deepOut.err.count('\n'), 1);
        QVERIFY2(deepOut.err.contains(": File name too long. The originals are untouched, and any copies already in "
                                      "the bundle are complete, but the bundle is not finished: a path in it would be "
                                      "longer than this system allows."),
                 deepOut.err.constData());
        QVERIFY(!fs::exists(fs::path(deep) / "manifest.json"));

        QCOMPARE(readFile(root / "var/opt/kaspersky/kesl/common/kesl.ini"), settings);
    }

    void helpNamesTheCommandsAndCodes()
    {
        const auto help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("rescue [--platform linux|macos|windows] [--root DIR] --to OUT"));
        QVERIFY(help.out.contains("verify OUT"));
        QVERIFY(help.out.contains("verify: a file is missing or differs"));
        QCOMPARE(runCli({"rescue", "--help"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestRescueCli)
#include "tst_rescue_cli.moc"
