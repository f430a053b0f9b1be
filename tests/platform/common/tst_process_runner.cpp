// SPDX-License-Identifier: GPL-3.0-or-later
// runProcess and findProgram: real programs, run from argument vectors. The test executable doubles as
// a helper program (started with --helper-...) for what no standard tool does reliably. checkProcess and
// waitForProcess: a real child told by its process id and start time, running, ended, and its id with another
// start time, which is not it.
#include "platform/common/ProcessRunner.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace offramp::platform;
using namespace std::chrono_literals;

namespace {

namespace fs = std::filesystem;

fs::path selfPath()
{
    return fs::read_symlink("/proc/self/exe");
}

// The helper side: each mode does one thing and exits.
int helperMain(std::string_view mode, int argc, char** argv)
{
    if (mode == "--helper-both") {
        // Lots on both streams, interleaved: a runner reading one pipe at a time would deadlock.
        const std::string chunk(1000, 'o');
        const std::string errorChunk(1000, 'e');
        for (int i = 0; i < 4000; ++i) {
            static_cast<void>(std::fwrite(chunk.data(), 1, chunk.size(), stdout));
            static_cast<void>(std::fwrite(errorChunk.data(), 1, errorChunk.size(), stderr));
        }
        return 0;
    }
    if (mode == "--helper-stdin") {
        std::size_t count = 0;
        std::array<char, 256> buffer{};
        std::size_t got = 0;
        while ((got = std::fread(buffer.data(), 1, buffer.size(), stdin)) > 0) {
            count += got;
        }
        std::printf("read %zu bytes from stdin\n", count);
        return 0;
    }
    if (mode == "--helper-env" && argc >= 3) {
        for (int i = 2; i < argc; ++i) {
            const char* value = std::getenv(argv[i]);
            std::printf("%s=%s\n", argv[i], value != nullptr ? value : "(unset)");
        }
        return 0;
    }
    if (mode == "--helper-exit" && argc >= 3) {
        static_cast<void>(std::fputs("leaving\n", stderr));
        return std::atoi(argv[2]);
    }
    if (mode == "--helper-wait" && argc >= 3) {
        // Runs until the file appears.
        while (!fs::exists(argv[2])) {
            std::this_thread::sleep_for(20ms);
        }
        return 0;
    }
    if (mode == "--helper-crash") {
        static_cast<void>(std::raise(SIGKILL));
        return 0;
    }
    if (mode == "--helper-grandchild" && argc >= 3) {
        // Starts a grandchild that would outlive us, says who it is, and waits: a time-out must end both.
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::execl("/bin/sleep", "sleep", "60", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        std::ofstream(argv[2]) << pid << '\n';
        std::this_thread::sleep_for(60s);
        return 0;
    }
    static_cast<void>(std::fputs("unknown helper mode\n", stderr));
    return 99;
}

// Whether a process is gone (or a zombie nobody has reaped yet, which is gone too).
bool processIsGone(pid_t pid)
{
    if (::kill(pid, 0) != 0) {
        return true;
    }
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const std::size_t close = text.rfind(')');
    return close == std::string::npos || (close + 2 < text.size() && text[close + 2] == 'Z');
}

// Field 22 of /proc/PID/stat, read here on its own: the process's start in clock ticks since boot.
long long startTicks(long long pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const std::size_t close = text.rfind(')');
    if (close == std::string::npos) {
        return -1;
    }
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int number = 3; number <= 22 && fields >> field; ++number) {
    }
    return fields ? std::stoll(field) : -1;
}

std::string bootId()
{
    std::ifstream file("/proc/sys/kernel/random/boot_id");
    std::string id;
    std::getline(file, id);
    return id;
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

ProcessRequest helper(std::string mode, std::vector<std::string> arguments = {})
{
    ProcessRequest request;
    request.program = selfPath().string();
    request.arguments.push_back(std::move(mode));
    request.arguments.insert(request.arguments.end(), arguments.begin(), arguments.end());
    request.timeout = 60s;
    return request;
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private slots:
    void capturesStandardOutputErrorAndExitCode()
    {
        ProcessRequest request;
        request.program = "ls";
        request.arguments = {"-d", "/", "/offramp-no-such-file"};
        const ProcessResult result = runProcess(request);
        QVERIFY(result.started);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(q(result.output), QStringLiteral("/\n"));
        QVERIFY2(result.errorOutput.find("/offramp-no-such-file") != std::string::npos, result.errorOutput.c_str());
        QVERIFY(result.failure.empty());

        const ProcessResult exited = runProcess(helper("--helper-exit", {"3"}));
        QVERIFY(exited.started);
        QCOMPARE(exited.exitCode, 3);
        QCOMPARE(q(exited.errorOutput), QStringLiteral("leaving\n"));
        QVERIFY(exited.output.empty());

        request.program = "true";
        request.arguments.clear();
        QCOMPARE(runProcess(request).exitCode, 0);
    }

    void readsBothStreamsWithoutDeadlock()
    {
        const auto started = std::chrono::steady_clock::now();
        const ProcessResult result = runProcess(helper("--helper-both"));
        QVERIFY(result.started);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.output.size(), std::size_t{4000000});
        QCOMPARE(result.errorOutput.size(), std::size_t{4000000});
        QVERIFY(result.output.find_first_not_of('o') == std::string::npos);
        QVERIFY(result.errorOutput.find_first_not_of('e') == std::string::npos);
        QVERIFY(std::chrono::steady_clock::now() - started < 30s);
    }

    // With an output file both streams go into it, in the order written, and the runner follows it: the result holds
    // what the file holds. It is new and its owner's alone.
    void anOutputFileTakesBothStreams()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProcessRequest request = helper("--helper-both");
        request.outputFile = fs::path(dir.path().toStdString()) / "both.log";
        const ProcessResult result = runProcess(request);
        QVERIFY2(result.started, result.failure.c_str());
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.output.size(), std::size_t{8000000});
        QVERIFY(result.errorOutput.empty());
        QCOMPARE(std::count(result.output.begin(), result.output.end(), 'e'), 4000000L);
        std::ifstream file(request.outputFile, std::ios::binary);
        const std::string kept((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        QVERIFY(kept == result.output);
        QCOMPARE(fs::status(request.outputFile).permissions() & fs::perms::all,
                 fs::perms::owner_read | fs::perms::owner_write);

        const ProcessResult exited = runProcess([&] {
            ProcessRequest leaving = helper("--helper-exit", {"3"});
            leaving.outputFile = fs::path(dir.path().toStdString()) / "exit.log";
            return leaving;
        }());
        QCOMPARE(exited.exitCode, 3);
        QCOMPARE(q(exited.output), QStringLiteral("leaving\n"));
    }

    // A name that is taken, by a file or a link, is never written through: the program does not start.
    void anOutputFileIsNeverReplaced()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path folder(dir.path().toStdString());
        std::ofstream(folder / "taken.log") << "someone's\n";
        std::ofstream(folder / "target") << "untouched\n";
        fs::create_symlink(folder / "target", folder / "link.log");
        for (const char* name : {"taken.log", "link.log"}) {
            ProcessRequest request;
            request.program = "true";
            request.outputFile = folder / name;
            const ProcessResult result = runProcess(request);
            QVERIFY(!result.started);
            QVERIFY2(result.failure.find("already exists") != std::string::npos, result.failure.c_str());
            // Told as the output file's own error: its kind, and the runner's line before the file's.
            QCOMPARE(result.failureKind, offramp::ErrorKind::AlreadyExists);
            QVERIFY2(result.failure.starts_with("true: cannot create its output file: "), result.failure.c_str());
        }
        // A folder that is not there: the secure file's own failure, not AlreadyExists.
        ProcessRequest nowhere;
        nowhere.program = "true";
        nowhere.outputFile = folder / "missing" / "x.log";
        const ProcessResult missing = runProcess(nowhere);
        QVERIFY(!missing.started);
        QCOMPARE(missing.failureKind, offramp::ErrorKind::Failed);
        QCOMPARE(missing.failure, "true: cannot create its output file: cannot write into the folder " +
                                      (folder / "missing").string() + ": No such file or directory");
        std::ifstream taken(folder / "taken.log");
        std::ifstream target(folder / "target");
        std::string line;
        QVERIFY(std::getline(taken, line) && line == "someone's");
        QVERIFY(std::getline(target, line) && line == "untouched");
    }

