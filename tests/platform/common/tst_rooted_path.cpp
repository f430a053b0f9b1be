// SPDX-License-Identifier: GPL-3.0-or-later
// RootedPath: machine paths mapped under a root without ever leaving it, and '*' patterns expanded
// against a tree made in the test.
#include "TestSupport.h"
#include "platform/common/RootedPath.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace offramp::platform;
using offramp::test::writeFile;

namespace {

namespace fs = std::filesystem;
using Paths = std::vector<std::string>;

// Paths one per line, so that a failed comparison shows both lists.
QString joined(const Paths& paths)
{
    QString text;
    for (const std::string& path : paths) {
        text += QString::fromStdString(path) + QLatin1Char('\n');
    }
    return text;
}

QString text(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

// Why host() refused the machine path ("" when it did not).
QString refusal(const RootedPath& tree, std::string_view machinePath)
{
    try {
        (void)tree.host(machinePath);
    } catch (const RootLinkError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestRootedPath : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_root;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = fs::path(m_dir.path().toStdString()) / "root";
        writeFile(m_root / "opt/kaspersky/kesl/bin/kesl-control", "#!/bin/sh\n");
        writeFile(m_root / "opt/kaspersky/klnagent64/bin/klnagchk", "");
        writeFile(m_root / "opt/kaspersky/readme.txt", "");
        writeFile(m_root / "opt/Kaspersky-Upper/x", "");
        writeFile(m_root / "opt/other/bin/tool", "");
        writeFile(m_root / "home/anna/Downloads/kesl_12.1.0-1297_amd64.deb", "");
        writeFile(m_root / "home/bob/Downloads/klnagent64_15.1.0-20748_amd64.deb", "");
        writeFile(m_root / "home/carl/Documents/kesl.txt", "");
        writeFile(m_root / "etc/hostname", "tree\n");
        fs::create_directories(m_root / "var/log/kaspersky");
        // A file beside the root, which no machine path may reach.
        writeFile(fs::path(m_dir.path().toStdString()) / "outside.txt", "secret\n");
        fs::create_symlink("/nonexistent/target", m_root / "opt/kaspersky/dangling");
        fs::create_symlink("kaspersky", m_root / "opt/kaspersky-link");
    }

    void hostJoinsTheRootAndTheMachinePath()
    {
        const RootedPath rooted(fs::path("/mnt/r"));
        QCOMPARE(text(rooted.root()), QStringLiteral("/mnt/r"));
        QCOMPARE(text(rooted.host("/etc/x")), QStringLiteral("/mnt/r/etc/x"));
        QCOMPARE(text(rooted.host("/var/lib/dpkg/status")), QStringLiteral("/mnt/r/var/lib/dpkg/status"));
        QCOMPARE(text(rooted.host("/")), QStringLiteral("/mnt/r"));
        QCOMPARE(text(rooted.host("")), QStringLiteral("/mnt/r"));
        // Redundant separators and "." are dropped; a relative machine path is read from the root too.
        QCOMPARE(text(rooted.host("//etc///x/./y/")), QStringLiteral("/mnt/r/etc/x/y"));
        QCOMPARE(text(rooted.host("etc/x")), QStringLiteral("/mnt/r/etc/x"));
        QCOMPARE(text(rooted.host("/home/u/My Documents/a b.txt")),
                 QStringLiteral("/mnt/r/home/u/My Documents/a b.txt"));
    }

    void hostUnderTheRealRootIsThePathItself()
    {
        const RootedPath rooted(fs::path("/"));
        QCOMPARE(text(rooted.host("/etc/hostname")), QStringLiteral("/etc/hostname"));
        QCOMPARE(text(rooted.host("/")), QStringLiteral("/"));
    }

    void dotDotNeverLeavesTheRoot()
    {
        const RootedPath rooted(fs::path("/mnt/r"));
        QCOMPARE(text(rooted.host("/..")), QStringLiteral("/mnt/r"));
        QCOMPARE(text(rooted.host("/../../../etc/passwd")), QStringLiteral("/mnt/r/etc/passwd"));
        QCOMPARE(text(rooted.host("/var/../../etc/shadow")), QStringLiteral("/mnt/r/etc/shadow"));
        QCOMPARE(text(rooted.host("../outside.txt")), QStringLiteral("/mnt/r/outside.txt"));
        // ".." inside the path still works as it would on the machine.
        QCOMPARE(text(rooted.host("/opt/kaspersky/../other")), QStringLiteral("/mnt/r/opt/other"));

        // And on disk: the file beside the root is not what "/../outside.txt" finds.
        const RootedPath tree(m_root);
        QVERIFY(!fs::exists(tree.host("/../outside.txt")));
        QVERIFY(tree.expand("/../outside.txt").empty());
        QVERIFY(tree.expand("/../*.txt").empty());
        QCOMPARE(joined(tree.expand("/../../etc/hostname")), joined({"/etc/hostname"}));
    }

    void expandsStarsWithinOneComponent()
    {
        const RootedPath tree(m_root);
        QCOMPARE(joined(tree.expand("/opt/kaspersky/*")),
                 joined({"/opt/kaspersky/dangling", "/opt/kaspersky/kesl", "/opt/kaspersky/klnagent64",
                         "/opt/kaspersky/readme.txt"}));
        QCOMPARE(joined(tree.expand("/opt/*/bin")), joined({"/opt/other/bin"}));
        QCOMPARE(joined(tree.expand("/opt/kaspersky/*/bin")),
                 joined({"/opt/kaspersky/kesl/bin", "/opt/kaspersky/klnagent64/bin"}));
        QCOMPARE(joined(tree.expand("/home/*/Downloads/*.deb")),
                 joined({"/home/anna/Downloads/kesl_12.1.0-1297_amd64.deb",
                         "/home/bob/Downloads/klnagent64_15.1.0-20748_amd64.deb"}));
        QCOMPARE(joined(tree.expand("/home/*/*/kesl*")),
                 joined({"/home/anna/Downloads/kesl_12.1.0-1297_amd64.deb", "/home/carl/Documents/kesl.txt"}));
        QVERIFY(tree.expand("/opt/kaspersky/kl?gent64").empty());
        QCOMPARE(joined(tree.expand("/opt/kaspersky/kln?gent64")), joined({"/opt/kaspersky/klnagent64"}));
        // A star does not cross a '/'.
        QVERIFY(tree.expand("/opt/*/klnagchk").empty());
    }

    void expandsLiteralPathsThatExist()
    {
        const RootedPath tree(m_root);
        QCOMPARE(joined(tree.expand("/var/log/kaspersky")), joined({"/var/log/kaspersky"}));
        QCOMPARE(joined(tree.expand("/opt/kaspersky/kesl/bin/kesl-control")),
                 joined({"/opt/kaspersky/kesl/bin/kesl-control"}));
        QCOMPARE(joined(tree.expand("/opt/kaspersky/kesl/")), joined({"/opt/kaspersky/kesl"}));
        QVERIFY(tree.expand("/etc/opt/kaspersky").empty());
        QVERIFY(tree.expand("/etc/hostname/child").empty());
        QCOMPARE(joined(tree.expand("/")), joined({"/"}));
        // A dangling link is still something on the machine.
        QCOMPARE(joined(tree.expand("/opt/kaspersky/dangling")), joined({"/opt/kaspersky/dangling"}));
        // Links to folders are followed.
        QCOMPARE(joined(tree.expand("/opt/kaspersky-link/k*")),
                 joined({"/opt/kaspersky-link/kesl", "/opt/kaspersky-link/klnagent64"}));
    }

    void expansionIsCaseSensitive()
    {
        const RootedPath tree(m_root);
        QVERIFY(tree.expand("/OPT/kaspersky").empty());
        QVERIFY(tree.expand("/opt/KASPERSKY/*").empty());
        QCOMPARE(joined(tree.expand("/opt/Kaspersky*")), joined({"/opt/Kaspersky-Upper"}));
        QCOMPARE(joined(tree.expand("/opt/kaspersky*")), joined({"/opt/kaspersky", "/opt/kaspersky-link"}));
    }

    void aMissingRootHasNothing()
    {
        const RootedPath tree(m_root / "missing");
        QVERIFY(tree.expand("/").empty());
        QVERIFY(tree.expand("/opt/*").empty());
        QVERIFY(tree.expand("/etc/hostname").empty());
    }

    void unreadableFoldersAreSkippedSilently()
    {
        // Everyone may walk to the root, but one folder in it can be listed by nobody.
        fs::permissions(m_dir.path().toStdString(), fs::perms::owner_all | fs::perms::group_read |
                                                        fs::perms::group_exec | fs::perms::others_read |
                                                        fs::perms::others_exec);
        fs::permissions(m_root / "home", fs::perms::none);
        const std::string result = offramp::test::asOrdinaryUser([this] {
            return (joined(RootedPath(m_root).expand("/home/*/Downloads/*.deb")) + QStringLiteral("--\n") +
                    joined(RootedPath(m_root).expand("/opt/kaspersky/*/bin")))
                .toStdString();
        });
        fs::permissions(m_root / "home", fs::perms::owner_all);
        QCOMPARE(QString::fromStdString(result),
                 QStringLiteral("--\n/opt/kaspersky/kesl/bin\n/opt/kaspersky/klnagent64/bin\n"));
    }

    void linksAreResolvedInsideTheRootAsAChrootWould()
    {
        const fs::path root = m_root.parent_path() / "links";
        writeFile(root / "opt/kaspersky/kesl/bin/kesl-control", "");
        writeFile(root / "run/lock/file", "");
        fs::create_directories(root / "etc");
        fs::create_directories(root / "var");
        // An absolute target starts again at the root; a relative one from the link's folder, ".." included.
        fs::create_directory_symlink("/opt/kaspersky", root / "etc/kaspersky");
        fs::create_directory_symlink("../run", root / "var/run");
        fs::create_directory_symlink("/etc/kaspersky", root / "etc/chain");
        const RootedPath tree(root);
        QCOMPARE(text(tree.host("/etc/kaspersky/kesl/bin")), text(root / "opt/kaspersky/kesl/bin"));
        QCOMPARE(text(tree.host("/var/run/lock/file")), text(root / "run/lock/file"));
        QCOMPARE(text(tree.host("/etc/chain/kesl")), text(root / "opt/kaspersky/kesl"));
        QCOMPARE(joined(tree.expand("/etc/kaspersky/*/bin")), joined({"/etc/kaspersky/kesl/bin"}));
        // The link itself, when asked for.
        QCOMPARE(text(tree.host("/etc/kaspersky", RootedPath::LastLink::Keep)), text(root / "etc/kaspersky"));
        QCOMPARE(text(tree.host("/etc/kaspersky")), text(root / "opt/kaspersky"));
        // A target that goes through a name the tree does not have and back up with ".." is read name by name,
        // as before; below a missing name, nothing is there to resolve.
        fs::create_directory_symlink("nothing-here/../../opt", root / "etc/detour");
        QCOMPARE(text(tree.host("/etc/detour/kaspersky")), text(root / "opt/kaspersky"));
        QCOMPARE(text(tree.host("/etc/missing/chain/kesl")), text(root / "etc/missing/chain/kesl"));
        // A link to an absolute path that the tree does not have leads nowhere, even where this computer has it.
        fs::create_symlink("/etc/hostname", root / "etc/hostname-link");
        QVERIFY(fs::exists("/etc/hostname"));
        QVERIFY(!fs::exists(tree.host("/etc/hostname-link")));
    }

    void aLinkThatClimbsOutOfTheRootIsRefused()
    {
        const fs::path root = m_root.parent_path() / "climbing";
        fs::create_directories(root / "var/lib");
        // From var/lib, three ".." reach above the root, to the folder that holds outside.txt.
        fs::create_symlink("../../../outside.txt", root / "var/lib/escape");
        fs::create_directory_symlink("../../..", root / "var/lib/up");
        const RootedPath tree(root);
        QCOMPARE(
            refusal(tree, "/var/lib/escape"),
            QStringLiteral("/var/lib/escape goes through a link that leads out of the folder being read, so it was "
                           "not read"));
        QVERIFY(!refusal(tree, "/var/lib/up/outside.txt").isEmpty());
        // Wildcards leave such entries out; the link itself is still there when not followed.
        QCOMPARE(joined(tree.expand("/var/lib/*")), joined({"/var/lib/escape", "/var/lib/up"}));
        QVERIFY(tree.expand("/var/lib/up/*").empty());
        QVERIFY(tree.expand("/var/lib/up/outside.txt").empty());
    }

    void linksThatGoRoundInALoopAreRefused()
    {
        const fs::path root = m_root.parent_path() / "loop";
        fs::create_directories(root / "etc");
        fs::create_symlink("b", root / "etc/a");
        fs::create_symlink("/etc/a", root / "etc/b");
        const RootedPath tree(root);
        QVERIFY2(refusal(tree, "/etc/a/file").contains(QStringLiteral("loop")), "a loop was followed");
        QVERIFY(tree.expand("/etc/a/*").empty());
    }

    // As on Linux, one lookup follows at most 40 links: each one counts, even where the same folders are passed
    // again and again.
    void fortyLinksInAChainAreFollowedAndTheFortyFirstIsALoop()
    {
        const fs::path root = m_root.parent_path() / "chain";
        writeFile(root / "etc/real/file", "");
        fs::create_directory_symlink("/etc/real", root / "etc/link40");
        for (int link = 39; link >= 0; --link) {
            // Every other link goes up to the root and back down, through names already passed.
            const std::string next = "link" + std::to_string(link + 1);
            fs::create_directory_symlink(link % 2 == 0 ? next : "/etc/" + next,
                                         root / "etc" / ("link" + std::to_string(link)));
        }
        const RootedPath tree(root);
        QCOMPARE(text(tree.host("/etc/link1/file")), text(root / "etc/real/file"));
        QCOMPARE(joined(tree.expand("/etc/link1/*")), joined({"/etc/link1/file"}));
        QVERIFY2(refusal(tree, "/etc/link0/file").contains(QStringLiteral("loop")), "a 41st link was followed");
        QVERIFY(tree.expand("/etc/link0/*").empty());
        QCOMPARE(joined(tree.expand("/etc/link0")), joined({"/etc/link0"}));
    }
};

QTEST_APPLESS_MAIN(TestRootedPath)
#include "tst_rooted_path.moc"
