// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_RESCUESECTION_H
#define OFFRAMP_WIZARD_RESCUESECTION_H

#include "wizard/RescueTask.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class WizardState;

// "Save a copy of these files": the rescue bundle. Copies the files at risk that the catalog locates into a folder
// the user picks, in a worker, with progress in bytes and a way to stop, then checks every copy. A demo computer
// has no files: there it says so and copies nothing, unless WizardState::rescueRoot() names a copy of a computer.
class RescueSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit RescueSection(WizardState* state, QWidget* parent = nullptr);
    // Closing the wizard stops a copy that is running.
    ~RescueSection() override;

    // Shows what would be copied from the computer the scan read.
    void refresh();
    // Starts the copy into the folder in the folder field; false when it cannot start.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The controls in the order the eye reads them, for the keyboard.
    QList<QWidget*> focusOrder() const;

signals:
    void runningChanged(bool running);
    // The bundle holds checked copies of these data at risk ("product/data").
    void saved(const QStringList& data);

private:
    void chooseFolder();
    void finish();
    void setRunning(bool running);
    bool available() const;

    WizardState* m_state;
    QLabel* m_intro;
    QLineEdit* m_folder;
    QPushButton* m_choose;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QFutureWatcher<RescueTaskOutcome>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QString m_bundle; // the folder of the running or last copy
    bool m_running = false;
};

#endif