    void anOutputFileStillTimesOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProcessRequest request;
        request.program = "sleep";
        request.arguments = {"30"};
        request.timeout = 300ms;
        request.outputFile = fs::path(dir.path().toStdString()) / "sleep.log";
        const auto started = std::chrono::steady_clock::now();
        const ProcessResult result = runProcess(request);
        QVERIFY(result.started);
        QVERIFY(result.timedOut);
        QCOMPARE(result.exitCode, -1);
        QVERIFY2(std::chrono::steady_clock::now() - started < 3s, "runProcess did not return soon after the time-out");
    }

    void standardInputIsEmpty()
    {
        // Were stdin inherited from a terminal or a pipe, the helper would wait here for ever.
        const ProcessResult result = runProcess(helper("--helper-stdin"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(q(result.output), QStringLiteral("read 0 bytes from stdin\n"));
    }

    void inputArrivesOnStandardInputThenEnds()
    {
        ProcessRequest request = helper("--helper-stdin");
        request.input = "S\xC3\xA9same-0pen\n";
        const ProcessResult result = runProcess(request);
        QCOMPARE(result.exitCode, 0);
        // All of it, then the end: the helper reads until end of file.
        QCOMPARE(q(result.output), QStringLiteral("read 13 bytes from stdin\n"));
    }

    void inputLongerThanThePipeHoldsIsRefused()
    {
        ProcessRequest request = helper("--helper-stdin");
        request.input.assign(kMaxProcessInput + 1, 'x');
        const ProcessResult result = runProcess(request);
        QVERIFY(!result.started);
        QVERIFY2(result.failure.find("input is longer") != std::string::npos, result.failure.c_str());
    }

    void argumentsArriveIntact()
    {
        ProcessRequest request;
        request.program = "printf";
        request.arguments = {
            "[%s]\n",      "two words", "it's \"quoted\"", "a; touch /tmp/offramp-owned", "$(id)", "`id`", "*", "",
            "back\\slash", "tab\there", "ünïcödé"};
        const ProcessResult result = runProcess(request);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(q(result.output), QStringLiteral("[two words]\n[it's \"quoted\"]\n[a; touch /tmp/offramp-owned]\n"
                                                  "[$(id)]\n[`id`]\n[*]\n[]\n[back\\slash]\n[tab\there]\n"
                                                  "[ünïcödé]\n"));
    }

    void noShellInterpretsTheArguments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path marker = fs::path(dir.path().toStdString()) / "marker";
        ProcessRequest request;
        request.program = "/bin/echo";
        request.arguments = {"safe;", "touch", marker.string(), "&&", "$(touch " + marker.string() + ")", "|", "cat"};
        const ProcessResult result = runProcess(request);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(q(result.output),
                 q("safe; touch " + marker.string() + " && $(touch " + marker.string() + ") | cat\n"));
        QVERIFY(!fs::exists(marker));

        // A whole command line as the program name is just a name that does not exist.
        request.program = "echo hello; touch " + marker.string();
        request.arguments.clear();
        const ProcessResult whole = runProcess(request);
        QVERIFY(!whole.started);
        QVERIFY(!fs::exists(marker));
    }

    void aMissingProgramDoesNotStart()
    {
        ProcessRequest request;
        request.program = "offramp-no-such-program";
        const ProcessResult result = runProcess(request);
        QVERIFY(!result.started);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, -1);
        QCOMPARE(q(result.failure), QStringLiteral("offramp-no-such-program: not found"));
        QVERIFY(result.failure.find('\n') == std::string::npos);

        request.program = "/nonexistent/bin/rpm";
        const ProcessResult byPath = runProcess(request);
        QVERIFY(!byPath.started);
        QCOMPARE(q(byPath.failure), QStringLiteral("/nonexistent/bin/rpm: not found"));

        // A file that is there but may not be run.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path script = fs::path(dir.path().toStdString()) / "not-executable";
        std::ofstream(script) << "#!/bin/sh\necho hi\n";
        fs::permissions(script, fs::perms::owner_read | fs::perms::owner_write);
        request.program = script.string();
        const ProcessResult denied = runProcess(request);
        QVERIFY(!denied.started);
        QCOMPARE(q(denied.failure), q(script.string() + ": Permission denied"));
    }

    void timesOutAndKillsTheWholeGroup()
    {
        ProcessRequest request;
        request.program = "sleep";
        request.arguments = {"30"};
        request.timeout = 300ms;
        auto started = std::chrono::steady_clock::now();
        const ProcessResult result = runProcess(request);
        auto elapsed = std::chrono::steady_clock::now() - started;
        QVERIFY(result.started);
        QVERIFY(result.timedOut);
        QCOMPARE(result.exitCode, -1);
        QVERIFY(elapsed >= 290ms);
        QVERIFY2(elapsed < 3s, "runProcess did not return soon after the time-out");

        // The helper leaves a grandchild holding the pipes: it must die with the helper.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string pidFile = dir.path().toStdString() + "/grandchild.pid";
        ProcessRequest group = helper("--helper-grandchild", {pidFile});
        group.timeout = 500ms;
        started = std::chrono::steady_clock::now();
        const ProcessResult groupResult = runProcess(group);
        elapsed = std::chrono::steady_clock::now() - started;
        QVERIFY(groupResult.timedOut);
        QVERIFY2(elapsed < 5s, "runProcess did not return soon after the time-out");
        pid_t grandchild = 0;
        std::ifstream(pidFile) >> grandchild;
        QVERIFY(grandchild > 0);
        const auto deadline = std::chrono::steady_clock::now() + 5s;
        while (!processIsGone(grandchild) && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(20ms);
        }
        QVERIFY2(processIsGone(grandchild), "the grandchild outlived the time-out");
    }

    // The process runProcess started is told right after it started, by its id and start time; checkProcess
    // and waitForProcess know it by both, running or ended, and take its id with another start (or from
    // another boot) for another process.
    void tellsTheProcessItStartedAndKnowsItByItsStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string release = dir.path().toStdString() + "/release";
        ProcessRequest request = helper("--helper-wait", {release});
        std::promise<offramp::StepProcess> told;
        request.onStarted = [&told](const offramp::StepProcess& process) { told.set_value(process); };
        auto running = std::async(std::launch::async, [&request] { return runProcess(request); });
        auto toldFuture = told.get_future();
        QVERIFY(toldFuture.wait_for(30s) == std::future_status::ready);
        const offramp::StepProcess process = toldFuture.get();
        QVERIFY(process.pid > 0);
        QCOMPARE(process.startTime, startTicks(process.pid));
        QVERIFY(!bootId().empty());
        QCOMPARE(q(process.bootId), q(bootId()));
        QCOMPARE(q(process.program), q(selfPath().filename().string()));

        QCOMPARE(checkProcess(process), offramp::ProcessCheck::Running);
        auto reused = process;
        reused.startTime += 1;
        QCOMPARE(checkProcess(reused), offramp::ProcessCheck::Ended);
        auto otherBoot = process;
        otherBoot.bootId = "00000000-0000-0000-0000-000000000000";
        QCOMPARE(checkProcess(otherBoot), offramp::ProcessCheck::Ended);
        auto unknownPid = process;
        unknownPid.pid = 0x7ffffff0;
        QCOMPARE(checkProcess(unknownPid), offramp::ProcessCheck::Ended);
        // Its id with another start is not waited for.
        auto started = std::chrono::steady_clock::now();
        QCOMPARE(waitForProcess(reused, 10s, {}), offramp::ProcessCheck::Ended);
        QVERIFY(std::chrono::steady_clock::now() - started < 2s);

        // Still running when the limit has passed.
        started = std::chrono::steady_clock::now();
        QCOMPARE(waitForProcess(process, 600ms, {}), offramp::ProcessCheck::Running);
        auto elapsed = std::chrono::steady_clock::now() - started;
        QVERIFY(elapsed >= 590ms && elapsed < 3s);

        // Waited for until it ends, told about once a second meanwhile.
        std::vector<std::chrono::milliseconds> waited;
        auto waiting = std::async(std::launch::async, [&] {
            return waitForProcess(process, 60s, [&waited](std::chrono::milliseconds so) { waited.push_back(so); });
        });
        std::this_thread::sleep_for(2500ms);
        std::ofstream(release) << "go\n";
        QVERIFY(waiting.wait_for(30s) == std::future_status::ready);
        QCOMPARE(waiting.get(), offramp::ProcessCheck::Ended);
        QVERIFY2(waited.size() >= 2 && waited.size() <= 4, qPrintable(QString::number(waited.size())));
        QVERIFY(waited.front() >= 1000ms && waited.front() < 2000ms);
        QVERIFY(running.wait_for(30s) == std::future_status::ready);
        const ProcessResult result = running.get();
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(checkProcess(process), offramp::ProcessCheck::Ended);
    }

    // Should telling fail (the journal cannot be written), the program is still waited for, then it is said.
    void aFailureToTellWaitsForTheProgramFirst()
    {
        ProcessRequest request = helper("--helper-exit", {"0"});
        long long pid = 0;
        request.onStarted = [&pid](const offramp::StepProcess& process) {
            pid = process.pid;
            throw std::runtime_error("the journal cannot be written");
        };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runProcess(request));
        QVERIFY(pid > 0);
        QVERIFY(processIsGone(static_cast<pid_t>(pid)));
        // Reaped, not left a zombie.
        QVERIFY(!fs::exists("/proc/" + std::to_string(pid)));
    }

    void aProcessKilledBySignalHasNoExitCode()
    {
        const ProcessResult result = runProcess(helper("--helper-crash"));
        QVERIFY(result.started);
        QVERIFY(!result.timedOut);
        QCOMPARE(result.exitCode, -1);
    }

    void addsToTheInheritedEnvironment()
    {
        ::setenv("OFFRAMP_TEST_INHERITED", "from the parent", 1);
        ::setenv("OFFRAMP_TEST_REPLACED", "old", 1);
        ProcessRequest request = helper("--helper-env", {"OFFRAMP_TEST_INHERITED", "OFFRAMP_TEST_REPLACED",
                                                         "OFFRAMP_TEST_ADDED", "OFFRAMP_TEST_UNSET"});
        request.extraEnvironment = {{"OFFRAMP_TEST_REPLACED", "new"}, {"OFFRAMP_TEST_ADDED", "a b=c; $(d)"}};
        const ProcessResult result = runProcess(request);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(q(result.output), QStringLiteral("OFFRAMP_TEST_INHERITED=from the parent\n"
                                                  "OFFRAMP_TEST_REPLACED=new\n"
                                                  "OFFRAMP_TEST_ADDED=a b=c; $(d)\n"
                                                  "OFFRAMP_TEST_UNSET=(unset)\n"));
        // The parent's own environment is left alone.
        QCOMPARE(QString::fromUtf8(std::getenv("OFFRAMP_TEST_REPLACED")), QStringLiteral("old"));
        QVERIFY(std::getenv("OFFRAMP_TEST_ADDED") == nullptr);
    }

    void findsProgramsInPath()
    {
        const std::optional<std::string> sh = findProgram("sh");
        QVERIFY(sh.has_value());
        QVERIFY(fs::path(*sh).is_absolute());
        QVERIFY(::access(sh->c_str(), X_OK) == 0);
        QVERIFY(!findProgram("offramp-no-such-program").has_value());
        QVERIFY(!findProgram("").has_value());
        QCOMPARE(q(findProgram("/bin/sh").value_or("")), QStringLiteral("/bin/sh"));
        QVERIFY(!findProgram("/nonexistent/sh").has_value());
        // A folder named like a program is not one.
        QVERIFY(!findProgram("/usr/bin").has_value());

        // PATH is read when asked, so a program placed on it is found.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path tool = fs::path(dir.path().toStdString()) / "offramp-test-tool";
        fs::copy_file("/bin/true", tool);
        const char* const pathVariable = std::getenv("PATH");
        const std::string savedPath = pathVariable != nullptr ? pathVariable : "";
        ::setenv("PATH", (dir.path().toStdString() + ":" + savedPath).c_str(), 1);
        const std::optional<std::string> found = findProgram("offramp-test-tool");
        ProcessRequest request;
        request.program = "offramp-test-tool";
        const ProcessResult result = runProcess(request);
        ::setenv("PATH", savedPath.c_str(), 1);
        QCOMPARE(q(found.value_or("")), q(tool.string()));
        QVERIFY(result.started);
        QCOMPARE(result.exitCode, 0);
    }
};

int main(int argc, char** argv)
{
    if (argc >= 2 && std::string_view(argv[1]).starts_with("--helper-")) {
        return helperMain(argv[1], argc, argv);
    }
    TestProcessRunner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_process_runner.moc"
