// SPDX-License-Identifier: GPL-3.0-or-later
// The rescue bundle as the platform layer makes and checks it: which files it takes, the layout and the
// owner-only permissions, the free-space check before anything is copied, a second run over a finished or
// interrupted bundle, copies whose originals are gone, and what verify finds wrong.
#include "RescueFixtures.h"
#include "platform/RescueBundle.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace offramp;
using namespace offramp::platform;
using namespace offramp::test::rescue;

namespace {

LocalizedText english(const char* text)
{
    return LocalizedText(std::map<std::string, std::string, std::less<>>{{"en", text}});
}

// A catalog of one product whose data at risk lives in two places of a Windows tree.
Catalog testCatalog()
{
    DataAtRisk backups;
    backups.id = "vault-backups";
    backups.what = english("Vault backups");
    backups.useLater = english("Open them in the vault app");
    backups.rescuePaths[Platform::Windows] = {"C:\\Users\\*\\Documents\\Vault\\Backup"};
    DataAtRisk traces;
    traces.id = "traces";
    traces.what = english("Trace files");
    traces.useLater = english("Keep them");
    traces.rescuePaths[Platform::Windows] = {"C:\\ProgramData\\Acme\\*.log.enc1"};
    Component component;
    component.id = "vault";
    component.dataAtRisk = {backups, traces};
    Product product = test::testProduct("acme-vault", {});
    product.components = {component};
    return test::catalogOf({product});
}

mode_t modeOf(const fs::path& path)
{
    struct stat info
    {};
    ::lstat(path.c_str(), &info);
    return info.st_mode & 07777U;
}

class Fixture
{
public:
    Fixture()
        : m_catalog(testCatalog())
    {
        QVERIFY(m_dir.isValid());
        root = fs::path(m_dir.path().toStdString()) / "root";
        bundle = fs::path(m_dir.path().toStdString()) / "bundle";
        const fs::path alice = root / "Users/alice/Documents/Vault/Backup";
        writeRandomFile(alice / "vault-2024-03-12.edb", 3 * 1024 * 1024 + 11, 1);
        writeRandomFile(alice / "older/vault-2023.edb", 4096, 2);
        test::writeFile(alice / "empty.edb", "");
        writeRandomFile(root / "Users/bob/Documents/Vault/Backup/bob.edb", 70000, 3);
        test::writeFile(root / "ProgramData/Acme/KES12_trace.log.enc1", "trace");
        // Not at a rescue location: never copied.
        test::writeFile(root / "Users/alice/Documents/letter.txt", "Dear Bob");
        test::writeFile(root / "ProgramData/Acme/settings.ini", "x=1");
    }

    RescueRequest request() const
    {
        RescueRequest request;
        request.platform = Platform::Windows;
        request.root = root;
        request.bundle = bundle;
        request.locations = rescueLocations(m_catalog, Platform::Windows, {});
        request.licenseRecord = "{\"products\": []}\n";
        return request;
    }

    // Lets an ordinary user read the tree and make the bundle beside it.
    void openToEveryone() const { fs::permissions(m_dir.path().toStdString(), fs::perms(0777)); }

    fs::path root;
    fs::path bundle;

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
};

const std::vector<std::string> kExpectedCopies{
    "files/ProgramData/Acme/KES12_trace.log.enc1",
    "files/Users/alice/Documents/Vault/Backup/empty.edb",
    "files/Users/alice/Documents/Vault/Backup/older/vault-2023.edb",
    "files/Users/alice/Documents/Vault/Backup/vault-2024-03-12.edb",
    "files/Users/bob/Documents/Vault/Backup/bob.edb",
};

// "cause | source | reason" for each file left out, and how many were copied.
std::string describeSkipped(const RescueOutcome& outcome)
{
    std::string lines;
    for (const auto& item : outcome.manifest.skipped) {
        lines += std::string(rescueSkipCauseId(item.cause)) + " | " + item.source + " | " + item.reason + "\n";
    }
    return lines + "copied " + std::to_string(outcome.copied);
}

std::vector<std::string> manifestPaths(const RescueManifest& manifest)
{
    std::vector<std::string> paths;
    for (const auto& file : manifest.files) {
        paths.push_back(file.path);
    }
    return paths;
}

} // namespace

