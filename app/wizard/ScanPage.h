// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SCANPAGE_H
#define OFFRAMP_WIZARD_SCANPAGE_H

#include "wizard/WizardPage.h"

#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QProgressBar;
class QTreeWidget;
struct ScanOutcome;

// Runs the scan in a worker thread and lists what it found; the evidence behind each product shows
// with "Show details".
class ScanPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ScanPage(WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showOutcome();

    QLabel* m_status;
    QProgressBar* m_progress;
    QTreeWidget* m_results;
    QCheckBox* m_details;
    QLabel* m_notes = nullptr;
    QFutureWatcher<ScanOutcome>* m_watcher;
    bool m_done = false;
};

#endif
