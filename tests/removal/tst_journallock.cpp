// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's lock: one holder at a time, free again when the holder ends, even killed, and a clear error
// where the lock file cannot be made.
#include "TestSupport.h"
#include "platform/JournalLock.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <filesystem>
#include <optional>
#include <sys/wait.h>
#include <unistd.h>

using namespace offramp::platform;
namespace fs = std::filesystem;

namespace {

// Whether a lock on `journal` can be taken now, from this process: 1 yes, 0 busy, -1 another error.
int tryLock(const fs::path& journal)
{
    try {
        const JournalLock lock(journal);
        return 1;
    } catch (const JournalBusy&) {
        return 0;
    } catch (const std::runtime_error&) {
        return -1;
    }
}

} // namespace

class TestJournalLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path journal() const { return fs::path(m_dir.path().toStdString()) / "state" / "journal.json"; }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneHolderAtATime()
    {
        std::optional<JournalLock> first(std::in_place, journal());
        QVERIFY(fs::exists(journal().string() + ".lock"));
        QCOMPARE(tryLock(journal()), 0);
        try {
            const JournalLock second(journal());
            QFAIL("a second lock was taken");
        } catch (const JournalBusy& busy) {
            QCOMPARE(QString::fromUtf8(busy.what()),
                     "another removal is using the journal " + QString::fromStdString(journal().string()));
        }
        // Another journal is another lock.
        QCOMPARE(tryLock(journal().parent_path() / "other.json"), 1);
        first.reset();
        QCOMPARE(tryLock(journal()), 1);
    }

    // A holder killed with SIGKILL, as a power cut or a killed session would end it, frees the lock.
    void aKilledHolderFreesIt()
    {
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(ready[0]);
            try {
                const JournalLock lock(journal());
                const char done = 1;
                static_cast<void>(::write(ready[1], &done, 1));
                for (;;) {
                    ::pause();
                }
            } catch (...) {
                ::_exit(3);
            }
        }
        ::close(ready[1]);
        char done = 0;
        QCOMPARE(::read(ready[0], &done, 1), ssize_t{1});
        ::close(ready[0]);
        QCOMPARE(tryLock(journal()), 0);
        QCOMPARE(::kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(tryLock(journal()), 1);
    }

    // What the wizard asks before it starts a removal: seen while held, by a descriptor that only reads, and never
    // made where there is none.
    void heldIsSeenWithoutTakingOrMakingIt()
    {
        const fs::path other = journal().parent_path() / "asked.json";
        QVERIFY(!journalLockHeld(other));
        QVERIFY(!fs::exists(other.string() + ".lock"));
        {
            const JournalLock lock(other);
            QVERIFY(journalLockHeld(other));
            // A lock file only its owner may write (made with administrator rights) is still read.
            for (const fs::path& folder : {fs::path(m_dir.path().toStdString()), other.parent_path()}) {
                fs::permissions(folder, fs::perms(0755));
            }
            fs::permissions(other.string() + ".lock",
                            fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
            const std::string seen =
                offramp::test::asOrdinaryUser([&] { return journalLockHeld(other) ? "held" : "free"; });
            QCOMPARE(QString::fromStdString(seen), QStringLiteral("held"));
        }
        QVERIFY(!journalLockHeld(other));
        // Asking did not take it.
        QCOMPARE(tryLock(other), 1);
    }

    void saysWhereTheLockCannotBeMade()
    {
        // A file where the journal's folder should be.
        const fs::path blocker = fs::path(m_dir.path().toStdString()) / "not-a-folder";
        offramp::test::writeFile(blocker, "x");
        try {
            const JournalLock lock(blocker / "journal.json");
            QFAIL("a lock was made inside a file");
        } catch (const JournalBusy&) {
            QFAIL("a missing folder was reported as a busy journal");
        } catch (const std::runtime_error& error) {
            QCOMPARE(QString::fromUtf8(error.what()), "cannot create the lock file " +
                                                          QString::fromStdString(blocker.string()) +
                                                          "/journal.json.lock: Not a directory");
        }
    }
};

QTEST_APPLESS_MAIN(TestJournalLock)
#include "tst_journallock.moc"
