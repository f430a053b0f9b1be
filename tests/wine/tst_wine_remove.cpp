// SPDX-License-Identifier: GPL-3.0-or-later
// `offramp-cli.exe plan` and `remove` under Wine, on one prefix whose registry the test fills step by step (the
// slots run in order and build on each other; one Wine session keeps each run well under a second): a
// stand-in uninstaller in an allowed folder removes its own entry and asks for a restart (exit 5, the journal
// says restart-required, the registry and a fresh scan agree that it is gone); a dry run changes nothing; hostile
// entries are refused, reported and provably never run; the default journal's folder lets only administrators
// change it, and is given back to them when it was looser; a failing or hanging uninstaller fails its step, and
// so does one that says "not installed" (1605) while Windows still lists it; one that finds another installation
// running (1618) is tried again after a wait, and fails once its tries run out; the business products go
// Endpoint Security first, and msiexec gets their product codes and passwords, which never appear in what is
// printed or kept. Each slot deletes the entries it imported, whatever happens, so that one failure does not
// carry over into the slots after it.
#include "WineSupport.h"
#include "engine/UninstallCommand.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace offramp::test::wine;
using Json = nlohmann::json;

namespace {

// A password with a character outside ASCII, so that the hex form shows UTF-16LE.
constexpr const char* kPassword = "S\xC3\xA9same-0pen";
constexpr const char* kUninstaller = "offramp-test-uninstaller.exe";
constexpr const char* kAllowedFolder = "C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Anti-Virus 21.3";
constexpr const char* kHostileFolder = "C:\\users\\Public\\evil";
constexpr const char* kUninstallKey = "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\";
constexpr const char* kDefaultJournal = "C:\\ProgramData\\Offramp\\removal-journal.json";
constexpr const char* kDefaultJournalFolder = "C:\\ProgramData\\Offramp";
constexpr const char* kJournalFolder = "C:\\offramp-test";

QString dataFile(const char* name)
{
    return QStringLiteral(OFFRAMP_WINE_DATA_DIR "/") + QString::fromLatin1(name);
}

QString uninstallKey(const char* name)
{
    return QString::fromLatin1(kUninstallKey) + QString::fromLatin1(name);
}

std::string fileText(const std::filesystem::path& file)
{
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
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

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

bool containsIgnoringCase(std::string text, std::string part)
{
    for (auto* s : {&text, &part}) {
        for (auto& c : *s) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return contains(text, part);
}

const Json* stepFor(const Json& journal, const std::string& product)
{
    for (const auto& step : journal.at("steps")) {
        if (step.at("product") == product) {
            return &step;
        }
    }
    return nullptr;
}

std::vector<std::string> stepProducts(const Json& document)
{
    std::vector<std::string> products;
    for (const auto& step : document.at("steps")) {
        products.push_back(step.at("product").get<std::string>());
    }
    return products;
}

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const auto& word : words) {
        text += (text.empty() ? "" : ",") + word;
    }
    return text;
}

// What a refused entry's step says, and the marker file its program would have left had it run.
struct HostileCase
{
    const char* product;
    const char* key;
    const char* reason;
    const char* marker;
};

const std::vector<HostileCase>& hostileCases()
{
    static const std::vector<HostileCase> cases{
        {"kaspersky-internet-security",
         "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Kaspersky Internet Security (hostile cmd)",
         "never runs a command string", "C:\\marker-cmd.txt"},
        {"kaspersky-total-security",
         "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Kaspersky Total Security "
         "(hostile outside)",
         "outside the folders", "C:\\marker-outside.txt"},
        {"kaspersky-safe-kids",
         "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Kaspersky Safe Kids (hostile "
         "climb)",
         "climbs folders", "C:\\marker-climb.txt"},
        {"kaspersky-vpn-secure-connection",
         "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Kaspersky VPN Secure Connection "
         "(hostile unquoted)",
         "no quotes", "C:\\marker-unquoted.txt"},
    };
    return cases;
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
            for (const QString& exe : {cliExe(), helperExe(QStringLiteral("offramp-test-uninstaller")),
                                       helperExe(QStringLiteral("offramp-wine-acl"))}) {
                QVERIFY2(QFileInfo::exists(exe),
                         qPrintable(exe + QStringLiteral(" is not built: test_wine_build builds it")));
            }
            m_prefix = std::make_unique<Prefix>();
            // One Wine session for the whole test: each offramp-cli.exe run then starts in well under a second.
            m_prefix->startSession();
            // The stand-in uninstaller where a vendor's would be, and copies where no uninstaller may run from.
            const auto uninstaller = helperExe(QStringLiteral("offramp-test-uninstaller")).toStdString();
            for (const char* folder :
                 {kAllowedFolder, kHostileFolder, "C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky VPN 5.21"}) {
                const auto target = m_prefix->hostPath(QString::fromLatin1(folder));
                std::filesystem::create_directories(target);
                std::filesystem::copy_file(uninstaller, target / kUninstaller);
            }
            std::filesystem::create_directories(m_prefix->hostPath(QString::fromLatin1(kJournalFolder)));
        });
    }

    void cleanupTestCase() { m_prefix.reset(); }

    // Whatever a slot left behind (it failed half-way) goes, so that the next slot starts from what it expects.
    void cleanup()
    {
        OFFRAMP_WINE_STEP({
            for (const auto& key : std::exchange(m_imported, {})) {
                if (keyExists(key)) {
                    deleteKey(key);
                }
            }
        });
    }

    void aDryRunChangesNothing()
    {
        OFFRAMP_WINE_STEP({
            m_prefix->importInSession(dataFile("removal-restart.reg"));
            const auto dry = cli({QStringLiteral("remove"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                                  QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            QVERIFY2(dry.exitCode == 0, (dry.out + dry.err).constData());
            const Json plan = Json::parse(dry.out.toStdString());
            QCOMPARE(plan.at("dry_run").get<bool>(), true);
            QCOMPARE(joined(stepProducts(plan)), std::string("kaspersky-anti-virus"));
            QCOMPARE(plan.at("steps").at(0).at("restart").get<std::string>(), std::string("required"));
            // The entry is still there, its uninstaller never ran, and no journal was started.
            QVERIFY(keyExists(uninstallKey("Kaspersky Anti-Virus (offramp test)")));
            QVERIFY(!std::filesystem::exists(m_prefix->hostPath(QStringLiteral("C:\\marker-uninstaller.txt"))));
            QVERIFY(!std::filesystem::exists(m_prefix->hostPath(QString::fromLatin1(kDefaultJournal))));
        });
    }

    void allowedUninstallerRunsAndAsksForARestart()
    {
        OFFRAMP_WINE_STEP({
            const QString journalPath = QString::fromLatin1(kJournalFolder) + QStringLiteral("\\restart.json");
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"), journalPath, QStringLiteral("--allow-uninstaller"),
                                      QString::fromLatin1(kUninstaller)});
            qInfo("%s", QByteArray(removed.out).replace('\r', "").constData());
            QVERIFY2(removed.exitCode == 5, (removed.out + removed.err).constData());
            const Json printed = Json::parse(removed.out.toStdString());
            // What it printed is what it kept, replaced whole: no temporary file is left beside the journal.
            const Json journal = Json::parse(fileText(m_prefix->hostPath(journalPath)));
            QVERIFY2(printed == journal, removed.out.constData());
            // The uninstaller's output file was deleted once its step had worked. Wine takes a deleted file's name
            // away only when the last handle to it closes, and the console host it started for the uninstaller
            // holds one a moment longer.
            const auto log = m_prefix->hostPath(QString::fromLatin1(kJournalFolder) +
                                                QStringLiteral("\\restart.Kaspersky_Anti-Virus__offramp_test_.1.log"));
            QTRY_VERIFY_WITH_TIMEOUT(!std::filesystem::exists(log), 20000);
            QVERIFY2(!contains(events(journal), "Could not delete"), events(journal).c_str());
            for (const auto& entry :
                 std::filesystem::directory_iterator(m_prefix->hostPath(QString::fromLatin1(kJournalFolder)))) {
                QVERIFY2(entry.path().filename() == "restart.json", entry.path().string().c_str());
            }
            QCOMPARE(journal.at("kind").get<std::string>(), std::string("offramp-removal-journal"));
            QCOMPARE(journal.at("platform").get<std::string>(), std::string("windows"));
            QCOMPARE(journal.at("status").get<std::string>(), std::string("restart-required"));
            QCOMPARE(journal.at("restart_required").get<bool>(), true);
            const auto summary = journal.at("summary").get<std::string>();
            QVERIFY2(containsIgnoringCase(summary, "restart"), summary.c_str());

            QCOMPARE(journal.at("steps").size(), std::size_t(1));
            const Json& step = journal.at("steps").at(0);
            QCOMPARE(step.at("product").get<std::string>(), std::string("kaspersky-anti-virus"));
            QCOMPARE(step.at("action").get<std::string>(), std::string("run-uninstaller"));
            QCOMPARE(step.at("state").get<std::string>(), std::string("restart-needed"));
            QCOMPARE(step.at("exit_code").get<int>(), 3010);
            QCOMPARE(step.at("timed_out").get<bool>(), false);
            QCOMPARE(step.at("attempts").get<int>(), 1);
            const auto command = step.at("command").get<std::string>();
            QVERIFY2(contains(command, std::string("\"") + kAllowedFolder + "\\" + kUninstaller + "\" --delete-key"),
                     command.c_str());
            const auto message = step.at("message").get<std::string>();
            QVERIFY2(contains(message, "3010") && contains(message, "restart"), message.c_str());
            QVERIFY2(contains(message, "uninstall entry is gone"), message.c_str());
            // What the fresh scan still finds are only the folders the test put there, never the product itself.
            for (const auto& leftover : journal.at("leftovers")) {
                const auto line = leftover.get<std::string>();
                QVERIFY2(contains(line, "(leftovers)") && !line.starts_with("Kaspersky Anti-Virus"), line.c_str());
            }
            // Every step is told as it starts and ends, and the end is checked by a fresh scan.
            std::vector<std::string> events;
            for (const auto& event : journal.at("events")) {
                events.push_back(event.at("what").get<std::string>());
            }
            QVERIFY(std::ranges::find(events, "Started: the uninstaller of Kaspersky Anti-Virus.") != events.end());
            QVERIFY2(events.back().starts_with("Checked: "), events.back().c_str());
            // It ran once, with its arguments intact (the key path with spaces and brackets reached it whole).
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-uninstaller.txt"))), 1);
        });
    }

    void theProductIsGoneWhenTheRegistryIsReadAgain()
    {
        OFFRAMP_WINE_STEP({
            QVERIFY(!keyExists(uninstallKey("Kaspersky Anti-Virus (offramp test)")));
            // And offramp-cli.exe, scanning the same computer afresh, agrees: nothing banned is installed.
            const auto scanned = cli({QStringLiteral("scan"), QStringLiteral("--json")});
            const Json scan = Json::parse(scanned.out.toStdString());
            checkScanContract(scan);
            for (const auto& finding : scan.at("findings")) {
                QVERIFY2(finding.at("state") != "installed", finding.dump().c_str());
            }
            QVERIFY2(scanned.exitCode == 0, (scanned.out + scanned.err).constData());
        });
    }

    void hostileEntriesAreRefusedOneRunAtATime()
    {
        OFFRAMP_WINE_STEP({
            m_prefix->importInSession(dataFile("removal-hostile.reg"));
            for (const auto& hostile : hostileCases()) {
                m_imported.push_back(QString::fromLatin1(hostile.key));
            }
            // A failed step stops the run, so each run refuses one entry and leaves the others planned; the test
            // then deletes the refused entry itself, and runs again. The journal goes to its default place.
            for (std::size_t run = 0; run < hostileCases().size(); ++run) {
                const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                          QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
                QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
                const Json printed = Json::parse(removed.out.toStdString());
                QVERIFY2(printed == Json::parse(fileText(m_prefix->hostPath(QString::fromLatin1(kDefaultJournal)))),
                         removed.out.constData());
                QCOMPARE(printed.at("status").get<std::string>(), std::string("failed"));
                QCOMPARE(printed.at("steps").size(), hostileCases().size() - run);
                const Json* failed = nullptr;
                for (const auto& step : printed.at("steps")) {
                    if (step.at("state") == "failed") {
                        QVERIFY2(failed == nullptr, printed.dump(2).c_str());
                        failed = &step;
                    } else {
                        QCOMPARE(step.at("state").get<std::string>(), std::string("planned"));
                    }
                }
                QVERIFY2(failed != nullptr, printed.dump(2).c_str());
                const auto product = failed->at("product").get<std::string>();
                QVERIFY2(!m_refused.contains(product), product.c_str());
                m_refused[product] = *failed;
                const auto hostile =
                    std::ranges::find_if(hostileCases(), [&](const HostileCase& c) { return product == c.product; });
                QVERIFY2(hostile != hostileCases().end(), product.c_str());
                // Refusing deleted nothing: the entry is still there until the test removes it.
                QVERIFY(keyExists(QString::fromLatin1(hostile->key)));
                deleteKey(QString::fromLatin1(hostile->key));
            }
        });
    }

    void hostileEntriesAreRefusedAndNeverRun_data()
    {
        QTest::addColumn<int>("index");
        QTest::newRow("cmd.exe /c") << 0;
        QTest::newRow("outside the allowed folders") << 1;
        QTest::newRow("climbing out with ..") << 2;
        QTest::newRow("unquoted path with spaces") << 3;
    }
    void hostileEntriesAreRefusedAndNeverRun()
    {
        QFETCH(int, index);
        const HostileCase& hostile = hostileCases().at(static_cast<std::size_t>(index));
        const auto found = m_refused.find(hostile.product);
        QVERIFY2(found != m_refused.end(), hostile.product);
        const Json& step = found->second;
        QCOMPARE(step.at("state").get<std::string>(), std::string("failed"));
        QVERIFY(step.at("exit_code").is_null());
        QCOMPARE(step.at("timed_out").get<bool>(), false);
        QCOMPARE(step.at("command").get<std::string>(), std::string());
        QCOMPARE(step.at("problem").get<std::string>(), std::string("refused"));
        const auto message = step.at("message").get<std::string>();
        QVERIFY2(message.starts_with("refused"), message.c_str());
        QVERIFY2(contains(message, hostile.reason), message.c_str());
        const auto marker = m_prefix->hostPath(QString::fromLatin1(hostile.marker));
        QVERIFY2(!std::filesystem::exists(marker), (marker.string() + " exists: it ran").c_str());
    }

    // The descriptor the journal's folder is made with, as the Windows API builds and writes it out: owned by
    // Administrators, protected (nothing inherited from ProgramData), Administrators and SYSTEM full access,
    // Users read and list, all inherited by what is made inside.
    void theJournalFolderDescriptorLetsOnlyAdministratorsWrite()
    {
        OFFRAMP_WINE_STEP({
            const auto built = acl({QStringLiteral("built")});
            QCOMPARE(built.out.trimmed(), QByteArray("O:BAD:P(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)"));
        });
    }

    // The hostile runs kept their journal in C:\ProgramData\Offramp. Wine keeps no access list for files: it
    // shows one derived from the Unix permissions (the Wine user as owner with full access, Everyone with what
    // "others" may do), and applies a new one by changing those permissions. So what can be checked here is
    // that nobody but the account the removal runs as may change the folder, and that a folder anyone may write
    // to is given back, without deleting anything, and said so in the journal.
    void theDefaultJournalFolderIsGivenBackToAdministrators()
    {
        OFFRAMP_WINE_STEP({
            const QString folder = QString::fromLatin1(kDefaultJournalFolder);
            const auto host = m_prefix->hostPath(folder);
            QVERIFY(std::filesystem::exists(host / "removal-journal.json"));
            const auto before = acl({QStringLiteral("problems"), folder}).out;
            QVERIFY2(!before.contains("Everyone") && !before.contains("Users"), before.constData());
            QVERIFY((std::filesystem::status(host).permissions() & std::filesystem::perms::others_write) ==
                    std::filesystem::perms::none);

            // Loosened, as a folder someone else made first: anyone may write to it. A file is left in it.
            std::filesystem::permissions(host, std::filesystem::perms::all);
            std::ofstream(host / "keep.txt") << "not Offramp's";
            const auto loose = acl({QStringLiteral("problems"), folder}).out;
            QVERIFY2(loose.contains("Everyone may change it"), loose.constData());

            importFixture("removal-restart.reg", "Kaspersky Anti-Virus (offramp test)");
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            QVERIFY2(removed.exitCode == 5, (removed.out + removed.err).constData());
            const Json journal = Json::parse(fileText(m_prefix->hostPath(QString::fromLatin1(kDefaultJournal))));
            QVERIFY2(contains(events(journal), "The folder " + folder.toStdString() +
                                                   " let others than administrators change it (Everyone may change "
                                                   "it); it now lets only Administrators and SYSTEM change it, and "
                                                   "nothing in it was deleted."),
                     journal.at("events").dump(2).c_str());
            const auto after = acl({QStringLiteral("problems"), folder}).out;
            QVERIFY2(!after.contains("Everyone") && !after.contains("Users"), after.constData());
            QVERIFY((std::filesystem::status(host).permissions() & std::filesystem::perms::others_write) ==
                    std::filesystem::perms::none);
            QCOMPARE(fileText(host / "keep.txt"), std::string("not Offramp's"));
            QVERIFY(!keyExists(uninstallKey("Kaspersky Anti-Virus (offramp test)")));
        });
    }

    // A file (or a link) where the folder should be is refused, left alone, and no journal is written.
    void aFileInPlaceOfTheJournalFolderIsRefused()
    {
        OFFRAMP_WINE_STEP({
            const auto host = m_prefix->hostPath(QStringLiteral("C:\\ProgramData\\Elsewhere"));
            std::ofstream(host) << "a file";
            const auto refused = acl({QStringLiteral("secure"), QStringLiteral("C:\\ProgramData\\Elsewhere")});
            QVERIFY2(refused.exitCode == 1, (refused.out + refused.err).constData());
            QVERIFY2(refused.err.contains("is a link or a file"), refused.err.constData());
            QCOMPARE(fileText(host), std::string("a file"));
            std::filesystem::remove(host);
        });
    }

    void aFailingUninstallerFailsItsStepAndKeepsNoPassword()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-failing.reg", "Kaspersky Small Office Security (failing)");
            // A password for a product whose uninstaller takes none: it is read, and neither passed on nor kept.
            const QString journalPath = QString::fromLatin1(kJournalFolder) + QStringLiteral("\\failing.json");
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"), journalPath, QStringLiteral("--allow-uninstaller"),
                                      QString::fromLatin1(kUninstaller), QStringLiteral("--login"),
                                      QStringLiteral("kladmin"), QStringLiteral("--password-stdin")},
                                     QByteArray(kPassword) + "\r\n");
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const auto kept = fileText(m_prefix->hostPath(journalPath));
            const Json journal = Json::parse(kept);
            QCOMPARE(journal.at("status").get<std::string>(), std::string("failed"));
            const Json* step = stepFor(journal, "kaspersky-small-office-security");
            QVERIFY(step != nullptr);
            QVERIFY2(step->at("exit_code").is_number(), step->dump(2).c_str());
            QCOMPARE(step->at("state").get<std::string>(), std::string("failed"));
            QCOMPARE(step->at("exit_code").get<int>(), 1603);
            const auto message = step->at("message").get<std::string>();
            QVERIFY2(contains(message, "exit code 1603"), message.c_str());
            QVERIFY2(contains(message, "password was not passed on"), message.c_str());
            QVERIFY2(!contains(step->at("command").get<std::string>(), "kladmin"),
                     step->at("command").get<std::string>().c_str());
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-failing.txt"))), 1);
            QVERIFY(keyExists(uninstallKey("Kaspersky Small Office Security (failing)")));
            checkNoPassword(removed.out + removed.err, kept);
        });
    }

    void anUninstallerThatHangsIsStoppedAtTheTimeOut()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-hangs.reg", "Kaspersky Endpoint Agent (hangs)");
            const auto removed =
                cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                     QStringLiteral("--journal"), QString::fromLatin1(kJournalFolder) + QStringLiteral("\\hangs.json"),
                     QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller),
                     QStringLiteral("--timeout"), QStringLiteral("5")});
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const Json journal = Json::parse(removed.out.toStdString());
            const Json* step = stepFor(journal, "kaspersky-endpoint-agent");
            QVERIFY(step != nullptr);
            QVERIFY2(step->at("state").get<std::string>() == "failed", step->dump(2).c_str());
            QCOMPARE(step->at("timed_out").get<bool>(), true);
            QCOMPARE(step->at("problem").get<std::string>(), std::string("timed-out"));
            QVERIFY(step->at("exit_code").is_null());
            const auto message = step->at("message").get<std::string>();
            QVERIFY2(contains(message, "did not finish in time"), message.c_str());
            // It started, and was stopped before it could finish.
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-hangs.txt"))), 1);
        });
    }

    // A Windows program that crashes ends with an error status of Windows as its exit code (0xC0000005, an access
    // violation), not with a signal: the step fails as crashed, says so with the code written as it can be looked
    // up, and keeps what the uninstaller printed; resume runs it again and finishes, and the files then go.
    void aCrashingUninstallerFailsItsStepAndResumeFinishes()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-crashing.reg", "Kaspersky Plus (crashing)");
            const QString journalPath = QString::fromLatin1(kJournalFolder) + QStringLiteral("\\crashing.json");
            const QString logPath =
                QString::fromLatin1(kJournalFolder) + QStringLiteral("\\crashing.Kaspersky_Plus__crashing_.1.log");
            const auto removed =
                cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--journal"), journalPath,
                     QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const Json journal = Json::parse(fileText(m_prefix->hostPath(journalPath)));
            QCOMPARE(journal.at("status").get<std::string>(), std::string("failed"));
            const Json* step = stepFor(journal, "kaspersky-unified-app");
            QVERIFY2(step != nullptr, journal.dump(2).c_str());
            QCOMPARE(step->at("state").get<std::string>(), std::string("failed"));
            QCOMPARE(step->at("problem").get<std::string>(), std::string("crashed"));
            QCOMPARE(step->at("exit_code").get<int>(), static_cast<int>(0xC0000005U));
            QCOMPARE(step->at("timed_out").get<bool>(), false);
            const auto message = step->at("message").get<std::string>();
            QVERIFY2(message.starts_with("exit code 0xC0000005: the uninstaller crashed (an access violation) while "
                                         "removing "),
                     message.c_str());
            QVERIFY2(contains(message, ", so it may be left partly removed. Nothing else was changed; run offramp-cli "
                                       "resume, which checks the product and runs its uninstaller again. Should it "
                                       "crash again, a technician can look up the exit code 0xC0000005"),
                     message.c_str());
            QVERIFY2(contains(removed.out.toStdString(), "Failed: "), removed.out.constData());
            QVERIFY2(contains(removed.out.toStdString(), message), removed.out.constData());
            // It ran once and changed nothing: the entry is still there.
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-crashing.txt"))), 1);
            QVERIFY(keyExists(uninstallKey("Kaspersky Plus (crashing)")));
            // What it printed before it crashed is kept for whoever looks into it, and the journal says where.
            const auto log = fileText(m_prefix->hostPath(logPath));
            QVERIFY2(contains(log, "offramp-test-uninstaller: removing the product"), log.c_str());
            QVERIFY2(contains(log, "offramp-test-uninstaller: about to crash"), log.c_str());
            const std::string kept = " printed is kept in " + logPath.toStdString() + ".";
            QVERIFY2(contains(events(journal), kept), events(journal).c_str());
            QVERIFY2(contains(removed.out.toStdString(), kept), removed.out.constData());

            // As after any failed step, resume checks the product and runs its uninstaller again, which now works.
            const auto resumed = cli({QStringLiteral("resume"), QStringLiteral("--journal"), journalPath,
                                      QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            QVERIFY2(resumed.exitCode == 0, (resumed.out + resumed.err).constData());
            const Json finished = Json::parse(fileText(m_prefix->hostPath(journalPath)));
            QCOMPARE(finished.at("status").get<std::string>(), std::string("done"));
            QCOMPARE(stepFor(finished, "kaspersky-unified-app")->at("state").get<std::string>(), std::string("done"));
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-crashing.txt"))), 2);
            QVERIFY(!keyExists(uninstallKey("Kaspersky Plus (crashing)")));
            // Once the step has worked, both runs' files are deleted (their names go once Wine's console host has
            // let go of them, as in allowedUninstallerRunsAndAsksForARestart).
            QVERIFY2(!contains(events(finished), "Could not delete"), events(finished).c_str());
            for (const char* run : {"1", "2"}) {
                const auto file = m_prefix->hostPath(QString::fromLatin1(kJournalFolder) +
                                                     QStringLiteral("\\crashing.Kaspersky_Plus__crashing_.") +
                                                     QString::fromLatin1(run) + QStringLiteral(".log"));
                QTRY_VERIFY_WITH_TIMEOUT(!std::filesystem::exists(file), 20000);
            }
        });
    }

    // Uninstall strings that cannot be used as they are stored: bytes or a number instead of text, or text that is
    // not valid Unicode. The step is refused, saying which value is damaged and what to do; nothing runs.
    void damagedUninstallStringsAreRefusedAndNeverRun_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QString>("marker");
        QTest::newRow("REG_BINARY and REG_DWORD")
            << QStringLiteral("removal-damaged-types.reg") << QStringLiteral("Kaspersky Total Security (damaged types)")
            << QStringLiteral("kaspersky-total-security")
            << QStringList{QStringLiteral("refused the uninstall entry of Kaspersky Total Security: it names no "
                                          "uninstaller; its UninstallString is a REG_BINARY value, not text, and its "
                                          "QuietUninstallString is a REG_DWORD value, not text: the entry looks "
                                          "damaged. Remove Kaspersky Total Security with its own uninstaller, from "
                                          "Windows' list of installed programs")}
            << QStringLiteral("C:\\marker-damaged.txt");
        QTest::newRow("a lone surrogate")
            << QStringLiteral("removal-lone-surrogate.reg")
            << QStringLiteral("Kaspersky Password Manager (lone surrogate)")
            << QStringLiteral("kaspersky-password-manager")
            << QStringList{QStringLiteral("it names no uninstaller; its UninstallString is not valid Unicode text (it "
                                          "holds a UTF-16 surrogate without its pair): the entry looks damaged"),
                           QStringLiteral("with its own uninstaller")}
            << QStringLiteral("C:\\marker-surrogate.txt");
    }
    void damagedUninstallStringsAreRefusedAndNeverRun()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, key);
        QFETCH(QString, product);
        QFETCH(QStringList, reasons);
        QFETCH(QString, marker);
        OFFRAMP_WINE_STEP({
            importFixture(fixture.toLatin1().constData(), key.toLatin1().constData());
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"),
                                      QString::fromLatin1(kJournalFolder) + QStringLiteral("\\damaged.json"),
                                      QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const Json journal = Json::parse(removed.out.toStdString());
            const Json* step = stepFor(journal, product.toStdString());
            QVERIFY2(step != nullptr, journal.dump(2).c_str());
            QCOMPARE(step->at("state").get<std::string>(), std::string("failed"));
            QCOMPARE(step->at("problem").get<std::string>(), std::string("refused"));
            QVERIFY2(step->value("command", std::string()).empty(), step->dump(2).c_str());
            const auto message = step->at("message").get<std::string>();
            for (const auto& reason : reasons) {
                QVERIFY2(contains(message, reason.toStdString()), message.c_str());
            }
            QVERIFY(!std::filesystem::exists(m_prefix->hostPath(marker)));
            QVERIFY(keyExists(uninstallKey(key.toLatin1().constData())));
        });
    }

    // Text stored without its closing null character is read as it is, and the uninstaller it names runs.
    void anUnterminatedUninstallStringIsUsedAsItIs()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-unterminated.reg", "Kaspersky Safe Kids (unterminated)");
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"),
                                      QString::fromLatin1(kJournalFolder) + QStringLiteral("\\unterminated.json"),
                                      QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            QVERIFY2(removed.exitCode == 0, (removed.out + removed.err).constData());
            const Json journal = Json::parse(removed.out.toStdString());
            const Json* step = stepFor(journal, "kaspersky-safe-kids");
            QVERIFY2(step != nullptr, journal.dump(2).c_str());
            QCOMPARE(step->at("state").get<std::string>(), std::string("done"));
            QVERIFY2(contains(step->at("command").get<std::string>(), "--marker C:\\marker-unterminated.txt --exit 0"),
                     step->dump(2).c_str());
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-unterminated.txt"))), 1);
            QVERIFY(!keyExists(uninstallKey("Kaspersky Safe Kids (unterminated)")));
        });
    }

    // An uninstall string longer than a Windows command line may be: not started, and said so.
    void anUninstallStringLongerThanACommandLineIsNotStarted()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-overlong.reg", "Kaspersky VPN Secure Connection (overlong)");
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"),
                                      QString::fromLatin1(kJournalFolder) + QStringLiteral("\\overlong.json"),
                                      QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const Json journal = Json::parse(removed.out.toStdString());
            const Json* step = stepFor(journal, "kaspersky-vpn-secure-connection");
            QVERIFY2(step != nullptr, journal.dump(2).c_str());
            QCOMPARE(step->at("state").get<std::string>(), std::string("failed"));
            QCOMPARE(step->at("problem").get<std::string>(), std::string("not-started"));
            const auto message = step->at("message").get<std::string>();
            QVERIFY2(contains(message, "the uninstaller could not be started: ") &&
                         contains(message, "the command line is longer than Windows allows"),
                     message.c_str());
            QVERIFY(!std::filesystem::exists(m_prefix->hostPath(QStringLiteral("C:\\marker-overlong.txt"))));
            QVERIFY(keyExists(uninstallKey("Kaspersky VPN Secure Connection (overlong)")));
        });
    }

    // A key name that is not valid UTF-16 (a lone surrogate) is shown with U+FFFD, which names no key Windows
    // knows: refused, rather than taken for an entry already gone or run under another name.
    void aKeyNameThatIsNotUnicodeIsRefused()
    {
        OFFRAMP_WINE_STEP({
            const QString keyName =
                QStringLiteral("Kaspersky Small Office Security (") + QChar(0xD800) + QStringLiteral(")");
            const QString header = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n");
            const QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\"
                                               "CurrentVersion\\Uninstall\\") +
                                keyName;
            QTemporaryDir folder;
            m_prefix->importInSession(writeUtf16Reg(
                folder.filePath(QStringLiteral("add.reg")),
                header + QLatin1Char('[') + key +
                    QStringLiteral("]\r\n\"DisplayName\"=\"Kaspersky Small Office Security\"\r\n"
                                   "\"UninstallString\"=\"\\\"") +
                    QString::fromLatin1(kAllowedFolder).replace(QStringLiteral("\\"), QStringLiteral("\\\\")) +
                    QStringLiteral("\\\\") + QString::fromLatin1(kUninstaller) +
                    QStringLiteral("\\\" --marker C:\\\\marker-keyname.txt\"\r\n")));
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"),
                                      QString::fromLatin1(kJournalFolder) + QStringLiteral("\\keyname.json"),
                                      QStringLiteral("--allow-uninstaller"), QString::fromLatin1(kUninstaller)});
            // The key goes whatever happened, through a .reg file too: no command line can name it.
            m_prefix->importInSession(writeUtf16Reg(folder.filePath(QStringLiteral("delete.reg")),
                                                    header + QStringLiteral("[-") + key + QStringLiteral("]\r\n")));
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const Json journal = Json::parse(removed.out.toStdString());
            const Json* step = stepFor(journal, "kaspersky-small-office-security");
            QVERIFY2(step != nullptr, journal.dump(2).c_str());
            QCOMPARE(step->at("state").get<std::string>(), std::string("failed"));
            QCOMPARE(step->at("problem").get<std::string>(), std::string("refused"));
            const auto message = step->at("message").get<std::string>();
            QVERIFY2(contains(message, "its name in the registry is not valid Unicode text"), message.c_str());
            QVERIFY2(contains(step->at("target").get<std::string>(), "Kaspersky Small Office Security (\xEF\xBF\xBD)"),
                     step->dump(2).c_str());
            QVERIFY(!std::filesystem::exists(m_prefix->hostPath(QStringLiteral("C:\\marker-keyname.txt"))));
        });
    }

    void notInstalledWhileWindowsStillListsItFails()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-already-gone.reg", "Kaspersky Security Cloud (says gone)");
            const QString journalPath = QString::fromLatin1(kJournalFolder) + QStringLiteral("\\says-gone.json");
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"), journalPath, QStringLiteral("--allow-uninstaller"),
                                      QString::fromLatin1(kUninstaller)});
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const Json journal = Json::parse(fileText(m_prefix->hostPath(journalPath)));
            QCOMPARE(journal.at("status").get<std::string>(), std::string("failed"));
            const Json* step = stepFor(journal, "kaspersky-security-cloud");
            QVERIFY(step != nullptr);
            QVERIFY2(step->at("state") == "failed", step->dump(2).c_str());
            QCOMPARE(step->at("exit_code").get<int>(), 1605);
            // What happened, what it means, what to do.
            const auto message = step->at("message").get<std::string>();
            QVERIFY2(contains(message, "said that Kaspersky Security Cloud is not installed (exit code 1605)"),
                     message.c_str());
            QVERIFY2(contains(message, "Windows still lists it as installed (" + uninstallKey("Kaspersky Security "
                                                                                              "Cloud (says gone)")
                                                                                     .toStdString()),
                     message.c_str());
            QVERIFY2(contains(message, "nothing was removed") && contains(message, "then run offramp-cli resume"),
                     message.c_str());
            QVERIFY2(contains(events(journal), "Failed: the uninstaller of Kaspersky Security Cloud"),
                     journal.at("events").dump(2).c_str());
            QVERIFY2(contains(journal.at("leftovers").dump(), "Kaspersky Security Cloud (installed)"),
                     journal.at("leftovers").dump().c_str());
            // It ran once and said "not installed"; the entry is still there.
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-says-gone.txt"))), 1);
            QVERIFY(keyExists(uninstallKey("Kaspersky Security Cloud (says gone)")));
        });
    }

    void anotherInstallationRunningIsWaitedForAndTriedAgain()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-busy.reg", "Kaspersky Password Manager (busy)");
            const QString journalPath = QString::fromLatin1(kJournalFolder) + QStringLiteral("\\busy.json");
            QElapsedTimer timer;
            timer.start();
            const auto removed =
                cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                     QStringLiteral("--journal"), journalPath, QStringLiteral("--allow-uninstaller"),
                     QString::fromLatin1(kUninstaller), QStringLiteral("--retry-wait"), QStringLiteral("2")});
            const qint64 elapsed = timer.elapsed();
            QVERIFY2(removed.exitCode == 0, (removed.out + removed.err).constData());
            const Json journal = Json::parse(fileText(m_prefix->hostPath(journalPath)));
            const Json* step = stepFor(journal, "kaspersky-password-manager");
            QVERIFY(step != nullptr);
            QVERIFY2(step->at("state") == "done", step->dump(2).c_str());
            QCOMPARE(step->at("exit_code").get<int>(), 0);
            QCOMPARE(step->at("attempts").get<int>(), 1);
            // Busy twice, then removed: three runs, two waits of two seconds each.
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-busy.txt"))), 3);
            QVERIFY2(elapsed >= 4000, qPrintable(QString::number(elapsed)));
            QVERIFY(!keyExists(uninstallKey("Kaspersky Password Manager (busy)")));
            // The journal tells each wait, between the step's start and its end.
            const std::vector<std::string> story = eventList(journal);
            const auto started =
                std::ranges::find(story, std::string("Started: the uninstaller of Kaspersky Password Manager."));
            QVERIFY2(started != story.end() && story.end() - started >= 4, journal.at("events").dump(2).c_str());
            for (int retry = 0; retry < 2; ++retry) {
                const std::string expected = "Another installation is in progress (exit code 1618): waiting 2 "
                                             "seconds, then running the uninstaller of Kaspersky Password Manager "
                                             "again (try " +
                                             std::to_string(retry + 2) + " of 4).";
                QCOMPARE(*(started + 1 + retry), expected);
            }
            QVERIFY2((started + 3)->starts_with("Finished: the uninstaller of Kaspersky Password Manager"),
                     (started + 3)->c_str());
        });
    }

    void anInstallationThatStaysBusyFailsAfterItsTries()
    {
        OFFRAMP_WINE_STEP({
            importFixture("removal-busy-forever.reg", "Kaspersky Security for Windows Server (busy)");
            const QString journalPath = QString::fromLatin1(kJournalFolder) + QStringLiteral("\\busy-forever.json");
            QElapsedTimer timer;
            timer.start();
            const auto removed =
                cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                     QStringLiteral("--journal"), journalPath, QStringLiteral("--allow-uninstaller"),
                     QString::fromLatin1(kUninstaller), QStringLiteral("--retry-wait"), QStringLiteral("1")});
            const qint64 elapsed = timer.elapsed();
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            const Json journal = Json::parse(fileText(m_prefix->hostPath(journalPath)));
            QCOMPARE(journal.at("status").get<std::string>(), std::string("failed"));
            const Json* step = stepFor(journal, "kaspersky-security-windows-server");
            QVERIFY(step != nullptr);
            QVERIFY2(step->at("state") == "failed", step->dump(2).c_str());
            QCOMPARE(step->at("exit_code").get<int>(), 1618);
            QCOMPARE(step->at("problem").get<std::string>(), std::string("busy"));
            const auto message = step->at("message").get<std::string>();
            QVERIFY2(contains(message, "exit code 1618") && contains(message, "tried 4 times, 1 second apart"),
                     message.c_str());
            QVERIFY2(contains(message, "Nothing was removed") && contains(message, "then run offramp-cli resume"),
                     message.c_str());
            // The first run and three more, a second apart; then it gave up.
            QCOMPARE(lineCount(m_prefix->hostPath(QStringLiteral("C:\\marker-busy-forever.txt"))), 4);
            QVERIFY2(elapsed >= 3000, qPrintable(QString::number(elapsed)));
            const auto story = eventList(journal);
            QCOMPARE(std::ranges::count_if(story,
                                           [](const std::string& line) {
                                               return line.starts_with("Another installation is in progress");
                                           }),
                     std::ptrdiff_t(3));
            QVERIFY(keyExists(uninstallKey("Kaspersky Security for Windows Server (busy)")));
        });
    }

    void aWrongRetryWaitIsAUsageError()
    {
        OFFRAMP_WINE_STEP({
            const auto wrong = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--retry-wait"),
                                    QStringLiteral("soon")});
            QVERIFY2(wrong.exitCode == 2, (wrong.out + wrong.err).constData());
            QVERIFY2(wrong.err.contains("--retry-wait takes a number of seconds from 0 to 3600"),
                     wrong.err.constData());
        });
    }

    void businessProductsArePlannedInTheDocumentedOrder()
    {
        OFFRAMP_WINE_STEP({
            m_prefix->importInSession(dataFile("business.reg"));
            const auto planned = cli({QStringLiteral("plan"), QStringLiteral("--json")});
            QVERIFY2(planned.exitCode == 0, (planned.out + planned.err).constData());
            const Json plan = Json::parse(planned.out.toStdString());
            QCOMPARE(plan.at("platform").get<std::string>(), std::string("windows"));
            QCOMPARE(joined(stepProducts(plan)),
                     std::string("kaspersky-endpoint-security-windows,kaspersky-security-center-network-agent"));
            QCOMPARE(plan.at("steps").at(0).at("password").get<std::string>(), std::string("kaspersky-login"));
            QCOMPARE(plan.at("steps").at(1).at("password").get<std::string>(), std::string("kaspersky-hex"));
            QCOMPARE(plan.at("steps").at(0).at("target").get<std::string>(),
                     std::string(kUninstallKey) + "{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}");
            QCOMPARE(plan.at("needs_password").get<bool>(), true);
        });
    }

    void msiexecGetsTheProductCodesAndHiddenPasswords()
    {
        OFFRAMP_WINE_STEP({
            m_imported << uninstallKey("{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}")
                       << uninstallKey("{0F05E4E5-5A89-482C-9A62-47CC58643788}");
            const QString journalPath = QString::fromLatin1(kJournalFolder) + QStringLiteral("\\business.json");
            const auto removed = cli({QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                      QStringLiteral("--journal"), journalPath, QStringLiteral("--login"),
                                      QStringLiteral("kladmin"), QStringLiteral("--password-stdin")},
                                     QByteArray(kPassword) + "\n");
            qInfo("%s", QByteArray(removed.out).replace('\r', "").constData());
            QVERIFY2(removed.exitCode == 4, (removed.out + removed.err).constData());
            auto kept = fileText(m_prefix->hostPath(journalPath));
            Json journal = Json::parse(kept);
            QCOMPARE(joined(stepProducts(journal)),
                     std::string("kaspersky-endpoint-security-windows,kaspersky-security-center-network-agent"));
            const Json& endpoint = journal.at("steps").at(0);
            QVERIFY2(contains(endpoint.at("command").get<std::string>(),
                              "msiexec.exe /x {9A017278-F7F4-4DF9-A482-0B97B70DD7ED} /qn /norestart "
                              "KLLOGIN=kladmin KLPASSWD=********"),
                     endpoint.dump().c_str());
            // Wine's msiexec does not know these products: 1605, not installed, yet their entries remain. That is
            // not believed: the step fails, and the run stops before the Network Agent.
            QCOMPARE(endpoint.at("exit_code").get<int>(), 1605);
            QCOMPARE(endpoint.at("state").get<std::string>(), std::string("failed"));
            QVERIFY2(contains(endpoint.at("message").get<std::string>(), "Windows still lists it"),
                     endpoint.dump().c_str());
            QCOMPARE(journal.at("steps").at(1).at("state").get<std::string>(), std::string("planned"));
            QVERIFY(keyExists(uninstallKey("{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}")));
            QVERIFY2(contains(journal.at("leftovers").dump(), "Kaspersky Endpoint Security for Windows"),
                     journal.at("leftovers").dump().c_str());
            checkNoPassword(removed.out + removed.err, kept);

            // The person removes Endpoint Security by other means; resuming goes on with the Network Agent.
            deleteKey(uninstallKey("{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}"));
            const auto resumed = cli({QStringLiteral("resume"), QStringLiteral("--json"), QStringLiteral("--journal"),
                                      journalPath, QStringLiteral("--password-stdin")},
                                     QByteArray(kPassword) + "\n");
            QVERIFY2(resumed.exitCode == 4, (resumed.out + resumed.err).constData());
            kept = fileText(m_prefix->hostPath(journalPath));
            journal = Json::parse(kept);
            QCOMPARE(journal.at("steps").at(0).at("state").get<std::string>(), std::string("already-gone"));
            const Json& agent = journal.at("steps").at(1);
            QVERIFY2(contains(agent.at("command").get<std::string>(),
                              "msiexec.exe /x {0F05E4E5-5A89-482C-9A62-47CC58643788} /qn /norestart "
                              "KLUNINSTPASSWD=********"),
                     agent.dump().c_str());
            QCOMPARE(agent.at("exit_code").get<int>(), 1605);
            QCOMPARE(agent.at("state").get<std::string>(), std::string("failed"));
            checkNoPassword(resumed.out + resumed.err, kept);
        });
    }

