// SPDX-License-Identifier: GPL-3.0-or-later
// offramp-cli.exe scan --json under Wine, against registry fixtures (tests/wine/data/*.reg) imported into
// fresh prefixes with `wine regedit`: the consumer and business products, per-user installs, both
// registry views, other vendors' products, the UltraAV swap and leftovers, and entries whose values or key names
// are damaged.
#include "WineSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <utility>
#include <vector>

using namespace offramp::test::wine;
using Json = nlohmann::json;

namespace {

constexpr const char* kOtherUserSid = "S-1-5-21-1111111111-2222222222-3333333333-1001";

struct Scenario
{
    QString reg;
    QString usersReg;    // other accounts' hives, imported in the session that scans
    QStringList folders; // created on C: before the scan
    int exitCode = 0;
    // "id=state", "id=state@user" or "id=state@*" (any per-user account); nothing else may be found.
    QStringList findings;
};

const std::map<QString, Scenario>& scenarios()
{
    static const std::map<QString, Scenario> all{
        {QStringLiteral("consumer-classic"),
         {QStringLiteral("consumer-classic.reg"),
          {},
          {},
          1,
          {QStringLiteral("kaspersky-anti-virus=installed"), QStringLiteral("kaspersky-internet-security=installed"),
           QStringLiteral("kaspersky-total-security=installed"),
           QStringLiteral("parallels-internet-security=installed")}}},
        {QStringLiteral("consumer-unified"),
         {QStringLiteral("consumer-unified.reg"),
          QStringLiteral("consumer-unified-users.reg"),
          {},
          1,
          {QStringLiteral("kaspersky-unified-app=installed"), QStringLiteral("kaspersky-password-manager=installed@*"),
           QStringLiteral("kaspersky-vpn-secure-connection=installed"), QStringLiteral("kaspersky-safe-kids=installed"),
           QStringLiteral("kaspersky-internet-security=installed@") + QLatin1String(kOtherUserSid)}}},
        {QStringLiteral("business"),
         {QStringLiteral("business.reg"),
          {},
          {QStringLiteral("C:\\Program Files (x86)\\Kaspersky Lab\\NetworkAgent"),
           QStringLiteral("C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Endpoint Security for Windows")},
          1,
          {QStringLiteral("kaspersky-endpoint-security-windows=installed"),
           QStringLiteral("kaspersky-security-center-network-agent=installed")}}},
        {QStringLiteral("decoys"),
         {QStringLiteral("decoys.reg"),
          {},
          {QStringLiteral("C:\\Program Files\\ExampleAV"), QStringLiteral("C:\\Program Files\\Kaspersky Lab Decoy"),
           QStringLiteral("C:\\users\\Public\\Downloads\\Kaspersky Lab")},
          0,
          {}}},
        {QStringLiteral("ultraav-swap"),
         {QStringLiteral("ultraav-swap.reg"),
          {},
          {QStringLiteral("C:\\ProgramData\\Kaspersky Lab")},
          0,
          {QStringLiteral("ultraav=installed"), QStringLiteral("ultravpn=installed"),
           QStringLiteral("kaspersky-unidentified=leftovers")}}},
        {QStringLiteral("damaged-values"),
         {QStringLiteral("damaged-values.reg"),
          {},
          {},
          1,
          {QStringLiteral("kaspersky-total-security=installed"), QStringLiteral("kaspersky-safe-kids=installed"),
           QStringLiteral("kaspersky-vpn-secure-connection=installed"),
           QStringLiteral("kaspersky-anti-virus=installed"), QStringLiteral("kaspersky-internet-security=installed"),
           QStringLiteral("kaspersky-small-office-security=installed")}}},
        {QStringLiteral("leftovers"),
         {QStringLiteral("leftovers.reg"),
          {},
          {QStringLiteral("C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Internet Security 21.3")},
          0,
          {QStringLiteral("kaspersky-internet-security=leftovers"),
           QStringLiteral("kaspersky-unidentified=leftovers")}}},
    };
    return all;
}

// Uninstall entries whose key names .reg text in ASCII cannot spell (a lone UTF-16 surrogate), by scenario: written
// into a UTF-16 .reg file, each key name with the DisplayName given, and imported with the scenario's own.
const std::map<QString, std::vector<std::pair<QString, QString>>>& utf16Entries()
{
    static const std::map<QString, std::vector<std::pair<QString, QString>>> all{
        {QStringLiteral("damaged-values"),
         {{QStringLiteral("Kaspersky Small Office Security (") + QChar(0xD800) + QStringLiteral(")"),
           QStringLiteral("Kaspersky Small Office Security")}}},
    };
    return all;
}

struct ScanRun
{
    int exitCode = -1;
    Json json;
    QByteArray human;
};

const Json* findingWithId(const Json& scan, const std::string& id, const std::string& user = {})
{
    for (const auto& finding : scan.at("findings")) {
        if (finding.at("id") == id && finding.value("user", std::string()) == user) {
            return &finding;
        }
    }
    return nullptr;
}

// A .reg file in UTF-16 with an uninstall entry for each key name and DisplayName given; it goes once the test ends.
QString utf16Reg(const std::vector<std::pair<QString, QString>>& entries)
{
    static QTemporaryDir folder;
    QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n");
    for (const auto& [key, name] : entries) {
        text += QStringLiteral("\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\") +
                key + QStringLiteral("]\r\n\"DisplayName\"=\"") + name + QStringLiteral("\"\r\n");
    }
    return writeUtf16Reg(folder.filePath(QStringLiteral("utf16-%1.reg").arg(entries.size())), text);
}

QStringList evidenceWheres(const Json& finding)
{
    QStringList wheres;
    for (const auto& evidence : finding.at("evidence")) {
        wheres << QString::fromStdString(evidence.at("kind").get<std::string>() + " " +
                                         evidence.at("where").get<std::string>());
    }
    return wheres;
}

} // namespace

class TestWineScan : public QObject
{
    Q_OBJECT

private slots:
    // Each scenario is scanned once, in its own prefix; the checks below read the results.
    void initTestCase()
    {
        OFFRAMP_WINE_STEP({
            requireProgram(QStringLiteral("wine"));
            QVERIFY2(QFileInfo::exists(cliExe()), "offramp-cli.exe is not built: test_wine_build builds it");
            for (const auto& [name, scenario] : scenarios()) {
                Prefix prefix;
                for (const auto& folder : scenario.folders) {
                    std::filesystem::create_directories(prefix.hostPath(folder));
                }
                prefix.importRegistry(QStringLiteral(OFFRAMP_WINE_DATA_DIR "/") + scenario.reg);
                if (const auto entries = utf16Entries().find(name); entries != utf16Entries().end()) {
                    prefix.importRegistry(utf16Reg(entries->second));
                }
                prefix.startSession();
                if (!scenario.usersReg.isEmpty()) {
                    prefix.importInSession(QStringLiteral(OFFRAMP_WINE_DATA_DIR "/") + scenario.usersReg);
                }
                const auto result = prefix.wine({cliExe(), QStringLiteral("scan"), QStringLiteral("--json")});
                QVERIFY2(result.err.isEmpty(), result.err.constData());
                ScanRun scan;
                scan.exitCode = result.exitCode;
                scan.json = Json::parse(result.out.toStdString());
                if (name == QStringLiteral("consumer-unified") || name == QStringLiteral("damaged-values")) {
                    scan.human = prefix.wine({cliExe(), QStringLiteral("scan")}).out;
                }
                m_runs[name] = std::move(scan);
            }
        });
    }

