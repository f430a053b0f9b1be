// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardState.h"

#include "Catalog.h"
#include "Finding.h"

#include <utility>

WizardState::WizardState(offramp::Catalog catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(std::make_shared<const offramp::Catalog>(std::move(catalog)))
{}

WizardState::~WizardState() = default;

void WizardState::setScanResult(std::vector<offramp::Finding> findings, const QString& machineDescription)
{
    m_findings = std::move(findings);
    m_machineDescription = machineDescription;
    emit scanResultChanged();
}
