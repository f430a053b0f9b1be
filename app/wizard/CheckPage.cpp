// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckPage.h"

#include "Catalog.h"
#include "Finding.h"
#include "ProtectionStatus.h"
#include "ScanTask.h"
#include "TextHelpers.h"
#include "WizardState.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

CheckPage::CheckPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_result(addParagraph({}, QStringLiteral("checkResult")))
    , m_protection(addParagraph({}, QStringLiteral("checkProtection"), true))
    , m_watcher(new QFutureWatcher<ScanOutcome>(this))
{
    setTitle(tr("Check this computer"));
    setSubTitle(tr("Offramp looks again, and tells you what should protect this computer now."));
    content()->addStretch();
    connect(m_watcher, &QFutureWatcher<ScanOutcome>::finished, this, [this] {
        const ScanOutcome outcome = m_watcher->result();
        if (!this->state()->hasScanned() && outcome.error.isEmpty()) {
            // Opened straight at this page after a restart: this scan is the first one.
            this->state()->setScanResult(outcome.findings, outcome.platform, outcome.machineDescription);
        }
        showOutcome(describeRemaining(outcome.findings, {}), outcome.error);
    });
}

void CheckPage::initializePage()
{
    m_done = false;
    m_result->setText(tr("Looking again…"));
    emit completeChanged();
    const QString language = state()->language();

    // What should protect the computer now: the user's choice, with where to get it.
    const auto* chosen = state()->catalog().alternative(state()->chosenAlternative().toStdString());
    if (chosen != nullptr) {
        const bool builtIn = std::ranges::find(chosen->builtIn, state()->platform()) != chosen->builtIn.end();
        const QString name = escaped(localizedText(chosen->name, language));
        m_protection->setText(builtIn ? tr("<p><b>Your new protection: %1.</b> It comes with your system and takes "
                                           "over once Kaspersky is gone. Open your system's security settings to "
                                           "check that it is turned on.</p>")
                                            .arg(name)
                                      : tr("<p><b>Your new protection: %1.</b> Install it from <a href=\"%2\">its "
                                           "official website</a>, then check that it is turned on. Until then, "
                                           "keep the protection that comes with your system turned on.</p>")
                                            .arg(name, escaped(toQString(chosen->website))));
    } else {
        m_protection->setText(tr("<p>Make sure that some protection is turned on: the one that comes with your "
                                 "system is a good start.</p>"));
    }

    if (!state()->isDemo()) {
        // What the system itself reports as protecting it (Windows Security Center), where it keeps such a list.
        const auto report = offramp::platform::readProtectionStatus();
        if (report.available) {
            QStringList names;
            for (const auto& product : report.antivirus) {
                names << escaped(toQString(product.name));
            }
            m_protection->setText(
                m_protection->text() +
                (names.isEmpty()
                     ? tr("<p>Windows Security Center lists no antivirus product at "
                          "the moment: turn Microsoft Defender on, or install your new "
                          "protection now.</p>")
                     : tr("<p>Windows Security Center lists: %1.</p>").arg(names.join(QStringLiteral(", ")))));
        }
    }
    if (state()->isDemo()) {
        // The demo computer does not change: what the simulated removal took care of counts as gone.
        showOutcome(describeRemaining(state()->findings(), state()->removedProducts()), {});
        return;
    }
    const auto catalog = state()->sharedCatalog();
    m_watcher->setFuture(QtConcurrent::run([catalog] { return runScanTask(*catalog, QString()); }));
}

QStringList CheckPage::describeRemaining(const std::vector<offramp::Finding>& findings, const QStringList& gone) const
{
    QStringList remaining;
    for (const auto& finding : findings) {
        if (finding.product->banned && !gone.contains(toQString(finding.product->id))) {
            remaining << localizedText(finding.product->name, state()->language()) +
                             (finding.state == offramp::FindingState::Installed ? tr(" (still installed)")
                                                                                : tr(" (leftovers)"));
        }
    }
    return remaining;
}

bool CheckPage::isComplete() const
{
    return m_done;
}

void CheckPage::showOutcome(const QStringList& remaining, const QString& error)
{
    m_done = true;
    if (!error.isEmpty()) {
        m_result->setText(error);
    } else if (remaining.isEmpty()) {
        m_result->setText(tr("No Kaspersky product is left on %1.").arg(state()->machineDescription()));
    } else {
        m_result->setText(tr("Still found on %1:\n• %2\nLeftovers are harmless files and settings; an installed "
                             "product still needs removing.")
                              .arg(state()->machineDescription(), remaining.join(QStringLiteral("\n• "))));
    }
    emit completeChanged();
}