    void findsWhatEachMachineHas_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto& [name, scenario] : scenarios()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void findsWhatEachMachineHas()
    {
        QFETCH(QString, name);
        const Scenario& scenario = scenarios().at(name);
        const ScanRun& run = m_runs.at(name);
        checkScanContract(run.json);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(run.exitCode, scenario.exitCode);
        QStringList found;
        for (const auto& finding : run.json.at("findings")) {
            QString entry = QString::fromStdString(finding.at("id").get<std::string>() + "=" +
                                                   finding.at("state").get<std::string>());
            if (finding.contains("user")) {
                entry += QLatin1Char('@') + QString::fromStdString(finding.at("user").get<std::string>());
            }
            found << entry;
        }
        QStringList expected = scenario.findings;
        // "@*": a per-user install of the account running the scan, whatever Wine calls it.
        for (auto& entry : expected) {
            if (entry.endsWith(QStringLiteral("@*"))) {
                const QString start = entry.chopped(1);
                for (const auto& seen : found) {
                    if (seen.startsWith(start) && seen.size() > start.size()) {
                        entry = seen;
                    }
                }
            }
        }
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }

    void readsBothRegistryViews()
    {
        const Json& scan = m_runs.at(QStringLiteral("consumer-classic")).json;
        const auto* antiVirus = findingWithId(scan, "kaspersky-anti-virus");
        const auto* internetSecurity = findingWithId(scan, "kaspersky-internet-security");
        QVERIFY(antiVirus != nullptr && internetSecurity != nullptr);
        QVERIFY(evidenceWheres(*antiVirus)
                    .contains("uninstall-entry HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\"
                              "Uninstall\\Kaspersky Anti-Virus (test)"));
        QVERIFY(evidenceWheres(*internetSecurity)
                    .contains("uninstall-entry HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
                              "Kaspersky Internet Security (test)"));
        // Each entry once: the 32-bit view is not read twice through the 64-bit one.
        QCOMPARE(internetSecurity->at("evidence").size(), std::size_t(1));
        QCOMPARE(antiVirus->at("version").get<std::string>(), std::string("21.3.10.391"));
        QCOMPARE(findingWithId(scan, "parallels-internet-security")->at("vendor").get<std::string>(),
                 std::string("Parallels"));
        QCOMPARE(findingWithId(scan, "parallels-internet-security")->at("banned").get<bool>(), true);
    }

