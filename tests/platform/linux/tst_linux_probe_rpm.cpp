// SPDX-License-Identifier: GPL-3.0-or-later
// LinuxProbe on rpm databases made by the real tools: packages built with rpmbuild from spec files
// written here and recorded with rpm --justdb, in /var/lib/rpm and in /usr/lib/sysimage/rpm. Also what
// happens when rpm cannot read the database, and when there is no rpm tool on this computer.
#include "TestSupport.h"
#include "engine/Catalog.h"
#include "engine/MachineProbe.h"
#include "engine/Watchlist.h"
#include "platform/linux/LinuxProbe.h"
#include "platform/linux/RpmDatabaseReader.h"

#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

using namespace offramp;
using namespace offramp::platform;
using offramp::test::writeFile;

namespace {

namespace fs = std::filesystem;

Catalog testCatalog()
{
    return offramp::test::catalogOf({offramp::test::testProduct(
        "kaspersky-linux", {{Platform::Linux, {{SignatureKind::Packages, {"kesl", "klnagent*"}}}}})});
}

// Builds a noarch package with rpmbuild and returns the .rpm file.
fs::path buildRpm(const fs::path& top, const std::string& name, const std::string& epoch, const std::string& version,
                  const std::string& release)
{
    const std::string file = "/opt/kaspersky-test/" + name + "/bin/" + name;
    std::string spec = "Name: " + name + "\nVersion: " + version + "\nRelease: " + release + "\n";
    if (!epoch.empty()) {
        spec += "Epoch: " + epoch + "\n";
    }
    spec += "Summary: test package " + name +
            "\nLicense: GPL-3.0-or-later\nBuildArch: noarch\n\n"
            "%description\nA package built by the Offramp tests.\n\n"
            "%install\nmkdir -p %{buildroot}" +
            fs::path(file).parent_path().string() + "\necho test > %{buildroot}" + file + "\n\n%files\n" + file + "\n";
    const fs::path specFile = top / "SPECS" / (name + ".spec");
    writeFile(specFile, spec);
    offramp::test::runOrThrow(offramp::test::requireTool("rpmbuild"),
                              {QStringLiteral("--define"), QStringLiteral("_topdir ") + offramp::test::qPath(top),
                               QStringLiteral("--nodeps"), QStringLiteral("--quiet"), QStringLiteral("-bb"),
                               offramp::test::qPath(specFile)});
    fs::path rpm = top / "RPMS/noarch" / (name + "-" + version + "-" + release + ".noarch.rpm");
    if (!fs::exists(rpm)) {
        throw std::runtime_error("rpmbuild did not write " + rpm.string());
    }
    return rpm;
}

// Records packages in a new database in `dbDir` (a host path), as rpm would on that machine.
void installInto(const fs::path& dbDir, const std::vector<fs::path>& packages)
{
    fs::create_directories(dbDir);
    offramp::test::runOrThrow(offramp::test::requireTool("rpm"),
                              {QStringLiteral("--dbpath"), offramp::test::qPath(dbDir), QStringLiteral("--initdb")});
    QStringList arguments{QStringLiteral("--dbpath"), offramp::test::qPath(dbDir),   QStringLiteral("--justdb"),
                          QStringLiteral("--nodeps"), QStringLiteral("--noscripts"), QStringLiteral("-i")};
    for (const fs::path& package : packages) {
        arguments << offramp::test::qPath(package);
    }
    offramp::test::runOrThrow(offramp::test::requireTool("rpm"), arguments);
}

QString rpmFact(const char* name, const char* version, const char* where)
{
    return QStringLiteral("package %1 %2 [installed (rpm)] @%3")
        .arg(QString::fromUtf8(name), QString::fromUtf8(version), QString::fromUtf8(where));
}

QString probeError(const fs::path& root, const Watchlist& watchlist)
{
    try {
        LinuxProbe(root).probe(watchlist);
    } catch (const ProbeError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestLinuxProbeRpm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_base;
    std::vector<fs::path> m_packages;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = fs::path(m_dir.path().toStdString());
        const fs::path top = m_base / "rpmbuild";
        m_packages = {buildRpm(top, "klnagent64", "", "15.1.0", "20748"), buildRpm(top, "kesl", "1", "12.1.0", "1297"),
                      buildRpm(top, "clamav", "", "1.0.7", "1.fc40")};
    }

    void parsesRpmOutput()
    {
        const std::string output = "klnagent64\t0:15.1.0-20748\tx86_64\n"
                                   "kesl\t1:12.1.0-1297\tx86_64\n"
                                   "clamav\t0:1.0.7-1.fc40\tx86_64\n"
                                   "gpg-pubkey\t0:abc-def\t(none)\n"
                                   "malformed line\n";
        const auto facts = parseRpmQueryOutput(
            output, [](std::string_view name) { return name == "kesl" || name == "klnagent64"; }, "/var/lib/rpm");
        QCOMPARE(offramp::test::describeFacts(facts),
                 QStringList({rpmFact("kesl", "1:12.1.0-1297", "/var/lib/rpm"),
                              rpmFact("klnagent64", "15.1.0-20748", "/var/lib/rpm")}));
    }

    void readsTheDatabaseInVarLibRpm()
    {
        const fs::path root = m_base / "var-lib-rpm";
        installInto(root / "var/lib/rpm", m_packages);
        QVERIFY(holdsRpmDatabase(root / "var/lib/rpm"));

        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        const MachineFacts machine = LinuxProbe(root).probe(watchlist);
        QVERIFY(machine.warnings.empty());
        QCOMPARE(offramp::test::describeFacts(machine.facts),
                 QStringList({rpmFact("kesl", "1:12.1.0-1297", "/var/lib/rpm"),
                              rpmFact("klnagent64", "15.1.0-20748", "/var/lib/rpm")}));
    }

    void readsTheSysimageDatabaseOnce()
    {
        // As on Fedora: the database is in /usr/lib/sysimage/rpm and /var/lib/rpm links to it.
        const fs::path root = m_base / "sysimage";
        installInto(root / "usr/lib/sysimage/rpm", {m_packages[0]});
        fs::create_directories(root / "var/lib");
        fs::create_directory_symlink("../../usr/lib/sysimage/rpm", root / "var/lib/rpm");

        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        QCOMPARE(offramp::test::describeFacts(LinuxProbe(root).probe(watchlist).facts),
                 QStringList({rpmFact("klnagent64", "15.1.0-20748", "/var/lib/rpm")}));

        // Without the link, it is found where it is.
        fs::remove(root / "var/lib/rpm");
        QCOMPARE(offramp::test::describeFacts(LinuxProbe(root).probe(watchlist).facts),
                 QStringList({rpmFact("klnagent64", "15.1.0-20748", "/usr/lib/sysimage/rpm")}));
    }

    void aLinkOutOfTheTreeIsNotFollowed()
    {
        // This computer's own database must never be read as the scanned machine's.
        const fs::path root = m_base / "escaping";
        installInto(m_base / "elsewhere/rpm", {m_packages[0]});
        fs::create_directories(root / "var/lib");
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);

        // An absolute link is the tree's own path, as under chroot: the tree has nothing there.
        fs::create_directory_symlink(m_base / "elsewhere/rpm", root / "var/lib/rpm");
        MachineFacts machine = LinuxProbe(root).probe(watchlist);
        QVERIFY(machine.facts.empty());
        QVERIFY(machine.warnings.empty());

        // A relative link that climbs above the root is refused, and said so.
        fs::remove(root / "var/lib/rpm");
        fs::create_directory_symlink("../../../elsewhere/rpm", root / "var/lib/rpm");
        machine = LinuxProbe(root).probe(watchlist);
        QVERIFY(machine.facts.empty());
        QCOMPARE(machine.warnings.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(machine.warnings.front()),
                 QStringLiteral("/var/lib/rpm goes through a link that leads out of the folder being read, so it was "
                                "not read"));

        // The same database inside the tree, reached by an absolute link, is read there.
        installInto(root / "srv/rpm", {m_packages[0]});
        fs::remove(root / "var/lib/rpm");
        fs::create_directory_symlink("/srv/rpm", root / "var/lib/rpm");
        QCOMPARE(offramp::test::describeFacts(LinuxProbe(root).probe(watchlist).facts),
                 QStringList({rpmFact("klnagent64", "15.1.0-20748", "/var/lib/rpm")}));
    }

