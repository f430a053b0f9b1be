// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ProcessRunner.h"

#include "engine/UninstallCommand.h"
#include "engine/utils/AsciiCase.h"
#include "engine/utils/Result.h"
#include "platform/SecureFile.h"
#include "platform/common/Utf8Path.h"
#include "platform/windows/Handle.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cwchar>
#include <exception>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace offramp::platform {

namespace {

using utils::endsWithIgnoringCase;
using windows::Handle;
using windows::toUtf8;
using windows::toWide;
using windows::win32ErrorText;

// A start that failed for want of memory or handles, or for an internal error (Wine's report of a child
// that died while it was being set up), may work a moment later. Nothing ran, so trying again does
// nothing twice.
constexpr int kStartAttempts = 3;
constexpr DWORD kStartRetryWaitMs = 500;

bool isPassingStartFailure(DWORD error)
{
    return error == ERROR_INTERNAL_ERROR || error == ERROR_NOT_ENOUGH_MEMORY || error == ERROR_OUTOFMEMORY ||
           error == ERROR_NO_SYSTEM_RESOURCES || error == ERROR_COMMITMENT_LIMIT;
}

bool isFile(const std::wstring& path)
{
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) == 0;
}

bool hasFolder(std::string_view name)
{
    return name.find_first_of("\\/:") != std::string_view::npos;
}

// The inherited environment with the request's variables added or replaced, sorted by name without letter
// case as CreateProcessW expects, each entry ending in a null character and the block in another.
std::wstring environmentBlock(const std::map<std::string, std::string>& extra)
{
    std::vector<std::wstring> entries;
    const auto sameName = [](std::wstring_view a, std::wstring_view b) {
        return ::CompareStringOrdinal(a.data(), static_cast<int>(a.size()), b.data(), static_cast<int>(b.size()),
                                      TRUE) == CSTR_EQUAL;
    };
    const auto nameOf = [](std::wstring_view entry) {
        // Entries such as "=C:=C:\dir" start with '=': their name runs to the second '='.
        const auto equals = entry.find(L'=', 1);
        return entry.substr(0, equals == std::wstring_view::npos ? entry.size() : equals);
    };
    if (wchar_t* inherited = ::GetEnvironmentStringsW()) {
        for (const wchar_t* entry = inherited; *entry != L'\0'; entry += std::wcslen(entry) + 1) {
            const std::wstring_view text(entry);
            const bool replaced = std::ranges::any_of(
                extra, [&](const auto& variable) { return sameName(nameOf(text), toWide(variable.first)); });
            if (!replaced) {
                entries.emplace_back(text);
            }
        }
        ::FreeEnvironmentStringsW(inherited);
    }
    for (const auto& [name, value] : extra) {
        entries.push_back(toWide(name) + L"=" + toWide(value));
    }
    std::ranges::sort(entries, [&](const std::wstring& a, const std::wstring& b) {
        const auto left = nameOf(a);
        const auto right = nameOf(b);
        return ::CompareStringOrdinal(left.data(), static_cast<int>(left.size()), right.data(),
                                      static_cast<int>(right.size()), TRUE) == CSTR_LESS_THAN;
    });
    std::wstring block;
    for (const auto& entry : entries) {
        block += entry;
        block += L'\0';
    }
    block += L'\0';
    return block;
}

// One end of a pipe read with overlapped I/O, so that one thread can wait for the child and both pipes.
class PipeReader
{
public:
    explicit PipeReader(std::string& into)
        : m_into(into)
        , m_event(::CreateEventW(nullptr, TRUE, FALSE, nullptr))
    {}
    ~PipeReader() { cancel(); }
    PipeReader(const PipeReader&) = delete;
    PipeReader& operator=(const PipeReader&) = delete;
    PipeReader(PipeReader&&) = delete;
    PipeReader& operator=(PipeReader&&) = delete;

