// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_INPUTPIPESERVER_H
#define OFFRAMP_PLATFORM_WINDOWS_INPUTPIPESERVER_H

#include "platform/windows/Handle.h"
#include "platform/windows/Win32.h"

#include <chrono>
#include <string>

namespace offramp::platform::windows {

// The starter's side of the input pipe (InputPipe.h): one pipe with a random name, for this machine only,
// that hands its secret once, to one given process. Another program of the same user that connects first
// is turned away, so it cannot read the secret.
class InputPipeServer
{
public:
    explicit InputPipeServer(std::string secret);
    ~InputPipeServer();
    InputPipeServer(const InputPipeServer&) = delete;
    InputPipeServer& operator=(const InputPipeServer&) = delete;
    InputPipeServer(InputPipeServer&&) = delete;
    InputPipeServer& operator=(InputPipeServer&&) = delete;

    // Empty when the pipe could not be made; failure() then says why.
    const std::string& name() const { return m_name; }
    const std::string& failure() const { return m_failure; }

    // Waits until `process` connects and reads the secret, or until it ends or `limit` passes. Returns whether
    // the secret was handed over. The secret is wiped from memory either way.
    bool serve(HANDLE process, std::chrono::milliseconds limit);

private:
    std::string m_secret;
    std::string m_name;
    std::string m_failure;
    Handle m_pipe;
    Handle m_event;
};

} // namespace offramp::platform::windows

#endif
