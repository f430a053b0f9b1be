// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/LostOutput.h"

#include <csignal>

namespace offramp::platform {

void surviveLostOutput()
{
    (void)std::signal(SIGPIPE, SIG_IGN);
}

} // namespace offramp::platform
