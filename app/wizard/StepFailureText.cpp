// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/StepFailureText.h"

#include "engine/Catalog.h"
#include "engine/RemovalJournal.h"
#include "engine/RemovalPlan.h"
#include "wizard/TextHelpers.h"

#include <QCoreApplication>

// The sentences' translation context.
class StepFailureText
{
    Q_DECLARE_TR_FUNCTIONS(StepFailureText)

public:
    static QString sentence(const offramp::JournalStep& step, const QString& name);
    static QString details(const std::string& message)
    {
        return tr("Details for a technician: %1").arg(toQString(message));
    }
};

QString StepFailureText::sentence(const offramp::JournalStep& step, const QString& name)
{
    const bool package = step.action == offramp::stepActionId(offramp::StepAction::RemovePackage);
    const QString target = toQString(step.target);
    switch (step.problem) {
    case offramp::StepProblem::Refused:
        return tr("Offramp did not run the uninstaller of %1: it is not one Offramp may run safely, or it changed "
                  "since the scan. Remove %1 with its own uninstaller, then check again.")
            .arg(name);
    case offramp::StepProblem::NotStarted:
        return package ? tr("The package manager could not be started, so the package %1 was not removed.").arg(target)
                       : tr("The uninstaller of %1 could not be started, so nothing was removed.").arg(name);
    case offramp::StepProblem::TimedOut:
        return package ? tr("Removing the package %1 did not finish in time and was stopped: its removal script "
                            "seems to wait for something. Nothing else was changed.")
                             .arg(target)
                       : tr("The uninstaller of %1 did not finish in time and was stopped. Nothing else was "
                            "changed.")
                             .arg(name);
    case offramp::StepProblem::Busy:
        return tr("Another installation or update was running, so %1 was not removed. Wait until it has "
                  "finished (or restart the computer), then try again.")
            .arg(name);
    case offramp::StepProblem::ExitCode:
        return package ? tr("The package manager could not remove the package %1 (error code %2).")
                             .arg(target)
                             .arg(step.exitCode.value_or(-1))
                       : tr("The uninstaller of %1 stopped with an error (error code %2).")
                             .arg(name)
                             .arg(step.exitCode.value_or(-1));
    case offramp::StepProblem::StillThere:
        return tr("%1 is still on the computer, although its uninstaller said it was done. Remove it with its "
                  "own uninstaller (in the system's list of programs), then check again.")
            .arg(name);
    case offramp::StepProblem::StillRunning:
        return tr("The uninstaller that Offramp started before is still running, so %1 was not removed yet. It may "
                  "be waiting for something. Wait until it has finished (or restart the computer), then try again.")
            .arg(name);
    case offramp::StepProblem::Crashed:
        return package ? tr("The package manager stopped abruptly while removing the package %1, so it may be "
                            "half-done. Nothing else was changed. Try again: Offramp checks the package and removes "
                            "it again.")
                             .arg(target)
                       : tr("The uninstaller of %1 stopped abruptly before it finished, so %1 may be partly removed. "
                            "Nothing else was changed. Try again: Offramp checks what is left and runs the "
                            "uninstaller again.")
                             .arg(name);
    case offramp::StepProblem::None:
        break;
    }
    return tr("%1 could not be removed.").arg(name);
}

QString describeStepFailure(const offramp::JournalStep& step, const offramp::Catalog& catalog, const QString& language)
{
    const auto* product = catalog.product(step.product);
    return StepFailureText::sentence(step, product != nullptr ? localizedText(product->name, language)
                                                              : toQString(step.name));
}

QString stepFailureDetails(const offramp::JournalStep& step)
{
    return step.message.empty() ? QString() : StepFailureText::details(step.message);
}
