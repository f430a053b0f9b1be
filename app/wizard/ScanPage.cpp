// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanPage.h"

#include "Catalog.h"
#include "ScanTask.h"
#include "WizardState.h"

#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ScanPage::ScanPage(WizardState* state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTreeWidget(this))
    , m_watcher(new QFutureWatcher<ScanOutcome>(this))
{
    setTitle(tr("What is on this computer"));
    setSubTitle(tr("Offramp looks for Kaspersky products and what they left behind."));

    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_results->setObjectName(QStringLiteral("scanResults"));
    m_results->setHeaderLabels({tr("Product"), tr("State")});
    m_results->setAccessibleName(tr("Products found"));
    m_results->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);

    connect(m_watcher, &QFutureWatcher<ScanOutcome>::finished, this, &ScanPage::showOutcome);
}

void ScanPage::initializePage()
{
    m_done = false;
    m_results->clear();
    m_results->setVisible(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Looking for Kaspersky products…"));
    emit completeChanged();
    const auto catalog = m_state->sharedCatalog();
    const QString demo = m_state->demoName();
    m_watcher->setFuture(QtConcurrent::run([catalog, demo] { return runScanTask(*catalog, demo); }));
}

bool ScanPage::isComplete() const
{
    return m_done;
}

void ScanPage::showOutcome()
{
    ScanOutcome outcome = m_watcher->result();
    m_progress->setVisible(false);
    m_done = true;
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error + QLatin1Char(' ') +
                          tr("Nothing was changed. You can close Offramp and try again, or ask for help."));
        emit completeChanged();
        return;
    }
    const auto language = m_state->language().toStdString();
    for (const auto& finding : outcome.findings) {
        auto* item = new QTreeWidgetItem(m_results);
        QString name = QString::fromStdString(finding.product->name.text(language));
        if (!finding.version.empty()) {
            name += QLatin1Char(' ') + QString::fromStdString(finding.version);
        }
        item->setText(0, name);
        item->setText(1, finding.state == offramp::FindingState::Installed ? tr("Installed") : tr("Leftovers only"));
        for (const auto& evidence : finding.evidence) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, QString::fromStdString(evidence.what));
            child->setText(1, QString::fromStdString(evidence.where));
        }
    }
    m_results->resizeColumnToContents(0);
    m_results->setVisible(!outcome.findings.empty());
    if (outcome.findings.empty()) {
        m_status->setText(tr("Good news: no Kaspersky product was found on %1.").arg(outcome.machineDescription));
    } else {
        m_status->setText(tr("Found %n product(s) on %1. Open a product to see where it was found.", nullptr,
                             static_cast<int>(outcome.findings.size()))
                              .arg(outcome.machineDescription));
    }
    m_state->setScanResult(std::move(outcome.findings), outcome.machineDescription);
    emit completeChanged();
}
