// SPDX-License-Identifier: GPL-3.0-or-later
// The removal plan from the shipped catalog's recipes: the order of steps, what each needs (a password, a
// restart), and what is left alone. Nothing here touches a machine.
#include "RemovalFixtures.h"
#include "TestSupport.h"
#include "engine/Detector.h"
#include "engine/RemovalPlan.h"

#include <QStringList>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace offramp;
using offramp::test::packageFact;
using offramp::test::simpleFact;
using offramp::test::uninstallEntryFact;

namespace {

RemovalPlan planFor(Platform platform, std::vector<Fact> facts)
{
    MachineFacts machine;
    machine.platform = platform;
    machine.facts = std::move(facts);
    return planRemoval(detect(offramp::test::sourceCatalog(), machine), platform);
}

QStringList stepIds(const RemovalPlan& plan)
{
    QStringList ids;
    for (const auto& step : plan.steps) {
        ids << QString::fromStdString(step.id);
    }
    return ids;
}

} // namespace

class TestRemovalPlan : public QObject
{
    Q_OBJECT

private slots:
    void linuxRemovesFrontEndsFirstAndTheAgentLast()
    {
        // The scan lists packages in database order; the plan puts the GUI before the main package (K34) and
        // Endpoint Security before the Network Agent that manages it.
        const auto plan = planFor(Platform::Linux, {packageFact("klnagent64"), packageFact("kesl"),
                                                    packageFact("kesl-gui"), packageFact("kav4fs")});
        QCOMPARE(stepIds(plan), QStringList({"kaspersky-endpoint-security-linux:remove-package:kesl-gui",
                                             "kaspersky-endpoint-security-linux:remove-package:kesl",
                                             "kaspersky-anti-virus-linux-file-server:remove-package:kav4fs",
                                             "kaspersky-security-center-network-agent:remove-package:klnagent64"}));
        QCOMPARE(plan.steps.front().where, std::string("/var/lib/dpkg/status"));
        QVERIFY(!plan.needsPassword());
        QVERIFY(!plan.mayNeedRestart());
        QVERIFY(!plan.hasManualSteps());
    }

    void linuxPurgesConfigurationFilesAndKeepsHalfDoneStates()
    {
        const auto plan = planFor(Platform::Linux, {packageFact("kesl", "deinstall ok config-files"),
                                                    packageFact("kesl-gui", "deinstall reinstreq half-configured")});
        QCOMPARE(plan.steps.size(), std::size_t(2));
        QCOMPARE(plan.steps[0].target, std::string("kesl-gui"));
        QCOMPARE(plan.steps[0].state, std::string("deinstall reinstreq half-configured"));
        QCOMPARE(plan.steps[1].target, std::string("kesl"));
    }

    void leftoversAndUnbannedProductsAreLeftAlone()
    {
        const auto plan = planFor(
            Platform::Linux, {simpleFact(FactKind::Path, "/var/opt/kaspersky"),
                              simpleFact(FactKind::SystemdUnit, "kesl.service", "/etc/systemd/system/kesl.service")});
        QVERIFY(plan.steps.empty());
        QStringList untouched;
        for (const auto& item : plan.untouched) {
            untouched << QString::fromStdString(item.what + " @" + item.where);
        }
        QVERIFY2(untouched.filter(QStringLiteral("/var/opt/kaspersky")).size() == 1, qPrintable(untouched.join('\n')));
        QVERIFY2(untouched.filter(QStringLiteral("kesl.service")).size() == 1, qPrintable(untouched.join('\n')));
        // The person's own files are always named as left alone.
        QCOMPARE(plan.untouched.back().product, nullptr);
        QVERIFY(plan.untouched.back().why.find("never deleted") != std::string::npos);

        const auto windows = planFor(Platform::Windows, {uninstallEntryFact("UltraAV", "UltraAV")});
        QVERIFY(windows.steps.empty());
        QCOMPARE(windows.untouched.front().product->id, std::string("ultraav"));
    }

    void windowsBusinessOrderPasswordsAndRestarts()
    {
        const auto plan = planFor(
            Platform::Windows,
            {uninstallEntryFact("Kaspersky Security Center Network Agent", "{11111111-2222-3333-4444-555555555555}"),
             uninstallEntryFact("Kaspersky Endpoint Security for Windows", "{AAAAAAAA-2222-3333-4444-555555555555}"),
             simpleFact(FactKind::Driver, "klif")});
        // Services and drivers of a product being removed are its uninstaller's; nothing lists them as left.
        QCOMPARE(plan.untouched.size(), std::size_t(1));
        QCOMPARE(plan.steps.size(), std::size_t(2));
        QCOMPARE(plan.steps[0].product->id, std::string("kaspersky-endpoint-security-windows"));
        QCOMPARE(plan.steps[0].password, UninstallPassword::LoginPassword);
        QCOMPARE(plan.steps[1].product->id, std::string("kaspersky-security-center-network-agent"));
        QCOMPARE(plan.steps[1].password, UninstallPassword::HexPassword);
        QCOMPARE(plan.steps[1].action, StepAction::RunUninstaller);
        QVERIFY(plan.steps[1].target.ends_with("{11111111-2222-3333-4444-555555555555}"));
        QVERIFY(plan.needsPassword());
        QVERIFY(plan.mayNeedRestart());
        // Without an uninstall entry, only traces remain: the driver is left alone, never deleted by hand.
        const auto traces = planFor(Platform::Windows, {simpleFact(FactKind::Driver, "klif", "HKLM\\SYSTEM\\klif")});
        QVERIFY(traces.steps.empty());
        QVERIFY(traces.untouched.front().why.find("drivers") != std::string::npos);
        QCOMPARE(traces.untouched.front().where, std::string("HKLM\\SYSTEM\\klif"));
    }

