// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows removal executor under Wine (through offramp-wine-remove.exe, until offramp-cli has a
// remove command): a stand-in uninstaller in an allowed folder removes its own entry and asks for a
// restart; hostile entries are refused and provably never run; msiexec gets the product code and the
// password properties, which never appear in what is printed; the registry is read again to verify.
#include "TestSupport.h"
#include "UninstallCommand.h"
#include "WineSupport.h"

#include <QFileInfo>
#include <QTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <memory>

using namespace offramp::test::wine;
using Json = nlohmann::json;

namespace {

// A password with a character outside ASCII, so that the hex form shows UTF-16LE.
constexpr const char* kPassword = "S\xC3\xA9same-0pen";
constexpr const char* kUninstaller = "offramp-test-uninstaller";
constexpr const char* kAllowedFolder = "C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Anti-Virus 21.3";
constexpr const char* kHostileFolder = "C:\\users\\Public\\evil";

const Json* resultFor(const Json& run, const std::string& id)
{
    for (const auto& result : run.at("results")) {
        if (result.at("id") == id) {
            return &result;
        }
    }
    return nullptr;
}

int lineCount(const std::filesystem::path& file)
{
    std::ifstream stream(file);
    int lines = 0;
    for (std::string line; std::getline(stream, line);) {
        ++lines;
    }
    return lines;
}

} // namespace

