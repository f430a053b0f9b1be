// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_MIGRATIONWIZARD_H
#define OFFRAMP_WIZARD_MIGRATIONWIZARD_H

#include <QWizard>

class WizardState;

// The wizard: one small page class per step, sharing one WizardState.
class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId,
        ScanPageId,
    };

    explicit MigrationWizard(WizardState* state, QWidget* parent = nullptr);

private:
    WizardState* m_state;
};

#endif
