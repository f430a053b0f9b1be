// SPDX-License-Identifier: GPL-3.0-or-later
// Resume at login and elevation on Windows, under Wine (through offramp-wine-resume.exe): the RunOnce value
// is written as one command line that Wine's own reg.exe shows, read back argument for argument, and
// deleted; runElevated starts a program through ShellExecuteExW "runas" and gets its exit code. And
// offramp-cli.exe resume after offramp-cli.exe remove was killed while its uninstaller ran: it waits for that
// very uninstaller, which outlived it, and finishes.
#include "WineSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

using namespace offramp::test::wine;
using Json = nlohmann::json;

namespace {

constexpr const char* kRunOnce = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce";
constexpr const char* kWhere =
    "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce\\OfframpResume";
constexpr const char* kProgram = "C:\\Program Files\\Offramp\\offramp.exe";
// The command line joinWindowsCommandLine makes of the first entry, spelled out by hand.
constexpr const char* kExpectedCommandLine = "\"C:\\Program Files\\Offramp\\offramp.exe\" --resume "
                                             "\"C:\\ProgramData\\Offramp\\removal journal.json\" "
                                             "\"say \\\"hi\\\"\" trailing\\";
// The second entry's arguments, as JSON.
constexpr const char* kExpectedArguments =
    "[\"--resume\", \"C:\\\\Users\\\\Zo\\u00EB\\\\\\u65E5\\u8A18 1.json\", \"a\\\\\\\"b\", \"\"]";

QString resumeExe()
{
    return helperExe(QStringLiteral("offramp-wine-resume"));
}

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).remove(QLatin1Char('\r')).trimmed();
}

std::string fileText(const std::filesystem::path& file)
{
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream contents;
    contents << stream.rdbuf();
    return contents.str();
}

// The test uninstaller's marker (written in text mode, so with CRLF), its lines joined by "\n".
QString markerLines(const std::filesystem::path& file)
{
    return text(QByteArray::fromStdString(fileText(file)));
}

// The journal as the file holds it now; null while there is none, or while it cannot be parsed.
Json journalNow(const std::filesystem::path& file)
{
    if (!std::filesystem::exists(file)) {
        return nullptr;
    }
    return Json::parse(fileText(file), nullptr, false);
}

} // namespace

class TestWineResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        OFFRAMP_WINE_STEP({
            requireProgram(QStringLiteral("wine"));
            for (const QString& exe : {resumeExe(), cliExe(), helperExe(QStringLiteral("offramp-test-uninstaller"))}) {
                QVERIFY2(QFileInfo::exists(exe),
                         qPrintable(exe + QStringLiteral(" is not built: test_wine_build builds it")));
            }
            m_prefix = std::make_unique<Prefix>();
        });
    }

    void cleanupTestCase() { m_prefix.reset(); }

    void schedulesOneRunOnceCommandLine()
    {
        OFFRAMP_WINE_STEP({
            const auto scheduled = m_prefix->wine({resumeExe(), QStringLiteral("schedule"),
                                                   QString::fromLatin1(kProgram), QStringLiteral("--resume"),
                                                   QStringLiteral("C:\\ProgramData\\Offramp\\removal journal.json"),
                                                   QStringLiteral("say \"hi\""), QStringLiteral("trailing\\")});
            QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
            QCOMPARE(text(scheduled.out), QString::fromLatin1(kWhere));
            // Wine's reg.exe, not Offramp, reads the value back.
            const auto queried =
                m_prefix->wine({QStringLiteral("reg"), QStringLiteral("query"), QString::fromLatin1(kRunOnce),
                                QStringLiteral("/v"), QStringLiteral("OfframpResume")});
            QVERIFY2(queried.exitCode == 0, queried.err.constData());
            const QString expected = QString::fromLatin1(kExpectedCommandLine);
            QVERIFY2(text(queried.out).contains(QStringLiteral("OfframpResume    REG_SZ    ") + expected),
                     qPrintable(text(queried.out)));
        });
    }

    void readsTheEntryBackArgumentForArgument()
    {
        OFFRAMP_WINE_STEP({
            // Replacing the entry, with text outside ASCII that the UTF-16 registry holds as it is.
            const auto scheduled = m_prefix->wine(
                {resumeExe(), QStringLiteral("schedule"), QString::fromLatin1(kProgram), QStringLiteral("--resume"),
                 QString::fromUtf8("C:\\Users\\Zoë\\日記 1.json"), QStringLiteral("a\\\"b"), QString()});
            QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
            const auto shown = m_prefix->wine({resumeExe(), QStringLiteral("show")});
            QVERIFY2(shown.exitCode == 0, (shown.out + shown.err).constData());
            const Json entry = Json::parse(shown.out.toStdString());
            QCOMPARE(entry.at("program").get<std::string>(), std::string(kProgram));
            QVERIFY2(entry.at("arguments") == Json::parse(kExpectedArguments), shown.out.constData());
        });
    }

    void cancelDeletesTheValueOnce()
    {
        OFFRAMP_WINE_STEP({
            QCOMPARE(text(m_prefix->wine({resumeExe(), QStringLiteral("cancel")}).out), QStringLiteral("true"));
            const auto queried =
                m_prefix->wine({QStringLiteral("reg"), QStringLiteral("query"), QString::fromLatin1(kRunOnce),
                                QStringLiteral("/v"), QStringLiteral("OfframpResume")});
            QVERIFY2(queried.exitCode != 0, queried.out.constData());
            QCOMPARE(text(m_prefix->wine({resumeExe(), QStringLiteral("cancel")}).out), QStringLiteral("false"));
            QCOMPARE(text(m_prefix->wine({resumeExe(), QStringLiteral("show")}).out), QStringLiteral("null"));
        });
    }

    void refusesWhatRunOnceCannotRun()
    {
        OFFRAMP_WINE_STEP({
            const auto relative =
                m_prefix->wine({resumeExe(), QStringLiteral("schedule"), QStringLiteral("offramp.exe")});
            QVERIFY2(relative.exitCode == 1, (relative.out + relative.err).constData());
            QVERIFY2(relative.err.contains("is not an absolute path"), relative.err.constData());
            const auto tooLong = m_prefix->wine({resumeExe(), QStringLiteral("schedule"), QString::fromLatin1(kProgram),
                                                 QString(300, QLatin1Char('x'))});
            QVERIFY2(tooLong.exitCode == 1, (tooLong.out + tooLong.err).constData());
            QVERIFY2(tooLong.err.contains("RunOnce holds at most 260"), tooLong.err.constData());
            QCOMPARE(text(m_prefix->wine({resumeExe(), QStringLiteral("show")}).out), QStringLiteral("null"));
        });
    }

    // ShellExecuteExW "runas" with the arguments as one quoted parameter string; the exit code comes back.
    void runElevatedStartsTheProgramAndReturnsItsExitCode()
    {
        OFFRAMP_WINE_STEP({
            const QString folder = QStringLiteral("C:\\Program Files\\Offramp Test");
            const auto target = m_prefix->hostPath(folder);
            std::filesystem::create_directories(target);
            std::filesystem::copy_file(helperExe(QStringLiteral("offramp-test-uninstaller")).toStdString(),
                                       target / "offramp-test-uninstaller.exe");
            const QString marker = QStringLiteral("C:\\elevated marker.txt");
            const auto ran = m_prefix->wine(
                {resumeExe(), QStringLiteral("elevate"), folder + QStringLiteral("\\offramp-test-uninstaller.exe"),
                 QStringLiteral("--marker"), marker, QStringLiteral("--exit"), QStringLiteral("3010")});
            QVERIFY2(ran.exitCode == 0, ran.err.constData());
            const Json result = Json::parse(ran.out.toStdString());
            QVERIFY2(result.at("failure").get<std::string>().empty(), ran.out.constData());
            QCOMPARE(result.at("started").get<bool>(), true);
            QCOMPARE(result.at("cancelled").get<bool>(), false);
            QCOMPARE(result.at("exit_code").get<int>(), 3010);
            QVERIFY(std::filesystem::exists(m_prefix->hostPath(marker)));

            const auto missing = m_prefix->wine(
                {resumeExe(), QStringLiteral("elevate"), QStringLiteral("C:\\nowhere\\offramp-cli.exe")});
            const Json failed = Json::parse(missing.out.toStdString());
            QCOMPARE(failed.at("started").get<bool>(), false);
            QVERIFY2(!failed.at("failure").get<std::string>().empty(), missing.out.constData());
        });
    }

    // offramp-cli.exe remove is killed (SIGKILL to its process) while the uninstaller it started runs; the
    // uninstaller goes on. resume, started at once, finds that very process through the journal (its id and
    // creation time), says so, waits for it, then checks: the entry is gone, the step is done, and the
    // uninstaller ran once and was never stopped.
    void resumeWaitsForTheUninstallerThatOutlivedIt()
    {
        OFFRAMP_WINE_STEP({
            const QString folder = QStringLiteral("C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Anti-Virus 21.3");
            std::filesystem::create_directories(m_prefix->hostPath(folder));
            std::filesystem::copy_file(helperExe(QStringLiteral("offramp-test-uninstaller")).toStdString(),
                                       m_prefix->hostPath(folder) / "offramp-test-uninstaller.exe",
                                       std::filesystem::copy_options::overwrite_existing);
            m_prefix->importRegistry(QStringLiteral(OFFRAMP_WINE_DATA_DIR "/removal-outlives.reg"));
            const QString journalPath = QStringLiteral("C:\\offramp-resume\\journal.json");
            const auto journalFile = m_prefix->hostPath(journalPath);
            const auto marker = m_prefix->hostPath(QStringLiteral("C:\\marker-outlives.txt"));
            const QStringList common{QStringLiteral("--journal"), journalPath, QStringLiteral("--allow-uninstaller"),
                                     QStringLiteral("offramp-test-uninstaller.exe")};

            QProcess removal;
            removal.setProcessEnvironment(wineEnvironment(m_prefix->path()));
            removal.start(requireProgram(QStringLiteral("wine")),
                          QStringList{cliExe(), QStringLiteral("remove"), QStringLiteral("--yes")} + common);
            QVERIFY(removal.waitForStarted(30000));
            // The journal names the uninstaller's process as soon as it runs.
            QElapsedTimer timer;
            timer.start();
            Json running;
            while (timer.elapsed() < 120000 && removal.state() == QProcess::Running) {
                running = journalNow(journalFile);
                // And the uninstaller has begun its work.
                if (running.is_object() && running.at("steps").size() == 1 &&
                    running.at("steps").at(0).at("process").is_object() &&
                    markerLines(marker) == QStringLiteral("ran")) {
                    break;
                }
                QTest::qWait(100);
            }
            QVERIFY2(running.is_object() && running.at("steps").at(0).at("process").is_object(),
                     (removal.readAllStandardOutput() + removal.readAllStandardError()).constData());
            const Json process = running.at("steps").at(0).at("process");
            QCOMPARE(process.at("program").get<std::string>(), std::string("offramp-test-uninstaller.exe"));
            QVERIFY(process.at("pid").get<long long>() > 0);
            QVERIFY(process.at("start_time").get<long long>() > 0);
            removal.kill();
            QVERIFY(removal.waitForFinished(30000));
            QCOMPARE(removal.exitStatus(), QProcess::CrashExit);
            QCOMPARE(journalNow(journalFile).at("status").get<std::string>(), std::string("running"));
            // It is still at work: it has started, and not finished.
            QCOMPARE(markerLines(marker), QStringLiteral("ran"));

            const auto resumed = m_prefix->wine(QStringList{cliExe(), QStringLiteral("resume")} + common);
            const QString out = text(resumed.out);
            QVERIFY2(resumed.exitCode == 0, qPrintable(out + text(resumed.err)));
            const QString said = QStringLiteral("The uninstaller that Offramp started before, "
                                                "offramp-test-uninstaller.exe (process %1), is still running: waiting "
                                                "for it to finish (at most 30 minutes) before checking the uninstaller "
                                                "of Kaspersky Endpoint Agent again.")
                                     .arg(process.at("pid").get<long long>());
            QVERIFY2(out.contains(said), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("The uninstaller that Offramp started before has finished after ")),
                     qPrintable(out));
            // Ran once, and was let finish.
            QCOMPARE(markerLines(marker), QStringLiteral("ran\nfinished"));
            const Json journal = journalNow(journalFile);
            QCOMPARE(journal.at("status").get<std::string>(), std::string("done"));
            const Json& step = journal.at("steps").at(0);
            QCOMPARE(step.at("state").get<std::string>(), std::string("done"));
            QCOMPARE(step.at("attempts").get<int>(), 1);
            QVERIFY(step.at("process").is_null());
            QVERIFY(step.at("waiting").is_null());
        });
    }

private:
    std::unique_ptr<Prefix> m_prefix;
};

QTEST_GUILESS_MAIN(TestWineResume)
#include "tst_wine_resume.moc"
