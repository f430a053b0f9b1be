// SPDX-License-Identifier: GPL-3.0-or-later
// runElevated on Windows when the program does not start with administrator rights. Wine grants "runas"
// without a prompt (its runas verb is a registry command), so the person's No at the UAC prompt cannot be
// given here; what Windows answers then, ERROR_CANCELLED, is checked through the function that reads it.
// Run under Wine by the Linux build's test_wine_platform_elevation.
#include "TestMain.h"
#include "platform/Elevation.h"
#include "platform/windows/ElevationRefusal.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using offramp::platform::ElevatedResult;

class TestElevationWindows : public QObject
{
    Q_OBJECT

private slots:
    void aDeclinedPromptIsACancelNotAFailure()
    {
        const ElevatedResult result = offramp::platform::windows::notElevated(ERROR_CANCELLED, "C:\\offramp.exe");
        QVERIFY(result.cancelled);
        QVERIFY(!result.started);
        QCOMPARE(result.exitCode, -1);
        QVERIFY2(result.failure.find("dismissed") != std::string::npos, result.failure.c_str());
    }

    void anotherErrorIsAFailureThatNamesTheProgram()
    {
        const ElevatedResult result =
            offramp::platform::windows::notElevated(ERROR_FILE_NOT_FOUND, "C:\\Offramp\\offramp.exe");
        QVERIFY(!result.cancelled);
        QVERIFY(!result.started);
        QVERIFY2(result.failure.find("cannot start C:\\Offramp\\offramp.exe with administrator rights: ") == 0,
                 result.failure.c_str());
    }

    // Through ShellExecuteEx itself: a program that is not there is a failure to start, not a cancel.
    void aMissingProgramIsNotStarted()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string missing = QDir::toNativeSeparators(dir.path()).toStdString() + "\\no-such-program.exe";
        const ElevatedResult result = offramp::platform::runElevated({missing, {"--version"}, ""});
        QVERIFY(!result.started);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.failure.find("cannot start " + missing) == 0, result.failure.c_str());
    }

    void aRelativeProgramIsRefusedBeforeAnythingRuns()
    {
        const ElevatedResult result = offramp::platform::runElevated({"offramp-cli.exe", {"--version"}, ""});
        QVERIFY(!result.started);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.failure.find("its absolute path is needed") != std::string::npos, result.failure.c_str());
    }
};

OFFRAMP_TEST_GUILESS_MAIN(TestElevationWindows)
#include "tst_elevation_windows.moc"
