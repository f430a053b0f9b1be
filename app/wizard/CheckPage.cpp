// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CheckPage.h"

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "wizard/EvidenceText.h"
#include "wizard/LinkTitles.h"
#include "wizard/ScanTask.h"
#include "wizard/SecuritySettingsButton.h"
#include "wizard/StateLabel.h"
#include "wizard/SystemSupportText.h"
#include "wizard/TextHelpers.h"
#include "wizard/WhatToDoNow.h"
#include "wizard/WizardState.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

CheckPage::CheckPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_result(new StateLabel(QStringLiteral("checkResult")))
    , m_protection(nullptr)
    , m_settings(new SecuritySettingsButton)
    , m_watcher(new QFutureWatcher<ScanOutcome>(this))
{
    setTitle(tr("Check this computer"));
    setSubTitle(tr("Offramp looks again, and tells you what should protect this computer now."));
    content()->addWidget(m_result);
    m_protection = addParagraph({}, QStringLiteral("checkProtection"), true);
    content()->addWidget(m_settings);
    // After the button: at 200% a long notice above it (Windows 10's end of support) pushed it out of view.
    m_systemNotice = addParagraph({}, QStringLiteral("checkSystemNotice"), true);
    content()->addStretch();
    connect(m_watcher, &QFutureWatcher<ScanOutcome>::finished, this, [this] {
        const ScanOutcome outcome = m_watcher->result();
        const bool demo = this->state()->isDemo();
        if (!demo && !this->state()->hasScanned() && outcome.error.isEmpty()) {
            // Opened straight at this page after a restart: this scan is the first one.
            recordFirstScan(*this->state(), outcome);
            m_openedAfterRemoval = true;
        }
        if (outcome.error.isEmpty()) {
            // Recorded where the page can say it: what was found, or that none was where that means something.
            const QStringList found = installedLines(outcome);
            if (!found.isEmpty() || canSayNoneFound(outcome.platform)) {
                this->state()->setInstalledProtection(found);
            }
            m_protection->setText(describeProtection(&outcome));
            setTextWithLinkTitles(m_systemNotice, windows10Notice(*this->state()));
            m_systemNotice->setVisible(!m_systemNotice->text().isEmpty());
            m_settings->showFor(*this->state(), outcome.platform);
        }
        // The demo computer does not change: what the simulated removal took care of counts as gone.
        showOutcome(demo ? this->state()->findings() : outcome.findings,
                    demo ? this->state()->removedProducts() : QStringList(), outcome.error);
    });
}

void CheckPage::initializePage()
{
    m_done = false;
    m_result->setState(StateIcon::Current, tr("Looking again…"));
    m_protection->setText(describeProtection(nullptr));
    setTextWithLinkTitles(m_systemNotice, windows10Notice(*state()));
    m_systemNotice->setVisible(!m_systemNotice->text().isEmpty());
    m_settings->setVisible(false);
    if (state()->hasScanned()) {
        m_settings->showFor(*state(), state()->platform());
    }
    emit completeChanged();
    const auto catalog = state()->sharedCatalog();
    m_watcher->setFuture(QtConcurrent::run([catalog, source = scanSourceOf(*state())] {
        return runScanTask(*catalog, source, ScanExtras::SystemProtection);
    }));
}

QString CheckPage::describeProtection(const ScanOutcome* outcome) const
{
    QString text = outcome != nullptr ? describeInstalled(*outcome) : QString();
    // What the system itself reports as protecting it (Windows Security Center), where it keeps such a list.
    if (outcome != nullptr) {
        const auto& report = outcome->systemProtection;
        if (report.available) {
            QStringList names;
            for (const auto& product : report.antivirus) {
                names << escaped(toQString(product.name));
            }
            text += names.isEmpty()
                        ? tr("<p>Windows Security Center lists no antivirus product at "
                             "the moment: turn Microsoft Defender on, or install your new "
                             "protection now.</p>")
                        : tr("<p>Windows Security Center lists: %1.</p>").arg(names.join(QStringLiteral(", ")));
        }
    }
    return text + describeChoice(outcome);
}

bool CheckPage::canSayNoneFound(offramp::Platform platform) const
{
    // Not on Windows: Offramp knows few Windows products by their files (UltraAV), and Security Center's own list
    // says what protects it. Elsewhere, where the catalog knows how to recognise some antivirus on the system.
    return platform != offramp::Platform::Windows &&
           std::ranges::any_of(state()->catalog().alternatives,
                               [&](const auto& alternative) { return alternative.signatures.contains(platform); });
}

QStringList CheckPage::installedLines(const ScanOutcome& outcome) const
{
    const QString language = state()->language();
    QStringList found;
    for (const auto& installed : outcome.alternatives) {
        // For the report, which keeps what showed it: worded as the Scan page words evidence.
        QStringList seen;
        for (const auto& evidence : installed.evidence) {
            seen << describeEvidence(evidence.fact);
        }
        seen.removeDuplicates();
        found << tr("%1 (what Offramp saw: %2)")
                     .arg(localizedText(installed.alternative->name, language), seen.join(QStringLiteral("; ")));
    }
    return found;
}

