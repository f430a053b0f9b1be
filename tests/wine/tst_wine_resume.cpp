// SPDX-License-Identifier: GPL-3.0-or-later
// Resume at login and elevation on Windows, under Wine (through offramp-wine-resume.exe): the RunOnce value
// is written as one command line that Wine's own reg.exe shows, read back argument for argument, and
// deleted; runElevated starts a program through ShellExecuteExW "runas" and gets its exit code.
#include "WineSupport.h"

#include <QFileInfo>
#include <QTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>

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

} // namespace

class TestWineResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        OFFRAMP_WINE_STEP({
            requireProgram(QStringLiteral("wine"));
            for (const QString& exe : {resumeExe(), helperExe(QStringLiteral("offramp-test-uninstaller"))}) {
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
            QCOMPARE(shown.exitCode, 0);
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
            QCOMPARE(relative.exitCode, 1);
            QVERIFY2(relative.err.contains("is not an absolute path"), relative.err.constData());
            const auto tooLong = m_prefix->wine({resumeExe(), QStringLiteral("schedule"), QString::fromLatin1(kProgram),
                                                 QString(300, QLatin1Char('x'))});
            QCOMPARE(tooLong.exitCode, 1);
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

private:
    std::unique_ptr<Prefix> m_prefix;
};

QTEST_GUILESS_MAIN(TestWineResume)
#include "tst_wine_resume.moc"
