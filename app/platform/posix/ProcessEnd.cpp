// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ProcessEnd.h"

#include <cstdlib>

namespace offramp::platform {

void endProcess(int code)
{
    std::exit(code);
}

} // namespace offramp::platform
