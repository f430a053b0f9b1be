// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/EvidenceText.h"

#include "engine/Fact.h"
#include "wizard/TextHelpers.h"

#include <QCoreApplication>

namespace {

// The sentences' translation context.
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)

public:
    static QString describe(const offramp::Fact& fact);
};

QString withVersion(const QString& text, const offramp::Fact& fact)
{
    return fact.version.empty() ? text : text + QLatin1Char(' ') + toQString(fact.version);
}

QString EvidenceText::describe(const offramp::Fact& fact)
{
    const QString name = toQString(fact.name);
    switch (fact.kind) {
    case offramp::FactKind::Package:
        return withVersion(tr("package %1").arg(name), fact) +
               (fact.state.empty() ? QString() : QStringLiteral(" (%1)").arg(toQString(fact.state)));
    case offramp::FactKind::PackageConfigFiles:
        return withVersion(tr("configuration files of the removed package %1").arg(name), fact);
    case offramp::FactKind::SystemdUnit:
        return tr("systemd unit %1").arg(name);
    case offramp::FactKind::Path:
        return tr("folder or file %1").arg(name);
    case offramp::FactKind::AppBundle:
        return withVersion(fact.id.empty() ? tr("app %1").arg(name) : tr("app %1 (%2)").arg(name, toQString(fact.id)),
                           fact);
    case offramp::FactKind::LaunchdJob:
        return tr("launchd job %1").arg(name);
    case offramp::FactKind::UninstallEntry:
        return fact.version.empty()
                   ? tr("entry “%1” in the list of installed programs").arg(name)
                   : tr("entry “%1” (version %2) in the list of installed programs").arg(name, toQString(fact.version));
    case offramp::FactKind::RegistryKey:
        return tr("registry key %1").arg(name);
    case offramp::FactKind::Service:
        return tr("service %1").arg(name);
    case offramp::FactKind::Driver:
        return tr("driver %1").arg(name);
    }
    return name;
}

} // namespace

QString describeEvidence(const offramp::Fact& fact)
{
    return EvidenceText::describe(fact);
}
