// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SecuritySettings.h"

#include "engine/Platform.h"

#include <QCoreApplication>

std::optional<SecuritySettings> securitySettingsFor(offramp::Platform platform)
{
    switch (platform) {
    case offramp::Platform::Windows:
        // Windows 10 and 11 register this scheme for the Windows Security app.
        return SecuritySettings{
            QCoreApplication::translate("SecuritySettings", "Open Windows &Security"),
            QCoreApplication::translate("SecuritySettings", "Windows Security"),
            QCoreApplication::translate("SecuritySettings", "Open Windows Security from the Start menu."),
            QUrl(QStringLiteral("windowsdefender:"))};
    case offramp::Platform::MacOS:
        return SecuritySettings{
            QCoreApplication::translate("SecuritySettings", "Open &System Settings"),
            QCoreApplication::translate("SecuritySettings", "System Settings"),
            QCoreApplication::translate("SecuritySettings",
                                        "Open System Settings from the Apple menu, then Privacy & Security."),
            QUrl(QStringLiteral("x-apple.systempreferences:com.apple.preference.security"))};
    case offramp::Platform::Linux:
        return std::nullopt;
    }
    return std::nullopt;
}
