// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ProcessRunner.h"

#include "engine/utils/Result.h"
#include "platform/SecureFile.h"
#include "platform/posix/Descriptor.h"
#include "platform/posix/HostSystem.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace offramp::platform {

namespace {

// A pipe whose ends are not inherited by other children this process starts meanwhile.
bool makePipe(Descriptor& readEnd, Descriptor& writeEnd)
{
    std::array<int, 2> fds{-1, -1};
    if (!posix::makePipeNotInherited(fds)) {
        return false;
    }
    readEnd = Descriptor(fds[0]);
    writeEnd = Descriptor(fds[1]);
    return true;
}

bool isExecutableFile(const std::string& path)
{
    struct stat info
    {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// The inherited environment with the request's variables added or replaced.
std::vector<std::string> buildEnvironment(const std::map<std::string, std::string>& extra)
{
    std::vector<std::string> entries;
    char** const inherited = posix::inheritedEnvironment();
    for (char** entry = inherited; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        const std::string name(text.substr(0, text.find('=')));
        if (!extra.contains(name)) {
            entries.emplace_back(text);
        }
    }
    for (const auto& [name, value] : extra) {
        std::string entry;
        entry.reserve(name.size() + 1 + value.size());
        entry.append(name).append(1, '=').append(value);
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> result;
    result.reserve(strings.size() + 1);
    for (std::string& text : strings) {
        result.push_back(text.data());
    }
    result.push_back(nullptr);
    return result;
}

// Reads what is there; returns false once the other end is closed (or broken).
bool drain(int fd, std::string& into)
{
    std::array<char, 65536> buffer{};
    for (;;) {
        const ssize_t count = ::read(fd, buffer.data(), buffer.size());
        if (count > 0) {
            into.append(buffer.data(), static_cast<std::size_t>(count));
            continue;
        }
        if (count < 0 && errno == EINTR) {
            continue;
        }
        // Nothing more for now (still open), or the end (closed).
        return count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
}

bool writeAll(int fd, std::string_view text)
{
    while (!text.empty()) {
        const ssize_t written = ::write(fd, text.data(), text.size());
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        text.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

int waitFor(pid_t pid, int options)
{
    int status = 0;
    for (;;) {
        const pid_t result = ::waitpid(pid, &status, options);
        if (result == pid) {
            return status;
        }
        if (result == 0) {
            return -1; // still running (WNOHANG)
        }
        if (errno != EINTR) {
            return 0; // already reaped elsewhere: nothing more to learn
        }
    }
}

struct OutputFile
{
    Descriptor writeEnd; // the program's, to append to
    Descriptor readEnd;  // this process's, to follow
};

// The file a program writes its output to: created new and owner-only, then opened once for the program to append
// to and once for this process to follow. Both must be that very file (not a link, nor one put there meanwhile):
// otherwise an Error with the file as its subject (a file that was there already: AlreadyExists; one swapped while
// it was being opened: Busy).
Result<OutputFile> openOutputFile(const std::filesystem::path& path)
{
    try {
        writeNewPrivateFile(path, {});
    } catch (const SecureFileError& error) {
        return Error(error.kind(), std::string("cannot create its output file: ") + error.what(), path.string());
    }
    OutputFile file;
    file.writeEnd = Descriptor(::open(path.c_str(), O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC));
    file.readEnd = Descriptor(file.writeEnd.get() < 0 ? -1 : ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (file.readEnd.get() < 0) {
        const int error = errno;
        return Error(errorKindOf(std::error_code(error, std::generic_category())),
                     "cannot open its output file " + path.string() + ": " + std::strerror(error), path.string());
    }
    struct stat written
    {};
    struct stat followed
    {};
    if (::fstat(file.writeEnd.get(), &written) != 0 || ::fstat(file.readEnd.get(), &followed) != 0 ||
        !S_ISREG(written.st_mode) || written.st_dev != followed.st_dev || written.st_ino != followed.st_ino ||
        written.st_size != 0) {
        return Error(ErrorKind::Busy,
                     "cannot use its output file " + path.string() + ": it was changed while it was being opened",
                     path.string());
    }
    return file;
}

// Waits for the child while reading both pipes. Returns its wait status; -1 when the pipes closed first (the caller
// then waits), or when the deadline passed (result.timedOut).
int waitReadingPipes(pid_t pid, int outFd, int errFd, std::chrono::steady_clock::time_point deadline,
                     ProcessResult& result)
{
    ::fcntl(outFd, F_SETFL, ::fcntl(outFd, F_GETFL) | O_NONBLOCK);
    ::fcntl(errFd, F_SETFL, ::fcntl(errFd, F_GETFL) | O_NONBLOCK);
    bool outOpen = true;
    bool errOpen = true;
    while (outOpen || errOpen) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            result.timedOut = true;
            return -1;
        }
        std::array<pollfd, 2> fds{{{outOpen ? outFd : -1, POLLIN, 0}, {errOpen ? errFd : -1, POLLIN, 0}}};
        // Woken now and then to notice a child that exited while something it started still holds the pipes.
        const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(std::min<long long>(left.count(), 200)));
        if (ready < 0) {
            // Interrupted (or, unheard of, failed): try again; the deadline still holds.
            if (errno != EINTR) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            continue;
        }
        if (outOpen && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            outOpen = drain(outFd, result.output);
        }
        if (errOpen && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            errOpen = drain(errFd, result.errorOutput);
        }
        if (ready == 0) {
            const int status = waitFor(pid, WNOHANG);
            if (status != -1) {
                // It has finished: everything it wrote is already in the pipes.
                drain(outFd, result.output);
                drain(errFd, result.errorOutput);
                return status;
            }
        }
    }
    return -1;
}

// Waits for the child while following the file it writes to, which holds at its end everything it wrote. Returns its
// wait status, or -1 when the deadline passed (result.timedOut).
int waitFollowingFile(pid_t pid, int fileFd, std::chrono::steady_clock::time_point deadline, ProcessResult& result)
{
    for (;;) {
        drain(fileFd, result.output);
        const int status = waitFor(pid, WNOHANG);
        if (status != -1) {
            drain(fileFd, result.output);
            return status;
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            result.timedOut = true;
            return -1;
        }
        std::this_thread::sleep_for(std::min(left, std::chrono::milliseconds(100)));
    }
}

class SpawnSetup
{
public:
    SpawnSetup()
    {
        ::posix_spawn_file_actions_init(&actions);
        ::posix_spawnattr_init(&attributes);
    }
    ~SpawnSetup()
    {
        ::posix_spawn_file_actions_destroy(&actions);
        ::posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
    SpawnSetup(SpawnSetup&&) = delete;
    SpawnSetup& operator=(SpawnSetup&&) = delete;

    posix_spawn_file_actions_t actions{};
    posix_spawnattr_t attributes{};
};

} // namespace

ProcessCheck waitForProcess(const StepProcess& process, std::chrono::milliseconds limit,
                            const std::function<void(std::chrono::milliseconds)>& waited)
{
    // Not a child of this process, so nothing can wait for it in the kernel: it is looked at four times a second.
    const auto start = std::chrono::steady_clock::now();
    auto nextTell = std::chrono::milliseconds(1000);
    for (;;) {
        const ProcessCheck check = checkProcess(process);
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        if (check != ProcessCheck::Running || elapsed >= limit) {
            return check;
        }
        if (elapsed >= nextTell) {
            nextTell = elapsed + std::chrono::milliseconds(1000);
            if (waited) {
                waited(elapsed);
            }
        }
        std::this_thread::sleep_for(std::min(std::chrono::milliseconds(250), limit - elapsed));
    }
}

std::optional<std::string> findProgram(const std::string& name)
{
    if (name.empty()) {
        return std::nullopt;
    }
    if (name.find('/') != std::string::npos) {
        return isExecutableFile(name) ? std::optional<std::string>(name) : std::nullopt;
    }
    const char* pathVariable = std::getenv("PATH");
    const std::string_view searchPath = pathVariable != nullptr ? pathVariable : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= searchPath.size()) {
        std::size_t end = searchPath.find(':', start);
        if (end == std::string_view::npos) {
            end = searchPath.size();
        }
        std::string_view directory = searchPath.substr(start, end - start);
        if (directory.empty()) {
            directory = "."; // an empty PATH entry means the current folder
        }
        std::string candidate;
        candidate.reserve(directory.size() + 1 + name.size());
        candidate.append(directory).append(1, '/').append(name);
        if (isExecutableFile(candidate)) {
            return candidate;
        }
        start = end + 1;
    }
    return std::nullopt;
}

std::string describeSignal(int signal)
{
    std::string text = "signal " + std::to_string(signal);
    if (const char* name = ::strsignal(signal); name != nullptr) {
        text += std::string(", ") + name;
    }
    return text;
}

ProcessCheck checkProcess(const StepProcess& process)
{
    const std::string boot = posix::bootId();
    if (boot.empty()) {
        return ProcessCheck::Unknown;
    }
    if (boot != process.bootId) {
        return ProcessCheck::Ended; // it ran before the computer was restarted
    }
    return posix::checkProcessThisBoot(process);
}

ProcessResult runProcess(const ProcessRequest& request)
{
    ProcessResult result;
    // A bare name is looked up here rather than by the spawn, which keeps the child free of PATH searches.
    const std::optional<std::string> program = request.program.find('/') != std::string::npos
                                                   ? std::optional<std::string>(request.program)
                                                   : findProgram(request.program);
    if (!program) {
        result.failure = request.program + ": not found";
        return result;
    }

    if (request.input.size() > kMaxProcessInput) {
        result.failure = request.program + ": its input is longer than " + std::to_string(kMaxProcessInput) + " bytes";
        return result;
    }
    Descriptor inRead;
    Descriptor inWrite;
    Descriptor outRead;
    Descriptor outWrite;
    Descriptor errRead;
    Descriptor errWrite;
    const bool hasInput = !request.input.empty();
    const bool toFile = !request.outputFile.empty();
    if (toFile) {
        auto file = openOutputFile(request.outputFile);
        if (!file) {
            result.failure = request.program + ": " + file.error().what();
            result.failureKind = file.error().kind();
            return result;
        }
        outWrite = std::move(file.value().writeEnd);
        outRead = std::move(file.value().readEnd);
    }
    if ((hasInput && !makePipe(inRead, inWrite)) || (!toFile && !makePipe(outRead, outWrite)) ||
        (!toFile && !makePipe(errRead, errWrite))) {
        result.failure = request.program + ": cannot create a pipe: " + std::strerror(errno);
        return result;
    }
    // The input is written before the program starts: it fits in the pipe's buffer, and since this end is
    // closed and the reading end still open, the write neither waits nor raises SIGPIPE.
    if (hasInput) {
        const bool written = writeAll(inWrite.get(), request.input);
        inWrite.reset();
        if (!written) {
            result.failure = request.program + ": cannot pass its input: " + std::strerror(errno);
            return result;
        }
    }

    std::vector<std::string> argumentStrings;
    argumentStrings.reserve(request.arguments.size() + 1);
    argumentStrings.push_back(request.program);
    argumentStrings.insert(argumentStrings.end(), request.arguments.begin(), request.arguments.end());
    std::vector<char*> argv = pointers(argumentStrings);
    std::vector<std::string> environmentStrings = buildEnvironment(request.extraEnvironment);
    std::vector<char*> envp = pointers(environmentStrings);

    SpawnSetup setup;
    if (hasInput) {
        ::posix_spawn_file_actions_adddup2(&setup.actions, inRead.get(), STDIN_FILENO);
    } else {
        ::posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    }
    ::posix_spawn_file_actions_adddup2(&setup.actions, outWrite.get(), STDOUT_FILENO);
    ::posix_spawn_file_actions_adddup2(&setup.actions, toFile ? outWrite.get() : errWrite.get(), STDERR_FILENO);
    // Its own process group, so that a time-out can kill whatever it started too.
    ::posix_spawnattr_setpgroup(&setup.attributes, 0);
    sigset_t noSignals;
    sigemptyset(&noSignals);
    sigset_t defaultSignals;
    sigemptyset(&defaultSignals);
    for (const int signal :
         {SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGCHLD, SIGALRM, SIGUSR1, SIGUSR2, SIGTSTP, SIGTTIN, SIGTTOU}) {
        sigaddset(&defaultSignals, signal);
    }
    ::posix_spawnattr_setsigmask(&setup.attributes, &noSignals);
    ::posix_spawnattr_setsigdefault(&setup.attributes, &defaultSignals);
    ::posix_spawnattr_setflags(
        &setup.attributes, static_cast<short>(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF));

    pid_t pid = -1;
    const int spawnError =
        ::posix_spawn(&pid, program->c_str(), &setup.actions, &setup.attributes, argv.data(), envp.data());
    if (spawnError != 0) {
        result.failure = request.program + ": " + (spawnError == ENOENT ? "not found" : std::strerror(spawnError));
        return result;
    }
    result.started = true;
    // Should telling fail (the journal cannot be written), the program is still waited for before it is said.
    std::exception_ptr tellingFailed;
    if (request.onStarted) {
        try {
            if (const auto identity = posix::identifyProcess(pid, *program)) {
                request.onStarted(*identity);
            }
        } catch (...) {
            tellingFailed = std::current_exception();
        }
    }
    outWrite.reset();
    errWrite.reset();
    inRead.reset();

    const auto deadline = std::chrono::steady_clock::now() + request.timeout;
    int status = toFile ? waitFollowingFile(pid, outRead.get(), deadline, result)
                        : waitReadingPipes(pid, outRead.get(), errRead.get(), deadline, result);

    if (result.timedOut) {
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
        waitFor(pid, 0);
        if (tellingFailed) {
            std::rethrow_exception(tellingFailed);
        }
        return result;
    }
    if (status == -1) {
        status = waitFor(pid, 0);
    }
    if (tellingFailed) {
        std::rethrow_exception(tellingFailed);
    }
    if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
    }
    return result;
}

} // namespace offramp::platform
