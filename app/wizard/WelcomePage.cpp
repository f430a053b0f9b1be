// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WelcomePage.h"

#include "wizard/AboutDialog.h"
#include "wizard/WizardState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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

    // Out of the way, but there: the version and the licences (offramp.exe has no folder to keep them in).
    auto* about = new QPushButton(tr("About Offramp and its licences"), this);
    about->setObjectName(QStringLiteral("aboutButton"));
    connect(about, &QPushButton::clicked, this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(about);
    row->addStretch();
    content()->addLayout(row);
}
