// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_MACHINECHOICE_H
#define OFFRAMP_CLI_MACHINECHOICE_H

#include "cli/Arguments.h"
#include "engine/MachineProbe.h"

#include <memory>
#include <string>

namespace offramp::cli {

// The platform that --platform names (this computer's by default); a usage error names `command`.
Platform chosenPlatform(const std::string& command, const Arguments& arguments);

// The computer that --demo, --platform and --root name: a demo computer, a file tree, or this computer.
std::unique_ptr<MachineProbe> chooseProbe(const std::string& command, const Arguments& arguments);

} // namespace offramp::cli

#endif
