// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Finding.h"

namespace offramp {

std::string_view findingStateId(FindingState state)
{
    return state == FindingState::Installed ? "installed" : "leftovers";
}

} // namespace offramp
