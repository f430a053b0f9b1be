// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ScanTask.h"

#include "engine/Detector.h"
#include "engine/SystemSupport.h"
#include "platform/ProbeFactory.h"
#include "wizard/ErrorText.h"
#include "wizard/TextHelpers.h"
#include "wizard/WizardState.h"

#include <QCoreApplication>
#include <QDir>

ScanSource scanSourceOf(const WizardState& state)
{
    return {state.demoName(), state.scanRoot(), state.scanRootPlatform()};
}

ScanOutcome runScanTask(const offramp::Catalog& catalog, const ScanSource& source, ScanExtras extras)
{
    ScanOutcome outcome;
    const QString& demoName = source.demoName;
    try {
        std::unique_ptr<offramp::MachineProbe> probe;
        if (demoName.isEmpty() && !source.root.isEmpty()) {
            probe = offramp::platform::makeTreeProbe(source.rootPlatform, toPath(source.root));
            outcome.machineDescription = QCoreApplication::translate("ScanTask", "the computer whose files are in “%1”")
                                             .arg(QDir::toNativeSeparators(source.root));
        } else if (demoName.isEmpty()) {
            probe = offramp::platform::makeHostProbe();
            outcome.machineDescription = QCoreApplication::translate("ScanTask", "this computer");
            // Asked here, off the window's thread: Windows answers through COM, which can take a moment.
            if (extras == ScanExtras::SystemProtection) {
                outcome.systemProtection = offramp::platform::readProtectionStatus();
            }
        } else {
            probe = offramp::platform::makeDemoProbe(demoName.toStdString());
            if (!probe) {
                outcome.error =
                    QCoreApplication::translate("ScanTask", "There is no demo computer named “%1”.").arg(demoName);
                return outcome;
            }
            outcome.machineDescription =
                QCoreApplication::translate("ScanTask", "the demo computer “%1”").arg(demoName);
        }
        const auto facts = probe->probe(offramp::Watchlist(catalog, probe->platform()));
        outcome.findings = offramp::detect(catalog, facts);
        outcome.alternatives = offramp::detectAlternatives(catalog, facts);
        outcome.platform = facts.platform;
        outcome.windows10 = offramp::runsWindows10(facts);
    } catch (const std::exception& error) {
        const ErrorText text = describeError(error);
        outcome.error = QCoreApplication::translate("ScanTask", "The scan could not finish: %1").arg(text.sentence);
        outcome.errorDetails = text.details;
    }
    return outcome;
}

void recordFirstScan(WizardState& state, ScanOutcome outcome)
{
    QStringList protection;
    for (const auto& found : outcome.alternatives) {
        protection << QString::fromStdString(found.alternative->id);
    }
    state.setInstalledAlternatives(protection);
    state.setRunsWindows10(outcome.windows10);
    state.setScanResult(std::move(outcome.findings), outcome.platform, outcome.machineDescription);
}
