// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_REMOVEPAGE_H
#define OFFRAMP_WIZARD_REMOVEPAGE_H

#include "WizardPage.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

// The removal plan (what goes, in which order, what may need a restart), the user's consent, and
// progress per step. On a demo computer the removal is simulated and says so.
class RemovePage : public WizardPage
{
    Q_OBJECT

public:
    explicit RemovePage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    // Starts the removal; the page is complete once it has finished.
    void startRemoval();

private:
    void advance();

    QListWidget* m_plan;
    QCheckBox* m_consent;
    QPushButton* m_start;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTimer* m_timer;
    QStringList m_queue;
    QStringList m_done;
    bool m_finished = false;
};

#endif
