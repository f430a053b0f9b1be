// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/common/ScriptCheck.h"

namespace offramp::platform {

// Mac uninstall scripts run on the Mac itself; a Windows host never runs them.
Result<void> checkScript(const std::filesystem::path& /*script*/,
                         const std::optional<std::filesystem::path>& /*treeRoot*/)
{
    return Error(ErrorKind::Unsupported, "a Mac uninstall script cannot be run from Windows");
}

} // namespace offramp::platform
