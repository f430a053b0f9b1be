// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_REMOVEPAGE_H
#define OFFRAMP_WIZARD_REMOVEPAGE_H

#include "wizard/RemovalTask.h"
#include "wizard/WizardPage.h"

#include <QFutureWatcher>
#include <QHash>

class QCheckBox;
class QIcon;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class WarningNote;

namespace offramp {
struct Journal;
enum class StepState;
} // namespace offramp

// The removal plan (what goes, in which order, what needs a password or a restart, what is left alone), the
// user's consent, and progress per step read from the removal journal. On this computer offramp-cli does the
// work with administrator rights; on a demo computer the same runner works on a machine in memory, and says so.
class RemovePage : public WizardPage
{
    Q_OBJECT

public:
    explicit RemovePage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    // Off while a removal runs and once it has finished: what is removed cannot be put back.
    bool allowsBack() const override;
    QPushButton* mainButton() const override;

    // Starts the removal (or, after a failure, resumes it); the page is complete once it has finished.
    void startRemoval();

signals:
    // The person wants to go back and save their passwords before the removal.
    void saveDataRequested();

private:
    void showPlan();
    // Reads a journal's text; ignores one that is being replaced.
    void showJournal(const QString& text);
    void showSteps(const offramp::Journal& journal);
    // The icon beside a step of the plan: under way, removed, or needs attention.
    QIcon stepIcon(offramp::StepState state) const;
    void finish(const RemovalOutcome& outcome);
    // What offramp-cli said, for a technician, and where it kept a journal it could not read; hidden when empty.
    void showNotes(const QString& details, const QString& keptAside);
    // Another removal held the journal, so this one did not start: the page goes back to where it was.
    void showBusy();
    void pollJournal();
    void restartNow();
    // The journal says that a removal was interrupted before it finished: the next start resumes it.
    bool interruptedBefore() const;
    // Whether Remove now resumes the journal on disk instead of starting a new removal.
    bool resumesJournal() const;
    // Remove now may start (or resume) a removal: nothing runs, and none has ended that should not run again.
    bool canStart() const;

    QListWidget* m_plan;
    QLabel* m_untouched;
    // The Kaspersky administrator's user name and password, or the Network Agent's uninstall password, asked
    // only when a step needs one; handed to the removal on its standard input (a pipe on Windows), never on a
    // command line or in a file, and cleared once the removal has it.
    QWidget* m_credentials;
    QLabel* m_loginLabel;
    QLineEdit* m_login;
    QLineEdit* m_password;
    // Before the consent: the passwords in Kaspersky Password Manager are not saved, with a way back to save them.
    WarningNote* m_passwordsNotSaved;
    QPushButton* m_backToSave;
    QCheckBox* m_consent;
    QPushButton* m_start;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_keptAside;
    QLabel* m_details;
    QPushButton* m_restart;
    QTimer* m_poll;
    QFutureWatcher<QString>* m_simulation;
    QFutureWatcher<RemovalOutcome>* m_process;
    QHash<QString, int> m_rows; // step id -> row in the plan
    QStringList m_rowTexts;
    QStringList m_restartSaid; // steps whose row already says that they need a restart to finish
    QString m_lastJournal;
    QString m_journalBefore; // what the plan showed when Remove now was pressed
    // Where the removal stands: one value, so that no two flags can contradict each other.
    enum class Stage
    {
        Ready,       // nothing has run: Remove now starts a removal
        Interrupted, // an earlier run stopped before its end: Remove now finishes it (resume)
        Running,     // a removal, or its simulation, is at work
        Failed,      // it ended without finishing: go on to the check, or Remove now tries again (resume)
        Finished,    // it ended, or there was nothing to remove: the check comes next
    };
    Stage m_stage = Stage::Ready;
    Stage m_stageBefore = Stage::Ready; // where a run that never started (refused, cancelled) goes back to
    bool m_waitShown = false;           // the status tells of a wait for the uninstaller a run before started
};

#endif
