// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WHATTODONOW_H
#define OFFRAMP_WIZARD_WHATTODONOW_H

#include <QCoreApplication>
#include <QStringList>

class WizardState;

// What the person still has to do once Offramp is finished, most urgent first, each one plain sentence that
// says what to do and why: the Summary page and the report end with the same list.
class WhatToDoNow
{
    Q_DECLARE_TR_FUNCTIONS(WhatToDoNow)

public:
    enum class Where
    {
        SummaryPage, // beside the buttons that save the report
        Report,      // in the report itself
    };
    static QStringList steps(const WizardState& state, Where where);
    // Whether the protection chosen asks nothing of the person: Apple XProtect, which comes with macOS, has no switch,
    // runs in the background and is updated by Apple (the catalog's own words), and no other protection is being left.
    static bool nothingToTurnOn(const WizardState& state);
    // The names of the protection the scan found installed: what was here before (UltraAV, put in Kaspersky's place)
    // and that the person leaves for the one chosen, or, where nothing was to be chosen, what protects it now.
    static QStringList protectionLeft(const WizardState& state);

private:
    static QString protectionStep(const WizardState& state);
};

#endif
