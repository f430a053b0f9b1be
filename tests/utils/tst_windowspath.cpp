// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/WindowsPath.h"

#include <QTest>

using namespace offramp::utils;

class TestWindowsPath : public QObject
{
    Q_OBJECT

private slots:
    void driveLetter_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("backslashOnly"); // the letter, or empty for none
        QTest::addColumn<QString>("eitherSeparator");
        QTest::newRow("drive root") << R"(C:\)"
                                    << "C"
                                    << "C";
        QTest::newRow("folder") << R"(C:\Program Files\Kaspersky Lab)"
                                << "C"
                                << "C";
        QTest::newRow("lower-case drive") << R"(c:\Windows)"
                                          << "C"
                                          << "C";
        QTest::newRow("other drive") << R"(D:\Data)"
                                     << "D"
                                     << "D";
        QTest::newRow("slash") << "C:/Program Files"
                               << ""
                               << "C";
        QTest::newRow("drive alone") << "C:"
                                     << ""
                                     << "";
        QTest::newRow("drive-relative") << "C:Windows"
                                        << ""
                                        << "";
        QTest::newRow("relative") << R"(Program Files\Kaspersky Lab)"
                                  << ""
                                  << "";
        QTest::newRow("dot") << R"(.\setup.exe)"
                             << ""
                             << "";
        QTest::newRow("root of the current drive") << R"(\Windows)"
                                                   << ""
                                                   << "";
        QTest::newRow("UNC") << R"(\\server\share\setup.exe)"
                             << ""
                             << "";
        QTest::newRow("device path") << R"(\\?\C:\Windows)"
                                     << ""
                                     << "";
        QTest::newRow("digit for a letter") << R"(1:\x)"
                                            << ""
                                            << "";
        QTest::newRow("two letters") << R"(CC:\x)"
                                     << ""
                                     << "";
        QTest::newRow("POSIX") << "/usr/bin"
                               << ""
                               << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void driveLetter()
    {
        QFETCH(QString, path);
        QFETCH(QString, backslashOnly);
        QFETCH(QString, eitherSeparator);
        const std::string text = path.toStdString();
        const auto shown = [](std::optional<char> letter) {
            return letter ? QString(QLatin1Char(*letter)) : QString();
        };
        QCOMPARE(shown(driveLetterOf(text, DriveSeparator::Backslash)), backslashOnly);
        QCOMPARE(shown(driveLetterOf(text, DriveSeparator::SlashOrBackslash)), eitherSeparator);
        QCOMPARE(startsAtDriveRoot(text, DriveSeparator::Backslash), !backslashOnly.isEmpty());
        QCOMPARE(startsAtDriveRoot(text, DriveSeparator::SlashOrBackslash), !eitherSeparator.isEmpty());
    }

    void uncPaths()
    {
        QVERIFY(isUncPath(R"(\\server\share\x)"));
        QVERIFY(isUncPath(R"(\\?\C:\Windows)"));
        QVERIFY(isUncPath(R"(\\.\pipe\x)"));
        QVERIFY(!isUncPath(R"(\server\share)"));
        QVERIFY(!isUncPath("//server/share")); // Windows would take it; the callers never needed it
        QVERIFY(!isUncPath(R"(C:\x)"));
        QVERIFY(!isUncPath(""));
    }

    // What Windows runs without searching the PATH: the elevated program and the resume entry must be one.
    void absolutePaths()
    {
        QVERIFY(isAbsoluteWindowsPath(R"(C:\Program Files\Offramp\offramp.exe)"));
        QVERIFY(isAbsoluteWindowsPath("C:/Program Files/Offramp/offramp.exe"));
        QVERIFY(isAbsoluteWindowsPath(R"(\\server\share\offramp.exe)"));
        QVERIFY(!isAbsoluteWindowsPath("offramp.exe"));
        QVERIFY(!isAbsoluteWindowsPath(R"(Offramp\offramp.exe)"));
        QVERIFY(!isAbsoluteWindowsPath("C:offramp.exe"));
        QVERIFY(!isAbsoluteWindowsPath(R"(\offramp.exe)"));
        QVERIFY(!isAbsoluteWindowsPath(""));
    }
};

QTEST_APPLESS_MAIN(TestWindowsPath)
#include "tst_windowspath.moc"
