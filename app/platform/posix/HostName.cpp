// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/HostName.h"

#include <array>
#include <unistd.h>

namespace offramp::platform {

std::string hostName()
{
    std::array<char, 256> name{};
    if (gethostname(name.data(), name.size() - 1) != 0) {
        return {};
    }
    return name.data();
}

} // namespace offramp::platform
