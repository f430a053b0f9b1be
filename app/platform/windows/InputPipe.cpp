// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/InputPipe.h"

#include "engine/utils/Error.h"
#include "platform/common/ProcessRunner.h"
#include "platform/windows/InputPipeServer.h"
#include "platform/windows/Registry.h"
#include "platform/windows/Utf16.h"

#include <array>
#include <cstdio>
#include <random>
#include <system_error>

namespace offramp::platform {

namespace {

using windows::Handle;
using windows::toWide;
using windows::win32ErrorText;

std::wstring pipePath(const std::string& name)
{
    return L"\\\\.\\pipe\\" + toWide(name);
}

// A name no other program can guess ahead of time, so that none can make the pipe first.
std::string randomPipeName()
{
    std::random_device random;
    std::string name = "offramp-input-" + std::to_string(::GetCurrentProcessId());
    for (int part = 0; part < 4; ++part) {
        std::array<char, 9> hex{};
        std::snprintf(hex.data(), hex.size(), "%08x", static_cast<unsigned>(random()));
        name += '-';
        name += hex.data();
    }
    return name;
}

void wipe(std::string& secret)
{
    ::SecureZeroMemory(secret.data(), secret.size());
    secret.clear();
}

} // namespace

namespace windows {

InputPipeServer::InputPipeServer(std::string secret)
    : m_secret(std::move(secret))
    , m_event(::CreateEventW(nullptr, TRUE, FALSE, nullptr))
{
    if (m_secret.size() > kMaxProcessInput) {
        m_failure = "the input is longer than " + std::to_string(kMaxProcessInput) + " bytes";
        wipe(m_secret);
        return;
    }
    const std::string name = randomPipeName();
    // FIRST_PIPE_INSTANCE: fails if the name is taken; one instance; REJECT_REMOTE_CLIENTS: this machine only.
    // The default security lets this user, SYSTEM and administrators open it, which the elevated program is.
    m_pipe = Handle(::CreateNamedPipeW(pipePath(name).c_str(),
                                       PIPE_ACCESS_OUTBOUND | FILE_FLAG_FIRST_PIPE_INSTANCE | FILE_FLAG_OVERLAPPED,
                                       PIPE_TYPE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS, 1,
                                       static_cast<DWORD>(kMaxProcessInput), 0, 0, nullptr));
    if (!m_pipe || !m_event) {
        m_failure = "cannot create a pipe to pass the password: " + win32ErrorText(::GetLastError());
        wipe(m_secret);
        return;
    }
    m_name = name;
}

InputPipeServer::~InputPipeServer()
{
    wipe(m_secret);
}

bool InputPipeServer::serve(HANDLE process, std::chrono::milliseconds limit)
{
    if (!m_pipe) {
        return false;
    }
    const DWORD processId = ::GetProcessId(process);
    const auto deadline = std::chrono::steady_clock::now() + limit;
    bool handed = false;
    while (!handed) {
        OVERLAPPED overlapped{};
        overlapped.hEvent = m_event.get();
        ::ResetEvent(m_event.get());
        bool connected = ::ConnectNamedPipe(m_pipe.get(), &overlapped) != 0;
        if (!connected) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_PIPE_CONNECTED) {
                connected = true;
            } else if (error == ERROR_IO_PENDING) {
                const auto left =
                    std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
                const std::array<HANDLE, 2> waitFor{m_event.get(), process};
                const DWORD woken = ::WaitForMultipleObjects(2, waitFor.data(), FALSE,
                                                             static_cast<DWORD>(std::max<long long>(0, left.count())));
                DWORD ignored = 0;
                if (woken == WAIT_OBJECT_0 && ::GetOverlappedResult(m_pipe.get(), &overlapped, &ignored, FALSE) != 0) {
                    connected = true;
                } else {
                    // The program ended without asking, or the time is up: nobody gets the secret.
                    ::CancelIo(m_pipe.get());
                    ::GetOverlappedResult(m_pipe.get(), &overlapped, &ignored, TRUE);
                    break;
                }
            } else {
                break;
            }
        }
        ULONG clientId = 0;
        if (connected && ::GetNamedPipeClientProcessId(m_pipe.get(), &clientId) != 0 && clientId == processId) {
            OVERLAPPED writing{};
            writing.hEvent = m_event.get();
            ::ResetEvent(m_event.get());
            DWORD written = 0;
            const BOOL done =
                ::WriteFile(m_pipe.get(), m_secret.data(), static_cast<DWORD>(m_secret.size()), &written, &writing);
            if (done != 0 || ::GetLastError() == ERROR_IO_PENDING) {
                handed =
                    ::GetOverlappedResult(m_pipe.get(), &writing, &written, TRUE) != 0 && written == m_secret.size();
            }
            // Returns once the program has read it all; closing the pipe then tells it there is no more.
            ::FlushFileBuffers(m_pipe.get());
            break;
        }
        // Not the process that was started: turned away, and the pipe waits for the right one.
        ::DisconnectNamedPipe(m_pipe.get());
        if (std::chrono::steady_clock::now() >= deadline) {
            break;
        }
    }
    m_pipe.reset();
    wipe(m_secret);
    return handed;
}

} // namespace windows

std::string readInputPipe(const std::string& name)
{
    checkInputPipeName(name);
    const std::wstring path = pipePath(name);
    Handle pipe;
    // The pipe has one instance: wait a little if another client holds it for the moment.
    for (int attempt = 0; attempt < 20 && !pipe; ++attempt) {
        pipe = Handle(::CreateFileW(path.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr));
        if (!pipe) {
            const DWORD error = ::GetLastError();
            if (error != ERROR_PIPE_BUSY) {
                throw Error(errorKindOf(std::error_code(static_cast<int>(error), std::system_category())),
                            "cannot open the input pipe " + name + ": " + win32ErrorText(error), name);
            }
            ::WaitNamedPipeW(path.c_str(), 500);
        }
    }
    if (!pipe) {
        throw Error(ErrorKind::Busy, "the input pipe " + name + " stayed busy", name);
    }
    std::string text;
    std::array<char, 512> buffer{};
    for (;;) {
        DWORD count = 0;
        if (::ReadFile(pipe.get(), buffer.data(), static_cast<DWORD>(buffer.size()), &count, nullptr) == 0) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_BROKEN_PIPE) {
                break; // the starter closed it: that was all
            }
            throw Error(errorKindOf(std::error_code(static_cast<int>(error), std::system_category())),
                        "cannot read the input pipe " + name + ": " + win32ErrorText(error), name);
        }
        if (count == 0) {
            break;
        }
        text.append(buffer.data(), count);
        ::SecureZeroMemory(buffer.data(), buffer.size());
        if (text.size() > kMaxProcessInput) {
            throw Error(ErrorKind::InvalidInput, "the input pipe " + name + " held more than a password", name);
        }
    }
    return text;
}

} // namespace offramp::platform
