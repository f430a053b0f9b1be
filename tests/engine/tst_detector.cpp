// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/Detector.h"
#include "engine/InstalledAlternatives.h"
#include "engine/Watchlist.h"

#include <QTest>

using namespace offramp;

namespace {

Fact fact(FactKind kind, std::string name, std::string version = {}, std::string user = {})
{
    Fact f;
    f.kind = kind;
    f.name = std::move(name);
    f.version = std::move(version);
    f.user = std::move(user);
    f.where = f.kind == FactKind::Path ? f.name : "/var/lib/dpkg/status";
    return f;
}

MachineFacts machine(Platform platform, std::vector<Fact> facts)
{
    MachineFacts m;
    m.platform = platform;
    m.facts = std::move(facts);
    return m;
}

const Finding* findingFor(const std::vector<Finding>& findings, std::string_view productId, std::string_view user = {})
{
    for (const auto& finding : findings) {
        if (finding.product->id == productId && finding.user == user) {
            return &finding;
        }
    }
    return nullptr;
}

} // namespace

class TestDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = test::minimalCatalog(); }

    void installedPackageIsAnInstallation()
    {
        auto package = fact(FactKind::Package, "acme-av", "12.1.0-1297");
        package.state = "install ok installed";
        const auto findings =
            detect(m_catalog, machine(Platform::Linux, {package, fact(FactKind::Path, "/opt/acme/av")}));
        QCOMPARE(findings.size(), std::size_t(1));
        const Finding& finding = findings.front();
        QCOMPARE(finding.product->id, std::string("acme-av"));
        QCOMPARE(finding.state, FindingState::Installed);
        QCOMPARE(finding.version, std::string("12.1.0-1297"));
        QCOMPARE(finding.evidence.size(), std::size_t(2));
        QCOMPARE(finding.evidence.front().what, std::string("package acme-av 12.1.0-1297 (install ok installed)"));
        QCOMPARE(finding.evidence.front().where, std::string("/var/lib/dpkg/status"));
        QCOMPARE(finding.regulations, (std::vector<std::string>{"us-sale-ban", "gb-advice"}));
        QVERIFY(anyBannedInstalled(findings));
    }

    void tracesAloneAreLeftovers()
    {
        const auto findings =
            detect(m_catalog, machine(Platform::Linux, {fact(FactKind::SystemdUnit, "acme-av.service"),
                                                        fact(FactKind::Path, "/opt/acme/av")}));
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().state, FindingState::Leftovers);
        QVERIFY(!anyBannedInstalled(findings));
    }

    void configFilesOfARemovedPackageAreLeftovers()
    {
        auto configOnly = fact(FactKind::PackageConfigFiles, "acme-av", "12.1.0");
        configOnly.state = "deinstall ok config-files";
        const auto findings = detect(m_catalog, machine(Platform::Linux, {configOnly}));
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().state, FindingState::Leftovers);
        QCOMPARE(findings.front().version, std::string("12.1.0"));
        QVERIFY(!anyBannedInstalled(findings));
    }

    void decoysFromOtherVendorsAreNotKaspersky()
    {
        const auto findings = detect(
            m_catalog, machine(Platform::Linux, {fact(FactKind::Package, "acme-avx"), fact(FactKind::Package, "clamav"),
                                                 fact(FactKind::Package, "other-av", "2.0")}));
        // Near-miss names match nothing; another maker's product is reported but not banned.
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().product->id, std::string("other-av"));
        QVERIFY(!findings.front().product->banned);
        QVERIFY(findings.front().regulations.empty());
        QVERIFY(!anyBannedInstalled(findings));
    }

    void fallbackOnlyTakesWhatNoProductClaimed()
    {
        const auto findings = detect(m_catalog, machine(Platform::Linux, {fact(FactKind::Path, "/opt/acme/av"),
                                                                          fact(FactKind::Path, "/opt/acme/agent"),
                                                                          fact(FactKind::Path, "/opt/acme/mystery")}));
        QCOMPARE(findings.size(), std::size_t(3));
        const auto* unidentified = findingFor(findings, "acme-unidentified");
        QVERIFY(unidentified != nullptr);
        QCOMPARE(unidentified->evidence.size(), std::size_t(1));
        QCOMPARE(unidentified->evidence.front().fact.name, std::string("/opt/acme/mystery"));
        QCOMPARE(findingFor(findings, "acme-agent")->evidence.size(), std::size_t(1));
    }

    void sharedTracesJoinTheInstalledProduct()
    {
        // A vendor-wide folder next to an installed product is part of it, not a second product.
        const auto findings = detect(m_catalog, machine(Platform::Linux, {fact(FactKind::Package, "acme-av", "1.0"),
                                                                          fact(FactKind::Path, "/opt/acme/mystery")}));
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().product->id, std::string("acme-av"));
        QCOMPARE(findings.front().evidence.size(), std::size_t(2));
        QCOMPARE(findings.front().evidence.back().fact.name, std::string("/opt/acme/mystery"));

        // Next to leftovers only, or another maker's product, they stay on their own.
        const auto alone = detect(m_catalog, machine(Platform::Linux, {fact(FactKind::Package, "other-av"),
                                                                       fact(FactKind::Path, "/opt/acme/mystery")}));
        QCOMPARE(alone.size(), std::size_t(2));
        QVERIFY(findingFor(alone, "acme-unidentified") != nullptr);
    }

    void findingsKeepCatalogOrder()
    {
        const auto findings = detect(m_catalog, machine(Platform::Linux, {fact(FactKind::Package, "other-av"),
                                                                          fact(FactKind::Package, "acme-agent-core"),
                                                                          fact(FactKind::Package, "acme-av-gui")}));
        QCOMPARE(findings.size(), std::size_t(3));
        QCOMPARE(findings.at(0).product->id, std::string("acme-av"));
        QCOMPARE(findings.at(1).product->id, std::string("acme-agent"));
        QCOMPARE(findings.at(2).product->id, std::string("other-av"));
    }

    void perUserInstallsAreSeparateFindings()
    {
        const auto findings =
            detect(m_catalog,
                   machine(Platform::Windows, {fact(FactKind::UninstallEntry, "Acme Anti-Virus 21", "21.3", "alice"),
                                               fact(FactKind::UninstallEntry, "Acme Anti-Virus 21", "21.4", "bob"),
                                               fact(FactKind::Service, "ACMEAV21")}));
        QCOMPARE(findings.size(), std::size_t(3));
        QCOMPARE(findingFor(findings, "acme-av", "alice")->version, std::string("21.3"));
        QCOMPARE(findingFor(findings, "acme-av", "bob")->version, std::string("21.4"));
        // The machine-wide service stands on its own as a trace.
        QCOMPARE(findingFor(findings, "acme-av", "")->state, FindingState::Leftovers);
    }

    void bundlesMatchByIdentifierOrName()
    {
        Fact byId = fact(FactKind::AppBundle, "Renamed.app", "1.0");
        byId.id = "com.acme.av";
        Fact byName = fact(FactKind::AppBundle, "Acme Anti-Virus", "2.0", "carol");
        byName.id = "org.example.unknown";
        Fact decoy = fact(FactKind::AppBundle, "Firefox", "120");
        decoy.id = "org.mozilla.firefox";
        const auto findings = detect(m_catalog, machine(Platform::MacOS, {byId, byName, decoy}));
        QCOMPARE(findings.size(), std::size_t(2));
        QCOMPARE(findingFor(findings, "acme-av")->state, FindingState::Installed);
        QCOMPARE(findingFor(findings, "acme-av", "carol")->version, std::string("2.0"));
    }

    // What protects the computer now: an alternative counts once it is installed, on the platform its
    // signatures are for; a trace does not, and none of it is ever a finding.
    void installedAlternativesAreFound()
    {
        Fact app = fact(FactKind::AppBundle, "Third.app", "5.1");
        app.id = "org.example.third";
        const auto onMac = machine(Platform::MacOS, {app, fact(FactKind::Path, "/Library/Third")});
        const auto found = detectAlternatives(m_catalog, onMac);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].alternative->id, std::string("third-party"));
        QCOMPARE(found[0].version, std::string("5.1"));
        QCOMPARE(found[0].evidence.size(), std::size_t(1));
        QCOMPARE(found[0].evidence[0].what, std::string("app Third.app (org.example.third) 5.1"));
        QVERIFY(detect(m_catalog, onMac).empty());

        Fact entry = fact(FactKind::UninstallEntry, "Third Party Security 2026", "26.0");
        QCOMPARE(detectAlternatives(m_catalog, machine(Platform::Windows, {entry})).size(), std::size_t(1));
        // The same name as a registry key is a trace, and on Linux the alternative has no signatures at all.
        Fact key = fact(FactKind::RegistryKey, "Third Party Security 2026");
        QVERIFY(detectAlternatives(m_catalog, machine(Platform::Windows, {key})).empty());
        QVERIFY(detectAlternatives(m_catalog, machine(Platform::Linux, {fact(FactKind::Package, "third")})).empty());
    }

    void theWatchlistAsksForAlternativesToo()
    {
        const Watchlist mac(m_catalog, Platform::MacOS);
        QVERIFY(mac.wants(SignatureKind::BundleIds, "org.example.third"));
        QVERIFY(mac.wants(SignatureKind::BundleIds, "com.acme.av"));
        QVERIFY(!mac.wants(SignatureKind::BundleIds, "org.mozilla.firefox"));
        QVERIFY(Watchlist(m_catalog, Platform::Windows).wants(SignatureKind::UninstallNames, "Third Party Security X"));
    }

    void signaturesOfAnotherPlatformDoNotApply()
    {
        // A Windows uninstall entry recorded on a Linux machine matches nothing there.
        const auto findings =
            detect(m_catalog, machine(Platform::Linux, {fact(FactKind::UninstallEntry, "Acme Anti-Virus")}));
        QVERIFY(findings.empty());
    }

    void versionComesFromTheInstallationNotATrace()
    {
        const auto findings =
            detect(m_catalog, machine(Platform::Linux, {fact(FactKind::PackageConfigFiles, "acme-av-gui", "1.0"),
                                                        fact(FactKind::Package, "acme-av", "2.0")}));
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().version, std::string("2.0"));
    }

private:
    Catalog m_catalog;
};

QTEST_APPLESS_MAIN(TestDetector)
#include "tst_detector.moc"
