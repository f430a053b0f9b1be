// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/Detector.h"
#include "engine/ScanJson.h"

#include <QTest>

using namespace offramp;

class TestScanJson : public QObject
{
    Q_OBJECT

private slots:
    void scanFollowsTheContract()
    {
        const auto catalog = test::minimalCatalog();
        MachineFacts machine;
        machine.platform = Platform::Linux;
        machine.root = "/srv/image";
        machine.warnings = {"an rpm database was not read"};
        Fact package;
        package.kind = FactKind::Package;
        package.name = "acme-av";
        package.version = "1.2";
        package.state = "install ok installed";
        package.where = "/var/lib/dpkg/status";
        machine.facts = {package};
        const auto json = scanToJson(machine, detect(catalog, machine), "es");

        QCOMPARE(json.at("schema_version").get<int>(), 1);
        QCOMPARE(json.at("platform").get<std::string>(), std::string("linux"));
        QCOMPARE(json.at("root").get<std::string>(), std::string("/srv/image"));
        QCOMPARE(json.at("warnings").size(), std::size_t(1));
        const auto& finding = json.at("findings").at(0);
        QCOMPARE(finding.at("vendor").get<std::string>(), std::string("Acme"));
        QCOMPARE(finding.at("product").get<std::string>(), std::string("Acme Antivirus"));
        QCOMPARE(finding.at("version").get<std::string>(), std::string("1.2"));
        QCOMPARE(finding.at("state").get<std::string>(), std::string("installed"));
        QCOMPARE(finding.at("banned").get<bool>(), true);
        QCOMPARE(finding.at("evidence").at(0).at("kind").get<std::string>(), std::string("package"));
        QCOMPARE(finding.at("evidence").at(0).at("where").get<std::string>(), std::string("/var/lib/dpkg/status"));
        QCOMPARE(finding.at("regulations").at(0).get<std::string>(), std::string("us-sale-ban"));
        QVERIFY(!finding.contains("user"));
    }

    void explainFollowsTheContract()
    {
        const auto catalog = test::minimalCatalog();
        const auto today = *Date::parse("2024-08-01");
        const auto* us = catalog.jurisdiction("US");
        const auto json = rulesToJson(catalog, *us, today, explainRules(catalog, *us, today));
        QCOMPARE(json.at("jurisdiction").get<std::string>(), std::string("US"));
        QCOMPARE(json.at("date").get<std::string>(), std::string("2024-08-01"));
        const auto& rule = json.at("rules").at(0);
        for (const char* key : {"id", "title", "authority", "binds", "sources", "steps"}) {
            QVERIFY2(rule.contains(key), key);
        }
        QCOMPARE(rule.at("sources").at(0).at("url").get<std::string>(), std::string("https://example.org/a"));
        const auto& steps = rule.at("steps");
        QCOMPARE(steps.at(0).at("date").get<std::string>(), std::string("2024-07-20"));
        QCOMPARE(steps.at(0).at("status").get<std::string>(), std::string("in-effect"));
        QCOMPARE(steps.at(0).at("days").get<int>(), 12);
        QCOMPARE(steps.at(1).at("status").get<std::string>(), std::string("upcoming"));
        QCOMPARE(steps.at(1).at("days").get<int>(), 59);
    }
};

QTEST_APPLESS_MAIN(TestScanJson)
#include "tst_scanjson.moc"
