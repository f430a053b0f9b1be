// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SecuritySettingsButton.h"

#include "wizard/SecuritySettings.h"
#include "wizard/WhatToDoNow.h"
#include "wizard/WizardState.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SecuritySettingsButton::SecuritySettingsButton(QWidget* parent)
    : QWidget(parent)
    , m_button(new QPushButton)
    , m_note(new QLabel)
{
    m_button->setObjectName(QStringLiteral("openSecuritySettings"));
    m_note->setObjectName(QStringLiteral("settingsNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_note);
    setVisible(false);
    connect(m_button, &QPushButton::clicked, this, &SecuritySettingsButton::open);
}

void SecuritySettingsButton::showFor(const WizardState& state, offramp::Platform platform)
{
    m_platform = platform;
    m_demo = state.isDemo();
    // Nothing to look at where the protection has no switch.
    const auto settings = WhatToDoNow::nothingToTurnOn(state) ? std::nullopt : securitySettingsFor(platform);
    m_note->clear();
    m_note->setVisible(false);
    setVisible(settings.has_value());
    // The button too, so that it reads as hidden wherever it is looked for.
    m_button->setVisible(settings.has_value());
    if (settings) {
        m_button->setText(settings->buttonText);
        // Where it leads, for the tests and for anyone reading the widget tree.
        m_button->setProperty("target", settings->target);
    }
}

void SecuritySettingsButton::open()
{
    const auto settings = securitySettingsFor(m_platform);
    if (!settings) {
        return;
    }
    // A demo computer is not this one: its system's settings may not exist here.
    if (m_demo) {
        m_note->setText(tr("This is a demo computer, so nothing is opened. On a real one, this button opens %1.")
                            .arg(settings->place));
    } else if (!QDesktopServices::openUrl(settings->target)) {
        m_note->setText(tr("Offramp could not open %1. %2").arg(settings->place, settings->openByHand));
    } else {
        m_note->clear();
    }
    m_note->setVisible(!m_note->text().isEmpty());
}
