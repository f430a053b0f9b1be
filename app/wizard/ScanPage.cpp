// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ScanPage.h"

#include "engine/Catalog.h"
#include "wizard/EvidenceText.h"
#include "wizard/LinkTitles.h"
#include "wizard/ScanTask.h"
#include "wizard/StateIcon.h"
#include "wizard/TextHelpers.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The list of what was found asks for no more height than its minimum (a few rows); the page gives it the rest.
// QTreeWidget's own preferred height is a fixed 192 pixels, which the page, scrolling to give every part its
// preferred height, would make room for: at 200% that pushed the list's bottom out of the window.
class FoundList : public QTreeWidget
{
public:
    QSize sizeHint() const override { return {QTreeWidget::sizeHint().width(), minimumHeight()}; }
};

} // namespace

ScanPage::ScanPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_status(addParagraph({}, QStringLiteral("scanStatus")))
    , m_progress(new QProgressBar)
    , m_results(new FoundList)
    , m_details(new QCheckBox(tr("Show &details: where each product was found")))
    , m_watcher(new QFutureWatcher<ScanOutcome>(this))
{
    setTitle(tr("What is on this computer"));
    setSubTitle(tr("Offramp looks for Kaspersky products and what they left behind. Nothing is changed."));

    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_results->setObjectName(QStringLiteral("scanResults"));
    m_results->setHeaderLabels({tr("Product"), tr("State")});
    m_results->setAccessibleName(tr("Products found"));
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    // Room for a few rows; more scroll inside the list.
    m_results->setMinimumHeight(fontMetrics().height() * 6);
    m_details->setObjectName(QStringLiteral("showDetails"));
    content()->addWidget(m_progress);
    content()->addWidget(m_results, 1);
    // What the catalog says about a product found that is not banned (UltraAV: how it got here), under the list
    // the status line points to: at 200% the notes scroll, and the list stays whole at the top.
    m_notes = addParagraph({}, QStringLiteral("scanNotes"), true);
    // Under the page, always in view: at 200% a long list and its notes would push it out of the window.
    fixedContent()->addWidget(m_details);

    connect(m_watcher, &QFutureWatcher<ScanOutcome>::finished, this, &ScanPage::showOutcome);
    connect(m_details, &QCheckBox::toggled, this, [this](bool on) {
        m_results->setRootIsDecorated(on);
        on ? m_results->expandAll() : m_results->collapseAll();
    });
}

void ScanPage::initializePage()
{
    m_done = false;
    m_results->clear();
    m_results->setVisible(false);
    m_details->setVisible(false);
    m_details->setChecked(false);
    m_notes->clear();
    m_notes->setVisible(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Looking for Kaspersky products…"));
    emit completeChanged();
    const auto catalog = state()->sharedCatalog();
    const ScanSource source = scanSourceOf(*state());
    m_watcher->setFuture(QtConcurrent::run([catalog, source] { return runScanTask(*catalog, source); }));
}

bool ScanPage::isComplete() const
{
    return m_done;
}

void ScanPage::showOutcome()
{
    ScanOutcome outcome = m_watcher->result();
    m_progress->setVisible(false);
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error + QLatin1Char(' ') +
                          tr("Nothing was changed. You can close Offramp and try again, or ask for help."));
        setTextWithLinkTitles(m_notes, outcome.errorDetails.toHtmlEscaped()); // rich text: the details are plain
        m_notes->setVisible(!outcome.errorDetails.isEmpty());
        return;
    }
    const QString language = state()->language();
    int installed = 0;
    QStringList notes;
    for (const auto& finding : outcome.findings) {
        auto* item = new QTreeWidgetItem(m_results);
        QString name = localizedText(finding.product->name, language);
        if (!finding.version.empty()) {
            name += QLatin1Char(' ') + toQString(finding.version);
        }
        if (!finding.user.empty()) {
            name += QLatin1Char(' ') + tr("(account %1)").arg(toQString(finding.user));
        }
        item->setText(0, name);
        const bool isInstalled = finding.state == offramp::FindingState::Installed;
        installed += isInstalled && finding.product->banned ? 1 : 0;
        QString stateText = isInstalled ? tr("Installed") : tr("Leftovers only");
        if (!finding.product->banned) {
            stateText += QStringLiteral(", ") + tr("not banned");
            const QString note = localizedText(finding.product->note, language);
            if (isInstalled && !note.isEmpty()) {
                // The note names the product itself ("UltraAV is not Kaspersky and is not banned...").
                notes << QStringLiteral("<p>%1 <small>(%2)</small></p>")
                             .arg(escaped(note), sourceLinks(state()->catalog(), finding.product->sources, language));
            }
        }
        item->setText(1, stateText);
        // Installed and banned needs doing something about; leftovers and products that are not banned do not.
        item->setIcon(1,
                      stateIcon(isInstalled && finding.product->banned ? StateIcon::Attention : StateIcon::Information,
                                m_results));
        for (const auto& evidence : finding.evidence) {
            auto* child = new QTreeWidgetItem(item);
            const QString what = describeEvidence(evidence.fact);
            child->setText(0, what);
            child->setText(1, toQString(evidence.where));
            child->setToolTip(0, what + QLatin1Char('\n') + toQString(evidence.where));
        }
    }
    m_results->resizeColumnToContents(1);
    m_results->setVisible(!outcome.findings.empty());
    m_details->setVisible(!outcome.findings.empty());
    if (outcome.findings.empty()) {
        m_status->setText(tr("Good news: no Kaspersky product was found on %1. Offramp can still check what "
                             "protects it: press Next.")
                              .arg(outcome.machineDescription));
    } else if (installed == 0) {
        m_status->setText(tr("No banned product is installed on %1, but Offramp found what is listed below.")
                              .arg(outcome.machineDescription));
    } else {
        m_status->setText(tr("Found %n Kaspersky product(s) installed on %1. Press Next to see what the rules say "
                             "and what to do.",
                             nullptr, installed)
                              .arg(outcome.machineDescription));
    }
    setTextWithLinkTitles(m_notes, notes.join(QString()));
    m_notes->setVisible(!notes.isEmpty());
    m_done = true;
    recordFirstScan(*state(), std::move(outcome));
    emit completeChanged();
}