    void readsKasperskyLabKeysServicesAndDrivers()
    {
        // Vendor-wide traces join the installed product they belong with.
        const Json& classic = m_runs.at(QStringLiteral("consumer-classic")).json;
        const QStringList wheres = evidenceWheres(*findingWithId(classic, "kaspersky-anti-virus"));
        QVERIFY2(wheres.contains("registry-key HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab"),
                 qPrintable(wheres.join('\n')));
        QVERIFY(wheres.contains("registry-key HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\AVP21.3"));
        QVERIFY(wheres.contains("service HKLM\\SYSTEM\\CurrentControlSet\\Services\\AVP21.3"));
        QVERIFY(wheres.contains("driver HKLM\\SYSTEM\\CurrentControlSet\\Services\\klif"));

        const Json& business = m_runs.at(QStringLiteral("business")).json;
        const auto* endpoint = findingWithId(business, "kaspersky-endpoint-security-windows");
        const auto* agent = findingWithId(business, "kaspersky-security-center-network-agent");
        QVERIFY(endpoint != nullptr && agent != nullptr);
        const QStringList endpointWheres = evidenceWheres(*endpoint);
        QVERIFY(endpointWheres.contains("uninstall-entry HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\"
                                        "CurrentVersion\\Uninstall\\{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}"));
        QVERIFY(endpointWheres.contains("registry-key HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\KES.21.9"));
        QVERIFY(endpointWheres.contains("service HKLM\\SYSTEM\\CurrentControlSet\\Services\\avpsus"));
        QVERIFY(endpointWheres.contains(
            "path C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Endpoint Security for Windows"));
        QCOMPARE(endpoint->at("version").get<std::string>(), std::string("12.0"));
        const QStringList agentWheres = evidenceWheres(*agent);
        QVERIFY(agentWheres.contains("registry-key HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab\\Components\\34\\1103"));
        QVERIFY(agentWheres.contains("service HKLM\\SYSTEM\\CurrentControlSet\\Services\\klnagent"));
        QVERIFY(agentWheres.contains("path C:\\Program Files (x86)\\Kaspersky Lab\\NetworkAgent"));
    }

    void tellsWhichUserAnInstallBelongsTo()
    {
        const Json& scan = m_runs.at(QStringLiteral("consumer-unified")).json;
        const Json* passwordManager = nullptr;
        for (const auto& finding : scan.at("findings")) {
            if (finding.at("id") == "kaspersky-password-manager") {
                passwordManager = &finding;
            }
        }
        QVERIFY(passwordManager != nullptr);
        QVERIFY(!passwordManager->at("user").get<std::string>().empty());
        const QStringList wheres = evidenceWheres(*passwordManager);
        QVERIFY(wheres.contains("uninstall-entry HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
                                "Kaspersky Password Manager (test)"));
        QVERIFY(wheres.contains("registry-key HKCU\\Software\\KasperskyLab"));
        // Another account's loaded hive; Wine knows no name for the SID, so the SID names the account.
        const auto* other = findingWithId(scan, "kaspersky-internet-security", kOtherUserSid);
        QVERIFY(other != nullptr);
        QVERIFY(evidenceWheres(*other).contains(QStringLiteral("uninstall-entry HKU\\") + QLatin1String(kOtherUserSid) +
                                                "\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
                                                "Kaspersky Internet Security (test)"));
        // A *_Classes hive is not a user's hive.
        QVERIFY(findingWithId(scan, "kaspersky-total-security", kOtherUserSid) == nullptr);
        // Machine-wide installs name no user.
        QVERIFY(!findingWithId(scan, "kaspersky-unified-app")->contains("user"));
        QVERIFY(evidenceWheres(*findingWithId(scan, "kaspersky-vpn-secure-connection"))
                    .contains("service HKLM\\SYSTEM\\CurrentControlSet\\Services\\KSDE1.0.0"));
    }

    void ultraAvIsNotBannedAndKasperskyKeysAreLeftovers()
    {
        const Json& scan = m_runs.at(QStringLiteral("ultraav-swap")).json;
        for (const char* id : {"ultraav", "ultravpn"}) {
            const auto* finding = findingWithId(scan, id);
            QVERIFY(finding != nullptr);
            QCOMPARE(finding->at("banned").get<bool>(), false);
            QVERIFY(finding->at("regulations").empty());
        }
        const auto* leftovers = findingWithId(scan, "kaspersky-unidentified");
        QCOMPARE(leftovers->at("banned").get<bool>(), true);
        const QStringList wheres = evidenceWheres(*leftovers);
        QVERIFY(wheres.contains("registry-key HKLM\\SOFTWARE\\KasperskyLab"));
        QVERIFY(wheres.contains("registry-key HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab"));
        QVERIFY(wheres.contains("path C:\\ProgramData\\Kaspersky Lab"));
    }

