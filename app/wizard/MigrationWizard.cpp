// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/MigrationWizard.h"

#include "engine/Finding.h"
#include "wizard/CheckPage.h"
#include "wizard/ChoosePage.h"
#include "wizard/RemovePage.h"
#include "wizard/RulesPage.h"
#include "wizard/SaveDataPage.h"
#include "wizard/ScanPage.h"
#include "wizard/StepList.h"
#include "wizard/SummaryPage.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardState.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>

MigrationWizard::MigrationWizard(WizardState* state, QWidget* parent)
    : QWizard(parent)
    , m_state(state)
    , m_steps(new StepList({tr("Scan", "step"), tr("Rules", "step"), tr("Save", "step"), tr("Choose", "step"),
                            tr("Remove", "step"), tr("Check", "step"), tr("Done", "step")}))
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Offramp"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePageId, new WelcomePage(state, this));
    setPage(ScanPageId, new ScanPage(state, this));
    setPage(RulesPageId, new RulesPage(state, this));
    setPage(SaveDataPageId, new SaveDataPage(state, this));
    setPage(ChoosePageId, new ChoosePage(state, this));
    auto* remove = new RemovePage(state, this);
    setPage(RemovePageId, remove);
    setPage(CheckPageId, new CheckPage(state, this));
    setPage(SummaryPageId, new SummaryPage(state, this));
    setSideWidget(m_steps);

    // After QWizard's own reactions to the same signals, which turn Back on again.
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::showSteps);
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::updateButtons);
    for (const int id : pageIds()) {
        connect(page(id), &QWizardPage::completeChanged, this, &MigrationWizard::updateButtons);
    }

    // From the removal's warning back to the passwords, through the pages between, as Back would go.
    connect(remove, &RemovePage::saveDataRequested, this, [this] {
        while (currentId() > SaveDataPageId && visitedIds().contains(SaveDataPageId)) {
            const int before = currentId();
            back();
            if (currentId() == before) {
                break;
            }
        }
    });

    // Sized in text lines, so it grows with the system font, and never beyond a 1366x768 screen.
    const int line = fontMetrics().height();
    QSize size(line * 64, line * 46);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableSize() * 0.95);
    }
    resize(size);
    setMinimumSize(size.boundedTo(QSize(line * 36, line * 26)));
}

int MigrationWizard::nextId() const
{
    if (currentId() == ScanPageId && m_state->hasScanned() && m_state->findings().empty()) {
        return CheckPageId;
    }
    return QWizard::nextId();
}

QList<int> MigrationWizard::stepPages()
{
    return {ScanPageId, RulesPageId, SaveDataPageId, ChoosePageId, RemovePageId, CheckPageId, SummaryPageId};
}

void MigrationWizard::showSteps()
{
    const QList<int> visited = visitedIds();
    QList<StepList::State> states;
    QStringList titles;
    for (const int id : stepPages()) {
        titles << page(id)->title();
        if (id == currentId()) {
            states << StepList::State::Current;
        } else if (visited.contains(id) || id < startId()) {
            // Before the start page are the steps done before a restart (the wizard opens again at the check).
            states << StepList::State::Finished;
        } else if (id < currentId()) {
            states << StepList::State::Skipped; // nothing found: no rules, saving or removal
        } else {
            states << StepList::State::Upcoming;
        }
    }
    m_steps->setStates(states, titles);
}

void MigrationWizard::updateButtons()
{
    const auto* current = qobject_cast<const WizardPage*>(currentPage());
    if (current == nullptr) {
        return;
    }
    if (!current->allowsBack()) {
        button(BackButton)->setEnabled(false);
    }
    if (QPushButton* main = current->mainButton(); main != nullptr && !main->isHidden() && !current->isComplete()) {
        main->setDefault(true);
    }
}

QString MigrationWizard::pageName(int id)
{
    switch (id) {
    case WelcomePageId:
        return QStringLiteral("welcome");
    case ScanPageId:
        return QStringLiteral("scan");
    case RulesPageId:
        return QStringLiteral("rules");
    case SaveDataPageId:
        return QStringLiteral("save-data");
    case ChoosePageId:
        return QStringLiteral("choose");
    case RemovePageId:
        return QStringLiteral("remove");
    case CheckPageId:
        return QStringLiteral("check");
    case SummaryPageId:
        return QStringLiteral("summary");
    default:
        return QStringLiteral("page");
    }
}