class TestRescueBundle : public QObject
{
    Q_OBJECT

private slots:
    void copiesEveryFileAtTheLocations()
    {
        Fixture fixture;
        const auto before = snapshot(fixture.root);
        const RescueOutcome outcome = runRescue(fixture.request());
        QCOMPARE(outcome.copied, kExpectedCopies.size());
        QCOMPARE(manifestPaths(outcome.manifest), kExpectedCopies);
        for (const auto& file : outcome.manifest.files) {
            const fs::path copy = fixture.bundle / file.path;
            const fs::path original = fixture.root / fs::path(file.path).lexically_relative("files");
            QVERIFY2(sameBytes(copy, original), file.path.c_str());
            QCOMPARE(file.size, std::uint64_t(fs::file_size(original)));
            QCOMPARE(file.sha256, sha256OfFile(original));
            // The copy keeps the original's date.
            QCOMPARE(fs::last_write_time(copy), fs::last_write_time(original));
            QCOMPARE(modeOf(copy), mode_t(0600));
            QCOMPARE(file.product, std::string("acme-vault"));
            QVERIFY(!file.what.empty() && !file.useLater.empty());
        }
        QCOMPARE(outcome.manifest.files.front().source, std::string("C:\\ProgramData\\Acme\\KES12_trace.log.enc1"));
        QCOMPARE(modeOf(fixture.bundle), mode_t(0700));
        QCOMPARE(modeOf(fixture.bundle / "files/Users/alice"), mode_t(0700));
        QCOMPARE(modeOf(fixture.bundle / "manifest.json"), mode_t(0600));
        QVERIFY(snapshot(fixture.root) == before);
        QVERIFY(temporariesUnder(fixture.bundle).empty());

        const VerifyOutcome verified = verifyBundle(fixture.bundle);
        QVERIFY(verified.problems.empty());
        QCOMPARE(verified.checked, kExpectedCopies.size() + 1); // and license.json
        QVERIFY(verified.unlisted.empty());
    }

    // Before anything is copied: a disk without room for it all stops the rescue with the numbers.
    void checksTheFreeSpaceFirst()
    {
        Fixture fixture;
        const auto before = snapshot(fixture.root);
        RescueRequest request = fixture.request();
        request.freeSpace = [](const fs::path&) { return std::uint64_t(2) * 1024 * 1024; };
        try {
            static_cast<void>(runRescue(request));
            QFAIL("the rescue went ahead without room");
        } catch (const RescueError& error) {
            QCOMPARE(error.reason(), RescueError::Reason::NoSpace);
            const QString text = QString::fromUtf8(error.what());
            QVERIFY2(text.contains("not enough free space") && text.contains("4.3 MB") && text.contains("2.1 MB") &&
                         text.contains("nothing was copied"),
                     error.what());
        }
        QVERIFY(!fs::exists(fixture.bundle / "files"));
        QVERIFY(!fs::exists(fixture.bundle / "manifest.json"));
        QVERIFY(snapshot(fixture.root) == before);
        // With room enough, the same bundle is finished.
        request.freeSpace = {};
        QCOMPARE(runRescue(request).copied, kExpectedCopies.size());
    }

    void aSecondRunKeepsIdenticalCopies()
    {
        Fixture fixture;
        static_cast<void>(runRescue(fixture.request()));
        const auto bundleBefore = snapshot(fixture.bundle / "files");
        const RescueOutcome again = runRescue(fixture.request());
        QCOMPARE(again.copied, std::size_t(0));
        QCOMPARE(again.unchanged, kExpectedCopies.size());
        QCOMPARE(again.bytesWritten, std::uint64_t(0));
        QVERIFY(snapshot(fixture.bundle / "files") == bundleBefore);
        QCOMPARE(manifestPaths(again.manifest), kExpectedCopies);
    }

