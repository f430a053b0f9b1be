// SPDX-License-Identifier: GPL-3.0-or-later
// MacProbe on a macOS file tree made in the test: Kaspersky apps with binary and XML Info.plist files,
// decoys, launch daemons and agents, the support folder, an installer that is not an installation,
// and damaged files.
#include "TestSupport.h"
#include "engine/Catalog.h"
#include "engine/MachineProbe.h"
#include "engine/Watchlist.h"
#include "platform/macos/MacProbe.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <string>

using namespace offramp;
using namespace offramp::platform;
using offramp::test::readFile;
using offramp::test::writeFile;

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kDamagedApp = " \u2014 this Kaspersky app's information file is damaged";
constexpr std::string_view kDamagedJob = " \u2014 this Kaspersky launchd job's file is damaged";

// A watchlist from a catalog made here, so that the test does not depend on the shipped catalog's data.
Catalog testCatalog()
{
    return offramp::test::catalogOf({offramp::test::testProduct(
        "kaspersky-test", {{Platform::MacOS,
                            {{SignatureKind::BundleIds, {"com.kaspersky.*"}},
                             {SignatureKind::BundleNames, {"Kaspersky*"}},
                             {SignatureKind::LaunchdJobs, {"com.kaspersky.*"}},
                             {SignatureKind::Paths,
                              {"/Library/Application Support/Kaspersky Lab", "/Users/*/Library/Logs/Kaspersky Lab"}}}},
                           // Another platform's signatures must not leak into a macOS scan.
                           {Platform::Linux, {{SignatureKind::Paths, {"/opt/kaspersky"}}}}})});
}

std::string plistutil()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("plistutil"));
    if (tool.isEmpty()) {
        throw std::runtime_error("plistutil is not installed (Debian package libplist-utils); the test needs it to "
                                 "write real binary Info.plist files");
    }
    return tool.toStdString();
}

// Writes an XML plist as binary, converted by libplist's plistutil.
void writeBinaryPlist(const fs::path& path, const std::string& xml)
{
    writeFile(path.string() + ".xml", xml);
    const auto result =
        offramp::test::run(QString::fromStdString(plistutil()),
                           {QStringLiteral("-i"), QString::fromStdString(path.string() + ".xml"), QStringLiteral("-o"),
                            QString::fromStdString(path.string()), QStringLiteral("-f"), QStringLiteral("bin")});
    fs::remove(path.string() + ".xml");
    if (result.exitCode != 0 || readFile(path).substr(0, 8) != "bplist00") {
        throw std::runtime_error("plistutil could not write " + path.string() + ": " + result.err.toStdString());
    }
}

std::string plist(const std::vector<std::pair<std::string, std::string>>& strings)
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                      "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                      "<plist version=\"1.0\">\n<dict>\n";
    for (const auto& [key, value] : strings) {
        xml += "\t<key>" + key + "</key>\n\t<string>" + value + "</string>\n";
    }
    return xml + "\t<key>LSRequiresNativeExecution</key>\n\t<true/>\n</dict>\n</plist>\n";
}

std::string launchdPlist(const std::string& label)
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n";
    if (!label.empty()) {
        xml += "\t<key>Label</key>\n\t<string>" + label + "</string>\n";
    }
    return xml + "\t<key>ProgramArguments</key>\n\t<array>\n\t\t<string>/Library/Application Support/Kaspersky "
                 "Lab/KAV/Binaries/kav</string>\n\t</array>\n\t<key>RunAtLoad</key>\n\t<true/>\n</dict>\n</plist>\n";
}

void cutInHalf(const fs::path& path)
{
    const std::string bytes = readFile(path);
    writeFile(path, bytes.substr(0, bytes.size() / 2));
}