    // Creates the pipe; `writeEnd` is the inheritable end the child writes to.
    bool create(Handle& writeEnd)
    {
        static std::atomic<unsigned> counter{0};
        const std::wstring name = L"\\\\.\\pipe\\offramp-" + std::to_wstring(::GetCurrentProcessId()) + L"-" +
                                  std::to_wstring(counter.fetch_add(1));
        m_pipe = Handle(::CreateNamedPipeW(name.c_str(), PIPE_ACCESS_INBOUND | FILE_FLAG_OVERLAPPED,
                                           PIPE_TYPE_BYTE | PIPE_WAIT, 1, 0, 65536, 0, nullptr));
        if (!m_pipe || !m_event) {
            return false;
        }
        SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
        writeEnd = Handle(
            ::CreateFileW(name.c_str(), GENERIC_WRITE, 0, &inherit, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
        return static_cast<bool>(writeEnd);
    }

    bool open() const { return m_open; }
    HANDLE event() const { return m_event.get(); }

    // Reads until a read has to wait (or the other end is closed).
    void start()
    {
        while (m_open && !m_pending) {
            m_overlapped = OVERLAPPED{};
            m_overlapped.hEvent = m_event.get();
            ::ResetEvent(m_event.get());
            DWORD count = 0;
            if (::ReadFile(m_pipe.get(), m_buffer.data(), static_cast<DWORD>(m_buffer.size()), &count, &m_overlapped) !=
                0) {
                m_into.append(m_buffer.data(), count);
                continue;
            }
            if (::GetLastError() == ERROR_IO_PENDING) {
                m_pending = true;
                return;
            }
            m_open = false; // ERROR_BROKEN_PIPE: every writer has closed its end
        }
    }

    // Its event was signalled: take what arrived and read on.
    void finish()
    {
        if (!m_pending) {
            return;
        }
        DWORD count = 0;
        if (::GetOverlappedResult(m_pipe.get(), &m_overlapped, &count, FALSE) != 0) {
            m_pending = false;
            m_into.append(m_buffer.data(), count);
            start();
            return;
        }
        if (::GetLastError() == ERROR_IO_INCOMPLETE) {
            return;
        }
        m_pending = false;
        m_open = false;
    }

    void cancel()
    {
        if (m_pending) {
            ::CancelIo(m_pipe.get());
            DWORD count = 0;
            ::GetOverlappedResult(m_pipe.get(), &m_overlapped, &count, TRUE);
            m_pending = false;
        }
        m_open = false;
    }

private:
    std::string& m_into;
    Handle m_event;
    Handle m_pipe;
    OVERLAPPED m_overlapped{};
    std::array<char, 65536> m_buffer{};
    bool m_pending = false;
    bool m_open = true;
};

// Lets the child inherit its three standard handles and nothing else this process holds.
class InheritList
{
public:
    explicit InheritList(std::array<HANDLE, 3> handles)
        : m_handles(handles)
    {
        SIZE_T size = 0;
        ::InitializeProcThreadAttributeList(nullptr, 1, 0, &size);
        m_storage.resize(size);
        auto* list = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(m_storage.data());
        if (size == 0 || ::InitializeProcThreadAttributeList(list, 1, 0, &size) == 0) {
            return;
        }
        m_initialized = true;
        if (::UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, m_handles.data(),
                                        sizeof(HANDLE) * m_handles.size(), nullptr, nullptr) != 0) {
            m_list = list;
        }
    }
    ~InheritList()
    {
        if (m_initialized) {
            ::DeleteProcThreadAttributeList(reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(m_storage.data()));
        }
    }
    InheritList(const InheritList&) = delete;
    InheritList& operator=(const InheritList&) = delete;
    InheritList(InheritList&&) = delete;
    InheritList& operator=(InheritList&&) = delete;

    LPPROC_THREAD_ATTRIBUTE_LIST get() const { return m_list; }

private:
    std::array<HANDLE, 3> m_handles;
    std::vector<std::byte> m_storage;
    LPPROC_THREAD_ATTRIBUTE_LIST m_list = nullptr;
    bool m_initialized = false;
};

// The reading end of a pipe that already holds all of `text` and is closed for writing, for a child's
// standard input. It fits in the pipe's buffer (kMaxProcessInput), so writing never waits for the child.
Handle inputPipe(const std::string& text)
{
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE readEnd = nullptr;
    HANDLE writeEnd = nullptr;
    if (::CreatePipe(&readEnd, &writeEnd, &inherit, static_cast<DWORD>(kMaxProcessInput)) == 0) {
        return {};
    }
    Handle reading(readEnd);
    const Handle writing(writeEnd);
    DWORD written = 0;
    if (::WriteFile(writing.get(), text.data(), static_cast<DWORD>(text.size()), &written, nullptr) == 0 ||
        written != text.size()) {
        return {};
    }
    return reading;
}

// Opens the file a program writes its output to, new and owner-only, for appending only: once for its standard
// output, once for its standard error (both inheritable), and once for this process to follow. All three must be that
// very file, not a link put in its place: otherwise an Error with the file as its subject (a file that was there
// already: AlreadyExists; one swapped while it was being opened: Busy).
Result<std::array<Handle, 3>> openOutputFile(const std::filesystem::path& path)
{
    try {
        writeNewPrivateFile(path, {});
    } catch (const SecureFileError& error) {
        return Error(error.kind(), std::string("cannot create its output file: ") + error.what(), utf8Text(path));
    }
    std::array<Handle, 3> handles;
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    // Deleting is shared too: once its step has finished the file goes, even while a process the program left
    // behind (the console host Wine starts for it) still holds its copy of the handles for a moment.
    const DWORD share = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
    const DWORD flags = FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT;
    for (std::size_t i = 0; i < handles.size(); ++i) {
        const bool follower = i == handles.size() - 1;
        handles[i] = Handle(::CreateFileW(path.c_str(), follower ? GENERIC_READ : FILE_APPEND_DATA | SYNCHRONIZE, share,
                                          follower ? nullptr : &inherit, OPEN_EXISTING, flags, nullptr));
        if (!handles[i]) {
            const DWORD error = ::GetLastError();
            return Error(errorKindOf(std::error_code(static_cast<int>(error), std::system_category())),
                         "cannot open its output file " + utf8Text(path) + ": " + win32ErrorText(error),
                         utf8Text(path));
        }
    }
    std::array<BY_HANDLE_FILE_INFORMATION, 3> info{};
    for (std::size_t i = 0; i < handles.size(); ++i) {
        if (::GetFileInformationByHandle(handles[i].get(), &info[i]) == 0 ||
            (info[i].dwFileAttributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY)) != 0 ||
            info[i].nFileSizeLow != 0 || info[i].nFileSizeHigh != 0 ||
            info[i].dwVolumeSerialNumber != info[0].dwVolumeSerialNumber ||
            info[i].nFileIndexLow != info[0].nFileIndexLow || info[i].nFileIndexHigh != info[0].nFileIndexHigh) {
            return Error(ErrorKind::Busy,
                         "cannot use its output file " + utf8Text(path) + ": it was changed while it was being opened",
                         utf8Text(path));
        }
    }
    return handles;
}

