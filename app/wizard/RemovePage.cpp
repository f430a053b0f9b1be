// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovePage.h"

#include "Catalog.h"
#include "Finding.h"
#include "TextHelpers.h"
#include "WizardState.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

RemovePage::RemovePage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_plan(new QListWidget)
    , m_consent(new QCheckBox(tr("I have saved what I need, and I want to remove these products")))
    , m_start(new QPushButton(tr("&Remove now")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_timer(new QTimer(this))
{
    setTitle(tr("Remove Kaspersky"));
    m_plan->setObjectName(QStringLiteral("removalPlan"));
    m_plan->setAccessibleName(tr("Removal plan"));
    m_plan->setMinimumHeight(fontMetrics().height() * 6);
    m_plan->setWordWrap(true);
    m_consent->setObjectName(QStringLiteral("removalConsent"));
    m_start->setObjectName(QStringLiteral("startRemoval"));
    m_start->setAccessibleName(tr("Remove the listed products now"));
    m_progress->setObjectName(QStringLiteral("removalProgress"));
    m_progress->setAccessibleName(tr("Removal progress"));
    m_status->setObjectName(QStringLiteral("removalStatus"));
    m_status->setWordWrap(true);

    content()->addWidget(m_plan);
    content()->addWidget(m_consent);
    content()->addWidget(m_start, 0, Qt::AlignLeft);
    content()->addWidget(m_progress);
    content()->addWidget(m_status);
    content()->addStretch();

    m_timer->setInterval(350);
    connect(m_timer, &QTimer::timeout, this, &RemovePage::advance);
    connect(m_consent, &QCheckBox::toggled, this,
            [this](bool on) { m_start->setEnabled(on && !m_finished && m_timer->isActive() == false); });
    connect(m_start, &QPushButton::clicked, this, &RemovePage::startRemoval);
}

void RemovePage::initializePage()
{
    m_plan->clear();
    m_queue.clear();
    m_done.clear();
    m_finished = false;
    const QString language = state()->language();
    int step = 1;
    for (const auto& finding : state()->findings()) {
        if (!finding.product->banned || finding.state != offramp::FindingState::Installed) {
            continue;
        }
        QString name = localizedText(finding.product->name, language);
        if (!finding.user.empty()) {
            name = tr("%1 (for the account %2)").arg(name, toQString(finding.user));
        }
        m_plan->addItem(tr("%1. %2 — may ask to restart the computer").arg(step++).arg(name));
        m_queue << toQString(finding.product->id);
    }
    m_progress->setRange(0, std::max<int>(1, static_cast<int>(m_queue.size())));
    m_progress->setValue(0);
    m_consent->setChecked(false);
    m_start->setEnabled(false);
    setSubTitle(state()->isDemo() || m_queue.isEmpty()
                    ? tr("Offramp removes the products below, in this order, with their own uninstallers. "
                         "Your files are not touched.")
                    : tr("The products below need removing, in this order, with their own uninstallers. "
                         "Your files are not touched."));
    if (m_queue.isEmpty()) {
        m_finished = true;
        m_plan->addItem(tr("Nothing needs removing."));
        m_consent->setVisible(false);
        m_start->setVisible(false);
        m_status->setText(tr("No banned product is installed, so there is nothing to remove."));
    } else if (state()->isDemo()) {
        m_consent->setVisible(true);
        m_start->setVisible(true);
        m_status->setText(tr("This is a demonstration: the removal is only simulated and nothing on this computer "
                             "changes."));
    } else {
        m_consent->setVisible(true);
        m_start->setVisible(false);
        m_status->setText(tr("This version of Offramp cannot yet remove products by itself. Remove each product "
                             "above with its own uninstaller (Settings › Apps on Windows, the app's uninstaller on a "
                             "Mac, the package manager on Linux), then tick the box and go on: the next page checks "
                             "that it is gone."));
    }
    emit completeChanged();
}

bool RemovePage::isComplete() const
{
    if (state()->isDemo() || m_queue.isEmpty()) {
        return m_finished;
    }
    return m_consent->isChecked();
}

void RemovePage::startRemoval()
{
    if (m_queue.isEmpty() || m_timer->isActive() || !m_consent->isChecked()) {
        return;
    }
    m_start->setEnabled(false);
    m_consent->setEnabled(false);
    m_status->setText(tr("Removing…"));
    m_timer->start();
}

void RemovePage::advance()
{
    const int index = static_cast<int>(m_done.size());
    if (index >= m_queue.size()) {
        m_timer->stop();
        m_finished = true;
        m_consent->setEnabled(true);
        state()->setRemovedProducts(m_done);
        m_status->setText(tr("Done (simulated): %n product(s) removed. On a real computer a restart may be needed "
                             "to finish.",
                             nullptr, static_cast<int>(m_done.size())));
        emit completeChanged();
        return;
    }
    m_done << m_queue[index];
    m_plan->item(index)->setText(m_plan->item(index)->text() + QStringLiteral(" — ") + tr("removed (simulated)"));
    m_progress->setValue(static_cast<int>(m_done.size()));
}
