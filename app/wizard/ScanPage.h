// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SCANPAGE_H
#define OFFRAMP_WIZARD_SCANPAGE_H

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeWidget;
class WizardState;
struct ScanOutcome;

// Runs the scan in a worker thread and lists what it found, with the evidence under each product.
class ScanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScanPage(WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showOutcome();

    WizardState* m_state;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTreeWidget* m_results;
    QFutureWatcher<ScanOutcome>* m_watcher;
    bool m_done = false;
};

#endif
