// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_TESTHOOKS_H
#define OFFRAMP_CLI_TESTHOOKS_H

#include "cli/Arguments.h"
#include "platform/RemovalMachineFactory.h"
#include "platform/RescueBundle.h"

#include <set>
#include <string>

// Switches that only the tests use. Test builds (CMake's OFFRAMP_TEST_HOOKS) link hooks/TestHooks.cpp into their
// programs; what is installed and packaged links hooks/NoTestHooks.cpp, which has none, so that no program a person
// runs can be made to allow another uninstaller or to stop a rescue half-way.
namespace offramp::cli::testhooks {

// Options that remove and resume accept besides their own (test builds: --allow-uninstaller NAME).
std::set<std::string, std::less<>> removalOptions();
// Puts those options into the removal's options.
void applyRemovalOptions(const Arguments& arguments, platform::RemovalOptions& options);
// Test builds: ends the rescue abruptly, as a kill would, once the environment says so.
void addRescueStops(platform::RescueObserver& observer);

} // namespace offramp::cli::testhooks

#endif
