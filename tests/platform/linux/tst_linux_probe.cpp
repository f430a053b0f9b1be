// SPDX-License-Identifier: GPL-3.0-or-later
// LinuxProbe on trees made here: systemd unit folders, catalog paths, a damaged or unreadable dpkg
// database, and roots that cannot be read at all.
#include "TestSupport.h"
#include "engine/Catalog.h"
#include "engine/MachineProbe.h"
#include "engine/Watchlist.h"
#include "platform/linux/LinuxProbe.h"
#include "platform/linux/SystemdUnitReader.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace offramp;
using namespace offramp::platform;
using offramp::test::writeFile;

namespace {

namespace fs = std::filesystem;

Catalog testCatalog()
{
    return offramp::test::catalogOf({offramp::test::testProduct(
        "kaspersky-linux",
        {{Platform::Linux,
          {{SignatureKind::Packages, {"kesl", "kesl-gui", "klnagent64"}},
           {SignatureKind::SystemdUnits, {"kesl.service", "kesl-supervisor.service", "klnagent*.service", "kesl*"}},
           {SignatureKind::Paths,
            {"/opt/kaspersky/*", "/var/log/kaspersky", "/etc/init.d/kesl", "/var/opt/kaspersky"}}}},
         // Another platform's signatures must not leak into a Linux scan.
         {Platform::MacOS, {{SignatureKind::Paths, {"/Library/Application Support/Kaspersky Lab"}}}}})});
}

QString describe(const Fact& fact)
{
    return QStringLiteral("%1 %2 @%3")
        .arg(QString::fromUtf8(factKindId(fact.kind)), QString::fromStdString(fact.name),
             QString::fromStdString(fact.where));
}

QStringList describe(const std::vector<Fact>& facts)
{
    QStringList lines;
    for (const Fact& fact : facts) {
        lines << describe(fact);
    }
    return lines;
}

// What probing the root throws ("" when it does not).
QString probeError(const fs::path& root)
{
    const Catalog catalog = testCatalog();
    const Watchlist watchlist(catalog, Platform::Linux);
    try {
        LinuxProbe(root).probe(watchlist);
    } catch (const ProbeError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

// Lets an ordinary user walk into the test's folder (QTemporaryDir makes it private to its owner).
void openToEveryone(const fs::path& folder)
{
    fs::permissions(folder, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec);
}

} // namespace

class TestLinuxProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    fs::path base() const { return {m_dir.path().toStdString()}; }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsSystemdUnitFolders()
    {
        const fs::path root = base() / "units";
        // The same unit in /etc and /lib: /etc wins, as it does for systemd.
        writeFile(root / "etc/systemd/system/kesl.service", "[Service]\n");
        writeFile(root / "lib/systemd/system/kesl.service", "[Service]\n");
        writeFile(root / "usr/lib/systemd/system/klnagent64.service", "[Service]\n");
        writeFile(root / "run/systemd/system/kesl-supervisor.service", "[Service]\n");
        writeFile(root / "usr/local/lib/systemd/system/klnagent.service", "[Service]\n");
        // A unit masked with a link to /dev/null was installed once: it counts.
        fs::create_directories(root / "etc/systemd/system");
        fs::create_symlink("/dev/null", root / "etc/systemd/system/kesl-supervisor.service");
        // Links in *.wants folders, drop-in folders and files that are not units do not.
        fs::create_directories(root / "etc/systemd/system/multi-user.target.wants");
        fs::create_symlink("/lib/systemd/system/kesl.service",
                           root / "etc/systemd/system/multi-user.target.wants/kesl.service");
        writeFile(root / "etc/systemd/system/kesl.service.d/override.conf", "[Service]\n");
        writeFile(root / "lib/systemd/system/kesl.conf", "not a unit\n");
        writeFile(root / "lib/systemd/system/kesl-README", "not a unit\n");
        // Decoys and units elsewhere.
        writeFile(root / "lib/systemd/system/clamav-daemon.service", "[Service]\n");
        writeFile(root / "etc/init/kesl.service", "[Service]\n");
        writeFile(root / "home/u/.config/systemd/user/kesl.service", "[Service]\n");

        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        QCOMPARE(
            describe(readSystemdUnits(RootedPath(root), watchlist)),
            QStringList({
                QStringLiteral("systemd-unit kesl-supervisor.service @/etc/systemd/system/kesl-supervisor.service"),
                QStringLiteral("systemd-unit kesl.service @/etc/systemd/system/kesl.service"),
                QStringLiteral("systemd-unit klnagent.service @/usr/local/lib/systemd/system/klnagent.service"),
                QStringLiteral("systemd-unit klnagent64.service @/usr/lib/systemd/system/klnagent64.service"),
            }));

        const MachineFacts machine = LinuxProbe(root).probe(watchlist);
        QCOMPARE(describe(machine.facts).size(), 4);
        QVERIFY(machine.warnings.empty());

        QVERIFY(isSystemdUnitName("kesl.service"));
        QVERIFY(isSystemdUnitName("klnagent64.socket"));
        QVERIFY(isSystemdUnitName("kesl-update.timer"));
        QVERIFY(!isSystemdUnitName("kesl.service.d"));
        QVERIFY(!isSystemdUnitName("multi-user.target.wants"));
        QVERIFY(!isSystemdUnitName(".service"));
        QVERIFY(!isSystemdUnitName("kesl"));
    }

    void reportsCatalogPathsThatExist()
    {
        const fs::path root = base() / "paths";
        writeFile(root / "opt/kaspersky/kesl/bin/kesl-control", "#!/bin/sh\n");
        writeFile(root / "opt/kaspersky/klnagent64/bin/klnagchk", "#!/bin/sh\n");
        writeFile(root / "etc/init.d/kesl", "#!/bin/sh\n");
        fs::create_directories(root / "var/log/kaspersky");
        // Case matters on Linux, and folders elsewhere are not Kaspersky's.
        writeFile(root / "opt/Kaspersky/other/file", "");
        writeFile(root / "srv/opt/kaspersky/kesl/file", "");
        writeFile(root / "home/u/Downloads/kesl_12.1.0-1297_amd64.deb", "!<arch>\n");

        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        const MachineFacts machine = LinuxProbe(root).probe(watchlist);
        QCOMPARE(describe(machine.facts),
                 QStringList({
                     QStringLiteral("path /opt/kaspersky/kesl @/opt/kaspersky/kesl"),
                     QStringLiteral("path /opt/kaspersky/klnagent64 @/opt/kaspersky/klnagent64"),
                     QStringLiteral("path /var/log/kaspersky @/var/log/kaspersky"),
                     QStringLiteral("path /etc/init.d/kesl @/etc/init.d/kesl"),
                 }));
        QCOMPARE(machine.platform, Platform::Linux);
        QCOMPARE(QString::fromStdString(machine.root), QString::fromStdString(root.string()));
    }

    void anEmptyRootHasNothing()
    {
        const fs::path root = base() / "empty";
        fs::create_directories(root);
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        const MachineFacts machine = LinuxProbe(root).probe(watchlist);
        QVERIFY(machine.facts.empty());
        QVERIFY(machine.warnings.empty());
    }

    void aDamagedDpkgDatabaseStopsTheScan()
    {
        const fs::path root = base() / "damaged";
        writeFile(root / "var/lib/dpkg/status", "Package: kesl\nStatus: install ok installed\nVersion: 12\n\n"
                                                "Package: kesl-gui\nStatus: install ok\nVersion: 12\n");
        QCOMPARE(probeError(root),
                 QStringLiteral("/var/lib/dpkg/status line 6: a Status of 2 words where dpkg writes "
                                "three (\"want flag state\") \u2014 the dpkg database looks damaged"));

        writeFile(root / "var/lib/dpkg/status", "Package: kesl\nStatus: install ok installed\n\nVersion: 12\n");
        QCOMPARE(probeError(root), QStringLiteral("/var/lib/dpkg/status line 4: a stanza has no Package field "
                                                  "\u2014 the dpkg database looks damaged"));

        writeFile(root / "var/lib/dpkg/status", std::string("Package: kesl\nStatus: install ok installed\0\n", 44));
        QCOMPARE(probeError(root), QStringLiteral("/var/lib/dpkg/status line 2: a NUL byte \u2014 the dpkg database "
                                                  "looks damaged"));
    }

    void linksInTheTreeNeverReachThisComputer()
    {
        // Another machine's files beside the tree, reached only by absolute links: as under chroot, those name the
        // tree's own (missing) paths, so nothing outside is read.
        const fs::path outside = base() / "outside-host";
        writeFile(outside / "var/lib/dpkg/status",
                  "Package: kesl\nStatus: install ok installed\nVersion: 12.1.0-1297\nArchitecture: amd64\n\n");
        writeFile(outside / "etc/systemd/system/kesl.service", "[Service]\n");
        writeFile(outside / "opt/kaspersky/kesl/bin/kesl-control", "");
        const fs::path root = base() / "linked";
        fs::create_directories(root / "var/lib");
        fs::create_directories(root / "etc/systemd");
        fs::create_directories(root / "opt");
        fs::create_directory_symlink(outside / "var/lib/dpkg", root / "var/lib/dpkg");
        fs::create_directory_symlink(outside / "etc/systemd/system", root / "etc/systemd/system");
        fs::create_directory_symlink(outside / "opt/kaspersky", root / "opt/kaspersky");
        const Catalog catalog = testCatalog();
        const Watchlist watchlist(catalog, Platform::Linux);
        const MachineFacts machine = LinuxProbe(root).probe(watchlist);
        QVERIFY2(machine.facts.empty(), qPrintable(describe(machine.facts).join(QLatin1Char('\n'))));
        // Read as "/", the same links are the system's own business.
        QCOMPARE(describe(LinuxProbe(outside).probe(watchlist).facts).size(), 3);

        // Links that stay inside the tree are followed there, absolute or relative.
        const fs::path inside = base() / "linked-inside";
        writeFile(inside / "srv/dpkg/status",
                  "Package: kesl\nStatus: install ok installed\nVersion: 12.1.0-1297\nArchitecture: amd64\n\n");
        writeFile(inside / "usr/lib/systemd/system/klnagent64.service", "[Service]\n");
        fs::create_directories(inside / "var/lib");
        fs::create_directory_symlink("/srv/dpkg", inside / "var/lib/dpkg");
        fs::create_directory_symlink("usr/lib", inside / "lib");
        QCOMPARE(
            describe(LinuxProbe(inside).probe(watchlist).facts),
            QStringList({QStringLiteral("package kesl @/var/lib/dpkg/status"),
                         QStringLiteral("systemd-unit klnagent64.service @/lib/systemd/system/klnagent64.service")}));

        // A database behind a link that climbs out of the tree stops the scan, saying why; so does a loop.
        const fs::path climbing = base() / "linked-climbing";
        fs::create_directories(climbing / "var/lib");
        fs::create_directory_symlink("../../../outside-host/var/lib/dpkg", climbing / "var/lib/dpkg");
        QCOMPARE(probeError(climbing), QStringLiteral("/var/lib/dpkg/status goes through a link that leads out of "
                                                      "the folder being read, so it was not read"));
        fs::remove(climbing / "var/lib/dpkg");
        fs::create_symlink("dpkg", climbing / "var/lib/dpkg");
        QVERIFY(probeError(climbing).contains(QStringLiteral("loop")));
    }

    void aDpkgDatabaseThatCannotBeReadStopsTheScan()
    {
        const fs::path root = base() / "unreadable-status";
        writeFile(root / "var/lib/dpkg/status", "Package: kesl\nStatus: install ok installed\nVersion: 12\n");
        openToEveryone(base());
        fs::permissions(root / "var/lib/dpkg/status", fs::perms::none);
        const std::string message = offramp::test::asOrdinaryUser([root] { return probeError(root).toStdString(); });
        fs::permissions(root / "var/lib/dpkg/status", fs::perms::owner_read | fs::perms::owner_write);
        QCOMPARE(QString::fromStdString(message),
                 QStringLiteral("cannot read /var/lib/dpkg/status: Permission denied"));

        // A folder on the way that may not be entered hides the database: that is not "no database".
        fs::permissions(root / "var/lib/dpkg", fs::perms::none);
        const std::string hidden = offramp::test::asOrdinaryUser([root] { return probeError(root).toStdString(); });
        fs::permissions(root / "var/lib/dpkg", fs::perms::owner_all);
        QCOMPARE(QString::fromStdString(hidden), QStringLiteral("cannot read /var/lib/dpkg/status: Permission denied"));

        // A folder where the file should be.
        const fs::path folder = base() / "status-is-a-folder";
        fs::create_directories(folder / "var/lib/dpkg/status");
        QCOMPARE(probeError(folder), QStringLiteral("cannot read /var/lib/dpkg/status: Is a directory"));
    }

    void aRootThatCannotBeReadIsAnError()
    {
        const fs::path missing = base() / "missing";
        QCOMPARE(probeError(missing), QStringLiteral("cannot read the root folder %1: No such file or directory")
                                          .arg(QString::fromStdString(missing.string())));

        const fs::path file = base() / "a-file";
        writeFile(file, "not a folder\n");
        QCOMPARE(probeError(file), QStringLiteral("cannot read the root folder %1: Not a directory")
                                       .arg(QString::fromStdString(file.string())));

        const fs::path locked = base() / "locked";
        writeFile(locked / "var/lib/dpkg/status", "");
        openToEveryone(base());
        fs::permissions(locked, fs::perms::none);
        const std::string message =
            offramp::test::asOrdinaryUser([locked] { return probeError(locked).toStdString(); });
        fs::permissions(locked, fs::perms::owner_all);
        QCOMPARE(QString::fromStdString(message), QStringLiteral("cannot read the root folder %1: Permission denied")
                                                      .arg(QString::fromStdString(locked.string())));
    }
};

QTEST_APPLESS_MAIN(TestLinuxProbe)
#include "tst_linux_probe.moc"
