// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one of the Windows build's Qt Test programs (the wizard's GUI tests) under Wine, in a private copy of
// the base prefix that test_wine_build makes, on Qt's offscreen platform:
//   offramp-wine-gui-run [--guiless] PROGRAM.exe [ARGUMENTS...]
// (--guiless for a test without a window, whose Qt Test takes no -platform option).
// It prints what the program printed and exits with its exit code, so that ctest judges the Windows test
// itself. Nothing is skipped: a missing program or prefix is a failure.
#include "WineSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace offramp::test::wine;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool guiless = !arguments.isEmpty() && arguments.front() == QStringLiteral("--guiless");
    if (guiless) {
        arguments.removeFirst();
    }
    if (arguments.isEmpty()) {
        std::fputs("usage: offramp-wine-gui-run [--guiless] PROGRAM.exe [ARGUMENTS...]\n", stderr);
        return 2;
    }
    if (!QFileInfo::exists(arguments.front())) {
        std::fprintf(stderr, "offramp-wine-gui-run: %s is not built (test_wine_build builds it)\n",
                     qPrintable(arguments.front()));
        return 1;
    }
    try {
        const Prefix prefix;
        // Wine hands no QT_* variable to Windows programs, so the platform is chosen on the command line; Qt
        // Test's report goes to a file, since what it prints reaches no Unix pipe from there.
        const QString report = prefix.path() + QStringLiteral("/test-report.txt");
        if (!guiless) {
            arguments << QStringLiteral("-platform") << QStringLiteral("offscreen");
        }
        arguments << QStringLiteral("-v1") << QStringLiteral("-o") << throughDriveZ(report) + QStringLiteral(",txt");
        QProcessEnvironment environment;
        // Wine stores names in the Unix file system in the Unix locale's encoding: UTF-8, so that any name works.
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        // Qt Test's own limit per function, as on Linux: the removal test waits for real uninstallers.
        environment.insert(QStringLiteral("QTEST_FUNCTION_TIMEOUT"), QStringLiteral("540000"));
        const auto printReport = [&report] {
            QFile file(report);
            const QByteArray printed = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(no report)\n");
            std::fwrite(printed.constData(), 1, static_cast<size_t>(printed.size()), stdout);
        };
        RunResult ran;
        try {
            ran = prefix.wine(arguments, environment, 580000);
        } catch (const std::exception& error) {
            // Did not finish: what the test had reported so far (-v1 names the function it entered) and the
            // programs still running in its prefix say where it waited.
            printReport();
            std::fprintf(stderr, "offramp-wine-gui-run: %s\nstill running in its prefix:\n%s\n", error.what(),
                         qPrintable(prefix.runningPrograms().join(QLatin1Char('\n'))));
            return 1;
        }
        printReport();
        std::fwrite(ran.out.constData(), 1, static_cast<size_t>(ran.out.size()), stdout);
        std::fwrite(ran.err.constData(), 1, static_cast<size_t>(ran.err.size()), stderr);
        return ran.exitCode;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "offramp-wine-gui-run: %s\n", error.what());
        return 1;
    }
}
