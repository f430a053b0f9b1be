// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/InputPipe.h"

#include "engine/utils/Error.h"

namespace offramp::platform {

std::string readInputPipe(const std::string& name)
{
    checkInputPipeName(name);
    // pkexec passes standard input on, so only Windows needs the pipe.
    throw Error(ErrorKind::Unsupported, "--input-pipe is for Windows only; give the input on standard input instead",
                name);
}

} // namespace offramp::platform
