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

    // The step list beside the page names the steps; this says what each does, once.
    QString body = tr("Offramp goes through the steps listed beside this page with you: it looks for Kaspersky "
                      "products on this computer, explains the rules that apply where you live, helps you save your "
                      "passwords and other data and choose new protection, then removes Kaspersky and checks that it "
                      "is gone.\n\n"
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
