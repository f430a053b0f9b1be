// SPDX-License-Identifier: GPL-3.0-or-later
// LinuxProbe on a dpkg database made by the real tools: small .deb packages built with dpkg-deb, installed
// into a folder with dpkg --root, one removed so that only its configuration files remain, one purged.
// Decoy packages and an installer in someone's Downloads must not show up.
#include "TestSupport.h"
#include "engine/Catalog.h"
#include "engine/Detector.h"
#include "engine/InstalledAlternatives.h"
#include "engine/MachineProbe.h"
#include "engine/Watchlist.h"
#include "platform/linux/LinuxProbe.h"

#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

using namespace offramp;
using namespace offramp::platform;
using offramp::test::readFile;
using offramp::test::writeFile;

namespace {

namespace fs = std::filesystem;

// A catalog made here, so that the test does not depend on the shipped catalog's data.
Catalog testCatalog()
{
    using offramp::test::testProduct;
    return offramp::test::catalogOf({
        testProduct("kesl", {{Platform::Linux,
                              {{SignatureKind::Packages, {"kesl", "kesl-gui"}},
                               {SignatureKind::SystemdUnits, {"kesl.service"}},
                               {SignatureKind::Paths, {"/opt/kaspersky/kesl"}}}}}),
        testProduct("klnagent", {{Platform::Linux,
                                  {{SignatureKind::Packages, {"klnagent", "klnagent64"}},
                                   {SignatureKind::SystemdUnits, {"klnagent*.service"}}}}}),
        testProduct("unidentified",
                    {{Platform::Linux,
                      {{SignatureKind::Paths, {"/opt/kaspersky/*", "/etc/opt/kaspersky/*", "/var/log/kaspersky"}}}}}),
    });
}

struct DebFile
{
    std::string path;
    std::string contents;
    bool conffile = false;
};

// Builds name_version_all.deb in `work` with dpkg-deb.
fs::path buildDeb(const fs::path& work, const std::string& name, const std::string& version,
                  const std::vector<DebFile>& files, const std::string& extraControl = {})
{
    const fs::path tree = work / ("tree-" + name);
    std::string conffiles;
    for (const DebFile& file : files) {
        writeFile(tree / file.path.substr(1), file.contents);
        if (file.conffile) {
            conffiles += file.path + '\n';
        }
    }
    writeFile(tree / "DEBIAN/control", "Package: " + name + "\nVersion: " + version +
                                           "\nArchitecture: all\nMaintainer: Offramp Tests <tests@offramp.invalid>\n" +
                                           extraControl + "Description: test package " + name +
                                           "\n A package built by the Offramp tests.\n");
    if (!conffiles.empty()) {
        writeFile(tree / "DEBIAN/conffiles", conffiles);
    }
    fs::path deb = work / (name + "_" + version + "_all.deb");
    offramp::test::runOrThrow(offramp::test::requireTool("dpkg-deb"),
                              {QStringLiteral("--root-owner-group"), QStringLiteral("--build"),
                               offramp::test::qPath(tree), offramp::test::qPath(deb)});
    return deb;
}

// dpkg working on the database under `root` as if it were "/", without being root or running scripts in a chroot.
void dpkgIn(const fs::path& root, QStringList arguments)
{
    arguments.prepend(QStringLiteral("--log=/dev/null"));
    arguments.prepend(QStringLiteral("--force-script-chrootless"));
    arguments.prepend(QStringLiteral("--force-not-root"));
    arguments.prepend(QStringLiteral("--root=") + offramp::test::qPath(root));
    offramp::test::runOrThrow(offramp::test::requireTool("dpkg"), arguments);
}

QString fact(FactKind kind, const char* name, const char* version, const char* state, const char* where)
{
    Fact made;
    made.kind = kind;
    made.name = name;
    made.version = version;
    made.state = state;
    made.where = where;
    return offramp::test::describeFact(made);
}

} // namespace

