// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WELCOMEPAGE_H
#define OFFRAMP_WIZARD_WELCOMEPAGE_H

#include "wizard/WizardPage.h"

// Says what will happen: nothing changes without consent and nothing leaves the computer.
class WelcomePage : public WizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardState* state, QWidget* parent = nullptr);
};

#endif