// Reads what has been added to the file since the last read.
void follow(HANDLE file, std::string& into)
{
    std::array<char, 65536> buffer{};
    DWORD count = 0;
    while (::ReadFile(file, buffer.data(), static_cast<DWORD>(buffer.size()), &count, nullptr) != 0 && count > 0) {
        into.append(buffer.data(), count);
    }
}

// Waits for the process while following the file it writes to; false when the deadline passed first.
bool waitFollowingFile(HANDLE process, HANDLE file, std::chrono::steady_clock::time_point deadline, std::string& into)
{
    for (;;) {
        follow(file, into);
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        const DWORD slice = static_cast<DWORD>(std::clamp<long long>(left.count(), 0, 100));
        if (::WaitForSingleObject(process, slice) == WAIT_OBJECT_0) {
            follow(file, into);
            return true;
        }
        if (left.count() <= 0) {
            return false;
        }
    }
}

long long creationTime(HANDLE process)
{
    FILETIME created{};
    FILETIME exited{};
    FILETIME kernel{};
    FILETIME user{};
    if (::GetProcessTimes(process, &created, &exited, &kernel, &user) == 0) {
        return -1;
    }
    return static_cast<long long>((static_cast<unsigned long long>(created.dwHighDateTime) << 32U) |
                                  created.dwLowDateTime);
}

