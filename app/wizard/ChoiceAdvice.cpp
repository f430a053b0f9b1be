// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ChoiceAdvice.h"

#include "engine/Catalog.h"
#include "wizard/WizardState.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Only what the catalog's facts support: Defender's lab result, XProtect's automatic updates, and the VPN and
// password manager of Bitdefender's and Norton's suites (both on Windows and Mac).
QString howToChoose(offramp::Platform platform)
{
    switch (platform) {
    case offramp::Platform::Windows:
        return QCoreApplication::translate("ChoiceAdvice",
                                           "For most home computers, the protection that comes with Windows is "
                                           "enough; some of the others add more, such as a VPN or a password "
                                           "manager.");
    case offramp::Platform::MacOS:
        return QCoreApplication::translate("ChoiceAdvice",
                                           "The protection that comes with macOS works in the background, with "
                                           "nothing to install; some of the others add more, such as a VPN or a "
                                           "password manager.");
    case offramp::Platform::Linux:
        return QCoreApplication::translate("ChoiceAdvice",
                                           "None of these comes with Linux itself: each one is installed "
                                           "separately.");
    }
    return {};
}

} // namespace

QString choiceAdvice(const WizardState& state)
{
    return howToChoose(state.platform());
}

QString listOrderNote(const WizardState& state)
{
    const auto listed = state.catalog().alternativesFor(state.platform());
    const bool builtIn = std::ranges::any_of(
        listed, [&](const offramp::Alternative* alternative) { return alternative->comesWith(state.platform()); });
    // What is installed now, or else what comes with the system, heads the list and says so in its own line.
    const bool headed = builtIn || !state.installedAlternatives().isEmpty();
    return headed ? QCoreApplication::translate("ChoiceAdvice",
                                                "The others follow in alphabetical order, tools used by typing "
                                                "commands last; Offramp earns nothing from any of them.")
                  : QCoreApplication::translate("ChoiceAdvice",
                                                "They are listed in alphabetical order, tools used by typing commands "
                                                "last; Offramp earns nothing from any of them.");
}
