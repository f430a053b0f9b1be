// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RemovePage.h"

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/Platform.h"
#include "engine/RemovalJournal.h"
#include "engine/RemovalPlan.h"
#include "platform/JournalFile.h"
#include "platform/Restart.h"
#include "platform/ResumeAtLogin.h"
#include "wizard/ErrorText.h"
#include "wizard/StateIcon.h"
#include "wizard/StepFailureText.h"
#include "wizard/TextHelpers.h"
#include "wizard/WarningNote.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// How long each simulated step takes on a demo computer, so that a person can follow it.
constexpr std::chrono::milliseconds kDemoPause{250};

QString describeStep(const offramp::RemovalStep& step, const QString& language)
{
    const QString name = localizedText(step.product->name, language);
    QString text;
    switch (step.action) {
    case offramp::StepAction::RemovePackage:
        text = RemovePage::tr("Remove the package %1 (%2)").arg(toQString(step.target), name);
        break;
    case offramp::StepAction::RunUninstaller:
        text = step.user.empty()
                   ? RemovePage::tr("Run the uninstaller of %1").arg(name)
                   : RemovePage::tr("Run the uninstaller of %1 for the account %2").arg(name, toQString(step.user));
        break;
    case offramp::StepAction::RunUninstallScript:
        text = RemovePage::tr("Run Kaspersky's own uninstall script for %1").arg(name);
        break;
    case offramp::StepAction::Manual:
        text = RemovePage::tr("Remove %1 with its own uninstaller: Offramp knows no safe way to do it").arg(name);
        break;
    }
    QStringList needs;
    switch (step.password) {
    case offramp::UninstallPassword::None:
        break;
    case offramp::UninstallPassword::LoginPassword:
        needs << RemovePage::tr("needs the Kaspersky administrator's user name and password, if one was set");
        break;
    case offramp::UninstallPassword::HexPassword:
        needs << RemovePage::tr("needs the Network Agent's uninstall password, if one was set");
        break;
    case offramp::UninstallPassword::SystemAdmin:
        needs << RemovePage::tr("asks for this computer's administrator password");
        break;
    }
    if (step.restart == offramp::RestartNeed::Required) {
        needs << RemovePage::tr("needs a restart to finish");
    } else if (step.restart == offramp::RestartNeed::Maybe) {
        needs << RemovePage::tr("may ask to restart the computer");
    }
    return needs.isEmpty() ? text : text + QStringLiteral("\n     ") + needs.join(QStringLiteral("; "));
}

QString describeState(offramp::StepState state, bool demo)
{
    QString text;
    switch (state) {
    case offramp::StepState::Planned:
        return {};
    case offramp::StepState::Running:
        return RemovePage::tr("removing…");
    case offramp::StepState::Done:
        text = RemovePage::tr("removed");
        break;
    case offramp::StepState::AlreadyGone:
        text = RemovePage::tr("already gone");
        break;
    case offramp::StepState::RestartNeeded:
        text = RemovePage::tr("removed; restart to finish");
        break;
    case offramp::StepState::Failed:
        return RemovePage::tr("did not work");
    case offramp::StepState::Manual:
        return RemovePage::tr("left for you to remove");
    }
    return demo ? RemovePage::tr("%1 (simulated)").arg(text) : text;
}

} // namespace

QIcon RemovePage::stepIcon(offramp::StepState state) const
{
    switch (state) {
    case offramp::StepState::Planned:
        return {};
    case offramp::StepState::Running:
        return stateIcon(StateIcon::Current, this);
    case offramp::StepState::Done:
    case offramp::StepState::AlreadyGone:
    case offramp::StepState::RestartNeeded:
        return stateIcon(StateIcon::Done, this);
    case offramp::StepState::Failed:
    case offramp::StepState::Manual:
        return stateIcon(StateIcon::Attention, this);
    }
    return {};
}