    void windowsConsumerAppsNeedARestart()
    {
        const auto plan = planFor(Platform::Windows,
                                  {uninstallEntryFact("Kaspersky Plus", "{C0000000-2222-3333-4444-555555555555}")});
        QCOMPARE(plan.steps.size(), std::size_t(1));
        QCOMPARE(plan.steps[0].restart, RestartNeed::Required);
        QCOMPARE(plan.steps[0].password, UninstallPassword::None);
    }

    // Whether a plan takes Kaspersky Password Manager, and its passwords with it.
    void knowsWhenThePasswordManagerGoes()
    {
        QVERIFY(!removesPasswordManager(planFor(
            Platform::Windows, {uninstallEntryFact("Kaspersky Plus", "{C0000000-2222-3333-4444-555555555555}")})));
        QVERIFY(removesPasswordManager(
            planFor(Platform::Windows,
                    {uninstallEntryFact("Kaspersky Plus", "{C0000000-2222-3333-4444-555555555555}"),
                     uninstallEntryFact("Kaspersky Password Manager", "{C0000000-2222-3333-4444-666666666666}")})));
    }

    void macScriptsRunOnceEach()
    {
        // Internet Security and Endpoint Security share Kaspersky Lab/KAV's uninstall script: it runs once.
        Fact kis = simpleFact(FactKind::AppBundle, "Kaspersky Internet Security",
                              "/Applications/Kaspersky Internet Security.app");
        Fact kes = simpleFact(FactKind::AppBundle, "Kaspersky Endpoint Security for Mac",
                              "/Applications/Kaspersky Endpoint Security for Mac.app");
        Fact agent = simpleFact(FactKind::Path, "/Library/Application Support/Kaspersky Lab/klnagent");
        const auto plan = planFor(Platform::MacOS, {kis, kes, agent});
        QStringList targets;
        for (const auto& step : plan.steps) {
            targets << QString::fromStdString(step.target);
            QCOMPARE(step.password, UninstallPassword::SystemAdmin);
        }
        QCOMPARE(targets,
                 QStringList({"/Library/Application Support/Kaspersky Lab/KAV/Binaries/UninstallScript",
                              "/Library/Application Support/Kaspersky Lab/klnagent/Binaries/UninstallScript"}));
    }

    void productsWithoutARecipeAreManual()
    {
        auto catalog = offramp::test::catalogOf(
            {offramp::test::testProduct("acme", {{Platform::Windows, {{SignatureKind::UninstallNames, {"Acme*"}}}}})});
        MachineFacts machine;
        machine.platform = Platform::Windows;
        machine.facts = {uninstallEntryFact("Acme Shield", "Acme")};
        const auto plan = planRemoval(detect(catalog, machine), Platform::Windows);
        QCOMPARE(plan.steps.size(), std::size_t(1));
        QCOMPARE(plan.steps[0].action, StepAction::Manual);
        QVERIFY(plan.hasManualSteps());
    }

    void theSameFindingsGiveTheSamePlan()
    {
        const std::vector<Fact> facts{packageFact("kesl"), packageFact("kesl-gui"), packageFact("klnagent64")};
        QCOMPARE(stepIds(planFor(Platform::Linux, facts)), stepIds(planFor(Platform::Linux, facts)));
    }

    void json()
    {
        const auto plan =
            planFor(Platform::Windows, {uninstallEntryFact("Kaspersky Endpoint Security for Windows", "KES")});
        const auto json = planToJson(plan, "es");
        QCOMPARE(json["schema_version"].get<int>(), 1);
        QCOMPARE(json["platform"].get<std::string>(), std::string("windows"));
        QCOMPARE(json["steps"].size(), std::size_t(1));
        const auto& step = json["steps"][0];
        QCOMPARE(step["action"].get<std::string>(), std::string("run-uninstaller"));
        QCOMPARE(step["password"].get<std::string>(), std::string("kaspersky-login"));
        QCOMPARE(step["restart"].get<std::string>(), std::string("maybe"));
        QVERIFY(step["confirmation"].get<bool>());
        QVERIFY(!step["sources"].empty());
        QVERIFY(json["needs_password"].get<bool>());
        QVERIFY(json["untouched"].is_array());
    }
};

QTEST_GUILESS_MAIN(TestRemovalPlan)
#include "tst_removalplan.moc"
