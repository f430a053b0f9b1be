// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_RULESPAGE_H
#define OFFRAMP_WIZARD_RULESPAGE_H

#include "WizardPage.h"

class QComboBox;
class QLabel;
class QVBoxLayout;
class TimelineWidget;

// What the rules say where the user lives: a timeline of the dated steps with today on it, who each
// rule binds, and a link to the source of every statement. It never says that using it is a crime.
class RulesPage : public WizardPage
{
    Q_OBJECT

public:
    explicit RulesPage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;

private:
    void showRules();

    QComboBox* m_jurisdiction;
    QLabel* m_headline;
    TimelineWidget* m_timeline;
    QVBoxLayout* m_rules;
};

#endif