    // An interrupted run leaves unfinished copies under temporary names and perhaps a stale copy: the next run
    // removes the first and replaces the second.
    void aSecondRunFinishesAnInterruptedOne()
    {
        Fixture fixture;
        static_cast<void>(runRescue(fixture.request()));
        const fs::path big = fixture.bundle / kExpectedCopies[3];
        fs::remove(fixture.bundle / "manifest.json");
        fs::resize_file(big, 1000);
        const fs::path leftover = big.parent_path() / rescueTemporaryName(big.filename().string(), 42);
        test::writeFile(leftover, "half a copy");
        fs::remove(fixture.bundle / kExpectedCopies[4]);
        const RescueOutcome outcome = runRescue(fixture.request());
        QCOMPARE(outcome.copied, std::size_t(2));
        QCOMPARE(outcome.unchanged, std::size_t(3));
        QVERIFY(!fs::exists(leftover));
        QVERIFY(verifyBundle(fixture.bundle).problems.empty());
        QVERIFY(sameBytes(big, fixture.root / "Users/alice/Documents/Vault/Backup/vault-2024-03-12.edb"));
    }

    // Once the product is gone its files are too: the bundle keeps their copies and says so.
    void keepsCopiesWhoseOriginalsAreGone()
    {
        Fixture fixture;
        static_cast<void>(runRescue(fixture.request()));
        fs::remove_all(fixture.root / "Users/bob");
        const RescueOutcome outcome = runRescue(fixture.request());
        QCOMPARE(outcome.kept, std::size_t(1));
        QCOMPARE(manifestPaths(outcome.manifest), kExpectedCopies);
        const auto& bob = outcome.manifest.files.back();
        QVERIFY(bob.fromEarlierRun);
        QCOMPARE(bob.source, std::string("C:\\Users\\bob\\Documents\\Vault\\Backup\\bob.edb"));
        QVERIFY(verifyBundle(fixture.bundle).problems.empty());
        // A copy that disappeared from the bundle as well is reported, not listed.
        fs::remove(fixture.bundle / bob.path);
        const RescueOutcome third = runRescue(fixture.request());
        QCOMPARE(third.lostCopies.size(), std::size_t(1));
        QCOMPARE(third.lostCopies.front().path, bob.path);
        QCOMPARE(third.lostCopies.front().source, bob.source);
        QCOMPARE(third.manifest.files.size(), kExpectedCopies.size() - 1);
    }

    void neverFollowsSymbolicLinks()
    {
        Fixture fixture;
        QTemporaryDir outside;
        test::writeFile(fs::path(outside.path().toStdString()) / "secret.txt", "not the machine's");
        test::writeFile(fs::path(outside.path().toStdString()) / "Backup/other.edb", "not the machine's either");
        const fs::path backups = fixture.root / "Users/alice/Documents/Vault/Backup";
        fs::create_symlink(fs::path(outside.path().toStdString()) / "secret.txt", backups / "link.edb");
        fs::create_directory_symlink(outside.path().toStdString(), backups / "linked-folder");
        // A linked folder on the way is resolved as in the tree: absolute, it is the tree's own path (nothing there);
        // relative and climbing above the root, it is not followed.
        fs::create_directories(fixture.root / "Users/carol/Documents");
        fs::create_directory_symlink(outside.path().toStdString(), fixture.root / "Users/carol/Documents/Vault");
        fs::create_directories(fixture.root / "Users/dave/Documents");
        fs::create_directory_symlink(fs::relative(outside.path().toStdString(), fixture.root / "Users/dave/Documents"),
                                     fixture.root / "Users/dave/Documents/Vault");
        const RescueOutcome outcome = runRescue(fixture.request());
        QCOMPARE(manifestPaths(outcome.manifest), kExpectedCopies);
        std::vector<std::string> skipped;
        for (const auto& item : outcome.manifest.skipped) {
            skipped.push_back(item.source);
            QVERIFY(!item.reason.empty());
            QCOMPARE(item.cause, RescueSkipCause::SymbolicLink);
        }
        std::ranges::sort(skipped);
        QCOMPARE(skipped, (std::vector<std::string>{"C:\\Users\\alice\\Documents\\Vault\\Backup\\link.edb",
                                                    "C:\\Users\\alice\\Documents\\Vault\\Backup\\linked-folder"}));
    }

