// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WhatToDoNow.h"

#include "engine/Platform.h"
#include "wizard/ReportWriter.h"
#include "wizard/TextHelpers.h"
#include "wizard/WizardState.h"

bool WhatToDoNow::nothingToTurnOn(const WizardState& state)
{
    const auto* chosen = state.catalog().alternative(state.chosenAlternative().toStdString());
    return chosen != nullptr && state.platform() == offramp::Platform::MacOS && chosen->comesWith(state.platform()) &&
           !state.keepsInstalledAlternative() && state.installedAlternatives().isEmpty();
}

QStringList WhatToDoNow::protectionLeft(const WizardState& state)
{
    QStringList names;
    for (const auto& id : state.installedAlternatives()) {
        if (const auto* other = state.catalog().alternative(id.toStdString())) {
            names << localizedText(other->name, state.language());
        }
    }
    return names;
}

// The protection the person chose, as the Check page left it: keep it on, turn it on, or install it.
QString WhatToDoNow::protectionStep(const WizardState& state)
{
    const auto* chosen = state.catalog().alternative(state.chosenAlternative().toStdString());
    if (chosen == nullptr) {
        // No choice was asked for (no Kaspersky here): speak of the protection the scan found, if any.
        const QStringList found = protectionLeft(state);
        return found.isEmpty() ? tr("Make sure that some protection is installed and turned on.")
                               : tr("Keep %1 up to date: Offramp found it installed on this computer.")
                                     .arg(QLocale().createSeparatedList(found));
    }
    const QString language = state.language();
    const QString name = localizedText(chosen->name, language);
    if (state.keepsInstalledAlternative()) {
        return tr("Keep %1 turned on and up to date: it protects this computer now.").arg(name);
    }
    const QStringList leaving = protectionLeft(state);
    const bool builtIn = chosen->comesWith(state.platform());
    if (nothingToTurnOn(state)) {
        return tr("Nothing to install or turn on: %1 comes with macOS, works in the background, and Apple updates it "
                  "automatically.")
            .arg(name);
    }
    QString step = builtIn ? tr("Open your system's security settings and check that %1 is turned on.").arg(name)
                           : tr("Install %1 from its official website (%2), then check that it is turned on.")
                                 .arg(name, toQString(chosen->website));
    if (!leaving.isEmpty()) {
        step = tr("Remove %1 with its own uninstaller and cancel its subscription if you pay for one; then: %2")
                   .arg(QLocale().createSeparatedList(leaving), step);
    }
    return step;
}

QStringList WhatToDoNow::steps(const WizardState& state, Where where)
{
    QStringList steps;
    if (state.restartPending()) {
        steps << (state.isDemo() ? tr("On a real computer, you would now restart it to finish the removal.")
                                 : tr("Restart the computer: the removal finishes when it starts again."));
    }
    steps << protectionStep(state);
    if (!state.plaintextPasswordFiles().isEmpty()) {
        steps << tr("Once your new password manager shows your passwords, delete these files: they hold your "
                    "passwords in plain text. Go back to the Save step to delete them securely: %1")
                     .arg(state.plaintextPasswordFiles().join(QStringLiteral("; ")));
    }
    if (!state.rescueBundle().isEmpty()) {
        steps << tr("Keep the copy of your data in %1 until you are sure you no longer need anything from it.")
                     .arg(state.rescueBundle());
    }
    steps << (where == Where::SummaryPage
                  ? tr("Save the report with the buttons above and keep it: it says what was found, saved and removed.")
                  : tr("Keep this report: it says what was found, saved and removed."));
    steps << tr("If someone helps you with this computer, tell them the support code %1. The report shows the same "
                "code, so they know which report you mean.")
                 .arg(report::supportCode(state));
    return steps;
}