// A Mac with two Kaspersky products, their jobs and folders, and plenty that must not be reported.
void makeMachine(const fs::path& root)
{
    const auto at = [&](std::string_view machinePath) { return root / fs::path(machinePath.substr(1)); };
    const auto app = [&](std::string_view machinePath) { return at(machinePath) / "Contents" / "Info.plist"; };

    // Binary Info.plist, as shipped.
    writeBinaryPlist(app("/Applications/Kaspersky Internet Security.app"),
                     plist({{"CFBundleIdentifier", "com.kaspersky.kis.mac"},
                            {"CFBundleName", "Kaspersky Internet Security"},
                            {"CFBundleShortVersionString", "21.3.10.391"},
                            {"CFBundleVersion", "391"}}));
    writeFile(at("/Applications/Kaspersky Internet Security.app/Contents/MacOS/kis"), "\x7F"
                                                                                      "ELF? no, Mach-O");
    // XML Info.plist with no short version: CFBundleVersion stands in.
    writeFile(app("/Applications/Kaspersky Anti-Virus For Mac.app"),
              plist({{"CFBundleIdentifier", "com.kaspersky.kav"}, {"CFBundleVersion", "8.0.1.30"}}));
    // Found by its bundle id only, in a vendor folder one level down.
    writeBinaryPlist(app("/Applications/Tools/Helper Tool.app"),
                     plist({{"CFBundleIdentifier", "com.kaspersky.helper"}, {"CFBundleShortVersionString", "1.2"}}));
    // Found by its CFBundleName only (folder and id say nothing).
    writeFile(app("/Applications/Safe Kids.app"), plist({{"CFBundleIdentifier", "com.example.safekids"},
                                                         {"CFBundleName", "Kaspersky Safe Kids"},
                                                         {"CFBundleShortVersionString", "1.0 &amp; more"}}));
    // A per-user installation, with a non-ASCII version string in a binary plist (written as UTF-16).
    writeBinaryPlist(
        app("/Users/alice/Applications/Kaspersky Password Manager.app"),
        plist({{"CFBundleIdentifier", "com.kaspersky.passwordmanager"}, {"CFBundleShortVersionString", "9.0 β"}}));

    // Decoys and things that are not installations.
    writeFile(app("/Applications/Firefox.app"),
              plist({{"CFBundleIdentifier", "org.mozilla.firefox"}, {"CFBundleShortVersionString", "128.0"}}));
    writeBinaryPlist(app("/Applications/Utilities/Terminal.app"),
                     plist({{"CFBundleIdentifier", "com.apple.Terminal"}}));
    writeFile(app("/Applications/A/B/Kaspersky Deep.app"), plist({{"CFBundleIdentifier", "com.kaspersky.deep"}}));
    fs::create_directories(at("/Applications/Kaspersky Leftover.app/Contents/Resources"));
    writeFile(at("/Applications/Kaspersky Notes.txt"), "not an app");
    writeFile(app("/Users/alice/Downloads/Kaspersky Internet Security.app"),
              plist({{"CFBundleIdentifier", "com.kaspersky.kis.installer"}}));
    writeFile(at("/Users/alice/Downloads/kts21.3.10.391en_25623.dmg"), "koly");
    writeFile(at("/Users/alice/Downloads/Kaspersky Internet Security.pkg"), "xar!");
    fs::create_directories(at("/Users/Shared"));
    fs::create_directories(at("/opt/kaspersky/kesl"));

    // launchd jobs.
    writeFile(at("/Library/LaunchDaemons/com.kaspersky.kav.plist"), launchdPlist("com.kaspersky.kav"));
    writeBinaryPlist(at("/Library/LaunchAgents/com.kaspersky.kav.gui.plist"), launchdPlist("com.kaspersky.kav.gui"));
    writeFile(at("/Library/LaunchDaemons/renamed.plist"), launchdPlist("com.kaspersky.renamed"));
    writeFile(at("/Library/LaunchDaemons/com.kaspersky.nolabel.plist"), launchdPlist(""));
    writeFile(at("/Library/LaunchDaemons/org.mozilla.updater.plist"), launchdPlist("org.mozilla.updater"));
    writeBinaryPlist(at("/Users/alice/Library/LaunchAgents/com.kaspersky.kav.gui.plist"),
                     launchdPlist("com.kaspersky.kav.gui"));
    writeFile(at("/Users/alice/Library/LaunchAgents/README.txt"), "com.kaspersky.kav");

    // Folders the catalog lists.
    writeFile(at("/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript"), "#!/bin/sh\n");
    writeFile(at("/Users/alice/Library/Logs/Kaspersky Lab/kav.log"), "log\n");
    fs::create_directories(at("/Users/bob/Library/Logs"));
}