QString CheckPage::describeInstalled(const ScanOutcome& outcome) const
{
    // Names only: which packages or entries showed it is for the report, not for the person reading this.
    QStringList names;
    for (const auto& installed : outcome.alternatives) {
        names << escaped(localizedText(installed.alternative->name, state()->language()));
    }
    names.removeDuplicates();
    if (!names.isEmpty()) {
        return tr("<p><b>Antivirus installed on %1:</b> %2.</p>")
            .arg(escaped(state()->machineDescription()), QLocale().createSeparatedList(names));
    }
    return canSayNoneFound(outcome.platform)
               ? tr("<p>Offramp finds none of the antivirus products it can recognise installed on "
                    "%1.</p>")
                     .arg(escaped(state()->machineDescription()))
               : QString();
}

QString CheckPage::describeChoice(const ScanOutcome* outcome) const
{
    const auto* chosen = state()->catalog().alternative(state()->chosenAlternative().toStdString());
    if (chosen == nullptr) {
        if (outcome != nullptr && !outcome->alternatives.empty()) {
            return tr("<p>Check that it is turned on and keeps itself up to date.</p>");
        }
        const auto listed = state()->catalog().alternativesFor(state()->platform());
        const bool hasBuiltIn = std::ranges::any_of(listed, [&](const offramp::Alternative* alternative) {
            return alternative->comesWith(state()->platform());
        });
        return hasBuiltIn ? tr("<p>Make sure that some protection is turned on: the one that comes with your "
                               "system is a good start.</p>")
                          : tr("<p>Make sure that some protection is installed and turned on.</p>");
    }
    const QString name = escaped(localizedText(chosen->name, state()->language()));
    const bool installed = outcome != nullptr && std::ranges::any_of(outcome->alternatives, [&](const auto& found) {
                               return found.alternative == chosen;
                           });
    if (installed && state()->keepsInstalledAlternative()) {
        return tr("<p><b>Your protection: %1.</b> It was already installed and you keep it; check that it is "
                  "turned on and keeps itself up to date.</p>")
            .arg(name);
    }
    if (installed) {
        return tr("<p><b>Your new protection: %1.</b> It is installed; check that it is turned on and keeps "
                  "itself up to date.</p>")
            .arg(name);
    }
    const bool builtIn = chosen->comesWith(state()->platform());
    QStringList leaving = WhatToDoNow::protectionLeft(*state());
    for (auto& other : leaving) {
        other = escaped(other);
    }
    if (!leaving.isEmpty()) {
        const QString others = QLocale().createSeparatedList(leaving);
        return builtIn ? tr("<p><b>Your new protection: %1.</b> It comes with your system and takes over once %2 "
                            "is removed. Remove %2 with its own uninstaller, and cancel its subscription if you "
                            "pay for one.</p>")
                             .arg(name, others)
                       : tr("<p><b>Your new protection: %1.</b> Before you install it from <a href=\"%3\">its "
                            "official website</a>, remove %2 with its own uninstaller, and cancel its subscription "
                            "if you pay for one.</p>")
                             .arg(name, others, escaped(toQString(chosen->website)));
    }
    if (WhatToDoNow::nothingToTurnOn(*state())) {
        return tr("<p><b>Your new protection: %1.</b> It comes with macOS and works in the background once "
                  "Kaspersky is gone; Apple updates it automatically. There is nothing to install or turn on.</p>")
            .arg(name);
    }
    return builtIn ? tr("<p><b>Your new protection: %1.</b> It comes with your system and takes "
                        "over once Kaspersky is gone. Open your system's security settings to "
                        "check that it is turned on.</p>")
                         .arg(name)
                   : tr("<p><b>Your new protection: %1.</b> Install it from <a href=\"%2\">its "
                        "official website</a>, then check that it is turned on. Until then, "
                        "keep the protection that comes with your system turned on.</p>")
                         .arg(name, escaped(toQString(chosen->website)));
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

void CheckPage::showOutcome(const std::vector<offramp::Finding>& findings, const QStringList& gone,
                            const QString& error)
{
    m_done = true;
    const QStringList remaining = describeRemaining(findings, gone);
    // Leftovers are harmless; a product still installed needs attention.
    const bool installed = std::ranges::any_of(findings, [&gone](const offramp::Finding& finding) {
        return finding.product->banned && finding.state == offramp::FindingState::Installed &&
               !gone.contains(toQString(finding.product->id));
    });
    if (!error.isEmpty()) {
        m_result->setState(StateIcon::Attention, error);
    } else if (remaining.isEmpty()) {
        // "Left" only where one was here: found by the first scan, or removed before the restart that opened this
        // page. Else it was never here, as far as Offramp can tell.
        const bool foundBefore =
            m_openedAfterRemoval || std::ranges::any_of(state()->findings(), [](const offramp::Finding& finding) {
                return finding.product->banned;
            });
        QString text = foundBefore ? tr("No Kaspersky product is left on %1.").arg(state()->machineDescription())
                                   : tr("Offramp finds no Kaspersky product on %1.").arg(state()->machineDescription());
        // The removal said a restart finishes it: not said here, "nothing is left" would read as all done.
        if (state()->restartPending()) {
            text += QLatin1Char(' ') + (state()->isDemo()
                                            ? tr("On a real computer, a restart would now finish the removal.")
                                            : tr("Restart the computer to finish the removal."));
        }
        m_result->setState(StateIcon::Done, text);
    } else {
        m_result->setState(installed ? StateIcon::Attention : StateIcon::Information,
                           tr("Still found on %1:\n• %2\nLeftovers are harmless files and settings; an installed "
                              "product still needs removing.")
                               .arg(state()->machineDescription(), remaining.join(QStringLiteral("\n• "))));
    }
    emit completeChanged();
}
