// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/Detector.h"
#include "engine/EmbeddedFiles.h"
#include "engine/SystemSupport.h"
#include "platform/recorded/RecordedProbe.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace offramp;
using Json = nlohmann::json;

namespace {

Json validMachine()
{
    return Json::parse(R"({"schema_version": 1, "kind": "demo-machine", "name": "tiny", "platform": "linux",
        "title": {"en": "Demo: tiny", "es": "Demostración: pequeña"},
        "facts": [{"kind": "package", "name": "kesl", "version": "12", "state": "install ok installed",
                   "where": "/var/lib/dpkg/status"}]})");
}

QString errorFor(const Json& machine)
{
    try {
        platform::RecordedProbe probe(machine.dump(), "tiny.json");
    } catch (const ProbeError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestRecordedProbe : public QObject
{
    Q_OBJECT

private slots:
    void readsARecordedMachine()
    {
        platform::RecordedProbe probe(validMachine().dump(), "tiny.json");
        QCOMPARE(probe.name(), std::string("tiny"));
        QCOMPARE(probe.platform(), Platform::Linux);
        const auto facts = probe.probe(Watchlist(test::sourceCatalog(), Platform::Linux));
        QCOMPARE(facts.root, std::string("demo:tiny"));
        QCOMPARE(facts.facts.size(), std::size_t(1));
        QCOMPARE(facts.facts.front().kind, FactKind::Package);
        QCOMPARE(facts.facts.front().version, std::string("12"));
        const auto findings = detect(test::sourceCatalog(), facts);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().state, FindingState::Installed);
        QCOMPARE(facts.systemVersion, std::string());
    }

    // The system's version, where the recording has it: Windows 10 is told apart from Windows 11 by its build.
    void readsTheSystemVersion_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("windows10");
        QTest::newRow("Windows 10 22H2") << "windows"
                                         << "10.0.19045" << true;
        QTest::newRow("Windows 10 1507") << "windows"
                                         << "10.0.10240" << true;
        QTest::newRow("Windows 11 21H2") << "windows"
                                         << "10.0.22000" << false;
        QTest::newRow("Windows 11 23H2") << "windows"
                                         << "10.0.22631" << false;
        QTest::newRow("Windows 8.1") << "windows"
                                     << "6.3.9600" << false;
        QTest::newRow("not a version") << "windows"
                                       << "10.0" << false;
        QTest::newRow("trailing text") << "windows"
                                       << "10.0.19045 beta" << false;
        QTest::newRow("not read") << "windows"
                                  << "" << false;
        QTest::newRow("not Windows") << "linux"
                                     << "10.0.19045" << false;
    }
    void readsTheSystemVersion()
    {
        QFETCH(QString, platform);
        QFETCH(QString, version);
        QFETCH(bool, windows10);
        auto machine = validMachine();
        machine["platform"] = platform.toStdString();
        if (!version.isEmpty()) {
            machine["system_version"] = version.toStdString();
        }
        platform::RecordedProbe probe(machine.dump(), "tiny.json");
        const auto facts = probe.probe(Watchlist(test::sourceCatalog(), probe.platform()));
        QCOMPARE(facts.systemVersion, version.toStdString());
        QCOMPARE(runsWindows10(facts), windows10);
    }

    void refusesBrokenMachinesWithWhereAndWhy_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fact kind") << "/facts/0/kind"
                                           << "\"gadget\""
                                           << "tiny.json at /facts/0/kind: unknown fact kind";
        QTest::newRow("unknown platform") << "/platform"
                                          << "\"beos\""
                                          << "tiny.json at /platform: expected linux, macos or windows";
        QTest::newRow("wrong kind") << "/kind"
                                    << "\"products\""
                                    << "tiny.json at /kind: expected \"demo-machine\"";
        QTest::newRow("newer schema") << "/schema_version"
                                      << "2"
                                      << "tiny.json at /schema_version";
        QTest::newRow("unknown key") << "/facts/0/colour"
                                     << "\"red\""
                                     << "tiny.json at /facts/0/colour: unknown key";
        QTest::newRow("fact without where") << "/facts/0/where"
                                            << ""
                                            << "tiny.json at /facts/0: missing required key \"where\"";
    }
    void refusesBrokenMachinesWithWhereAndWhy()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Json machine = validMachine();
        const Json::json_pointer path(pointer.toStdString());
        if (value.isEmpty()) {
            machine[path.parent_pointer()].erase(path.back());
        } else {
            machine[path] = Json::parse(value.toStdString());
        }
        QVERIFY2(errorFor(machine).startsWith(message), qPrintable(errorFor(machine)));
    }

    void refusesTextThatIsNotJson()
    {
        try {
            platform::RecordedProbe probe("{\"schema_version\": 1,", "tiny.json");
            QFAIL("accepted broken JSON");
        } catch (const ProbeError& error) {
            QVERIFY(QString::fromUtf8(error.what()).startsWith(QStringLiteral("tiny.json: not valid JSON at line 1")));
        }
    }

    // Found by fuzz_demo_machine: a number beyond any double ended the program instead of being refused.
    void refusesNumbersTooLargeForAnyDouble()
    {
        try {
            platform::RecordedProbe probe("{\"schema_version\": 44444444444e4444e44}", "tiny.json");
            QFAIL("accepted a number no double holds");
        } catch (const ProbeError& error) {
            QCOMPARE(
                QString::fromUtf8(error.what()),
                QStringLiteral("tiny.json: not valid JSON at line 1, column 20: the number 44444444444e4444 is too "
                               "large"));
        }
    }

    void everyShippedDemoIsValid()
    {
        QVERIFY(embeddedDemoFiles().size() >= 5);
        for (const auto& file : embeddedDemoFiles()) {
            platform::RecordedProbe probe(std::string(file.contents), std::string(file.name));
            QVERIFY(!probe.probe(Watchlist(test::sourceCatalog(), probe.platform())).facts.empty());
        }
    }
};

QTEST_APPLESS_MAIN(TestRecordedProbe)
#include "tst_recorded_probe.moc"
