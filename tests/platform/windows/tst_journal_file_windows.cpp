// SPDX-License-Identifier: GPL-3.0-or-later
// The journal on Windows while others read it: the elevated removal replaces the file at every step while the
// wizard follows it, and a virus scanner or the search indexer may open it too. Windows refuses to replace a
// file that another program holds open, so a save waits a few seconds for the reader to let go. Run under
// Wine by the Linux build's test_wine_platform_journal_file.
#include "TestMain.h"
#include "platform/JournalFile.h"
#include "platform/windows/Handle.h"
#include "platform/windows/Win32.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

namespace {

using offramp::platform::JournalFile;

offramp::Journal journalWith(const std::string& summary)
{
    offramp::Journal journal;
    journal.machine = "this Windows computer";
    journal.platform = "windows";
    journal.summary = summary;
    return journal;
}

std::filesystem::path pathIn(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.path().toStdWString()) / name;
}

} // namespace

class TestJournalFileWindows : public QObject
{
    Q_OBJECT

private slots:
    void aSaveWaitsForAReaderToLetGo()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        JournalFile file(pathIn(dir, "journal.json"));
        file.save(journalWith("first"));
        // A reader as most programs open a file: sharing reading and writing, not deletion.
        HANDLE held = ::CreateFileW(file.path().c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                    OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        QVERIFY(held != INVALID_HANDLE_VALUE);
        offramp::platform::windows::Handle reader(held);
        std::atomic<bool> saved = false;
        std::string problem;
        std::thread saver([&] {
            try {
                file.save(journalWith("second"));
                saved = true;
            } catch (const std::exception& error) {
                problem = error.what();
            }
        });
        // The save cannot finish while the reader holds the file; it waits instead of failing.
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        const bool finishedWhileHeld = saved.load();
        reader.reset();
        saver.join();
        QVERIFY2(problem.empty(), problem.c_str());
        QVERIFY(!finishedWhileHeld);
        QVERIFY(saved.load());
        QCOMPARE(file.load().summary, std::string("second"));
    }

    // The wizard's Remove page reads the journal every moment while the elevated removal saves it.
    void everySaveLandsWhileAnotherThreadKeepsReading()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = pathIn(dir, "journal.json");
        JournalFile(path).save(journalWith("0"));
        constexpr int kSaves = 150;
        std::atomic<bool> done = false;
        std::string problem;
        std::thread saver([&] {
            try {
                JournalFile file(path);
                for (int i = 1; i <= kSaves; ++i) {
                    file.save(journalWith(std::to_string(i)));
                }
            } catch (const std::exception& error) {
                problem = error.what();
            }
            done = true;
        });
        int reads = 0;
        while (!done.load()) {
            // Each read is one whole version, old or new; the journal is never missing.
            const auto journal = offramp::journalFromText(JournalFile(path).loadText(), "journal");
            QVERIFY(!journal.summary.empty());
            ++reads;
            // As often as the page looks, and more: it reads every 300 ms.
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        saver.join();
        QVERIFY2(problem.empty(), problem.c_str());
        QVERIFY(reads > 0);
        QCOMPARE(JournalFile(path).load().summary, std::to_string(kSaves));
    }

    void aMissingJournalIsNamedAsMissing()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        try {
            (void)JournalFile(pathIn(dir, "none.json")).loadText();
            QFAIL("a missing journal was read");
        } catch (const offramp::JournalError& error) {
            QVERIFY2(std::string(error.what()).find("there is no such file") != std::string::npos, error.what());
        }
    }
};

OFFRAMP_TEST_GUILESS_MAIN(TestJournalFileWindows)
#include "tst_journal_file_windows.moc"
