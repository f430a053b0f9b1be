// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardState.h"

#include "engine/Catalog.h"
#include "engine/Detector.h"
#include "engine/Finding.h"
#include "engine/RemovalPlan.h"
#include "platform/JournalFile.h"
#include "platform/common/Utf8Path.h"

#include <algorithm>
#include <utility>

WizardState::WizardState(offramp::Catalog catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(std::make_shared<const offramp::Catalog>(std::move(catalog)))
    , m_scanRootPlatform(offramp::Platform::Linux)
    , m_platform(offramp::Platform::Linux)
    , m_removalProgram(defaultRemovalProgram())
    , m_journalPath(QString::fromStdString(offramp::platform::utf8Text(offramp::platform::defaultJournalPath())))
{}

WizardState::~WizardState() = default;

void WizardState::setJurisdiction(const QString& code)
{
    if (code != m_jurisdiction) {
        m_jurisdiction = code;
        emit jurisdictionChanged();
    }
}

void WizardState::setScanResult(std::vector<offramp::Finding> findings, offramp::Platform platform,
                                const QString& machineDescription)
{
    m_findings = std::move(findings);
    m_platform = platform;
    m_machineDescription = machineDescription;
    m_scanned = true;
    emit scanResultChanged();
}

bool WizardState::bannedInstalled() const
{
    return offramp::anyBannedInstalled(m_findings);
}

bool WizardState::hasDataToSave() const
{
    return std::ranges::any_of(m_findings, [this](const offramp::Finding& finding) {
        return finding.product->banned && finding.state == offramp::FindingState::Installed &&
               std::ranges::any_of(finding.product->components, [this](const offramp::Component& component) {
                   return std::ranges::any_of(component.dataAtRisk, [this](const offramp::DataAtRisk& risk) {
                       return risk.appliesTo(m_platform);
                   });
               });
    });
}

QString WizardState::passwordItem()
{
    return QString::fromUtf8(offramp::kPasswordManagerProduct.data(),
                             static_cast<qsizetype>(offramp::kPasswordManagerProduct.size())) +
           QStringLiteral("/password-vault/passwords");
}

bool WizardState::passwordManagerFound() const
{
    return std::ranges::any_of(m_findings, [](const offramp::Finding& finding) {
        return finding.product != nullptr && finding.product->banned &&
               finding.product->id == offramp::kPasswordManagerProduct &&
               finding.state == offramp::FindingState::Installed;
    });
}

void WizardState::setItemSaved(const QString& item, bool saved)
{
    if (saved) {
        m_savedItems.insert(item);
    } else {
        m_savedItems.remove(item);
    }
    emit choicesChanged();
}

void WizardState::setChosenAlternative(const QString& id)
{
    m_chosenAlternative = id;
    emit choicesChanged();
}

void WizardState::setRemovedProducts(const QStringList& ids)
{
    m_removedProducts = ids;
    emit choicesChanged();
}
