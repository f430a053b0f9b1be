// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_RULESPAGE_H
#define OFFRAMP_WIZARD_RULESPAGE_H

#include "wizard/WizardPage.h"

class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;
class TimelineWidget;

// What the rules say where the user lives: first what this means for the person, then a timeline of the dated
// steps with today on it, who each rule binds, and a link to the source of every statement. Rules that bind only
// governments, their contractors or named companies are folded away under their own heading. It never says that
// using it is a crime, and it never shows one country's rules as another's.
class RulesPage : public WizardPage
{
    Q_OBJECT

public:
    explicit RulesPage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;

private:
    void showRules();
    // For a country with no rule found, named, or empty for one the catalog does not list.
    QString noRuleFoundText(const QString& country) const;

    QComboBox* m_jurisdiction;
    QLabel* m_headline;
    TimelineWidget* m_timeline;
    QVBoxLayout* m_rules;
    QToolButton* m_organizationToggle;
    QWidget* m_organizationSection;
    TimelineWidget* m_organizationTimeline;
    QVBoxLayout* m_organizationRules;
};

#endif