RemovePage::RemovePage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_plan(new QListWidget)
    , m_untouched(new QLabel)
    , m_credentials(new QWidget)
    , m_loginLabel(new QLabel(tr("Kaspersky administrator’s &user name:")))
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_passwordsNotSaved(new WarningNote(QStringLiteral("passwordsNotSaved")))
    , m_backToSave(new QPushButton(tr("&Go back and save my passwords")))
    , m_consent(new QCheckBox(tr("I have saved what I need, and I want to remove these products")))
    , m_start(new QPushButton(tr("&Remove now")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_keptAside(new QLabel)
    , m_details(new QLabel)
    , m_restart(new QPushButton(tr("Re&start the computer now")))
    , m_poll(new QTimer(this))
    , m_simulation(new QFutureWatcher<QString>(this))
    , m_process(new QFutureWatcher<RemovalOutcome>(this))
{
    setTitle(tr("Remove Kaspersky"));
    m_plan->setObjectName(QStringLiteral("removalPlan"));
    m_plan->setAccessibleName(tr("Removal plan"));
    m_plan->setMinimumHeight(fontMetrics().height() * 4);
    m_plan->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
    m_plan->setWordWrap(true);
    m_untouched->setObjectName(QStringLiteral("removalUntouched"));
    m_untouched->setWordWrap(true);
    m_untouched->setAlignment(Qt::AlignLeft | Qt::AlignTop); // at the top when it is alone on the page
    m_consent->setObjectName(QStringLiteral("removalConsent"));
    m_start->setObjectName(QStringLiteral("startRemoval"));
    m_start->setAccessibleName(tr("Remove the listed products now"));
    m_progress->setObjectName(QStringLiteral("removalProgress"));
    m_progress->setAccessibleName(tr("Removal progress"));
    m_status->setObjectName(QStringLiteral("removalStatus"));
    m_status->setWordWrap(true);
    m_keptAside->setObjectName(QStringLiteral("removalKeptAside"));
    m_keptAside->setWordWrap(true);
    m_keptAside->setVisible(false);
    // What offramp-cli or the system said, in English, for whoever helps the person; selectable, to copy it.
    m_details->setObjectName(QStringLiteral("removalDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_restart->setObjectName(QStringLiteral("restartNow"));
    m_restart->setAccessibleName(tr("Restart the computer now to finish the removal"));

    m_login->setObjectName(QStringLiteral("removalLogin"));
    m_loginLabel->setBuddy(m_login);
    m_password->setObjectName(QStringLiteral("removalPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* passwordLabel = new QLabel(tr("Uninstall &password:"));
    passwordLabel->setBuddy(m_password);
    auto* credentialsHint = new QLabel(tr("Only if one was set when Kaspersky was installed (at work, ask whoever "
                                          "looks after the computers). Leave it empty otherwise. Offramp hands it to "
                                          "the uninstaller and keeps it nowhere."));
    credentialsHint->setWordWrap(true);
    auto* credentialsForm = new QFormLayout(m_credentials);
    credentialsForm->setContentsMargins(0, 0, 0, 0);
    credentialsForm->addRow(m_loginLabel, m_login);
    credentialsForm->addRow(passwordLabel, m_password);
    credentialsForm->addRow(credentialsHint);

    // What the person must not miss comes first; the plan may scroll, but the consent, Remove now, the progress
    // and what is happening stay in view below it, even at 200%.
    m_backToSave->setObjectName(QStringLiteral("backToSaveData"));
    m_backToSave->setAccessibleName(tr("Go back to Save your data and save my passwords"));
    m_passwordsNotSaved->addButton(m_backToSave);
    content()->addWidget(m_passwordsNotSaved);
    content()->addWidget(m_plan, 1);
    content()->addWidget(m_untouched);
    content()->addWidget(m_credentials);
    content()->addWidget(m_keptAside);
    // The page's main button: larger and bold, and the default one until the removal has run.
    QFont large = m_start->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    large.setBold(true);
    m_start->setFont(large);
    m_start->setMinimumHeight(QFontMetrics(large).height() * 2);
    m_start->setMinimumWidth(QFontMetrics(large).horizontalAdvance(m_start->text()) + QFontMetrics(large).height() * 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_restart);
    buttons->addStretch();
    fixedContent()->addWidget(m_consent);
    fixedContent()->addLayout(buttons);
    fixedContent()->addWidget(m_progress);
    fixedContent()->addWidget(m_status);
    // Under the status, which refers to "the details below"; shown only after a removal that could not start.
    fixedContent()->addWidget(m_details);

    m_poll->setInterval(300);
    connect(m_poll, &QTimer::timeout, this, &RemovePage::pollJournal);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) { m_start->setEnabled(on && canStart()); });
    connect(m_consent, &QCheckBox::toggled, this, &RemovePage::completeChanged);
    connect(m_start, &QPushButton::clicked, this, &RemovePage::startRemoval);
    connect(m_backToSave, &QPushButton::clicked, this, &RemovePage::saveDataRequested);
    connect(m_restart, &QPushButton::clicked, this, &RemovePage::restartNow);
    connect(m_simulation, &QFutureWatcher<QString>::resultReadyAt, this,
            [this](int index) { showJournal(m_simulation->resultAt(index)); });
    connect(m_simulation, &QFutureWatcher<QString>::finished, this, [this] {
        RemovalOutcome outcome;
        outcome.journalText = m_lastJournal;
        finish(outcome);
    });
    connect(m_process, &QFutureWatcher<RemovalOutcome>::finished, this, [this] {
        const RemovalOutcome outcome = m_process->result();
        m_poll->stop();
        if (outcome.busy) {
            showBusy();
            return;
        }
        finish(outcome);
    });
    // However a removal ends, the wizard asks again whether Back may be on.
    connect(m_simulation, &QFutureWatcher<QString>::finished, this, &RemovePage::completeChanged);
    connect(m_process, &QFutureWatcher<RemovalOutcome>::finished, this, &RemovePage::completeChanged);
}

void RemovePage::initializePage()
{
    m_stage = Stage::Ready;
    m_lastJournal.clear();
    showNotes({}, {});
    m_restart->setVisible(false);
    m_consent->setChecked(false);
    m_consent->setEnabled(true);
    m_start->setEnabled(false);
    showPlan();
    if (!state()->isDemo() && !m_rows.isEmpty() && interruptedBefore()) {
        // Offramp (or the computer) stopped in the middle of a removal: Remove now finishes that one, and waits
        // for an uninstaller it had started that is still at work.
        m_stage = Stage::Interrupted;
        m_status->setText(tr("An earlier removal was interrupted before it could finish. Press Remove now to "
                             "finish it: Offramp starts where it stopped."));
    }
    emit completeChanged();
}

bool RemovePage::interruptedBefore() const
{
    try {
        // offramp-cli remove refuses such a journal, so that what it knows is not lost: resume carries it on.
        return offramp::journalUnfinished(offramp::platform::JournalFile(toPath(state()->journalPath())).load());
    } catch (const offramp::JournalError&) {
        return false; // none yet, or not a journal: nothing to finish
    }
}

bool RemovePage::resumesJournal() const
{
    const offramp::platform::JournalFile file(toPath(state()->journalPath()));
    std::string text;
    try {
        text = file.loadText();
    } catch (const offramp::JournalError&) {
        // None: there is nothing to resume. One this account may not read: offramp-cli, which wrote it, may.
        return m_stage != Stage::Ready && file.exists();
    }
    try {
        const bool unfinished = offramp::journalUnfinished(offramp::journalFromText(text, "journal"));
        return m_stage != Stage::Ready || unfinished;
    } catch (const offramp::JournalError&) {
        // No journal Offramp can read (damaged, or another file): a new removal keeps it aside and starts again.
        return false;
    }
}

void RemovePage::showPlan()
{
    m_plan->clear();
    m_rows.clear();
    m_rowTexts.clear();
    m_restartSaid.clear();
    const QString language = state()->language();
    const offramp::RemovalPlan plan = offramp::planRemoval(state()->findings(), state()->platform());
    int number = 1;
    for (const auto& step : plan.steps) {
        const QString text = tr("%1. %2").arg(number++).arg(describeStep(step, language));
        m_rows.insert(toQString(step.id), m_plan->count());
        if (step.restart == offramp::RestartNeed::Required) {
            m_restartSaid << toQString(step.id);
        }
        m_rowTexts << text;
        m_plan->addItem(text);
    }
    // Products that are not banned stay as they are; banned ones that are not removed left only leftovers.
    QStringList notBanned;
    QStringList leftovers;
    for (const auto& item : plan.untouched) {
        if (item.product != nullptr) {
            QStringList& list = item.product->banned ? leftovers : notBanned;
            const QString name = localizedText(item.product->name, language);
            if (!list.contains(name)) {
                list << name;
            }
        }
    }
    QStringList untouched;
    if (!notBanned.isEmpty()) {
        untouched << tr("What is not banned is not removed: %1. To remove one anyway, use its own uninstaller.")
                         .arg(notBanned.join(QStringLiteral(", ")));
    }
    if (!leftovers.isEmpty()) {
        untouched << tr("Left alone, because only leftovers remain: %1. Offramp never deletes files, drivers or "
                        "registry keys by hand; the next page lists what remains.")
                         .arg(leftovers.join(QStringLiteral(", ")));
    }
    untouched << tr("Your documents and other files are never touched.");
    m_untouched->setText(untouched.join(QLatin1Char(' ')));
    m_progress->setRange(0, std::max<int>(1, static_cast<int>(plan.steps.size())));
    m_progress->setValue(0);
    // Ask only for what a step of this plan can use, and never on a demo computer.
    const auto needs = [&plan](offramp::UninstallPassword kind) {
        return std::ranges::any_of(plan.steps, [kind](const auto& step) { return step.password == kind; });
    };
    const bool login = needs(offramp::UninstallPassword::LoginPassword);
    m_credentials->setVisible(!state()->isDemo() && (login || needs(offramp::UninstallPassword::HexPassword)));
    m_loginLabel->setVisible(login);
    m_login->setVisible(login);
    m_login->clear();
    m_password->clear();
    // Passwords the person has not marked as saved are lost with Password Manager: said before the consent.
    const bool passwordsAtRisk = offramp::removesPasswordManager(plan) && state()->passwordsUnsaved();
    m_passwordsNotSaved->setText(
        tr("<b>Your passwords are not saved.</b> Removing Kaspersky Password Manager loses the passwords kept in "
           "it: no other program can open its vault. Go back to save them first."));
    m_passwordsNotSaved->setVisible(passwordsAtRisk);
    m_backToSave->setEnabled(true);
    const bool nothing = plan.steps.empty();
    m_consent->setVisible(!nothing);
    m_start->setVisible(!nothing);
    m_progress->setVisible(!nothing); // an empty bar would only raise the question of what is left to do
    // An empty list would only push what is left alone, and why, out of view at 200%.
    m_plan->setVisible(!nothing);
    setSubTitle(nothing ? tr("Nothing needs removing.")
                        : tr("Offramp removes the products below, in this order, with their vendor's own uninstallers, "
                             "and records every step so that it can always finish."));
    if (nothing) {
        m_stage = Stage::Finished;
        m_status->setText(tr("No banned product is installed, so there is nothing to remove."));
    } else if (state()->isDemo()) {
        m_status->setText(tr("This is a demonstration: the removal is only simulated and nothing on this computer "
                             "changes."));
    } else {
        m_status->setText(state()->platform() == offramp::Platform::Windows
                              ? tr("When you press Remove now, Windows asks whether Offramp may make changes to this "
                                   "computer: choose Yes (it may ask for an administrator’s password). The removal can "
                                   "take several minutes; do not turn the computer off.")
                              : tr("When you press Remove now, your system asks for the administrator password. The "
                                   "removal can take several minutes; do not turn the computer off."));
    }
}

bool RemovePage::isComplete() const
{
    return m_stage == Stage::Failed || m_stage == Stage::Finished;
}

bool RemovePage::allowsBack() const
{
    const bool removed = isComplete() && !m_rows.isEmpty(); // finished with nothing to remove is not a removal
    return m_stage != Stage::Running && !removed;
}

bool RemovePage::canStart() const
{
    return m_stage == Stage::Ready || m_stage == Stage::Interrupted || m_stage == Stage::Failed;
}

QPushButton* RemovePage::mainButton() const
{
    return m_start;
}

void RemovePage::startRemoval()
{
    if (!canStart() || !m_consent->isChecked() || m_rows.isEmpty()) {
        return;
    }
    // A removal that ran before, or was interrupted, is finished by resume: its journal knows what is done.
    const bool resume = resumesJournal();
    m_stageBefore = m_stage;
    m_journalBefore = m_lastJournal;
    m_stage = Stage::Running;
    m_start->setEnabled(false);
    m_consent->setEnabled(false);
    m_backToSave->setEnabled(false);
    m_status->setText(tr("Removing… Please wait and keep the computer on."));
    showNotes({}, {});
    emit completeChanged(); // Back goes off
    if (state()->isDemo()) {
        m_simulation->setFuture(QtConcurrent::run(runSimulatedRemoval, state()->sharedCatalog(), state()->findings(),
                                                  state()->platform(), kDemoPause));
        return;
    }
    QStringList arguments = state()->removalLeadingArguments();
    arguments << (resume ? QStringLiteral("resume") : QStringLiteral("remove"));
    if (!resume) {
        arguments << QStringLiteral("--yes");
    }
    arguments << QStringLiteral("--journal") << state()->journalPath();
    QString input;
    if (!m_credentials->isHidden()) {
        if (!m_login->isHidden() && !m_login->text().trimmed().isEmpty()) {
            arguments << QStringLiteral("--login") << m_login->text().trimmed();
        }
        if (!m_password->text().isEmpty()) {
            arguments << QStringLiteral("--password-stdin");
            input = m_password->text() + QLatin1Char('\n');
        }
        m_password->clear();
    }
    arguments << state()->removalExtraArguments();
    const RemovalLaunch launch{state()->removalProgram(), arguments, state()->elevateRemoval(), input};
    const QString journal = state()->journalPath();
    m_poll->start();
    m_process->setFuture(QtConcurrent::run([launch, journal] { return runRemovalProcess(launch, journal); }));
}

void RemovePage::pollJournal()
{
    // Read through the platform layer, which never holds the file against the removal's next save.
    QString text;
    try {
        text = QString::fromStdString(offramp::platform::JournalFile(toPath(state()->journalPath())).loadText());
    } catch (const offramp::JournalError&) {
        return; // not written yet: the next poll reads it
    }
    if (text != m_lastJournal) {
        showJournal(text);
    }
}

void RemovePage::showJournal(const QString& text)
{
    offramp::Journal journal;
    try {
        journal = offramp::journalFromText(text.toStdString(), "journal");
    } catch (const offramp::JournalError&) {
        return; // a journal from before this run, or one being replaced: the next poll reads it
    }
    m_lastJournal = text;
    showSteps(journal);
}

void RemovePage::showSteps(const offramp::Journal& journal)
{
    int finished = 0;
    bool waiting = false;
    for (const auto& step : journal.steps) {
        const auto row = m_rows.find(toQString(step.id));
        if (offramp::stepFinished(step.state)) {
            ++finished;
        }
        if (step.waiting && m_stage == Stage::Running) {
            waiting = true;
            // The uninstaller a run before this one started is still at work: this run waits for it.
            const auto minutes = [](long long seconds) { return static_cast<int>((seconds + 59) / 60); };
            const QString limit = tr("at most %n minute(s)", nullptr, minutes(step.waiting->limitSeconds));
            m_status->setText(
                step.waiting->waitedSeconds < 60
                    ? tr("The uninstaller that Offramp started before is still running: waiting for it to finish "
                         "(%1). Please keep the computer on.")
                          .arg(limit)
                    : tr("The uninstaller that Offramp started before is still running: waiting for it to finish "
                         "(%1 so far, %2). Please keep the computer on.")
                          .arg(tr("%n minute(s)", nullptr, static_cast<int>(step.waiting->waitedSeconds / 60)), limit));
        }
        if (row == m_rows.end()) {
            continue;
        }
        // "needs a restart to finish — removed; restart to finish" says it twice: the row says it once.
        const bool restartSaid =
            step.state == offramp::StepState::RestartNeeded && m_restartSaid.contains(toQString(step.id));
        const QString state =
            step.waiting ? tr("waiting for the uninstaller started before…")
                         : describeState(restartSaid ? offramp::StepState::Done : step.state, this->state()->isDemo());
        m_plan->item(*row)->setText(state.isEmpty() ? m_rowTexts[*row]
                                                    : m_rowTexts[*row] + QStringLiteral(" — ") + state);
        m_plan->item(*row)->setIcon(step.waiting ? stateIcon(StateIcon::Current, this) : stepIcon(step.state));
    }
    m_progress->setValue(std::min(finished, m_progress->maximum()));
    if (m_waitShown && !waiting && m_stage == Stage::Running) {
        m_status->setText(tr("Removing… Please wait and keep the computer on."));
    }
    m_waitShown = waiting;
}

void RemovePage::showNotes(const QString& details, const QString& keptAside)
{
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    // As offramp-cli says it: the file is kept, under which name, and nothing is lost.
    m_keptAside->setText(keptAside.isEmpty()
                             ? QString()
                             : tr("The file at the place of the removal’s record, “%1”, was not a record Offramp can "
                                  "read. Offramp did not write over it: it is kept, unchanged, as “%2”, and a new "
                                  "record was started. Nothing was lost.")
                                   .arg(QDir::toNativeSeparators(state()->journalPath()), keptAside));
    m_keptAside->setVisible(!keptAside.isEmpty());
}

void RemovePage::finish(const RemovalOutcome& outcome)
{
    const QString& journalText = outcome.journalText;
    const QString& error = outcome.error;
    const bool cancelled = outcome.cancelled;
    m_stage = m_stageBefore; // until the journal says how it ended
    m_consent->setEnabled(true);
    showNotes(outcome.details, outcome.keptAside);
    if (cancelled || !error.isEmpty()) {
        const bool windows = state()->platform() == offramp::Platform::Windows;
        m_status->setText(!cancelled ? error
                          : windows  ? tr("Nothing was removed, because the change was not allowed when Windows "
                                           "asked. Nothing is lost; press Remove now to try again when you are ready.")
                                     : tr("Nothing was removed: the administrator password was not given. Press "
                                           "Remove now to try again."));
        m_start->setEnabled(m_consent->isChecked());
        return;
    }
    offramp::Journal journal;
    try {
        journal = offramp::journalFromText(journalText.toStdString(), "journal");
    } catch (const offramp::JournalError& problem) {
        const ErrorText text = describeError(problem);
        m_status->setText(tr("The removal could not start: %1").arg(text.sentence));
        showNotes(text.details, outcome.keptAside);
        m_start->setEnabled(m_consent->isChecked());
        return;
    }
    m_lastJournal = journalText;
    showSteps(journal);
    m_stage = Stage::Finished;
    QStringList removed;
    QStringList notRemoved;
    for (const auto& step : journal.steps) {
        (offramp::stepFinished(step.state) ? removed : notRemoved) << toQString(step.product);
    }
    removed.removeDuplicates();
    for (const auto& product : std::as_const(notRemoved)) {
        removed.removeAll(product);
    }
    state()->setRemovedProducts(removed);
    state()->setRestartPending(journal.status == offramp::JournalStatus::RestartRequired);
    const bool demo = state()->isDemo();
    switch (journal.status) {
    case offramp::JournalStatus::Done:
        m_status->setText(
            demo ? tr("Done (simulated): %n product(s) removed.", nullptr, static_cast<int>(removed.size()))
                 : tr("Done: %n product(s) removed. The next page checks this computer again.", nullptr,
                      static_cast<int>(removed.size())));
        break;
    case offramp::JournalStatus::RestartRequired:
        if (demo) {
            m_status->setText(tr("Done (simulated): %n product(s) removed. On a real computer, a restart would "
                                 "finish the removal.",
                                 nullptr, static_cast<int>(removed.size())));
            break;
        }
        try {
            offramp::platform::scheduleResumeAtLogin(
                {QDir::toNativeSeparators(QCoreApplication::applicationFilePath()).toStdString(),
                 {"--resume", state()->journalPath().toStdString()}});
            m_status->setText(tr("Removed. Restart the computer to finish: Offramp opens again after the restart "
                                 "and checks that everything is gone."));
        } catch (const std::exception&) {
            m_status->setText(tr("Removed. Restart the computer to finish, then open Offramp again to check that "
                                 "everything is gone."));
        }
        m_restart->setVisible(true);
        break;
    case offramp::JournalStatus::Running: // the removal was stopped before it could finish
    case offramp::JournalStatus::Failed: {
        QString reason = tr("It was interrupted.");
        QString details;
        for (const auto& step : journal.steps) {
            if (step.state == offramp::StepState::Failed) {
                reason = describeStepFailure(step, state()->catalog(), state()->language());
                details = stepFailureDetails(step);
            }
        }
        const QString text = tr("The removal did not finish. %1\nNothing was lost. Once that is dealt with, press "
                                "Remove now to try again, or go on to check this computer.")
                                 .arg(reason);
        // The journal's own words come last and apart, for whoever helps the person.
        m_status->setText(details.isEmpty() ? text : text + QStringLiteral("\n\n") + details);
        // A simulation ends as it was written; a real removal may be tried again.
        m_stage = demo ? Stage::Finished : Stage::Failed;
        m_start->setEnabled(canStart() && m_consent->isChecked());
        break;
    }
    case offramp::JournalStatus::Incomplete:
        m_status->setText(tr("Offramp removed what it could. Remove the rest with its own uninstaller, then go on: "
                             "the next page checks this computer again."));
        break;
    }
    emit completeChanged();
}

void RemovePage::showBusy()
{
    m_stage = m_stageBefore;
    m_consent->setEnabled(true);
    // What the page read meanwhile was the other removal's journal: the plan shows what it showed before.
    for (int row = 0; row < m_rowTexts.size() && row < m_plan->count(); ++row) {
        m_plan->item(row)->setText(m_rowTexts[row]);
        m_plan->item(row)->setIcon({});
    }
    m_progress->setValue(0);
    m_lastJournal.clear();
    if (!m_journalBefore.isEmpty()) {
        showJournal(m_journalBefore);
    }
    m_status->setText(tr("Another removal is already running on this computer (in another Offramp window, or "
                         "offramp-cli in a terminal), so this one did not start: nothing was changed and nothing is "
                         "lost. Wait until it has finished, then press Remove now again."));
    m_start->setEnabled(m_consent->isChecked());
}

void RemovePage::restartNow()
{
    if (!offramp::platform::restartComputer().ok()) {
        m_status->setText(tr("The computer could not be restarted from here: restart it from the system menu."));
    }
}