QString describe(const Fact& fact)
{
    return QString::fromStdString(std::string(factKindId(fact.kind)) + " | " + fact.name + " | " + fact.id + " | " +
                                  fact.version + " | " + fact.where + " | " + fact.user);
}

QStringList describe(const MachineFacts& facts)
{
    QStringList lines;
    for (const Fact& fact : facts.facts) {
        lines << describe(fact);
    }
    lines.sort();
    return lines;
}

QStringList expectedFacts()
{
    const auto line = [](FactKind kind, const std::string& name, const std::string& id, const std::string& version,
                         const std::string& where, const std::string& user) {
        return describe(Fact{kind, name, id, version, {}, {}, where, user});
    };
    QStringList lines{
        line(FactKind::AppBundle, "Kaspersky Internet Security", "com.kaspersky.kis.mac", "21.3.10.391",
             "/Applications/Kaspersky Internet Security.app", ""),
        line(FactKind::AppBundle, "Kaspersky Anti-Virus For Mac", "com.kaspersky.kav", "8.0.1.30",
             "/Applications/Kaspersky Anti-Virus For Mac.app", ""),
        line(FactKind::AppBundle, "Helper Tool", "com.kaspersky.helper", "1.2", "/Applications/Tools/Helper Tool.app",
             ""),
        line(FactKind::AppBundle, "Safe Kids", "com.example.safekids", "1.0 & more", "/Applications/Safe Kids.app", ""),
        line(FactKind::AppBundle, "Kaspersky Password Manager", "com.kaspersky.passwordmanager", "9.0 β",
             "/Users/alice/Applications/Kaspersky Password Manager.app", "alice"),
        line(FactKind::LaunchdJob, "com.kaspersky.kav", "", "", "/Library/LaunchDaemons/com.kaspersky.kav.plist", ""),
        line(FactKind::LaunchdJob, "com.kaspersky.renamed", "", "", "/Library/LaunchDaemons/renamed.plist", ""),
        line(FactKind::LaunchdJob, "com.kaspersky.nolabel", "", "",
             "/Library/LaunchDaemons/com.kaspersky.nolabel.plist", ""),
        line(FactKind::LaunchdJob, "com.kaspersky.kav.gui", "", "", "/Library/LaunchAgents/com.kaspersky.kav.gui.plist",
             ""),
        line(FactKind::LaunchdJob, "com.kaspersky.kav.gui", "", "",
             "/Users/alice/Library/LaunchAgents/com.kaspersky.kav.gui.plist", "alice"),
        line(FactKind::Path, "/Library/Application Support/Kaspersky Lab", "", "",
             "/Library/Application Support/Kaspersky Lab", ""),
        line(FactKind::Path, "/Users/alice/Library/Logs/Kaspersky Lab", "", "",
             "/Users/alice/Library/Logs/Kaspersky Lab", "alice"),
    };
    lines.sort();
    return lines;
}

// The one-line message of the ProbeError a probe throws; fails if it throws nothing.
std::string probeError(const fs::path& root, const Watchlist& watchlist)
{
    try {
        MacProbe(root).probe(watchlist);
    } catch (const ProbeError& error) {
        return error.what();
    }
    return "(no error)";
}

