// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_CHECKPAGE_H
#define OFFRAMP_WIZARD_CHECKPAGE_H

#include "wizard/WizardPage.h"

#include <QFutureWatcher>

#include <vector>

class QLabel;
class SecuritySettingsButton;
class StateLabel;
struct ScanOutcome;
namespace offramp {
struct Finding;
enum class Platform;
} // namespace offramp

// Scans again after the removal and says what is left, then what should protect the computer now.
class CheckPage : public WizardPage
{
    Q_OBJECT

public:
    explicit CheckPage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    // What is left of the banned products found, except those in `gone` (removed on a demo computer).
    void showOutcome(const std::vector<offramp::Finding>& findings, const QStringList& gone, const QString& error);
    // What protects the computer now: the alternatives the scan found installed, what the system itself
    // reports (Windows Security Center), then what to do about the person's choice.
    QString describeProtection(const ScanOutcome* outcome) const;
    // Whether "none of the antivirus Offramp can recognise is installed" means something on the platform.
    bool canSayNoneFound(offramp::Platform platform) const;
    // The alternatives the scan found installed, one line each, for the report: "ClamAV, found as clamav".
    QStringList installedLines(const ScanOutcome& outcome) const;
    // Their names as the page shows them, or that it recognises none.
    QString describeInstalled(const ScanOutcome& outcome) const;
    QString describeChoice(const ScanOutcome* outcome) const;
    // The banned products still found, except those in `gone`, as lines to show.
    QStringList describeRemaining(const std::vector<offramp::Finding>& findings, const QStringList& gone) const;

    StateLabel* m_result;
    QLabel* m_protection;
    SecuritySettingsButton* m_settings;
    QLabel* m_systemNotice = nullptr;
    QFutureWatcher<ScanOutcome>* m_watcher;
    bool m_done = false;
    // Opened by the restart a removal asked for, so a Kaspersky product was here before.
    bool m_openedAfterRemoval = false;
};

#endif
