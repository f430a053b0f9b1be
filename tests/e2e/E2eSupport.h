// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the end-to-end removal tests (E2eSupport.cpp, a library they link): packages named like Kaspersky's, built
// here with dpkg-deb or rpmbuild and installed into a test root; offramp-cli started in a session of its own, so that
// the test can stop and kill every process of it at once (a power cut); and a digest of a file tree, to show that
// nothing but the packages' own files changed.
#ifndef OFFRAMP_TESTS_E2E_E2ESUPPORT_H
#define OFFRAMP_TESTS_E2E_E2ESUPPORT_H

#include "TestSupport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <array>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace offramp::e2e {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------------------
// A Mac's Kaspersky Anti-Virus, as a tree under a root: the app bundle and the uninstall script it ships

inline constexpr const char* kMacApp = "Applications/Kaspersky Anti-Virus.app";
inline constexpr const char* kMacUninstallScript =
    "Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript";

// The app bundle's Info.plist, as the scan reads it.
std::string macInfoPlist();

// ---------------------------------------------------------------------------------------------------------
// The packages

struct PackageFile
{
    std::string path; // absolute, as on the machine
    std::string contents;
    bool conffile = false;
};

struct TestPackage
{
    std::string name;
    std::string version; // dpkg's "upstream-revision"; rpm splits it at the last '-'
    std::vector<PackageFile> files;
    std::string depends; // dpkg's Depends:, empty for none
};

// kesl-gui (which needs kesl), kesl (with a conffile) and the Network Agent klnagent64, as Kaspersky ships
// them for Linux. `version` is unique to the test run, so that its traces can be told from anything else.
std::vector<TestPackage> kasperskyPackages(const std::string& version, bool withGui);

// The folder in a test root where the removal scripts log and look for the test's flags. Not a package's.
inline const char* const kTestFolder = ".e2e";

// A maintainer script ("prerm" or "postrm") that logs that it started ("NAME prerm remove"), then crashes dpkg, its
// parent, with SIGSEGV once when `.e2e/crash-NAME` exists (prerm), hangs while `.e2e/hang-NAME` exists (prerm), takes
// 30 seconds while `.e2e/slow-NAME` (prerm) or
// `.e2e/slow-postrm-NAME` (postrm) exists, and waits for `.e2e/wait-NAME` (prerm) to go away. The prerm then writes
// a line to its standard output and one to its standard error, as real ones do, and logs that it could
// ("NAME wrote remove"): written into a pipe whose reader is gone, the first line would end it. dpkg runs it outside a
// chroot (--force-script-chrootless) with DPKG_ROOT set to the root.
std::string dpkgScript(const std::string& script, const std::string& name);

// Builds NAME_VERSION_all.deb in `work` with dpkg-deb.
fs::path buildDeb(const fs::path& work, const TestPackage& package);

// An empty dpkg database under `root`.
void makeDpkgRoot(const fs::path& root);

// Installs the packages into `root` as dpkg would on that machine (without a chroot, logging nowhere).
void dpkgInstall(const fs::path& root, const std::vector<fs::path>& debs);

// What dpkg's database under `root` records: package name -> status (any state, config-files included).
std::map<QString, QString> dpkgPackages(const fs::path& root);

// rpm: a noarch package whose %preun is written in rpm's built-in Lua, so that it needs no shell inside the
// root (rpm runs scriptlets chrooted into --root). It behaves as dpkgScript("prerm", ...) does; Lua runs inside rpm
// itself, so "crash" sends rpm its SIGSEGV from there.
fs::path buildRpm(const fs::path& top, const TestPackage& package);

// Installs the packages into `root`, their database in /var/lib/rpm there (where Fedora's rpm keeps it and
// where Offramp's probe reads it).
void rpmInstall(const fs::path& root, const std::vector<fs::path>& rpms);

// The names of the packages the rpm database in `root`/var/lib/rpm records.
QStringList rpmPackages(const fs::path& root);

// How many times a removal script of `package` started in `root` (each logs a line): "pre" counts dpkg's
// prerm and rpm's %preun, "postrm" dpkg's postrm; "wrote" counts dpkg's prerms that wrote their output and went on.
int scriptStarts(const fs::path& root, const QString& package, const std::string& script = "pre");

// Makes the removal script of `package` crash dpkg or rpm ("crash"), slow ("slow", "slow-postrm"), hang ("hang"), wait
// until the flag is taken away ("wait") or, with `on` false, fast again.
void setScriptFlag(const fs::path& root, const char* flag, const QString& package, bool on);

// The person's own files, which a removal must leave byte for byte as they are: some of them named like
// Kaspersky's, one of them an installer in Downloads.
void writeUserFiles(const fs::path& root);

// ---------------------------------------------------------------------------------------------------------
// File trees

// Relative path -> what is there ("file <sha256> <mode>", "dir <mode>", "link <target>").
using TreeDigest = std::map<std::string, std::string>;

TreeDigest digestTree(const fs::path& root, bool withFolders);

// What differs between two digests, one line each, leaving out paths for which `ignore` is true.
QStringList treeChanges(const TreeDigest& before, const TreeDigest& after,
                        const std::function<bool(const std::string&)>& ignore = {});

// Fails the test, listing the changes, unless there are none.
#define E2E_VERIFY_NO_CHANGES(changes)                                                                                 \
    do {                                                                                                               \
        const QStringList e2eChanges = (changes);                                                                      \
        QVERIFY2(e2eChanges.isEmpty(),                                                                                 \
                 qPrintable(QStringLiteral("the tree changed:\n  ") + e2eChanges.join(QStringLiteral("\n  "))));       \
    } while (false)