// The process a record names, opened for waiting, when it is that very process; an empty handle and why not.
Handle openRecorded(const StepProcess& process, ProcessCheck& otherwise)
{
    otherwise = ProcessCheck::Ended;
    if (process.pid <= 0 || process.pid > 0xFFFFFFFFLL) {
        return {};
    }
    Handle handle(
        ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, static_cast<DWORD>(process.pid)));
    if (!handle) {
        // No such process (ERROR_INVALID_PARAMETER); one this process may not look at cannot be told.
        otherwise = ::GetLastError() == ERROR_ACCESS_DENIED ? ProcessCheck::Unknown : ProcessCheck::Ended;
        return {};
    }
    const long long created = creationTime(handle.get());
    if (created < 0) {
        otherwise = ProcessCheck::Unknown;
        return {};
    }
    if (created != process.startTime) {
        return {}; // another program has its id now
    }
    return handle;
}

} // namespace

ProcessCheck checkProcess(const StepProcess& process)
{
    ProcessCheck otherwise = ProcessCheck::Ended;
    const Handle handle = openRecorded(process, otherwise);
    if (!handle) {
        return otherwise;
    }
    return ::WaitForSingleObject(handle.get(), 0) == WAIT_TIMEOUT ? ProcessCheck::Running : ProcessCheck::Ended;
}

ProcessCheck waitForProcess(const StepProcess& process, std::chrono::milliseconds limit,
                            const std::function<void(std::chrono::milliseconds)>& waited)
{
    ProcessCheck otherwise = ProcessCheck::Ended;
    const Handle handle = openRecorded(process, otherwise);
    if (!handle) {
        return otherwise;
    }
    const auto start = std::chrono::steady_clock::now();
    for (;;) {
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        if (elapsed >= limit) {
            return ::WaitForSingleObject(handle.get(), 0) == WAIT_TIMEOUT ? ProcessCheck::Running : ProcessCheck::Ended;
        }
        const auto slice = std::min(std::chrono::milliseconds(1000), limit - elapsed);
        const DWORD wait = ::WaitForSingleObject(handle.get(), static_cast<DWORD>(slice.count()));
        if (wait == WAIT_OBJECT_0) {
            return ProcessCheck::Ended;
        }
        if (wait == WAIT_FAILED) {
            return ProcessCheck::Unknown;
        }
        if (waited) {
            waited(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start));
        }
    }
}

std::optional<std::string> findProgram(const std::string& name)
{
    if (name.empty()) {
        return std::nullopt;
    }
    if (hasFolder(name)) {
        return isFile(toWide(name)) ? std::optional<std::string>(name) : std::nullopt;
    }
    const DWORD size = ::GetEnvironmentVariableW(L"PATH", nullptr, 0);
    std::wstring path(size, L'\0');
    path.resize(::GetEnvironmentVariableW(L"PATH", path.data(), size));
    // Only programs: a .bat or .cmd found through PATHEXT would run through cmd.exe.
    const bool hasExtension = name.find('.') != std::string::npos;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find(L';', start);
        if (end == std::wstring::npos) {
            end = path.size();
        }
        std::wstring folder = path.substr(start, end - start);
        start = end + 1;
        if (folder.empty()) {
            continue;
        }
        if (folder.size() >= 2 && folder.front() == L'"' && folder.back() == L'"') {
            folder = folder.substr(1, folder.size() - 2);
        }
        for (const wchar_t* extension : {L"", L".exe"}) {
            if (*extension != L'\0' && hasExtension) {
                continue;
            }
            const std::wstring candidate = folder + L"\\" + toWide(name) + extension;
            if (isFile(candidate)) {
                return toUtf8(candidate);
            }
        }
    }
    return std::nullopt;
}

