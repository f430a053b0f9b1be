// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SCANTASK_H
#define OFFRAMP_WIZARD_SCANTASK_H

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/InstalledAlternatives.h"
#include "platform/ProtectionStatus.h"

#include <QString>

#include <vector>

class WizardState;

// The result of one scan, made in a worker thread from engine objects only.
struct ScanOutcome
{
    std::vector<offramp::Finding> findings;
    std::vector<offramp::InstalledAlternative> alternatives; // what protects the computer now, as far as it shows
    // What the system itself says protects it (Windows Security Center); not available for a demo computer.
    offramp::platform::ProtectionReport systemProtection;
    QString machineDescription;
    offramp::Platform platform = offramp::Platform::Linux;
    bool windows10 = false; // Windows 10, whose support by Microsoft has ended (SystemSupport.h)
    QString error;          // empty on success; one sentence otherwise, in the person's language
    QString errorDetails;   // the reader's own English words for a technician, where `error` does not hold them
};

// What a scan also asks, besides the files.
enum class ScanExtras
{
    None,
    SystemProtection, // what the system says protects it: the check after the removal wants it
};

// Which computer a scan reads: a demo computer by name, a Linux or macOS file tree, or (both empty) this one.
struct ScanSource
{
    QString demoName;
    QString root;
    offramp::Platform rootPlatform = offramp::Platform::Linux;
};

// The computer the wizard reads (WizardState::demoName, scanRoot).
ScanSource scanSourceOf(const WizardState& state);

// Scans the computer `source` names. Safe to call from a worker thread.
ScanOutcome runScanTask(const offramp::Catalog& catalog, const ScanSource& source,
                        ScanExtras extras = ScanExtras::None);

// Makes a successful scan the wizard's first one: what it found, what protects the computer and its system. The
// Scan page does this, and the Check page where it opens straight after a restart.
void recordFirstScan(WizardState& state, ScanOutcome outcome);

#endif
