// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SECURITYSETTINGS_H
#define OFFRAMP_WIZARD_SECURITYSETTINGS_H

#include <QString>
#include <QUrl>

#include <optional>

namespace offramp {
enum class Platform;
} // namespace offramp

// The system's own place for what protects the computer, as the Check page offers to open it.
struct SecuritySettings
{
    QString buttonText; // "Open Windows &Security"
    QString place;      // "Windows Security"
    QString openByHand; // how to get there without the button
    QUrl target;
};

// The one place that chooses it, for the system read (the demo computer's, on a demo): Windows Security, or
// Privacy & Security in macOS's System Settings. None on Linux: its desktops share no such place.
std::optional<SecuritySettings> securitySettingsFor(offramp::Platform platform);

#endif