std::string describeSignal(int signal)
{
    // Never called for a Windows program (its crash is an exit code); here for a Linux or macOS tree's removal
    // steps, which are compiled on every host.
    return "signal " + std::to_string(signal);
}

ProcessResult runProcess(const ProcessRequest& request)
{
    ProcessResult result;
    const std::optional<std::string> program = findProgram(request.program);
    if (!program) {
        result.failure = request.program + ": not found";
        return result;
    }
    if (endsWithIgnoringCase(*program, ".bat") || endsWithIgnoringCase(*program, ".cmd")) {
        result.failure = request.program + ": a batch file runs through cmd.exe, and nothing here runs a shell";
        return result;
    }
    std::vector<std::string> argv{*program};
    argv.insert(argv.end(), request.arguments.begin(), request.arguments.end());
    std::wstring commandLine = toWide(joinWindowsCommandLine(argv));
    if (commandLine.size() >= 32767) {
        result.failure = request.program + ": the command line is longer than Windows allows";
        return result;
    }

    std::string output;
    std::string errorOutput;
    PipeReader outReader(output);
    PipeReader errReader(errorOutput);
    // With an output file: the program's standard output, its standard error, and this process's reader.
    std::array<Handle, 3> file;
    auto& outWrite = file[0];
    auto& errWrite = file[1];
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    if (request.input.size() > kMaxProcessInput) {
        result.failure = request.program + ": its input is longer than " + std::to_string(kMaxProcessInput) + " bytes";
        return result;
    }
    const bool toFile = !request.outputFile.empty();
    if (toFile) {
        auto opened = openOutputFile(request.outputFile);
        if (!opened) {
            result.failure = request.program + ": " + opened.error().what();
            result.failureKind = opened.error().kind();
            return result;
        }
        file = std::move(opened).value();
    }
    Handle input = request.input.empty()
                       ? Handle(::CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr))
                       : inputPipe(request.input);
    if ((!toFile && (!outReader.create(outWrite) || !errReader.create(errWrite))) || !input) {
        result.failure = request.program + ": cannot create a pipe: " + win32ErrorText(::GetLastError());
        return result;
    }

    // A job holds the child and whatever it starts, so that a time-out ends them all.
    Handle job(::CreateJobObjectW(nullptr, nullptr));
    InheritList inheritList({input.get(), outWrite.get(), errWrite.get()});
    STARTUPINFOEXW startup{};
    startup.StartupInfo.cb = sizeof(startup);
    startup.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
    startup.StartupInfo.hStdInput = input.get();
    startup.StartupInfo.hStdOutput = outWrite.get();
    startup.StartupInfo.hStdError = errWrite.get();
    startup.lpAttributeList = inheritList.get();
    DWORD flags = CREATE_UNICODE_ENVIRONMENT | CREATE_SUSPENDED | CREATE_NO_WINDOW;
    if (startup.lpAttributeList != nullptr) {
        flags |= EXTENDED_STARTUPINFO_PRESENT;
    } else {
        startup.StartupInfo.cb = sizeof(STARTUPINFOW);
    }
    std::wstring environment;
    if (!request.extraEnvironment.empty()) {
        environment = environmentBlock(request.extraEnvironment);
    }
    const std::wstring application = toWide(*program);
    PROCESS_INFORMATION process{};
    for (int attempt = 1;; ++attempt) {
        if (::CreateProcessW(application.c_str(), commandLine.data(), nullptr, nullptr, TRUE, flags,
                             environment.empty() ? nullptr : environment.data(), nullptr, &startup.StartupInfo,
                             &process) != 0) {
            break;
        }
        const DWORD error = ::GetLastError();
        if (attempt < kStartAttempts && isPassingStartFailure(error)) {
            ::Sleep(kStartRetryWaitMs);
            continue;
        }
        result.failure = request.program + ": " + (error == ERROR_FILE_NOT_FOUND ? "not found" : win32ErrorText(error));
        return result;
    }
    Handle processHandle(process.hProcess);
    Handle threadHandle(process.hThread);
    // Fails only when this process sits in a job that forbids nesting; the time-out then ends the child alone.
    const bool inJob = job && ::AssignProcessToJobObject(job.get(), processHandle.get()) != 0;
    ::ResumeThread(threadHandle.get());
    threadHandle.reset();
    result.started = true;
    // Should telling fail (the journal cannot be written), the program is still waited for before it is said.
    std::exception_ptr tellingFailed;
    if (request.onStarted) {
        try {
            const long long created = creationTime(processHandle.get());
            if (created >= 0) {
                const auto slash = program->find_last_of("\\/");
                request.onStarted(StepProcess{static_cast<long long>(process.dwProcessId),
                                              created,
                                              {},
                                              slash == std::string::npos ? *program : program->substr(slash + 1)});
            }
        } catch (...) {
            tellingFailed = std::current_exception();
        }
    }
    // Only the child holds the write ends now, so that the pipes close when it (and its children) exit.
    outWrite.reset();
    errWrite.reset();
    input.reset();

    const auto deadline = std::chrono::steady_clock::now() + request.timeout;
    bool exited = false;
    if (toFile) {
        exited = waitFollowingFile(processHandle.get(), file[2].get(), deadline, output);
        result.timedOut = !exited;
    } else {
        outReader.start();
        errReader.start();
    }
    auto until = deadline;
    while (!toFile && (outReader.open() || errReader.open() || !exited)) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        std::vector<HANDLE> waitFor;
        if (!exited) {
            waitFor.push_back(processHandle.get());
        }
        if (outReader.open()) {
            waitFor.push_back(outReader.event());
        }
        if (errReader.open()) {
            waitFor.push_back(errReader.event());
        }
        const DWORD wait = left.count() <= 0
                               ? WAIT_TIMEOUT
                               : ::WaitForMultipleObjects(static_cast<DWORD>(waitFor.size()), waitFor.data(), FALSE,
                                                          static_cast<DWORD>(left.count()));
        if (wait == WAIT_TIMEOUT) {
            // Before the exit: the time-out. After it: something the child started still holds the pipes.
            result.timedOut = !exited;
            break;
        }
        if (wait == WAIT_FAILED) {
            break;
        }
        HANDLE signalled = waitFor[wait - WAIT_OBJECT_0];
        if (signalled == processHandle.get()) {
            exited = true;
            // What it wrote is in the pipes; give what it started a moment to let go of them.
            until = std::min(deadline, std::chrono::steady_clock::now() + std::chrono::seconds(2));
        } else if (signalled == outReader.event()) {
            outReader.finish();
        } else {
            errReader.finish();
        }
    }
    outReader.cancel();
    errReader.cancel();
    if (!exited && !result.timedOut) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        result.timedOut =
            ::WaitForSingleObject(processHandle.get(), static_cast<DWORD>(std::max<long long>(left.count(), 0))) !=
            WAIT_OBJECT_0;
    }

    if (result.timedOut) {
        if (inJob) {
            ::TerminateJobObject(job.get(), 1);
        }
        ::TerminateProcess(processHandle.get(), 1);
        ::WaitForSingleObject(processHandle.get(), 10000);
    } else {
        DWORD code = 0;
        if (::GetExitCodeProcess(processHandle.get(), &code) != 0) {
            result.exitCode = static_cast<int>(code);
        }
    }
    result.output = std::move(output);
    result.errorOutput = std::move(errorOutput);
    if (tellingFailed) {
        std::rethrow_exception(tellingFailed);
    }
    return result;
}

} // namespace offramp::platform
