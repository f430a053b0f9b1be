// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SECURITYSETTINGSBUTTON_H
#define OFFRAMP_WIZARD_SECURITYSETTINGSBUTTON_H

#include "engine/Platform.h"

#include <QWidget>

class QLabel;
class QPushButton;
class WizardState;

// The button that opens the system's own security settings (SecuritySettings.h), with the line under it that
// says what happened when they were not opened, as the Check and Summary pages offer it.
class SecuritySettingsButton : public QWidget
{
    Q_OBJECT

public:
    explicit SecuritySettingsButton(QWidget* parent = nullptr);
    // Shown where `platform` (the system read) has such a place and the protection chosen has a switch to look
    // at; hidden otherwise.
    void showFor(const WizardState& state, offramp::Platform platform);

private:
    void open();

    QPushButton* m_button;
    QLabel* m_note;
    offramp::Platform m_platform = offramp::Platform::Linux;
    bool m_demo = false;
};

#endif
