// SPDX-License-Identifier: GPL-3.0-or-later
// What installed programs link: no test switches at all.
#include "cli/TestHooks.h"

namespace offramp::cli::testhooks {

std::set<std::string, std::less<>> removalOptions()
{
    return {};
}

void applyRemovalOptions(const Arguments& /*arguments*/, platform::RemovalOptions& /*options*/) {}

void addRescueStops(platform::RescueObserver& /*observer*/) {}

} // namespace offramp::cli::testhooks
