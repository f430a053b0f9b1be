// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WELCOMEPAGE_H
#define OFFRAMP_WIZARD_WELCOMEPAGE_H

#include <QWizardPage>

class WizardState;

// Says what will happen: nothing changes without consent and nothing leaves the computer.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardState* state, QWidget* parent = nullptr);
};

#endif
