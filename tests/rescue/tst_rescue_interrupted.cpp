// SPDX-License-Identifier: GPL-3.0-or-later
// Rescues of large files killed at many moments (SIGKILL after varying delays, and a test hook that ends the
// process abruptly after exact byte and file counts), then run again: the second run must finish, verify must
// pass and every copy must hold the bytes of its original. A full disk (a file-size limit) must stop the rescue
// with a message that says what happened, what it means and what to do, and the originals never change.
#include "RescueFixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace offramp::test;
using namespace offramp::test::rescue;

namespace {

constexpr int kStoppedForTest = 86; // the exit code of a run the test hook ended

class LargeTree
{
public:
    LargeTree()
    {
        const fs::path base(m_dir.path().toStdString());
        root = base / "old-pc";
        work = base / "bundles";
        fs::create_directories(work);
        writeRandomFile(kpmBackups(root, "alice") / "vault_2024_03_12.edb", 24 * kMiB + 123, 1);
        writeRandomFile(kpmBackups(root, "bob") / "vault.edb", 20 * kMiB + 7, 2);
        writeRandomFile(root / "ProgramData/Kaspersky Lab/KES.21.9/QB/objects.klq", 6 * kMiB, 3);
        for (unsigned i = 0; i < 12; ++i) {
            writeRandomFile(kpmBackups(root, "alice") / "old" / ("vault_" + std::to_string(i) + ".edb"),
                            1000 + i * 5000, 10 + i);
        }
        writeFile(root / "ProgramData/Kaspersky Lab/KES12.0.0.465_trace.log.enc1", "");
        before = snapshot(root);
    }

    static constexpr std::uint64_t kMiB = 1024 * 1024;

    fs::path bundle(const std::string& name) const { return work / name; }

    QStringList arguments(const fs::path& out) const
    {
        return {"rescue", "--platform", "windows", "--root", q(root), "--to", q(out)};
    }

    fs::path root;
    fs::path work;
    std::map<std::string, EntryState> before;

private:
    QTemporaryDir m_dir;
};

// Runs a rescue to its end and checks the bundle: verify passes, every copy holds its original's bytes, nothing
// unfinished is left, and the originals did not change.
void finishAndCheck(const LargeTree& tree, const fs::path& out, const QString& what)
{
    const auto second = runCli(tree.arguments(out));
    QVERIFY2(second.exitCode == 0, qPrintable(what + ": the second run failed: " + QString::fromUtf8(second.err)));
    const auto verified = runCli({"verify", q(out)});
    QVERIFY2(verified.exitCode == 0, qPrintable(what + ": verify failed: " + QString::fromUtf8(verified.err)));
    const auto manifest = nlohmann::json::parse(readFile(out / "manifest.json"));
    QCOMPARE(manifest.at("files").size(), std::size_t(16));
    for (const auto& file : manifest.at("files")) {
        const fs::path copy = out / file.at("path").get<std::string>();
        const fs::path original = tree.root / fs::path(file.at("path").get<std::string>()).lexically_relative("files");
        QVERIFY2(sameBytes(copy, original), qPrintable(what + ": " + q(copy)));
    }
    QVERIFY2(temporariesUnder(out).empty(), qPrintable(what));
}

struct Interrupted
{
    bool killed = false;
    int exitCode = 0;
};

// Starts a rescue and kills it (SIGKILL) `delayMs` after it reported its `afterFiles`-th copy (0: after its
// start), unless it finished first.
Interrupted killAfter(const LargeTree& tree, const fs::path& out, int afterFiles, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(OFFRAMP_CLI_PATH), tree.arguments(out));
    if (!process.waitForStarted(30000)) {
        throw std::runtime_error("offramp-cli did not start");
    }
    Interrupted result;
    QByteArray printed;
    while (printed.count("  copied ") < afterFiles && process.state() == QProcess::Running) {
        process.waitForReadyRead(1000);
        printed += process.readAllStandardOutput();
    }
    if (process.waitForFinished(delayMs)) {
        result.exitCode = process.exitCode();
        return result;
    }
    process.kill();
    process.waitForFinished(30000);
    result.killed = true;
    return result;
}

