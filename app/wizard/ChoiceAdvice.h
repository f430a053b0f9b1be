// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_CHOICEADVICE_H
#define OFFRAMP_WIZARD_CHOICEADVICE_H

#include <QString>

class WizardState;

// What the Choose page says above the list: how to choose, in one sentence true on the system read (the demo
// computer's, on a demo).
QString choiceAdvice(const WizardState& state);
// What it says below the list: how the list is ordered, and that Offramp earns nothing from it.
QString listOrderNote(const WizardState& state);

#endif