    // A file that may not be read and a folder that may not be listed, for someone who is not root: each listed as
    // not copied with its cause and the system's reason; the rest is copied, and the bundle is whole.
    void whatMayNotBeReadIsListedNotCopied()
    {
        Fixture fixture;
        fixture.openToEveryone();
        const fs::path bob = fixture.root / "Users/bob/Documents/Vault/Backup/bob.edb";
        const fs::path older = fixture.root / "Users/alice/Documents/Vault/Backup/older";
        fs::permissions(bob, fs::perms::none);
        fs::permissions(older, fs::perms::none);
        const std::string result = test::asOrdinaryUser([&fixture] {
            const RescueOutcome outcome = runRescue(fixture.request());
            const VerifyOutcome verified = verifyBundle(fixture.bundle);
            return describeSkipped(outcome) +
                   (verified.problems.empty() ? "" : "\nverify: " + verified.problems.front().reason);
        });
        fs::permissions(bob, fs::perms::owner_read | fs::perms::owner_write);
        fs::permissions(older, fs::perms::owner_all);
        const std::string unreadable = "unreadable | C:\\Users\\bob\\Documents\\Vault\\Backup\\bob.edb | cannot ";
        QVERIFY2(result.starts_with(
                     "folder-incomplete | C:\\Users\\alice\\Documents\\Vault\\Backup\\older | the folder could not "
                     "be read completely: Permission denied\n" +
                     unreadable),
                 result.c_str());
        QVERIFY2(result.ends_with(bob.string() + ": Permission denied\ncopied 3"), result.c_str());
    }

    // A name that is not valid UTF-8 (a Latin-1 "é" from an old system) cannot go into the JSON manifest: the file is
    // left out with the sentence that says so, and the rest is copied.
    void aNameThatIsNotUtf8IsLeftOut()
    {
        Fixture fixture;
        const fs::path backups = fixture.root / "Users/alice/Documents/Vault/Backup";
        test::writeFile(backups / "caf\xe9.edb", "a vault backup");
        const RescueOutcome outcome = runRescue(fixture.request());
        QCOMPARE(manifestPaths(outcome.manifest), kExpectedCopies);
        QCOMPARE(outcome.manifest.skipped.size(), std::size_t{1});
        const auto& skipped = outcome.manifest.skipped.front();
        QCOMPARE(skipped.cause, RescueSkipCause::NameNotKept);
        QCOMPARE(skipped.reason,
                 std::string("its name is not valid UTF-8, which the manifest cannot record; copy it by hand"));
        QVERIFY2(skipped.source.starts_with("C:\\Users\\alice\\Documents\\Vault\\Backup\\caf"), skipped.source.c_str());
        // The bundle that says so is whole, and the original is where it was.
        QVERIFY(verifyBundle(fixture.bundle).problems.empty());
        QCOMPARE(test::readFile(backups / "caf\xe9.edb"), std::string("a vault backup"));
    }

    // Windows matches names without regard to case, so a tree copied from it is read the same way.
    void matchesWindowsNamesWithoutCase()
    {
        Fixture fixture;
        writeRandomFile(fixture.root / "Users/dave/DOCUMENTS/vault/backup/d.edb", 10, 4);
        const RescueOutcome outcome = runRescue(fixture.request());
        QCOMPARE(outcome.copied, kExpectedCopies.size() + 1);
    }

    void leavesOutItsOwnBundle()
    {
        Fixture fixture;
        RescueRequest request = fixture.request();
        request.bundle = fixture.root / "Users/alice/Documents/Vault/Backup/rescue";
        const RescueOutcome first = runRescue(request);
        const RescueOutcome second = runRescue(request);
        QCOMPARE(first.copied, kExpectedCopies.size());
        QCOMPARE(second.manifest.files.size(), kExpectedCopies.size());
    }

    void refusesAFolderThatIsNotABundle()
    {
        Fixture fixture;
        test::writeFile(fixture.bundle / "thesis.docx", "years of work");
        try {
            static_cast<void>(runRescue(fixture.request()));
            QFAIL("wrote into someone else's folder");
        } catch (const RescueError& error) {
            QCOMPARE(error.reason(), RescueError::Reason::NotABundle);
            QVERIFY2(QString::fromUtf8(error.what()).contains("thesis.docx"), error.what());
        }
        QCOMPARE(filesUnder(fixture.bundle), std::vector<std::string>{"thesis.docx"});
    }