// Runs a rescue that the test hook ends once `variable` reaches `value`.
int stopAt(const LargeTree& tree, const fs::path& out, const QString& variable, std::uint64_t value)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(variable, QString::number(value));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OFFRAMP_CLI_PATH), tree.arguments(out));
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        throw std::runtime_error("offramp-cli did not run");
    }
    return process.exitCode();
}

} // namespace

class TestRescueInterrupted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_tree = std::make_unique<LargeTree>();
        // How long an uninterrupted rescue takes here (the quicker of two), so that the kills spread over all of it.
        for (const char* name : {"calibration-1", "calibration"}) {
            QElapsedTimer timer;
            timer.start();
            const auto full = runCli(m_tree->arguments(m_tree->bundle(name)));
            const int elapsed = static_cast<int>(timer.elapsed());
            m_fullMs = m_fullMs == 0 ? elapsed : std::min(m_fullMs, elapsed);
            QVERIFY2(full.exitCode == 0, full.err.constData());
        }
        qInfo("an uninterrupted rescue takes %d ms", m_fullMs);
        const auto manifest = nlohmann::json::parse(readFile(m_tree->bundle("calibration") / "manifest.json"));
        std::uint64_t total = 0;
        for (const auto& file : manifest.at("files")) {
            total += file.at("size").get<std::uint64_t>();
            m_fileEnds.push_back(total);
        }
    }

    // SIGKILL at 24 or more moments spread over a whole run, from the scan at the start to the manifest at the
    // end: a few by time alone, the others a varying delay after the run reported its n-th copy, so that the kills
    // land in every file (and between them). On a machine quicker than the delays, a run that finishes before its
    // kill makes the next delays shorter, until 24 runs were really killed.
    void killedAtAnyMomentFinishesOnTheNextRun()
    {
        int killed = 0;
        int attempts = 0;
        double scale = 1.0;
        for (int i = 0; killed < 24 && attempts < 80; ++i, ++attempts) {
            const int afterFiles = i < 3 ? 0 : (i - 3) % 16; // at most 15 of the 16: a copy is always left
            const int delay = static_cast<int>((i < 3 ? 1 + 4 * i : (i * 7) % 23) * scale);
            const fs::path out = m_tree->bundle("killed-" + std::to_string(i));
            const Interrupted first = killAfter(*m_tree, out, afterFiles, delay);
            if (first.killed) {
                ++killed;
            } else {
                QCOMPARE(first.exitCode, 0);
                scale /= 2;
            }
            finishAndCheck(*m_tree, out, QStringLiteral("killed %1 ms after copy %2").arg(delay).arg(afterFiles));
            fs::remove_all(out);
        }
        qInfo("%d runs were killed before they finished, in %d attempts", killed, attempts);
        QVERIFY2(killed >= 24, qPrintable(QString::number(killed)));
        QVERIFY(snapshot(m_tree->root) == m_tree->before);
    }

    // The first run killed, the second killed as well, the third finishes.
    void killedTwiceFinishesOnTheThirdRun()
    {
        for (const int percent : {30, 70}) {
            const fs::path out = m_tree->bundle("twice-" + std::to_string(percent));
            static_cast<void>(killAfter(*m_tree, out, 0, m_fullMs * percent / 100));
            static_cast<void>(killAfter(*m_tree, out, 0, m_fullMs * (100 - percent) / 100));
            finishAndCheck(*m_tree, out, QStringLiteral("killed twice"));
            fs::remove_all(out);
        }
    }

    // Exact points: within a piece, at a file's last byte before its rename, after the n-th rename, after the last
    // copy before the manifest.
    void stoppedAtExactPointsFinishesOnTheNextRun_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<qulonglong>("value");
        QTest::newRow("first byte") << "OFFRAMP_TEST_STOP_AFTER_BYTES" << qulonglong(1);
        QTest::newRow("inside the first large file")
            << "OFFRAMP_TEST_STOP_AFTER_BYTES" << qulonglong(3 * LargeTree::kMiB + 5);
        for (const std::size_t file : {0, 1, 14}) {
            QTest::newRow(qPrintable(QStringLiteral("end of file %1, before its rename").arg(file)))
                << "OFFRAMP_TEST_STOP_AFTER_BYTES" << qulonglong(file);
        }
        for (const int files : {1, 2, 9, 15}) {
            QTest::newRow(qPrintable(QStringLiteral("after %1 renames").arg(files)))
                << "OFFRAMP_TEST_STOP_AFTER_FILES" << qulonglong(files);
        }
    }

    void stoppedAtExactPointsFinishesOnTheNextRun()
    {
        QFETCH(QString, variable);
        QFETCH(qulonglong, value);
        std::uint64_t stop = value;
        if (QString::fromUtf8(QTest::currentDataTag()).startsWith("end of file")) {
            stop = m_fileEnds.at(static_cast<std::size_t>(value)); // the byte count when that file is complete
        }
        const fs::path out = m_tree->bundle("stopped");
        QCOMPARE(stopAt(*m_tree, out, variable, stop), kStoppedForTest);
        QVERIFY(!fs::exists(out / "manifest.json"));
        finishAndCheck(*m_tree, out, QString::fromUtf8(QTest::currentDataTag()));
        fs::remove_all(out);
    }

    // A full disk part-way: the rescue stops with what happened, what it means and what to do; nothing unfinished
    // stays behind, the originals are untouched, and once there is room the same command finishes the bundle.
    void aFullDiskStopsWithAClearMessage()
    {
        const fs::path out = m_tree->bundle("full");
        const auto result = run(QStringLiteral(OFFRAMP_FILE_SIZE_LIMIT),
                                QStringList{QString::number(10 * LargeTree::kMiB), QStringLiteral(OFFRAMP_CLI_PATH)} +
                                    m_tree->arguments(out));
        QCOMPARE(result.exitCode, 3);
        const QString message = QString::fromUtf8(result.err);
        QCOMPARE(message.count(QLatin1Char('\n')), 1);
        QVERIFY2(message.contains("File too large"), result.err.constData());             // what happened
        QVERIFY2(message.contains("the bundle is not finished"), result.err.constData()); // what it means
        QVERIFY2(message.contains("The originals are untouched"), result.err.constData());
        QVERIFY2(message.contains("run the same command again"), result.err.constData()); // what to do
        QVERIFY(!fs::exists(out / "manifest.json"));
        QVERIFY(temporariesUnder(out).empty());
        QCOMPARE(runCli({"verify", q(out)}).exitCode, 3);
        QVERIFY(snapshot(m_tree->root) == m_tree->before);
        finishAndCheck(*m_tree, out, QStringLiteral("after a full disk"));
        QVERIFY(snapshot(m_tree->root) == m_tree->before);
    }

    // A finished bundle whose original has changed since: a run stopped while replacing that copy leaves the old
    // copy whole (it is replaced by a rename, never rewritten in place), so the old manifest still verifies; the
    // next run brings the bundle up to date. Last, because it changes the tree.
    void aStoppedReplacementLeavesTheOldCopyWhole()
    {
        const fs::path out = m_tree->bundle("calibration");
        const fs::path bob = kpmBackups(m_tree->root, "bob") / "vault.edb";
        writeRandomFile(bob, fs::file_size(bob), 99);
        // The only file this run writes (the others are identical): stop in its middle.
        const std::uint64_t middle = 10 * LargeTree::kMiB;
        QCOMPARE(stopAt(*m_tree, out, QStringLiteral("OFFRAMP_TEST_STOP_AFTER_BYTES"), middle), kStoppedForTest);
        QCOMPARE(runCli({"verify", q(out)}).exitCode, 0);
        QVERIFY(!sameBytes(out / "files/Users/bob/Documents/Kaspersky Password Manager/Backup/vault.edb", bob));
        finishAndCheck(*m_tree, out, QStringLiteral("after a changed original"));
    }

    void cleanupTestCase() { m_tree.reset(); }

private:
    std::unique_ptr<LargeTree> m_tree;
    int m_fullMs = 0;
    std::vector<std::uint64_t> m_fileEnds; // bytes written when each file (in manifest order) is complete
};

QTEST_GUILESS_MAIN(TestRescueInterrupted)
#include "tst_rescue_interrupted.moc"
