// SPDX-License-Identifier: GPL-3.0-or-later
// secureDelete: the plaintext password files are overwritten, flushed and removed; nothing but the one regular
// file named is ever touched (not a link's target, not a folder, not a file with other names).
#include "TestSupport.h"
#include "platform/SecureDelete.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
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

// What is left at an open descriptor once the name is gone: the very bytes the overwrite left on the file.
std::string readAll(int fd)
{
    std::string text;
    std::string piece(65536, '\0');
    off_t offset = 0;
    for (;;) {
        const ssize_t got = ::pread(fd, piece.data(), piece.size(), offset);
        if (got <= 0) {
            return text;
        }
        text.append(piece.data(), static_cast<std::size_t>(got));
        offset += got;
    }
}

SecureDeleteError::Reason refusal(const fs::path& path)
{
    try {
        secureDelete(path);
    } catch (const SecureDeleteError& error) {
        qInfo("refused as expected: %s", error.what());
        return error.reason();
    }
    throw std::runtime_error("the deletion was expected to be refused");
}

class Folder
{
public:
    Folder()
        : path(m_dir.path().toStdString())
    {}
    QTemporaryDir m_dir;
    fs::path path;
};

} // namespace

class TestSecureDelete : public QObject
{
    Q_OBJECT

private slots:
    void overwritesThenRemovesOnlyThatFile_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64{0};
        QTest::newRow("small") << qint64{37};
        QTest::newRow("several pieces and a bit") << qint64{3 * 65536 + 123};
    }

    void overwritesThenRemovesOnlyThatFile()
    {
        QFETCH(qint64, size);
        Folder folder;
        const fs::path secret = folder.path / "kpm-export.txt";
        std::string contents(static_cast<std::size_t>(size), 'p');
        for (std::size_t i = 0; i < contents.size(); ++i) {
            contents[i] = static_cast<char>('a' + i % 26);
        }
        offramp::test::writeFile(secret, contents);
        offramp::test::writeFile(folder.path / "neighbour.txt", "keep me");
        const int watcher = ::open(secret.c_str(), O_RDONLY | O_CLOEXEC);
        QVERIFY(watcher >= 0);

        secureDelete(secret);

        QVERIFY(!fs::exists(fs::symlink_status(secret)));
        QCOMPARE(listing(folder.path), (std::set<std::string>{"neighbour.txt"}));
        QCOMPARE(offramp::test::readFile(folder.path / "neighbour.txt"), std::string("keep me"));
        // The same file, seen through a descriptor opened before: every byte is zero now.
        const std::string left = readAll(watcher);
        ::close(watcher);
        QCOMPARE(left.size(), contents.size());
        QVERIFY(left.find_first_not_of('\0') == std::string::npos);
    }

    void refusesALinkAndLeavesItsTargetAlone()
    {
        Folder folder;
        const fs::path target = folder.path / "target.txt";
        offramp::test::writeFile(target, "precious");
        fs::create_symlink(target, folder.path / "link.txt");
        QCOMPARE(refusal(folder.path / "link.txt"), SecureDeleteError::Reason::NotAFile);
        QVERIFY(fs::is_symlink(fs::symlink_status(folder.path / "link.txt")));
        QCOMPARE(offramp::test::readFile(target), std::string("precious"));
    }

    void refusesAFolder()
    {
        Folder folder;
        fs::create_directory(folder.path / "sub");
        offramp::test::writeFile(folder.path / "sub" / "inside.txt", "x");
        QCOMPARE(refusal(folder.path / "sub"), SecureDeleteError::Reason::NotAFile);
        QCOMPARE(offramp::test::readFile(folder.path / "sub" / "inside.txt"), std::string("x"));
    }

    void refusesAFileWithOtherNames()
    {
        Folder folder;
        offramp::test::writeFile(folder.path / "a.txt", "shared");
        fs::create_hard_link(folder.path / "a.txt", folder.path / "b.txt");
        QCOMPARE(refusal(folder.path / "a.txt"), SecureDeleteError::Reason::NotAFile);
        QCOMPARE(offramp::test::readFile(folder.path / "a.txt"), std::string("shared"));
        QCOMPARE(offramp::test::readFile(folder.path / "b.txt"), std::string("shared"));
    }

    void refusesAFifoWithoutWaiting()
    {
        Folder folder;
        const fs::path fifo = folder.path / "pipe";
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        QCOMPARE(refusal(fifo), SecureDeleteError::Reason::NotAFile);
        QVERIFY(fs::is_fifo(fs::symlink_status(fifo)));
    }

    void saysWhenTheFileIsAlreadyGone()
    {
        Folder folder;
        QCOMPARE(refusal(folder.path / "missing.csv"), SecureDeleteError::Reason::Missing);
        QCOMPARE(refusal(folder.path / "no-folder" / "missing.csv"), SecureDeleteError::Reason::Missing);
    }

    void leavesAFileItMayNotWrite()
    {
        Folder folder;
        const fs::path file = folder.path / "export.txt";
        offramp::test::writeFile(file, "secret");
        fs::permissions(file, fs::perms::owner_read);
        if (::geteuid() == 0) {
            // As root the mode does not stop the write: the file goes like any other.
            secureDelete(file);
            QVERIFY(!fs::exists(file));
            return;
        }
        QCOMPARE(refusal(file), SecureDeleteError::Reason::Failed);
        QCOMPARE(offramp::test::readFile(file), std::string("secret"));
    }
};

QTEST_GUILESS_MAIN(TestSecureDelete)
#include "tst_secure_delete.moc"