// SQLite's shared-memory index next to a database (rpm's rpmdb.sqlite-shm): every reader rewrites it, and it
// holds none of the database's data.
bool sqliteSharedMemory(const std::string& path);

// Whether `path` (relative to the root) is one of the packages' files, or the package manager's database,
// or the test's own folder: what a removal may change.
std::function<bool(const std::string&)> packagesOwn(const std::vector<TestPackage>& packages,
                                                    std::vector<std::string> databasePrefixes);

// The packages' files still present under `root`.
QStringList presentFiles(const fs::path& root, const std::vector<TestPackage>& packages);

// ---------------------------------------------------------------------------------------------------------
// Processes

struct ProcessInfo
{
    pid_t pid = 0;
    char state = '?';
    pid_t parent = 0;
    pid_t group = 0;
    pid_t session = 0;
    std::string name;
};

// The processes of a session, from /proc; zombies (dead, not yet reaped) only with `withDead`.
std::vector<ProcessInfo> sessionProcesses(pid_t session, bool withDead = false);

QString describeProcesses(const std::vector<ProcessInfo>& processes);

// A power cut for one session: every process of it is stopped (again and again, until no new one appears,
// so that none can start another), then all are killed with SIGKILL. Returns what was killed, as it was.
std::vector<ProcessInfo> killSession(pid_t session);

// offramp-cli started as the leader of a new session, as when a person starts it from a terminal: all it
// starts, the package manager and the package's scripts included, belongs to that session.
class CliInSession
{
public:
    enum class Output
    {
        ToTest,
        OwnPipe
    };
    explicit CliInSession(const QStringList& arguments, const QString& workingDirectory = {},
                          Output output = Output::ToTest)
    {
        if (output == Output::OwnPipe && ::pipe(m_outputPipe.data()) != 0) {
            return;
        }
        m_process.setChildProcessModifier([pipe = m_outputPipe] {
            ::setsid();
            if (pipe[1] >= 0) {
                ::dup2(pipe[1], STDOUT_FILENO);
                ::dup2(pipe[1], STDERR_FILENO);
                ::close(pipe[0]);
                ::close(pipe[1]);
            }
        });
        m_process.setWorkingDirectory(workingDirectory);
        m_timer.start();
        m_process.start(QStringLiteral(OFFRAMP_CLI_PATH), arguments);
        if (m_process.waitForStarted(30000)) {
            m_session = static_cast<pid_t>(m_process.processId());
            m_process.closeWriteChannel();
        }
        if (m_outputPipe[1] >= 0) {
            ::close(std::exchange(m_outputPipe[1], -1));
        }
    }
    ~CliInSession()
    {
        loseReader();
        // A failed test must not leave a hanging script behind.
        if (m_session > 0) {
            killSession(m_session);
        }
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    CliInSession(const CliInSession&) = delete;
    CliInSession& operator=(const CliInSession&) = delete;
    CliInSession(CliInSession&&) = delete;
    CliInSession& operator=(CliInSession&&) = delete;

    bool started() const { return m_session > 0; }
    pid_t session() const { return m_session; }

    // Polls `condition` until it holds (true), the CLI ends or the time runs out (false).
    bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (condition()) {
                return true;
            }
            if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(20)) {
                return condition();
            }
        }
        return condition();
    }
    bool waitForFinished(int timeoutMs)
    {
        const bool finished = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
        if (finished) {
            m_elapsedMs = m_timer.elapsed();
            m_out += m_process.readAllStandardOutput();
            m_err += m_process.readAllStandardError();
        }
        return finished;
    }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The reader of its output goes away, as a wizard that crashed would: the reading end of the pipe that
    // startWithOwnOutputPipe gave it is closed (QProcess keeps its own pipes open to the end).
    void loseReader()
    {
        if (m_outputPipe[0] >= 0) {
            ::close(std::exchange(m_outputPipe[0], -1));
        }
    }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    int exitCode() const { return m_process.exitCode(); }
    const QByteArray& out() const { return m_out; }
    const QByteArray& err() const { return m_err; }
    // For failure messages.
    QByteArray describe()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return "stdout: " + m_out + "\nstderr: " + m_err;
    }

private:
    QProcess m_process;
    std::array<int, 2> m_outputPipe{-1, -1};
    QElapsedTimer m_timer;
    pid_t m_session = 0;
    qint64 m_elapsedMs = -1;
    QByteArray m_out;
    QByteArray m_err;
};

// ---------------------------------------------------------------------------------------------------------
// The journal and the scan

QJsonObject parseObject(const QByteArray& text, QString* error);

QJsonObject readJournal(const fs::path& path, QString* error);

// "target:state" for each step, in the journal's order.
QStringList stepStates(const QJsonObject& journal);

QJsonObject stepFor(const QJsonObject& journal, const QString& target);

QStringList eventsOf(const QJsonObject& journal);

// Empty when the events hold lines starting with each of `expected`, in that order (others may come
// between); otherwise which one is missing, and the whole story.
QString storyGap(const QStringList& events, const QStringList& expected);

int countStarting(const QStringList& lines, const QString& prefix);

// `offramp-cli scan --root ROOT --json`: its exit code and the products it found (empty when clean).
struct ScanOutcome
{
    int exitCode = -1;
    QStringList products;
    QString error;
};

ScanOutcome scanRoot(const fs::path& root);

// The files in a folder, by name.
QStringList folderEntries(const fs::path& folder);

// Waits for a removal started in `cli` while `target`'s removal script hangs, and checks that it gave up after
// the time-out of `timeoutSeconds` with exit 4, having killed the package manager's whole process group (the
// script's sleep too) and started the script only once. The caller stops when the test has failed.
void expectGaveUpOnHungScript(CliInSession& cli, const fs::path& root, const QString& target, int timeoutSeconds);

} // namespace offramp::e2e

#endif
