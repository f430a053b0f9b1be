// SPDX-License-Identifier: GPL-3.0-or-later
// RootedPath: machine paths mapped under a root without ever leaving it, and '*' patterns expanded
// against a tree made in the test.
#include "TestSupport.h"
#include "common/RootedPath.h"

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
};

QTEST_APPLESS_MAIN(TestRootedPath)
#include "tst_rooted_path.moc"
