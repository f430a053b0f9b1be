// SPDX-License-Identifier: GPL-3.0-or-later
// Running offramp-cli with administrator rights: on Linux through pkexec, here a stand-in placed first in
// PATH that records the argument vector it was given and exits as told (126 = the person dismissed the
// prompt, 127 = not authorized). The stand-in is a shell script the test writes; Offramp itself runs it
// from an argument vector, so that shell-looking arguments reach it untouched.
#include "TestSupport.h"
#include "platform/Elevation.h"
#include "platform/macos/ElevationAdvice.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

using namespace offramp;
using namespace offramp::platform;
namespace fs = std::filesystem;

namespace {

constexpr const char* kCli = "/usr/bin/offramp-cli";

// Records its arguments (each ended by a NUL byte), says what OFFRAMP_FAKE_PKEXEC_SAY holds on standard
// error, and exits with OFFRAMP_FAKE_PKEXEC_EXIT, or kills itself when that is "signal".
constexpr const char* kFakePkexec = R"(#!/bin/sh
printf '%s\000' "$@" > "$OFFRAMP_FAKE_PKEXEC_RECORD"
if [ -n "$OFFRAMP_FAKE_PKEXEC_SAY" ]; then echo "$OFFRAMP_FAKE_PKEXEC_SAY" >&2; fi
if [ "$OFFRAMP_FAKE_PKEXEC_EXIT" = signal ]; then kill -9 $$; fi
exit "${OFFRAMP_FAKE_PKEXEC_EXIT:-0}"
)";

std::vector<std::string> splitAtNul(const std::string& text)
{
    std::vector<std::string> words;
    std::size_t start = 0;
    for (std::size_t end = text.find('\0'); end != std::string::npos; end = text.find('\0', start)) {
        words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

} // namespace

class TestElevation : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_bin.isValid() && m_empty.isValid());
        m_savedPath = qgetenv("PATH");
        m_record = fs::path(m_bin.path().toStdString()) / "argv.record";
        fs::remove(m_record);
        const fs::path fake = fs::path(m_bin.path().toStdString()) / "pkexec";
        test::writeFile(fake, kFakePkexec);
        fs::permissions(fake, fs::perms::owner_all);
        qputenv("PATH", m_bin.path().toUtf8() + ':' + m_savedPath);
        qputenv("OFFRAMP_FAKE_PKEXEC_RECORD", QByteArray::fromStdString(m_record.string()));
        qunsetenv("OFFRAMP_FAKE_PKEXEC_SAY");
        qunsetenv("OFFRAMP_FAKE_PKEXEC_EXIT");
    }

    void cleanup() { qputenv("PATH", m_savedPath); }

    void pkexecGetsTheProgramAndEachArgumentUntouched()
    {
        const std::vector<std::string> arguments{"remove",
                                                 "--journal",
                                                 "/var/lib/offramp/removal journal.json",
                                                 "$(touch /tmp/offramp-elevation-pwned)",
                                                 "a;b|c&d",
                                                 "say \"hi\"",
                                                 "it's",
                                                 "",
                                                 "line\nbreak",
                                                 "zoë"};
        const ElevatedResult result = runElevated({kCli, arguments, {}});
        QVERIFY2(result.failure.empty(), result.failure.c_str());
        QVERIFY(result.started);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.exitCode, 0);
        std::vector<std::string> expected{kCli};
        expected.insert(expected.end(), arguments.begin(), arguments.end());
        QCOMPARE(splitAtNul(test::readFile(m_record)), expected);
        QVERIFY(!fs::exists("/tmp/offramp-elevation-pwned"));
    }

    void theProgramsExitCodeComesBack()
    {
        qputenv("OFFRAMP_FAKE_PKEXEC_EXIT", "3");
        const ElevatedResult result = runElevated({kCli, {"remove"}, {}});
        QVERIFY(result.started);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.failure.empty());
    }

    void dismissingThePromptIsACancel()
    {
        qputenv("OFFRAMP_FAKE_PKEXEC_EXIT", "126");
        const ElevatedResult result = runElevated({kCli, {"remove"}, {}});
        QVERIFY(result.cancelled);
        QVERIFY(!result.started);
        QCOMPARE(result.exitCode, -1);
        QVERIFY2(QByteArray::fromStdString(result.failure).contains("dismissed"), result.failure.c_str());
    }

    void notAuthorizedSaysWhatPkexecSaid()
    {
        qputenv("OFFRAMP_FAKE_PKEXEC_EXIT", "127");
        qputenv("OFFRAMP_FAKE_PKEXEC_SAY", "Error executing command as another user: Not authorized");
        const ElevatedResult result = runElevated({kCli, {"remove"}, {}});
        QVERIFY(!result.started);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.exitCode, -1);
        const QByteArray failure = QByteArray::fromStdString(result.failure);
        QVERIFY2(failure.contains("did not grant administrator rights") && failure.contains("Not authorized") &&
                     failure.contains("sudo") && !failure.contains('\n'),
                 result.failure.c_str());
    }

    void aKilledProgramHasNoExitCode()
    {
        qputenv("OFFRAMP_FAKE_PKEXEC_EXIT", "signal");
        const ElevatedResult result = runElevated({kCli, {"remove"}, {}});
        QVERIFY(result.started);
        QCOMPARE(result.exitCode, -1);
        QVERIFY2(QByteArray::fromStdString(result.failure).contains("killed"), result.failure.c_str());
    }

    void withoutPkexecTheFailureSaysWhatToInstall()
    {
        qputenv("PATH", m_empty.path().toUtf8());
        const ElevatedResult result = runElevated({kCli, {"remove"}, {}});
        QVERIFY(!result.started);
        QVERIFY(!result.cancelled);
        QCOMPARE(QString::fromStdString(result.failure),
                 QStringLiteral("pkexec is not installed; install the policykit-1 package (pkexec on newer systems) "
                                "or run offramp-cli remove with sudo"));
    }

    // pkexec would search root's PATH for a bare name, and polkit matches its policy by the full path.
    void aRelativeProgramIsRefusedBeforePkexecRuns()
    {
        const ElevatedResult result = runElevated({"offramp-cli", {"remove"}, {}});
        QVERIFY(!result.started);
        QVERIFY2(QByteArray::fromStdString(result.failure).contains("absolute path"), result.failure.c_str());
        QVERIFY(!fs::exists(m_record));
    }

    void runningElevatedMeansRoot() { QCOMPARE(runningElevated(), ::geteuid() == 0); }

    // What runElevated says on macOS (chosen at run time there), checked here through the function it uses.
    void onMacOSTheFailureGivesTheTerminalCommand()
    {
        const std::string failure =
            macElevationFailure({"/Applications/Offramp.app/Contents/MacOS/offramp-cli",
                                 {"remove", "--journal", "/Users/zoë/My Journal.json", "it's", "", "$HOME"},
                                 {}});
        QCOMPARE(QString::fromStdString(failure),
                 QString::fromUtf8("Offramp cannot ask for administrator rights on macOS; open Terminal, run sudo "
                                   "/Applications/Offramp.app/Contents/MacOS/offramp-cli remove --journal "
                                   "'/Users/zoë/My Journal.json' 'it'\\''s' '' '$HOME' and type your password when "
                                   "asked"));
    }

private:
    QTemporaryDir m_bin;
    QTemporaryDir m_empty;
    QByteArray m_savedPath;
    fs::path m_record;
};

QTEST_GUILESS_MAIN(TestElevation)
#include "tst_elevation.moc"