bool startsWith(const std::string& text, std::string_view prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

class TestMacProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The binary plists are written by a real writer; without it the tests fail rather than skip.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("plistutil")).isEmpty(),
                 "plistutil is not installed (Debian package libplist-utils)");
    }

    void findsKasperskyAndNothingElse()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path root = dir.path().toStdString();
        makeMachine(root);
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::MacOS);

        const MachineFacts facts = MacProbe(root).probe(watchlist);
        QCOMPARE(facts.platform, Platform::MacOS);
        QCOMPARE(facts.root, root.string());
        QCOMPARE(describe(facts), expectedFacts());
        QVERIFY2(facts.warnings.empty(), facts.warnings.empty() ? "" : facts.warnings.front().c_str());
        // Installers in Downloads are not installations, whatever they are called.
        for (const Fact& fact : facts.facts) {
            QVERIFY(fact.where.find("/Downloads/") == std::string::npos);
        }
    }

    void emptyMachine()
    {
        QTemporaryDir dir;
        const Catalog catalog = testCatalog();
        const MachineFacts facts = MacProbe(dir.path().toStdString()).probe(Watchlist(catalog, Platform::MacOS));
        QVERIFY(facts.facts.empty());
        QVERIFY(facts.warnings.empty());
    }

    void damagedKasperskyInfoPlist_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("XML, cut in half")
            << QStringLiteral("/Applications/Kaspersky Anti-Virus For Mac.app") << QStringLiteral("cut")
            << QStringLiteral("XML plist: unexpected end of file");
        QTest::newRow("binary, truncated") << QStringLiteral("/Applications/Kaspersky Internet Security.app")
                                           << QStringLiteral("cut") << QStringLiteral("binary plist");
        QTest::newRow("XML, truncated") << QStringLiteral("/Applications/Kaspersky Anti-Virus For Mac.app")
                                        << QStringLiteral("cut after a value")
                                        << QStringLiteral("XML plist: unexpected end of file inside <dict>");
        QTest::newRow("per-user, garbage")
            << QStringLiteral("/Users/alice/Applications/Kaspersky Password Manager.app") << QStringLiteral("garbage")
            << QStringLiteral("not a property list: it is neither a binary plist nor XML");
        QTest::newRow("empty") << QStringLiteral("/Applications/Kaspersky Internet Security.app")
                               << QStringLiteral("empty") << QStringLiteral("not a property list: the file is empty");
        QTest::newRow("not a dictionary")
            << QStringLiteral("/Applications/Kaspersky Anti-Virus For Mac.app") << QStringLiteral("array")
            << QStringLiteral("its top level is array, not a dictionary");
    }

    void damagedKasperskyInfoPlist()
    {
        QFETCH(QString, app);
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        makeMachine(root);
        const std::string infoPlist = app.toStdString() + "/Contents/Info.plist";
        const fs::path host = root / infoPlist.substr(1);
        if (damage == QStringLiteral("cut")) {
            cutInHalf(host);
        } else if (damage == QStringLiteral("cut after a value")) {
            const std::string text = readFile(host);
            writeFile(host, text.substr(0, text.find("</string>") + 9));
        } else if (damage == QStringLiteral("garbage")) {
            writeFile(host, std::string("\x00\x01\x02 garbage \xFF\xFE", 14));
        } else if (damage == QStringLiteral("empty")) {
            writeFile(host, "");
        } else {
            writeFile(host, "<plist><array><string>x</string></array></plist>");
        }
        const Catalog catalog = testCatalog();
        const std::string error = probeError(root, Watchlist(catalog, Platform::MacOS));
        QVERIFY2(startsWith(error, infoPlist + ": "), error.c_str());
        QVERIFY2(contains(error, problem.toStdString()), error.c_str());
        QVERIFY2(endsWith(error, kDamagedApp), error.c_str());
        QVERIFY2(error.find('\n') == std::string::npos, error.c_str());
    }

    void damagedDecoyInfoPlist()
    {
        // A damaged file in an app the watchlist does not want is a warning; the scan goes on.
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        makeMachine(root);
        cutInHalf(root / "Applications/Firefox.app/Contents/Info.plist");
        cutInHalf(root / "Applications/Utilities/Terminal.app/Contents/Info.plist");
        const Catalog catalog = testCatalog();
        const MachineFacts facts = MacProbe(root).probe(Watchlist(catalog, Platform::MacOS));
        QCOMPARE(describe(facts), expectedFacts());
        QCOMPARE(facts.warnings.size(), std::size_t{2});
        QVERIFY2(startsWith(facts.warnings[0], "skipped /Applications/Firefox.app: its Info.plist could not be read ("),
                 facts.warnings[0].c_str());
        QVERIFY2(contains(facts.warnings[0], "XML plist: unexpected end of file"), facts.warnings[0].c_str());
        QVERIFY2(startsWith(facts.warnings[1],
                            "skipped /Applications/Utilities/Terminal.app: its Info.plist could not be read ("),
                 facts.warnings[1].c_str());
    }

    void damagedLaunchdPlist()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        makeMachine(root);
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::MacOS);

        // Someone else's job: a warning.
        writeFile(root / "Library/LaunchDaemons/org.mozilla.updater.plist", "<plist><dict><key>Label</key>");
        const MachineFacts facts = MacProbe(root).probe(watchlist);
        QCOMPARE(describe(facts), expectedFacts());
        QCOMPARE(facts.warnings.size(), std::size_t{1});
        QVERIFY2(startsWith(facts.warnings[0], "skipped /Library/LaunchDaemons/org.mozilla.updater.plist: "),
                 facts.warnings[0].c_str());

        // Kaspersky's (by its file name): the scan cannot vouch for its result.
        cutInHalf(root / "Users/alice/Library/LaunchAgents/com.kaspersky.kav.gui.plist");
        const std::string binaryError = probeError(root, watchlist);
        QVERIFY2(startsWith(binaryError, "/Users/alice/Library/LaunchAgents/com.kaspersky.kav.gui.plist: "),
                 binaryError.c_str());
        QVERIFY2(contains(binaryError, "binary plist"), binaryError.c_str());
        QVERIFY2(endsWith(binaryError, kDamagedJob), binaryError.c_str());

        cutInHalf(root / "Library/LaunchDaemons/com.kaspersky.kav.plist");
        const std::string xmlError = probeError(root, watchlist);
        QVERIFY2(startsWith(xmlError, "/Library/LaunchDaemons/com.kaspersky.kav.plist: XML plist: unexpected end of "
                                      "file inside "),
                 xmlError.c_str());
        QVERIFY2(endsWith(xmlError, kDamagedJob), xmlError.c_str());
    }

    void linksInTheTreeNeverReachThisMac()
    {
        // A whole Mac beside the tree; the tree links to it with absolute links (which, as under chroot, name the
        // tree's own missing paths) and with one relative link that climbs out (refused, and said so).
        QTemporaryDir dir;
        const fs::path outside = fs::path(dir.path().toStdString()) / "other-mac";
        makeMachine(outside);
        const fs::path root = fs::path(dir.path().toStdString()) / "tree";
        fs::create_directories(root / "Applications");
        fs::create_directories(root / "Users/bob");
        fs::create_directory_symlink(outside / "Applications/Kaspersky Internet Security.app",
                                     root / "Applications/Kaspersky Internet Security.app");
        fs::create_directory_symlink(outside / "Users/alice/Applications", root / "Users/bob/Applications");
        fs::create_directory_symlink("../../other-mac/Applications/Kaspersky Anti-Virus For Mac.app",
                                     root / "Applications/Kaspersky Anti-Virus For Mac.app");
        // A bundle whose Contents folder alone is a link out.
        fs::create_directories(root / "Applications/Helper Tool.app");
        fs::create_directory_symlink(outside / "Applications/Tools/Helper Tool.app/Contents",
                                     root / "Applications/Helper Tool.app/Contents");
        const Catalog catalog = testCatalog();
        const MachineFacts facts = MacProbe(root).probe(Watchlist(catalog, Platform::MacOS));
        QVERIFY2(facts.facts.empty(), describe(facts).join(QLatin1Char('\n')).toUtf8().constData());
        QCOMPARE(facts.warnings.size(), std::size_t{1});
        QCOMPARE(facts.warnings.front(), std::string("/Applications/Kaspersky Anti-Virus For Mac.app goes through a "
                                                     "link that leads out of the folder being read, so it was not "
                                                     "read"));
    }

    void badRoot()
    {
        QTemporaryDir dir;
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::MacOS);

        const fs::path missing = fs::path(dir.path().toStdString()) / "no-such-mac";
        const std::string missingError = probeError(missing, watchlist);
        QVERIFY2(startsWith(missingError, "cannot read the root folder " + missing.string() + ": "),
                 missingError.c_str());
        QVERIFY2(missingError.size() > ("cannot read the root folder " + missing.string() + ": ").size(),
                 "the reason is given");

        const fs::path file = fs::path(dir.path().toStdString()) / "a-file";
        writeFile(file, "not a folder");
        QCOMPARE(probeError(file, watchlist), "cannot read the root folder " + file.string() + ": it is not a folder");
    }

private:
    static bool contains(const std::string& text, std::string_view part)
    {
        return text.find(part) != std::string::npos;
    }
};

QTEST_APPLESS_MAIN(TestMacProbe)
#include "tst_mac_probe.moc"
