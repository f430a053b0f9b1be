// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "WizardState.h"

#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(WizardState* state, QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Leave Kaspersky safely"));
    setSubTitle(tr("Offramp looks for Kaspersky on this computer and helps you replace it."));

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QString body = tr("First, Offramp checks which Kaspersky products are on this computer.\n\n"
                      "Nothing is changed without your consent, and nothing you see here leaves this computer.");
    if (!state->demoName().isEmpty()) {
        body += QLatin1String("\n\n") +
                tr("This is a demonstration: Offramp reads the demo computer “%1” instead of this one.")
                    .arg(state->demoName());
    }
    text->setText(body);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch();
}
