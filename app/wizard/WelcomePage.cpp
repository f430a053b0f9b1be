// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "WizardState.h"

#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
{
    setTitle(tr("Leave Kaspersky safely"));
    setSubTitle(tr("Offramp looks for Kaspersky on this computer and helps you replace it."));

    QString body = tr("Offramp will go through these steps with you:\n\n"
                      "1. Look for Kaspersky products on this computer.\n"
                      "2. Explain the rules that apply where you live.\n"
                      "3. Help you save your passwords and other data.\n"
                      "4. Help you choose new protection.\n"
                      "5. Remove Kaspersky, and check that it is gone.\n\n"
                      "Nothing is changed without your consent, and nothing you see here leaves this computer.");
    if (state->isDemo()) {
        body += QLatin1String("\n\n") +
                tr("This is a demonstration: Offramp reads the demo computer “%1” instead of this one, and "
                   "changes nothing.")
                    .arg(state->demoName());
    }
    addParagraph(body, QStringLiteral("welcomeText"));
    content()->addStretch();
}
