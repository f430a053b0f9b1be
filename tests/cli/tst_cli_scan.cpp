// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using offramp::test::runCli;
using offramp::test::writeFile;
using Json = nlohmann::json;

namespace {

const Json* findingWithId(const Json& scan, const std::string& id)
{
    for (const auto& finding : scan.at("findings")) {
        if (finding.at("id") == id) {
            return &finding;
        }
    }
    return nullptr;
}

// Every field the design's CLI contract promises, with its type.
void checkContract(const Json& scan)
{
    QCOMPARE(scan.at("schema_version").get<int>(), 1);
    QVERIFY(scan.at("platform").is_string());
    QVERIFY(scan.at("findings").is_array());
    for (const auto& finding : scan.at("findings")) {
        for (const char* key : {"vendor", "product", "version", "state"}) {
            QVERIFY2(finding.at(key).is_string(), key);
        }
        QVERIFY(finding.at("state") == "installed" || finding.at("state") == "leftovers");
        QVERIFY(finding.at("banned").is_boolean());
        QVERIFY(!finding.at("evidence").empty());
        for (const auto& evidence : finding.at("evidence")) {
            QVERIFY(evidence.at("kind").is_string());
            QVERIFY(!evidence.at("where").get<std::string>().empty());
        }
        QVERIFY(finding.at("regulations").is_array());
    }
}

constexpr const char* kStatus = "Package: kesl\n"
                                "Status: install ok installed\n"
                                "Priority: optional\n"
                                "Version: 12.1.0-1297\n"
                                "Description: endpoint security\n"
                                " a continuation line: with a colon\n"
                                "\n"
                                "Package: klnagent64\n"
                                "Status: deinstall ok config-files\n"
                                "Version: 14.2.0-35148\n"
                                "\n"
                                "Package: clamav\n"
                                "Status: install ok installed\n"
                                "Version: 1.0.7\n";

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT

private slots:
    void demoComputers_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QStringList>("leftovers");
        QTest::newRow("home-windows") << "home-windows" << 1 << "windows"
                                      << QStringList{"kaspersky-unified-app", "kaspersky-password-manager",
                                                     "kaspersky-vpn-secure-connection"}
                                      << QStringList{};
        QTest::newRow("office-linux") << "office-linux" << 1 << "linux"
                                      << QStringList{"kaspersky-endpoint-security-linux",
                                                     "kaspersky-security-center-network-agent"}
                                      << QStringList{};
        QTest::newRow("home-mac") << "home-mac" << 1 << "macos" << QStringList{"kaspersky-internet-security"}
                                  << QStringList{};
        QTest::newRow("ultraav-swap") << "ultraav-swap" << 0 << "windows" << QStringList{"ultraav", "ultravpn"}
                                      << QStringList{"kaspersky-unidentified"};
        QTest::newRow("clean-linux") << "clean-linux" << 0 << "linux" << QStringList{} << QStringList{};
    }
    void demoComputers()
    {
        QFETCH(QString, demo);
        QFETCH(int, exitCode);
        QFETCH(QString, platform);
        QFETCH(QStringList, installed);
        QFETCH(QStringList, leftovers);
        const auto result = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--demo"), demo});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const auto scan = Json::parse(result.out.toStdString());
        checkContract(scan);
        QCOMPARE(QString::fromStdString(scan.at("platform").get<std::string>()), platform);
        QCOMPARE(scan.at("findings").size(), std::size_t(installed.size() + leftovers.size()));
        // ClamAV is on both Linux demo computers, and is never a finding; UltraAV replaced Kaspersky on the
        // "ultraav-swap" one, and is both (a product found that is not banned, and what protects it now).
        const auto& alternatives = scan.at("alternatives_installed");
        const bool ultraAv = demo == QStringLiteral("ultraav-swap");
        QCOMPARE(alternatives.size(), std::size_t(platform == QStringLiteral("linux") || ultraAv ? 1 : 0));
        if (ultraAv) {
            QCOMPARE(alternatives[0].at("id").get<std::string>(), std::string("ultraav"));
        } else if (!alternatives.empty()) {
            QCOMPARE(alternatives[0].at("id").get<std::string>(), std::string("clamav"));
            QCOMPARE(alternatives[0].at("name").get<std::string>(), std::string("ClamAV"));
            QCOMPARE(alternatives[0].at("evidence")[0].at("kind").get<std::string>(), std::string("package"));
            QCOMPARE(alternatives[0].at("evidence")[0].at("where").get<std::string>(),
                     std::string("/var/lib/dpkg/status"));
        }
        for (const auto& id : installed) {
            const auto* finding = findingWithId(scan, id.toStdString());
            QVERIFY2(finding != nullptr, qPrintable(id));
            QCOMPARE(finding->at("state").get<std::string>(), std::string("installed"));
        }
        for (const auto& id : leftovers) {
            const auto* finding = findingWithId(scan, id.toStdString());
            QVERIFY2(finding != nullptr, qPrintable(id));
            QCOMPARE(finding->at("state").get<std::string>(), std::string("leftovers"));
        }
    }

    void ultraAvIsNotBannedButKasperskyLeftoversAre()
    {
        const auto result = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--demo"),
                                    QStringLiteral("ultraav-swap")});
        const auto scan = Json::parse(result.out.toStdString());
        QCOMPARE(findingWithId(scan, "ultraav")->at("banned").get<bool>(), false);
        QVERIFY(findingWithId(scan, "ultraav")->at("regulations").empty());
        QCOMPARE(findingWithId(scan, "kaspersky-unidentified")->at("banned").get<bool>(), true);
        QVERIFY(!findingWithId(scan, "kaspersky-unidentified")->at("regulations").empty());
        // UltraAV is what protects the computer now, said as for ClamAV; UltraVPN is not antivirus.
        const auto human = runCli({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("ultraav-swap")});
        QVERIFY2(human.out.endsWith("Antivirus installed: UltraAV (UltraAV).\n"), human.out.constData());
    }

    void humanOutputIsShortAndPlain()
    {
        const auto found = runCli({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("office-linux")});
        QCOMPARE(found.exitCode, 1);
        QVERIFY(found.out.contains("Kaspersky Endpoint Security for Linux  [installed, banned]"));
        QVERIFY(found.out.contains("package kesl"));
        QVERIFY(found.out.contains("explain --jurisdiction US"));
        const auto clean = runCli({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("clean-linux")});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains("No Kaspersky product was found."));
        // What protects it now, where the catalog can tell.
        QVERIFY2(clean.out.contains("Antivirus installed: ClamAV (clamav, clamav-freshclam).\n"),
                 clean.out.constData());
        QVERIFY(clean.out.count('\n') <= 3);
        QVERIFY2(found.out.endsWith("Antivirus installed: ClamAV (clamav).\n"), found.out.constData());
        const auto mac = runCli({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("home-mac")});
        QVERIFY2(!mac.out.contains("Antivirus installed"), mac.out.constData());
    }

    void unknownDemoIsBadInput()
    {
        const auto result = runCli({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("office-mac")});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.contains("no demo computer named \"office-mac\""));
        QVERIFY(result.err.contains("home-windows"));
    }

    void readsALinuxTreeUnderRoot()
    {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        writeFile(root / "var/lib/dpkg/status", kStatus);
        writeFile(root / "lib/systemd/system/kesl.service", "[Unit]\nDescription=kesl\n");
        // An installer waiting in Downloads is not an installation.
        writeFile(root / "home/sam/Downloads/klnagent64_14.2.0-35148_amd64.deb", "!<arch>\n");
        writeFile(root / "home/sam/Downloads/kesl_12.1.0-1297_amd64.deb", "!<arch>\n");

        const auto result =
            runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--root"), dir.path()});
        QCOMPARE(result.exitCode, 1);
        const auto scan = Json::parse(result.out.toStdString());
        checkContract(scan);
        QCOMPARE(scan.at("platform").get<std::string>(), std::string("linux"));
        QCOMPARE(scan.at("findings").size(), std::size_t(2));
        const auto* kesl = findingWithId(scan, "kaspersky-endpoint-security-linux");
        QCOMPARE(kesl->at("state").get<std::string>(), std::string("installed"));
        QCOMPARE(kesl->at("version").get<std::string>(), std::string("12.1.0-1297"));
        QCOMPARE(kesl->at("evidence").size(), std::size_t(2));
        const auto* agent = findingWithId(scan, "kaspersky-security-center-network-agent");
        QCOMPARE(agent->at("state").get<std::string>(), std::string("leftovers"));
        for (const auto& finding : scan.at("findings")) {
            QVERIFY(finding.dump().find("Downloads") == std::string::npos);
        }

        // Without the installed package only configuration files remain: nothing banned is installed.
        writeFile(root / "var/lib/dpkg/status", "Package: kesl\nStatus: deinstall ok config-files\nVersion: 12\n");
        const auto removed = runCli({QStringLiteral("scan"), QStringLiteral("--root"), dir.path()});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains("[leftovers, banned]"));
    }

    // A Kaspersky folder whose name is not UTF-8 (a Latin-1 "é" from an old system): still found and reported, the
    // JSON valid with U+FFFD in place of the byte, the text as the name is.
    void namesThatAreNotUtf8AreStillReported()
    {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        writeFile(root / "var/lib/dpkg/status", "Package: bash\nStatus: install ok installed\nVersion: 5.2\n");
        writeFile(root / "opt/kaspersky/caf\xe9/notes.txt", "left behind\n");

        const auto result =
            runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--root"), dir.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.isEmpty());
        const auto scan = Json::parse(result.out.toStdString());
        checkContract(scan);
        const auto* traces = findingWithId(scan, "kaspersky-unidentified");
        QVERIFY2(traces != nullptr, result.out.constData());
        QCOMPARE(traces->at("state").get<std::string>(), std::string("leftovers"));
        QVERIFY2(traces->dump().find("/opt/kaspersky/caf\xef\xbf\xbd") != std::string::npos, traces->dump().c_str());

        const auto human = runCli({QStringLiteral("scan"), QStringLiteral("--root"), dir.path()});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("/opt/kaspersky/caf\xe9"), human.out.constData());
    }

    void aTreeWhoseDatabaseLinksToThisComputerIsNotReadAsIt()
    {
        // A copied disk whose /var/lib/dpkg is an absolute link: followed on this computer, it would report this
        // computer's packages as the tree's. Read as a chroot would, it leads to the tree's own (missing) folder.
        QTemporaryDir dir;
        const std::filesystem::path host = std::filesystem::path(dir.path().toStdString()) / "this-computer";
        writeFile(host / "var/lib/dpkg/status", kStatus);
        const std::filesystem::path root = std::filesystem::path(dir.path().toStdString()) / "copied-disk";
        std::filesystem::create_directories(root / "var/lib");
        std::filesystem::create_directory_symlink(host / "var/lib/dpkg", root / "var/lib/dpkg");
        const QString rootArgument = QString::fromStdString(root.string());
        const auto result =
            runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--root"), rootArgument});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(Json::parse(result.out.toStdString()).at("findings").empty(), result.out.constData());

        // A link that climbs out with ".." is bad input, named as such.
        std::filesystem::remove(root / "var/lib/dpkg");
        std::filesystem::create_directory_symlink("../../../this-computer/var/lib/dpkg", root / "var/lib/dpkg");
        const auto refused = runCli({QStringLiteral("scan"), QStringLiteral("--root"), rootArgument});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.err, QByteArray("offramp-cli: /var/lib/dpkg/status goes through a link that leads out of the "
                                         "folder being read, so it was not read\n"));
    }

    void badInputGivesOneLineAndExitThree_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::newRow("corrupt dpkg status")
            << "linux"
            << "var/lib/dpkg/status" << QByteArray("Package: kesl\nStatus: install ok installed\nthis is not a field\n")
            << "/var/lib/dpkg/status line 3";
        QTest::newRow("binary garbage in dpkg status")
            << "linux"
            << "var/lib/dpkg/status" << QByteArray("Package: kesl\n\0\0\0\xff", 18) << "/var/lib/dpkg/status";
        QTest::newRow("truncated plist") << "macos"
                                         << "Applications/Kaspersky Internet Security.app/Contents/Info.plist"
                                         << QByteArray(
                                                "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>CFBund")
                                         << "Info.plist";
        QTest::newRow("truncated binary plist") << "macos"
                                                << "Library/LaunchDaemons/com.kaspersky.kav.plist"
                                                << QByteArray("bplist00\xd1\x01\x02", 11) << "com.kaspersky.kav.plist";
    }
    void badInputGivesOneLineAndExitThree()
    {
        QFETCH(QString, platform);
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeFile(std::filesystem::path(dir.path().toStdString()) / file.toStdString(), contents.toStdString());
        const auto result = runCli(
            {QStringLiteral("scan"), QStringLiteral("--platform"), platform, QStringLiteral("--root"), dir.path()});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(!result.crashed);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.startsWith("offramp-cli: "), result.err.constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void unreadableRootIsBadInput()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("file"));
        writeFile(notAFolder.toStdString(), "x");
        for (const QString& root : {QStringLiteral("/nonexistent/offramp-root"), notAFolder}) {
            for (const QString& platform : {QStringLiteral("linux"), QStringLiteral("macos")}) {
                const auto result = runCli(
                    {QStringLiteral("scan"), QStringLiteral("--platform"), platform, QStringLiteral("--root"), root});
                QCOMPARE(result.exitCode, 3);
                QCOMPARE(result.err.count('\n'), 1);
                QVERIFY2(result.err.contains("cannot read the root folder"), result.err.constData());
            }
        }
    }

    // A --root too long for this system: a name longer than NAME_MAX, a path longer than PATH_MAX, or a folder that
    // is there but whose files' paths would be longer than PATH_MAX. Each gives one line that names the system's
    // reason, exit 3, nothing on standard output: never "nothing was found" for a tree the scan could not look into.
    void aRootPathTooLongIsBadInput_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("said");
        QStringList deep;
        for (int i = 0; i < 22; ++i) {
            deep << QString(200, QLatin1Char('d'));
        }
        for (const QString& platform : {QStringLiteral("linux"), QStringLiteral("macos")}) {
            QTest::addRow("%s, a name of 300 characters", qPrintable(platform))
                << platform << QString(300, QLatin1Char('n')) << QStringLiteral("cannot read the root folder ");
            QTest::addRow("%s, a path of 4,400 characters", qPrintable(platform))
                << platform << deep.join(QLatin1Char('/')) << QStringLiteral("cannot read the root folder ");
        }
        // Under such a root, dpkg's database is too long to be reached, and so is an app in /Applications (made
        // below with mkdirat, as only a relative path can reach it); the scan said that nothing was found before.
        QTest::newRow("linux, a folder whose files are too long to reach")
            << "linux" << QString() << QStringLiteral("cannot read /var/lib/dpkg/status: File name too long");
        QTest::newRow("macos, a folder whose files are too long to reach")
            << "macos" << QString()
            << QStringLiteral("/Applications/Kaspersky Internet Security.app could not be read: with the folder being "
                              "read in front of it, its path is longer than this system allows (File name too long). "
                              "Read the files from a folder with a shorter path");
    }
    void aRootPathTooLongIsBadInput()
    {
        QFETCH(QString, platform);
        QFETCH(QString, root);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.path() + QLatin1Char('/') + root;
        if (root.isEmpty()) {
            // A real folder, 4,080 bytes long: below PATH_MAX (4,096), but nothing inside it is.
            path = dir.path();
            while (path.size() < 4080) {
                path += QLatin1Char('/') + QString(std::min<qsizetype>(200, 4080 - path.size() - 1), QLatin1Char('f'));
            }
            std::filesystem::create_directories(path.toStdString() + "/Applications");
            QVERIFY(std::filesystem::is_directory(path.toStdString()));
        }
        const char* const app = "Kaspersky Internet Security.app";
        const int applications =
            root.isEmpty() ? ::open((path.toStdString() + "/Applications").c_str(), O_RDONLY | O_DIRECTORY) : -1;
        const auto cleanUp = qScopeGuard([&] {
            if (applications >= 0) {
                ::unlinkat(applications, app, AT_REMOVEDIR);
                ::close(applications);
            }
        });
        if (root.isEmpty()) {
            QVERIFY(applications >= 0);
            QCOMPARE(::mkdirat(applications, app, 0755), 0);
        }
        const auto result =
            runCli({QStringLiteral("scan"), QStringLiteral("--platform"), platform, QStringLiteral("--root"), path});
        QVERIFY2(result.exitCode == 3, result.out.constData());
        QVERIFY(!result.crashed);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        const QString error = QString::fromUtf8(result.err);
        QVERIFY2(error.startsWith(QStringLiteral("offramp-cli: ")), qPrintable(error));
        QVERIFY2(error.contains(said), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("File name too long")), qPrintable(error));
    }

    void windowsIsNotReadFromATree()
    {
        QTemporaryDir dir;
        const auto result = runCli({QStringLiteral("scan"), QStringLiteral("--platform"), QStringLiteral("windows"),
                                    QStringLiteral("--root"), dir.path()});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("offramp-cli.exe on Windows"));
    }

    void scansThisComputer()
    {
        // This machine has no Kaspersky; the scan must still run to the end and say so.
        const auto result = runCli({QStringLiteral("scan"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
        checkContract(Json::parse(result.out.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