class TestLinuxProbeDpkg : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_root;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const fs::path work = fs::path(m_dir.path().toStdString()) / "work";
        m_root = fs::path(m_dir.path().toStdString()) / "root";
        for (const char* folder : {"var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"}) {
            fs::create_directories(m_root / folder);
        }
        writeFile(m_root / "var/lib/dpkg/status", "");
        writeFile(m_root / "var/lib/dpkg/available", "");

        const fs::path kesl = buildDeb(work, "kesl", "12.1.0-1297",
                                       {{"/opt/kaspersky/kesl/bin/kesl-control", "#!/bin/sh\n"},
                                        {"/usr/lib/systemd/system/kesl.service", "[Service]\nExecStart=/bin/true\n"},
                                        {"/etc/opt/kaspersky/kesl/kesl.ini", "[General]\n", true}});
        const fs::path keslGui = buildDeb(work, "kesl-gui", "12.1.0-1297",
                                          {{"/opt/kaspersky/kesl-gui/bin/kesl-gui", "#!/bin/sh\n"},
                                           {"/etc/opt/kaspersky/kesl-gui/gui.ini", "[Gui]\n", true}},
                                          "Depends: kesl\n");
        const fs::path agent = buildDeb(work, "klnagent64", "15.1.0-20748",
                                        {{"/opt/kaspersky/klnagent64/bin/klnagchk", "#!/bin/sh\n"},
                                         {"/lib/systemd/system/klnagent64.service", "[Service]\n"}});
        const fs::path agent32 = buildDeb(work, "klnagent", "14.0.0-4490",
                                          {{"/opt/kaspersky/klnagent/bin/klnagchk", "#!/bin/sh\n"},
                                           {"/etc/opt/kaspersky/klnagent/agent.ini", "[Agent]\n", true}});
        // Decoys: names that the catalog's patterns do not match, files outside Kaspersky's folders.
        const fs::path clamav = buildDeb(
            work, "clamav", "1.0.7+dfsg-1",
            {{"/usr/bin/clamscan", "#!/bin/sh\n"}, {"/lib/systemd/system/clamav-daemon.service", "[Service]\n"}});
        const fs::path docs = buildDeb(work, "kesl-docs-unofficial", "1.0",
                                       {{"/usr/share/doc/kesl-docs-unofficial/README", "not Kaspersky\n"}});

        dpkgIn(m_root, {QStringLiteral("-i"), offramp::test::qPath(kesl), offramp::test::qPath(keslGui),
                        offramp::test::qPath(agent), offramp::test::qPath(agent32), offramp::test::qPath(clamav),
                        offramp::test::qPath(docs)});
        dpkgIn(m_root, {QStringLiteral("-r"), QStringLiteral("kesl-gui")});
        dpkgIn(m_root, {QStringLiteral("-P"), QStringLiteral("klnagent")});

        // An installer someone downloaded, and the same package unpacked beside it: not installations.
        fs::create_directories(m_root / "home/u/Downloads");
        fs::copy_file(kesl, m_root / "home/u/Downloads/kesl_12.1.0-1297_amd64.deb");
        offramp::test::runOrThrow(offramp::test::requireTool("dpkg-deb"),
                                  {QStringLiteral("-x"), offramp::test::qPath(kesl),
                                   offramp::test::qPath(m_root / "home/u/Downloads/kesl-unpacked")});
    }

    void theToolsMadeTheExpectedDatabase()
    {
        // What dpkg wrote is what the rest of the test assumes.
        const std::string status = readFile(m_root / "var/lib/dpkg/status");
        QVERIFY(status.find("Package: kesl\nStatus: install ok installed\n") != std::string::npos);
        QVERIFY(status.find("Package: kesl-gui\nStatus: deinstall ok config-files\n") != std::string::npos);
        QVERIFY(status.find("Package: klnagent\n") == std::string::npos);
        QVERIFY(fs::exists(m_root / "etc/opt/kaspersky/kesl-gui/gui.ini"));
        QVERIFY(!fs::exists(m_root / "opt/kaspersky/kesl-gui"));
        QVERIFY(!fs::exists(m_root / "opt/kaspersky/klnagent"));
        QVERIFY(fs::exists(m_root / "home/u/Downloads/kesl-unpacked/opt/kaspersky/kesl/bin/kesl-control"));
    }

    void reportsExactlyWhatIsInstalledOrLeft()
    {
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        LinuxProbe probe(m_root);
        const MachineFacts machine = probe.probe(watchlist);

        QCOMPARE(machine.platform, Platform::Linux);
        QCOMPARE(QString::fromStdString(machine.root), offramp::test::qPath(m_root));
        QVERIFY(machine.warnings.empty());
        const char* status = "/var/lib/dpkg/status";
        QStringList expected{
            fact(FactKind::Package, "kesl", "12.1.0-1297", "install ok installed", status),
            fact(FactKind::PackageConfigFiles, "kesl-gui", "12.1.0-1297", "deinstall ok config-files", status),
            fact(FactKind::Package, "klnagent64", "15.1.0-20748", "install ok installed", status),
            fact(FactKind::SystemdUnit, "kesl.service", "", "", "/usr/lib/systemd/system/kesl.service"),
            fact(FactKind::SystemdUnit, "klnagent64.service", "", "", "/lib/systemd/system/klnagent64.service"),
            fact(FactKind::Path, "/opt/kaspersky/kesl", "", "", "/opt/kaspersky/kesl"),
            fact(FactKind::Path, "/opt/kaspersky/klnagent64", "", "", "/opt/kaspersky/klnagent64"),
            fact(FactKind::Path, "/etc/opt/kaspersky/kesl", "", "", "/etc/opt/kaspersky/kesl"),
            fact(FactKind::Path, "/etc/opt/kaspersky/kesl-gui", "", "", "/etc/opt/kaspersky/kesl-gui"),
        };
        expected.sort();
        QCOMPARE(offramp::test::describeFacts(machine.facts), expected);

        // Paths are reported once even when two patterns find them.
        QCOMPARE(std::count_if(machine.facts.begin(), machine.facts.end(),
                               [](const Fact& f) { return f.name == "/opt/kaspersky/kesl"; }),
                 std::ptrdiff_t{1});
    }

    void anInstallerIsNotAnInstallation()
    {
        // Only the installer and its unpacked copy exist: no database, no unit folders, no catalog paths.
        const fs::path root = fs::path(m_dir.path().toStdString()) / "downloads-only";
        fs::create_directories(root / "home/u/Downloads");
        fs::copy(m_root / "home/u/Downloads", root / "home/u/Downloads", fs::copy_options::recursive);
        QVERIFY(fs::exists(root / "home/u/Downloads/kesl_12.1.0-1297_amd64.deb"));

        // A watchlist that would match anything the installer holds, were the probe to look inside it.
        Catalog catalog = testCatalog();
        catalog.products.push_back(offramp::test::testProduct(
            "greedy", {{Platform::Linux, {{SignatureKind::Packages, {"*"}}, {SignatureKind::SystemdUnits, {"*"}}}}}));
        const Watchlist watchlist(catalog, Platform::Linux);
        LinuxProbe probe(root);
        const MachineFacts machine = probe.probe(watchlist);
        QCOMPARE(offramp::test::describeFacts(machine.facts), QStringList());
        QVERIFY(machine.warnings.empty());

        // And on the full tree, nothing is reported from /home.
        const MachineFacts full = LinuxProbe(m_root).probe(watchlist);
        QVERIFY(!full.facts.empty());
        for (const Fact& found : full.facts) {
            QVERIFY2(found.where.rfind("/home", 0) != 0, found.where.c_str());
        }
        // The greedy watchlist sees the decoys (so it did read the database) but only from the database.
        QVERIFY(std::any_of(full.facts.begin(), full.facts.end(),
                            [](const Fact& f) { return f.name == "clamav" && f.kind == FactKind::Package; }));
        QVERIFY(std::any_of(full.facts.begin(), full.facts.end(), [](const Fact& f) {
            return f.name == "clamav-daemon.service" && f.where == "/lib/systemd/system/clamav-daemon.service";
        }));
    }

    // ClamAV, installed with dpkg, is what protects the computer: the shipped catalog's watchlist asks for it,
    // the check names it, and the detector does not mistake it for a Kaspersky product.
    void anInstalledAlternativeIsFoundAndNotFlagged()
    {
        const Catalog& catalog = offramp::test::sourceCatalog();
        const MachineFacts machine = LinuxProbe(m_root).probe(Watchlist(catalog, Platform::Linux));
        const auto alternatives = detectAlternatives(catalog, machine);
        QCOMPARE(alternatives.size(), std::size_t{1});
        QCOMPARE(alternatives[0].alternative->id, std::string("clamav"));
        QCOMPARE(alternatives[0].version, std::string("1.0.7+dfsg-1"));
        QCOMPARE(alternatives[0].evidence.size(), std::size_t{1});
        QCOMPARE(alternatives[0].evidence[0].what, std::string("package clamav 1.0.7+dfsg-1 (install ok installed)"));
        for (const auto& finding : detect(catalog, machine)) {
            for (const auto& evidence : finding.evidence) {
                QVERIFY2(evidence.fact.name.find("clam") == std::string::npos, evidence.what.c_str());
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestLinuxProbeDpkg)
#include "tst_linux_probe_dpkg.moc"