class TestWineRemove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        OFFRAMP_WINE_STEP({
            requireProgram(QStringLiteral("wine"));
            for (const QString& exe : {cliExe(), helperExe(QStringLiteral("offramp-wine-remove")),
                                       helperExe(QString::fromLatin1(kUninstaller))}) {
                QVERIFY2(QFileInfo::exists(exe),
                         qPrintable(exe + QStringLiteral(" is not built: test_wine_build builds it")));
            }
            m_prefix = std::make_unique<Prefix>();
            // The stand-in uninstaller where a vendor's would be, and copies where no uninstaller may run from.
            const auto uninstaller = helperExe(QString::fromLatin1(kUninstaller)).toStdString();
            for (const char* folder :
                 {kAllowedFolder, kHostileFolder, "C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky VPN 5.21"}) {
                const auto target = m_prefix->hostPath(QString::fromLatin1(folder));
                std::filesystem::create_directories(target);
                std::filesystem::copy_file(uninstaller, target / (std::string(kUninstaller) + ".exe"));
            }
            m_prefix->importRegistry(QStringLiteral(OFFRAMP_WINE_DATA_DIR "/removal.reg"));

            QProcessEnvironment secret;
            secret.insert(QStringLiteral("OFFRAMP_TEST_PASSWORD"), QString::fromUtf8(kPassword));
            const auto removed =
                m_prefix->wine({helperExe(QStringLiteral("offramp-wine-remove")), QStringLiteral("--allow-program"),
                                QString::fromLatin1(kUninstaller) + QStringLiteral(".exe"), QStringLiteral("--login"),
                                QStringLiteral("offramp-test"), QStringLiteral("--password-env"),
                                QStringLiteral("OFFRAMP_TEST_PASSWORD"), QStringLiteral("--retry-wait-ms"),
                                QStringLiteral("10"), QStringLiteral("--timeout-ms"), QStringLiteral("10000")},
                               secret);
            m_printed = removed.out + removed.err;
            QVERIFY2(removed.exitCode == 0, m_printed.constData());
            m_run = Json::parse(removed.out.toStdString());
            qInfo("%s", QByteArray(removed.out).replace('\r', "").constData());
        });
    }

    void cleanupTestCase() { m_prefix.reset(); }

    void allowedUninstallerRunsAndAsksForARestart()
    {
        const auto* result = resultFor(m_run, "kaspersky-anti-virus");
        QVERIFY(result != nullptr);
        QCOMPARE(result->at("status").get<std::string>(), std::string("reboot-required"));
        QCOMPARE(result->at("ran").get<bool>(), true);
        QCOMPARE(result->at("exit_code").get<int>(), 3010);
        QCOMPARE(result->at("still_listed").get<bool>(), false);
        const auto message = result->at("message").get<std::string>();
        QVERIFY2(message.find("restart") != std::string::npos, message.c_str());
        QVERIFY2(message.find("uninstall entry is gone") != std::string::npos, message.c_str());
        // It ran once, with its arguments intact (the key path with spaces and brackets reached it whole).
        QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-uninstaller.txt"))), 1);
    }

    void theProductIsGoneWhenTheRegistryIsReadAgain()
    {
        OFFRAMP_WINE_STEP({
            for (const auto& remaining : m_run.at("remaining")) {
                QVERIFY(remaining.at("id") != "kaspersky-anti-virus");
            }
            // And offramp-cli.exe, scanning the same computer afresh, agrees.
            const auto scanned = m_prefix->wine({cliExe(), QStringLiteral("scan"), QStringLiteral("--json")});
            const Json scan = Json::parse(scanned.out.toStdString());
            checkScanContract(scan);
            QStringList ids;
            for (const auto& finding : scan.at("findings")) {
                ids << QString::fromStdString(finding.at("id").get<std::string>());
            }
            QVERIFY2(!ids.contains(QStringLiteral("kaspersky-anti-virus")), qPrintable(ids.join(',')));
            QVERIFY(ids.contains(QStringLiteral("kaspersky-internet-security")));
        });
    }

    void hostileEntriesAreRefusedAndNeverRun_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("marker");
        QTest::newRow("cmd.exe /c") << "kaspersky-internet-security"
                                    << "never runs a command string"
                                    << "C:\\marker-cmd.txt";
        QTest::newRow("outside the allowed folders") << "kaspersky-total-security"
                                                     << "outside the folders"
                                                     << "C:\\marker-outside.txt";
        QTest::newRow("climbing out with ..") << "kaspersky-safe-kids"
                                              << "climbs folders"
                                              << "C:\\marker-climb.txt";
        QTest::newRow("unquoted path with spaces") << "kaspersky-vpn-secure-connection"
                                                   << "no quotes"
                                                   << "C:\\marker-unquoted.txt";
    }
    void hostileEntriesAreRefusedAndNeverRun()
    {
        QFETCH(QString, id);
        QFETCH(QString, reason);
        QFETCH(QString, marker);
        const auto* result = resultFor(m_run, id.toStdString());
        QVERIFY(result != nullptr);
        QCOMPARE(result->at("status").get<std::string>(), std::string("refused"));
        QCOMPARE(result->at("ran").get<bool>(), false);
        QVERIFY(result->at("exit_code").is_null());
        const auto message = result->at("message").get<std::string>();
        QVERIFY2(message.find(reason.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(!std::filesystem::exists(m_prefix->hostPath(marker)), qPrintable(marker + " exists: it ran"));
    }

    void msiexecGetsTheProductCodeAndHiddenPasswords()
    {
        const auto* endpoint = resultFor(m_run, "kaspersky-endpoint-security-windows");
        const auto* agent = resultFor(m_run, "kaspersky-security-center-network-agent");
        QVERIFY(endpoint != nullptr && agent != nullptr);
        const auto endpointCommand = endpoint->at("command").get<std::string>();
        QVERIFY2(endpointCommand.find("msiexec.exe /x {9A017278-F7F4-4DF9-A482-0B97B70DD7ED} /qn /norestart "
                                      "KLLOGIN=offramp-test KLPASSWD=********") != std::string::npos,
                 endpointCommand.c_str());
        const auto agentCommand = agent->at("command").get<std::string>();
        QVERIFY2(
            agentCommand.find("/x {0F05E4E5-5A89-482C-9A62-47CC58643788} /qn /norestart KLUNINSTPASSWD=********") !=
                std::string::npos,
            agentCommand.c_str());
        // Wine's msiexec does not know these products: 1605, already gone, yet the entries remain.
        for (const auto* result : {endpoint, agent}) {
            QCOMPARE(result->at("ran").get<bool>(), true);
            QCOMPARE(result->at("exit_code").get<int>(), 1605);
            QCOMPARE(result->at("status").get<std::string>(), std::string("already-gone"));
            QCOMPARE(result->at("still_listed").get<bool>(), true);
        }
        // Never printed, in any form.
        QVERIFY(!m_printed.contains(kPassword));
        QVERIFY(!m_printed.contains(QByteArray::fromStdString(offramp::utf16LeHex(kPassword).value())));
        QVERIFY(!m_printed.contains("0pen"));
    }

    void businessProductsGoInTheDocumentedOrder()
    {
        std::vector<std::string> order;
        for (const auto& result : m_run.at("results")) {
            order.push_back(result.at("id").get<std::string>());
        }
        const auto endpoint = std::ranges::find(order, "kaspersky-endpoint-security-windows");
        const auto agent = std::ranges::find(order, "kaspersky-security-center-network-agent");
        QVERIFY(endpoint != order.end() && agent != order.end());
        QVERIFY(endpoint < agent);
        QCOMPARE(order.back(), std::string("kaspersky-security-center-network-agent"));
    }

    void anotherInstallationRunningIsRetriedThenReported()
    {
        const auto* result = resultFor(m_run, "kaspersky-password-manager");
        QVERIFY(result != nullptr);
        QCOMPARE(result->at("status").get<std::string>(), std::string("retry-later"));
        QCOMPARE(result->at("exit_code").get<int>(), 1618);
        QCOMPARE(result->at("still_listed").get<bool>(), true);
        // The first try and three retries.
        QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-busy.txt"))), 4);
    }

    void otherExitCodesAreClearFailures()
    {
        const auto* result = resultFor(m_run, "kaspersky-small-office-security");
        QVERIFY(result != nullptr);
        QCOMPARE(result->at("status").get<std::string>(), std::string("failed"));
        QCOMPARE(result->at("exit_code").get<int>(), 1603);
        QVERIFY(result->at("message").get<std::string>().find("exit code 1603") != std::string::npos);
        QCOMPARE(result->at("still_listed").get<bool>(), true);
    }

    void anUninstallerThatHangsIsStoppedAtTheTimeOut()
    {
        const auto* result = resultFor(m_run, "kaspersky-endpoint-agent");
        QVERIFY(result != nullptr);
        QCOMPARE(result->at("status").get<std::string>(), std::string("failed"));
        QCOMPARE(result->at("ran").get<bool>(), true);
        QCOMPARE(result->at("timed_out").get<bool>(), true);
        QVERIFY(result->at("exit_code").is_null());
        QVERIFY(result->at("message").get<std::string>().find("did not finish in time") != std::string::npos);
        // It started, and was stopped before it could finish.
        QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-hangs.txt"))), 1);
    }

private:
    std::unique_ptr<Prefix> m_prefix;
    Json m_run;
    QByteArray m_printed;
};

QTEST_GUILESS_MAIN(TestWineRemove)
#include "tst_wine_remove.moc"
