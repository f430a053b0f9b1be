// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_HANDLE_H
#define OFFRAMP_PLATFORM_WINDOWS_HANDLE_H

#include "platform/windows/Win32.h"

#include <utility>

namespace offramp::platform::windows {

// A kernel handle that closes itself. Both of Windows' "no handle" values (NULL from most calls,
// INVALID_HANDLE_VALUE from CreateFile and CreateNamedPipe) are held as empty.
class Handle
{
public:
    Handle() = default;
    explicit Handle(HANDLE handle)
        : m_handle(handle == INVALID_HANDLE_VALUE ? nullptr : handle)
    {}
    ~Handle() { reset(); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {}
    Handle& operator=(Handle&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_handle = std::exchange(other.m_handle, nullptr);
        }
        return *this;
    }

    HANDLE get() const { return m_handle; }
    bool valid() const { return m_handle != nullptr; }
    explicit operator bool() const { return valid(); }
    void reset()
    {
        if (m_handle != nullptr) {
            ::CloseHandle(std::exchange(m_handle, nullptr));
        }
    }
    // Gives the handle to whatever closes it from now on (the C runtime's _open_osfhandle).
    HANDLE release() { return std::exchange(m_handle, nullptr); }
    // Closes now, so that a failing close is seen.
    bool close() { return m_handle != nullptr && ::CloseHandle(std::exchange(m_handle, nullptr)) != 0; }

private:
    HANDLE m_handle = nullptr;
};

} // namespace offramp::platform::windows

#endif
