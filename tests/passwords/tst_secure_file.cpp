// SPDX-License-Identifier: GPL-3.0-or-later
// writeNewPrivateFiles: owner-only files that never replace anything, all or none, and no temporary file left
// behind when something fails (an existing name, a missing folder, a full disk simulated by a size limit).
#include "platform/SecureFile.h"
#include "platform/posix/SecureFilePlacement.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace offramp::platform;

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

std::string contentsOf(const fs::path& path)
{
    std::ifstream stream(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

void put(const fs::path& path, const std::string& contents)
{
    std::ofstream(path, std::ios::binary) << contents;
}

unsigned modeOf(const fs::path& path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0) {
        return 0xFFFF;
    }
    return info.st_mode & 07777U;
}

SecureFileError::Reason failureOf(const std::vector<NewFile>& files)
{
    try {
        writeNewPrivateFiles(files);
    } catch (const SecureFileError& error) {
        qInfo("refused as expected: %s", error.what());
        return error.reason();
    }
    throw std::runtime_error("the write was expected to fail");
}

// Sets the umask for one scope.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;
    Umask(Umask&&) = delete;
    Umask& operator=(Umask&&) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestSecureFile : public QObject
{
    Q_OBJECT

private slots:
    void writesOwnerOnlyWhateverTheUmask_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 077") << 077;
    }

    void writesOwnerOnlyWhateverTheUmask()
    {
        QFETCH(int, mask);
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "secret.csv";
        const std::string contents = std::string("a,b\r\n\"x\ny\",\xC3\xA9\r\n") + std::string(100000, 'z');
        {
            const Umask umask(static_cast<mode_t>(mask));
            writeNewPrivateFile(path, contents);
        }
        QCOMPARE(contentsOf(path), contents);
        QCOMPARE(modeOf(path), 0600U);
        QCOMPARE(listing(path.parent_path()), (std::set<std::string>{"secret.csv"}));
    }

    void relativePathInTheCurrentFolder()
    {
        QTemporaryDir dir;
        const fs::path old = fs::current_path();
        fs::current_path(dir.path().toStdString());
        writeNewPrivateFile("plain.csv", "x\r\n");
        fs::current_path(old);
        QCOMPARE(contentsOf(fs::path(dir.path().toStdString()) / "plain.csv"), std::string("x\r\n"));
    }

    void neverReplacesAnything()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        put(folder / "existing.csv", "keep me");
        fs::create_directory(folder / "folder.csv");
        fs::create_symlink(folder / "nowhere", folder / "dangling.csv");
        for (const char* name : {"existing.csv", "folder.csv", "dangling.csv"}) {
            QVERIFY(failureOf({{folder / name, "new"}}) == SecureFileError::Reason::AlreadyExists);
        }
        QCOMPARE(contentsOf(folder / "existing.csv"), std::string("keep me"));
        QVERIFY(!fs::exists(folder / "nowhere"));
        QCOMPARE(listing(folder), (std::set<std::string>{"existing.csv", "folder.csv", "dangling.csv"}));
    }

    void allOrNone()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        put(folder / "out-2.csv", "keep me");
        QVERIFY(failureOf({{folder / "out.csv", "1"}, {folder / "out-2.csv", "2"}}) ==
                SecureFileError::Reason::AlreadyExists);
        QCOMPARE(listing(folder), (std::set<std::string>{"out-2.csv"}));
        QCOMPARE(contentsOf(folder / "out-2.csv"), std::string("keep me"));

        // The same name twice passes the early check, so the second rename meets the first file: the no-replace
        // rename refuses, and the file this call had already put in place is taken back.
        QVERIFY(failureOf({{folder / "twice.csv", "1"}, {folder / "twice.csv", "2"}}) ==
                SecureFileError::Reason::AlreadyExists);
        QCOMPARE(listing(folder), (std::set<std::string>{"out-2.csv"}));

        writeNewPrivateFiles({{folder / "a.csv", "1"}, {folder / "b.csv", "2"}});
        QCOMPARE(contentsOf(folder / "a.csv"), std::string("1"));
        QCOMPARE(contentsOf(folder / "b.csv"), std::string("2"));
        QCOMPARE(modeOf(folder / "b.csv"), 0600U);
    }

    // Each way of placing the file, as used on file systems that lack the stronger ones.
    void everyPlacementRefusesToReplace_data()
    {
        QTest::addColumn<int>("placement");
        QTest::newRow("no-replace rename") << int(posix::Placement::NoReplaceRename);
        QTest::newRow("hard link") << int(posix::Placement::HardLink);
        QTest::newRow("check, then rename") << int(posix::Placement::CheckThenRename);
    }

    void everyPlacementRefusesToReplace()
    {
        QFETCH(int, placement);
        const auto first = static_cast<posix::Placement>(placement);
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        put(folder / ".tmp", "new");
        posix::placeWithoutReplacing(folder / ".tmp", folder / "placed.csv", first);
        QCOMPARE(listing(folder), (std::set<std::string>{"placed.csv"}));
        QCOMPARE(contentsOf(folder / "placed.csv"), std::string("new"));

        put(folder / ".tmp", "newer");
        try {
            posix::placeWithoutReplacing(folder / ".tmp", folder / "placed.csv", first);
            QFAIL("an existing file was replaced");
        } catch (const SecureFileError& error) {
            QVERIFY(error.reason() == SecureFileError::Reason::AlreadyExists);
        }
        QCOMPARE(contentsOf(folder / "placed.csv"), std::string("new"));
        QCOMPARE(contentsOf(folder / ".tmp"), std::string("newer"));
    }

    void missingFolder()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        QVERIFY(failureOf({{folder / "missing" / "out.csv", "x"}}) == SecureFileError::Reason::Failed);
        put(folder / "file", "");
        QVERIFY(failureOf({{folder / "file" / "out.csv", "x"}}) == SecureFileError::Reason::Failed);
        QCOMPARE(listing(folder), (std::set<std::string>{"file"}));
    }

    void fullDiskLeavesNoTemporaryFile()
    {
        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        // A file size limit makes write() fail with EFBIG part-way, as a full disk would with ENOSPC.
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        SecureFileError::Reason reason = SecureFileError::Reason::AlreadyExists;
        try {
            reason = failureOf({{folder / "small.csv", "fits"}, {folder / "big.csv", std::string(100000, 'x')}});
        } catch (...) {
            ::setrlimit(RLIMIT_FSIZE, &old);
            throw;
        }
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(reason == SecureFileError::Reason::Failed);
        QVERIFY(listing(folder).empty());
    }
};

QTEST_GUILESS_MAIN(TestSecureFile)
#include "tst_secure_file.moc"