    void refusesADamagedManifest()
    {
        Fixture fixture;
        static_cast<void>(runRescue(fixture.request()));
        test::writeFile(fixture.bundle / "manifest.json", "{\"kind\": \"offramp-rescue-manifest\"");
        try {
            static_cast<void>(runRescue(fixture.request()));
            QFAIL("went on over a damaged manifest");
        } catch (const RescueError& error) {
            QCOMPARE(error.reason(), RescueError::Reason::DamagedManifest);
        }
        try {
            static_cast<void>(verifyBundle(fixture.bundle));
            QFAIL("verified a damaged manifest");
        } catch (const RescueError& error) {
            QCOMPARE(error.reason(), RescueError::Reason::DamagedManifest);
        }
    }

    void refusesAMissingRoot()
    {
        Fixture fixture;
        RescueRequest request = fixture.request();
        request.root = fixture.root / "nowhere";
        try {
            static_cast<void>(runRescue(request));
            QFAIL("rescued from nothing");
        } catch (const RescueError& error) {
            QCOMPARE(error.reason(), RescueError::Reason::NoRoot);
        }
        QVERIFY(!fs::exists(fixture.bundle));
    }

    void verifyNamesEveryProblem()
    {
        Fixture fixture;
        static_cast<void>(runRescue(fixture.request()));
        // One byte changed, one file shortened, one gone, one replaced by a folder, one extra file.
        {
            std::fstream file(fixture.bundle / kExpectedCopies[3], std::ios::in | std::ios::out | std::ios::binary);
            file.seekg(1234567);
            const auto byte = static_cast<char>(file.get());
            file.seekp(1234567);
            file.put(static_cast<char>(byte ^ 0x5A));
        }
        fs::resize_file(fixture.bundle / kExpectedCopies[4], 100);
        fs::remove(fixture.bundle / kExpectedCopies[2]);
        fs::remove(fixture.bundle / kExpectedCopies[0]);
        fs::create_directory(fixture.bundle / kExpectedCopies[0]);
        test::writeFile(fixture.bundle / "files/extra.txt", "added by hand");
        const VerifyOutcome outcome = verifyBundle(fixture.bundle);
        QCOMPARE(outcome.checked, std::size_t(2));
        std::map<std::string, std::string> problems;
        for (const auto& problem : outcome.problems) {
            problems[problem.path] = problem.reason;
        }
        QCOMPARE(problems.size(), std::size_t(4));
        std::map<std::string, BundleProblem::Kind> kinds;
        for (const auto& problem : outcome.problems) {
            kinds[problem.path] = problem.kind;
        }
        QCOMPARE(kinds.at(kExpectedCopies[3]), BundleProblem::Kind::Changed);
        QCOMPARE(kinds.at(kExpectedCopies[4]), BundleProblem::Kind::Changed);
        QCOMPARE(kinds.at(kExpectedCopies[2]), BundleProblem::Kind::Missing);
        QCOMPARE(kinds.at(kExpectedCopies[0]), BundleProblem::Kind::NotAFile);
        QVERIFY(problems.at(kExpectedCopies[3]).starts_with("its SHA-256 is"));
        QVERIFY(problems.at(kExpectedCopies[4]).starts_with("its size is 100 bytes"));
        QCOMPARE(problems.at(kExpectedCopies[2]), std::string("missing"));
        QCOMPARE(problems.at(kExpectedCopies[0]), std::string("not a regular file"));
        QCOMPARE(outcome.unlisted, std::vector<std::string>{"files/extra.txt"});
    }

    void verifyNeedsAManifest()
    {
        Fixture fixture;
        fs::create_directories(fixture.bundle / "files");
        try {
            static_cast<void>(verifyBundle(fixture.bundle));
            QFAIL("verified a folder without a manifest");
        } catch (const RescueError& error) {
            QCOMPARE(error.reason(), RescueError::Reason::NotABundle);
            QVERIFY(QString::fromUtf8(error.what()).contains("has no manifest.json"));
        }
    }

    void sizesForPeople()
    {
        QCOMPARE(byteCount(0), std::string("0 bytes"));
        QCOMPARE(byteCount(1), std::string("1 byte"));
        QCOMPARE(byteCount(999), std::string("999 bytes"));
        QCOMPARE(byteCount(1500), std::string("1.5 kB"));
        QCOMPARE(byteCount(52428800), std::string("52.4 MB"));
    }
};

QTEST_GUILESS_MAIN(TestRescueBundle)
#include "tst_rescue_bundle.moc"