    void aDamagedDatabaseIsAnError()
    {
        const fs::path root = m_base / "damaged";
        writeFile(root / "var/lib/rpm/rpmdb.sqlite", "this is not an sqlite database, it is text\n");
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        const QString message = probeError(root, watchlist);
        QVERIFY2(message.startsWith(QStringLiteral("rpm could not list packages: ")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(" (rpm database at /var/lib/rpm)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not a database")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    void withoutTheRpmToolItWarns()
    {
        const fs::path root = m_base / "no-rpm-tool";
        installInto(root / "var/lib/rpm", {m_packages[0]});
        writeFile(root / "var/lib/dpkg/status", "Package: kesl\nStatus: install ok installed\nVersion: 11.0\n");

        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        // A PATH with nothing on it: this computer "has no rpm".
        const fs::path empty = m_base / "empty-path";
        fs::create_directories(empty);
        const char* const pathVariable = std::getenv("PATH");
        const std::string savedPath = pathVariable != nullptr ? pathVariable : "";
        ::setenv("PATH", empty.c_str(), 1);
        MachineFacts machine;
        QString error;
        try {
            machine = LinuxProbe(root).probe(watchlist);
        } catch (const ProbeError& problem) {
            error = QString::fromUtf8(problem.what());
        }
        ::setenv("PATH", savedPath.c_str(), 1);

        QCOMPARE(error, QString());
        QCOMPARE(machine.warnings.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(machine.warnings.front()),
                 QStringLiteral("an rpm database is at /var/lib/rpm but the rpm tool is not installed here, so rpm "
                                "packages were not checked"));
        // The rest of the machine is still read.
        QCOMPARE(offramp::test::describeFacts(machine.facts),
                 QStringList({QStringLiteral("package kesl 11.0 [install ok installed] @/var/lib/dpkg/status")}));
    }
};

QTEST_APPLESS_MAIN(TestLinuxProbeRpm)
#include "tst_linux_probe_rpm.moc"