private:
    RunResult cli(QStringList arguments, const QByteArray& input = {}) const
    {
        arguments.prepend(cliExe());
        return m_prefix->wine(arguments, {}, 180000, input);
    }

    // `wine reg query`: 0 when the key is there; 1 and reg's own sentence when it is not. Wine also exits with 1
    // when reg.exe itself fails to start, now and then on a loaded machine: that is asked again, never taken
    // for "not there".
    bool keyExists(const QString& key) const
    {
        RunResult queried;
        for (int attempt = 0; attempt < 3; ++attempt) {
            queried = m_prefix->wine({QStringLiteral("reg"), QStringLiteral("query"), key});
            if (queried.exitCode == 0) {
                return true;
            }
            if (queried.exitCode == 1 && queried.out.contains("Unable to find the specified registry key")) {
                return false;
            }
        }
        throw std::runtime_error("wine reg query " + key.toStdString() + " failed (exit code " +
                                 std::to_string(queried.exitCode) + "): " + queried.out.toStdString() +
                                 queried.err.toStdString());
    }

    RunResult acl(const QStringList& arguments) const
    {
        QStringList words = arguments;
        words.prepend(helperExe(QStringLiteral("offramp-wine-acl")));
        return m_prefix->wine(words);
    }

    // Imports a fixture and remembers its key, which cleanup() deletes after the slot whatever happens.
    void importFixture(const char* file, const char* key)
    {
        m_imported.push_back(uninstallKey(key));
        m_prefix->importInSession(dataFile(file));
    }

    static std::vector<std::string> eventList(const Json& journal)
    {
        std::vector<std::string> lines;
        for (const auto& event : journal.at("events")) {
            lines.push_back(event.at("what").get<std::string>());
        }
        return lines;
    }

    static std::string events(const Json& journal)
    {
        std::string text;
        for (const auto& line : eventList(journal)) {
            text += line + "\n";
        }
        return text;
    }

    void deleteKey(const QString& key) const
    {
        const auto deleted =
            m_prefix->wine({QStringLiteral("reg"), QStringLiteral("delete"), key, QStringLiteral("/f")});
        if (deleted.exitCode != 0 || keyExists(key)) {
            throw std::runtime_error("wine reg delete " + key.toStdString() + " failed: " + deleted.err.toStdString());
        }
    }

    // The password, its hex form and any recognisable part of it appear in neither the output nor the journal.
    static void checkNoPassword(const QByteArray& printed, const std::string& kept)
    {
        const QByteArray hex = QByteArray::fromStdString(offramp::utf16LeHex(kPassword).value());
        for (const QByteArray& secret : {QByteArray(kPassword), hex, hex.toLower(), QByteArray("0pen")}) {
            QVERIFY2(!printed.contains(secret), printed.constData());
            QVERIFY2(!QByteArray::fromStdString(kept).contains(secret), kept.c_str());
        }
    }

    std::unique_ptr<Prefix> m_prefix;
    std::map<std::string, Json> m_refused; // the failed step of each hostile entry, by product id
    QStringList m_imported;                // keys the current slot imported, for cleanup()
};

QTEST_GUILESS_MAIN(TestWineRemove)
#include "tst_wine_remove.moc"