    void leftoversKeepTheVersionTheRegistryRemembers()
    {
        const Json& scan = m_runs.at(QStringLiteral("leftovers")).json;
        const auto* traces = findingWithId(scan, "kaspersky-unidentified");
        QCOMPARE(traces->at("version").get<std::string>(), std::string("21.3.10.391"));
        const QStringList wheres = evidenceWheres(*traces);
        QVERIFY(wheres.contains("driver HKLM\\SYSTEM\\CurrentControlSet\\Services\\klif"));
        QVERIFY(wheres.contains("registry-key HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\AVP21.3"));
        QVERIFY(evidenceWheres(*findingWithId(scan, "kaspersky-internet-security"))
                    .contains("path C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Internet Security 21.3"));
    }

    // Values of the wrong type are passed over as missing; text without its closing null character, empty or
    // overlong text is read as it is; surrogates that belong to no pair, in a value or a key name, are shown as
    // U+FFFD. Nothing stops the scan, and every entry with a name the catalog knows is reported.
    void damagedValuesAreReadOrPassedOver()
    {
        const ScanRun& run = m_runs.at(QStringLiteral("damaged-values"));
        const Json& scan = run.json;
        const std::string uninstall = "uninstall-entry HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\";
        // A number where the version belongs: no version rather than a made-up one.
        const auto* total = findingWithId(scan, "kaspersky-total-security");
        QVERIFY(total != nullptr);
        QCOMPARE(total->value("version", std::string()), std::string());
        QVERIFY(evidenceWheres(*total).contains(
            QString::fromStdString(uninstall + "Kaspersky Total Security (damaged types)")));
        const auto* kids = findingWithId(scan, "kaspersky-safe-kids");
        QVERIFY(kids != nullptr);
        QCOMPARE(kids->at("version").get<std::string>(), std::string("1.0.5"));
        const auto* vpn = findingWithId(scan, "kaspersky-vpn-secure-connection");
        QVERIFY(vpn != nullptr);
        QCOMPARE(vpn->value("version", std::string()), std::string());
        const auto* antiVirus = findingWithId(scan, "kaspersky-anti-virus");
        QVERIFY(antiVirus != nullptr);
        QCOMPARE(antiVirus->at("version").get<std::string>(), "21." + std::string(5000, '9'));
        // U+FFFD (EF BF BD in UTF-8) in place of each lone surrogate, in the JSON and in the text output.
        const std::string replacement = "\xEF\xBF\xBD";
        const auto* internet = findingWithId(scan, "kaspersky-internet-security");
        QVERIFY(internet != nullptr);
        QCOMPARE(internet->at("version").get<std::string>(), "21." + replacement + "3");
        const auto* office = findingWithId(scan, "kaspersky-small-office-security");
        QVERIFY(office != nullptr);
        QVERIFY2(evidenceWheres(*office).contains(
                     QString::fromStdString(uninstall + "Kaspersky Small Office Security (" + replacement + ")")),
                 qPrintable(evidenceWheres(*office).join('\n')));
        QVERIFY2(run.human.contains(QByteArray::fromStdString("21." + replacement + "3")), run.human.constData());
        // The entry whose name is a number is not taken for any product.
        QVERIFY2(!QByteArray::fromStdString(scan.dump()).contains("Damaged name"), scan.dump(2).c_str());
    }

    void securityCenterIsReportedHonestly()
    {
        // Wine has no Security Center: the scan still runs and says so instead of claiming anything.
        for (const auto& [name, run] : m_runs) {
            const auto& center = run.json.at("security_center");
            QCOMPARE(center.at("available").get<bool>(), false);
            QVERIFY(center.at("reason").get<std::string>().find("SecurityCenter2") != std::string::npos);
            QVERIFY(center.at("antivirus").empty());
        }
    }

    void humanOutputNamesTheComputerAndTheUser()
    {
        const QByteArray& human = m_runs.at(QStringLiteral("consumer-unified")).human;
        QVERIFY2(human.contains("Scanned this Windows computer."), human.constData());
        QVERIFY(human.contains("Kaspersky Internet Security 21.3.10.391  [installed, banned]  (user " +
                               QByteArray(kOtherUserSid) + ")"));
    }

private:
    std::map<QString, ScanRun> m_runs;
};

QTEST_GUILESS_MAIN(TestWineScan)
#include "tst_wine_scan.moc"
