// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_MIGRATIONWIZARD_H
#define OFFRAMP_WIZARD_MIGRATIONWIZARD_H

#include <QWizard>

class StepList;
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
        RulesPageId,
        SaveDataPageId,
        ChoosePageId,
        RemovePageId,
        CheckPageId,
        SummaryPageId,
    };
    Q_ENUM(PageId)

    explicit MigrationWizard(WizardState* state, QWidget* parent = nullptr);

    // When nothing was found, the wizard goes from the scan straight to checking the protection.
    int nextId() const override;
    // Short names for screenshots and tests ("welcome", "scan", ...).
    static QString pageName(int id);
    // The pages the step list names, in its order: Scan, Rules, Save, Choose, Remove, Check, Done.
    static QList<int> stepPages();

private:
    // Marks the current and the finished steps beside the pages.
    void showSteps();
    // What QWizard's own button updates undo: Back kept off where a page cannot be undone, and the page's main
    // button the default one.
    void updateButtons();

    WizardState* m_state;
    StepList* m_steps;
};

#endif
