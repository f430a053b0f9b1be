// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationWizard.h"

#include "ScanPage.h"
#include "WelcomePage.h"
#include "WizardState.h"

MigrationWizard::MigrationWizard(WizardState* state, QWidget* parent)
    : QWizard(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Offramp"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage(state, this));
    setPage(ScanPageId, new ScanPage(state, this));
    setMinimumSize(640, 480);
}
