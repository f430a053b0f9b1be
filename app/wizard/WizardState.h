// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WIZARDSTATE_H
#define OFFRAMP_WIZARD_WIZARDSTATE_H

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

// Engine types are only declared here: moc cannot parse the C++20 standard headers they pull in.
namespace offramp {
class Catalog;
struct Finding;
} // namespace offramp

// What the pages share: the catalog, which computer is read and what the scan found.
// Pages get it from the wizard; none of them reaches for globals.
class WizardState : public QObject
{
    Q_OBJECT

public:
    explicit WizardState(offramp::Catalog catalog, QObject* parent = nullptr);
    ~WizardState() override;

    const offramp::Catalog& catalog() const { return *m_catalog; }
    // Shared, so that a scan still running in a worker keeps the catalog alive if the wizard closes.
    std::shared_ptr<const offramp::Catalog> sharedCatalog() const { return m_catalog; }
    // Empty when scanning this computer.
    QString demoName() const { return m_demoName; }
    void setDemoName(const QString& name) { m_demoName = name; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language) { m_language = language; }

    const std::vector<offramp::Finding>& findings() const { return m_findings; }
    QString machineDescription() const { return m_machineDescription; }
    void setScanResult(std::vector<offramp::Finding> findings, const QString& machineDescription);

signals:
    void scanResultChanged();

private:
    std::shared_ptr<const offramp::Catalog> m_catalog;
    QString m_demoName;
    QString m_language = QStringLiteral("en");
    std::vector<offramp::Finding> m_findings;
    QString m_machineDescription;
};

#endif
