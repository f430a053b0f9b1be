// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the Wine tests: cross-builds offramp.exe and offramp-cli.exe with scripts/build-windows.sh
// (the windows preset, against the cached Qt for MinGW), checks what it promises (each one static file that
// needs only DLLs Windows has: offramp-cli.exe under 4 MiB, offramp.exe under 25 MiB; installed under bin/)
// and makes the fresh Wine prefix the other Wine tests copy.
#include "WineSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace offramp::test::wine;

namespace {

constexpr qint64 kCliSizeLimit = 4 * 1024 * 1024;
constexpr qint64 kWizardSizeLimit = 25 * 1024 * 1024;
constexpr int kBuildTimeoutMs = 20 * 60 * 1000;

// The DLLs an executable imports, by name, lower case.
QStringList importedDlls(const QString& exe)
{
    const auto imports = run(requireProgram(QStringLiteral("x86_64-w64-mingw32-objdump")), {QStringLiteral("-p"), exe},
                             QProcessEnvironment::systemEnvironment(), 60000);
    if (imports.exitCode != 0) {
        throw std::runtime_error("objdump -p " + exe.toStdString() + " failed");
    }
    QStringList dlls;
    for (const auto& line : imports.out.split('\n')) {
        const QString text = QString::fromLatin1(line).trimmed();
        if (text.startsWith(QStringLiteral("DLL Name: "))) {
            dlls << text.mid(10).toLower();
        }
    }
    return dlls;
}

// One file with nothing beside it: every DLL it imports is one that Windows itself has (Wine's system32 holds
// its own build of each), so no Qt, libstdc++, libgcc or winpthread DLL has to travel with it.
void checkNeedsOnlyWindowsDlls(const QString& exe, const QString& system32)
{
    const QStringList dlls = importedDlls(exe);
    QVERIFY2(dlls.contains(QStringLiteral("kernel32.dll")), qPrintable(dlls.join(QLatin1Char(' '))));
    for (const auto& dll : dlls) {
        QVERIFY2(!dll.startsWith(QStringLiteral("qt6")) && !dll.startsWith(QStringLiteral("libstdc++")) &&
                     !dll.startsWith(QStringLiteral("libgcc")) && !dll.startsWith(QStringLiteral("libwinpthread")),
                 qPrintable(exe + QStringLiteral(": ") + dll));
        QVERIFY2(dll.startsWith(QStringLiteral("api-ms-win-")) || QFileInfo::exists(system32 + QLatin1Char('/') + dll),
                 qPrintable(exe + QStringLiteral(" imports ") + dll + QStringLiteral(", which Windows does not have")));
    }
}

void checkSize(const QString& exe, qint64 limit)
{
    const qint64 size = QFileInfo(exe).size();
    qInfo("%s: %lld bytes (%.2f MiB of the %.0f MiB budget)", qPrintable(QFileInfo(exe).fileName()), size,
          double(size) / (1024.0 * 1024.0), double(limit) / (1024.0 * 1024.0));
    QVERIFY2(size > 0 && size < limit, qPrintable(QString::number(size)));
}

QString cmake()
{
    return requireProgram(QStringLiteral("cmake"));
}

} // namespace

class TestWineBuild : public QObject
{
    Q_OBJECT

private slots:
    void toolsAreInstalled()
    {
        OFFRAMP_WINE_STEP({
            for (const char* tool : {"wine", "wineserver", "x86_64-w64-mingw32-g++-posix", "x86_64-w64-mingw32-objdump",
                                     "cmake", "ninja"}) {
                requireProgram(QString::fromLatin1(tool));
            }
        });
    }

    void crossBuildsWithTheScript()
    {
        OFFRAMP_WINE_STEP({
            const QString source = QStringLiteral(OFFRAMP_SOURCE_DIR);
            // Qt for MinGW comes from the machine's cache (scripts/test.sh builds it before the tests run).
            const auto built =
                run(requireProgram(QStringLiteral("bash")), {source + QStringLiteral("/scripts/build-windows.sh")},
                    QProcessEnvironment::systemEnvironment(), kBuildTimeoutMs, source);
            QVERIFY2(built.exitCode == 0, (built.out + built.err).right(6000).constData());
            for (const QString& file : {cliExe(), wizardExe(), helperExe(QStringLiteral("offramp-test-uninstaller")),
                                        helperExe(QStringLiteral("offramp-wine-acl")),
                                        windowsBuildDir() + QStringLiteral("/test_wizard_windows.exe")}) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            }
        });
    }

    void eachIsOneSmallStaticExecutable()
    {
        OFFRAMP_WINE_STEP({
            checkSize(cliExe(), kCliSizeLimit);
            checkSize(wizardExe(), kWizardSizeLimit);
        });
    }

    void theWizardCarriesTheIconItsWindowsShow()
    {
        OFFRAMP_WINE_STEP({
            // Qt's Windows platform gives its windows (title bar, taskbar) the icon group named IDI_ICON1.
            const auto resources =
                run(requireProgram(QStringLiteral("x86_64-w64-mingw32-objdump")), {QStringLiteral("-p"), wizardExe()},
                    QProcessEnvironment::systemEnvironment(), 60000);
            QVERIFY(resources.exitCode == 0);
            QVERIFY2(resources.out.contains("]: IDI_ICON1, Value:"),
                     "offramp.exe has no icon group named IDI_ICON1: its windows would show Windows' default icon");
        });
    }

    void installsUnderBin()
    {
        OFFRAMP_WINE_STEP({
            QTemporaryDir prefix;
            QVERIFY(prefix.isValid());
            const auto installed = run(
                cmake(), {QStringLiteral("--install"), windowsBuildDir(), QStringLiteral("--prefix"), prefix.path()},
                QProcessEnvironment::systemEnvironment(), 120000);
            QVERIFY2(installed.exitCode == 0, (installed.out + installed.err).constData());
            // The test programs stay out of an installation.
            QCOMPARE(QDir(prefix.path() + QStringLiteral("/bin")).entryList(QDir::Files),
                     (QStringList{QStringLiteral("offramp-cli.exe"), QStringLiteral("offramp.exe")}));
        });
    }

    void makesAFreshWinePrefix()
    {
        OFFRAMP_WINE_STEP({
            const QString base = basePrefix();
            QDir(workDir()).mkpath(QStringLiteral("."));
            // A wineserver left over from an earlier run would keep the old registry in memory.
            run(requireProgram(QStringLiteral("wineserver")), {QStringLiteral("-k")}, wineEnvironment(base), 30000);
            // remove_all never follows the prefix's links to "/" and $HOME.
            std::filesystem::remove_all(base.toStdString());
            const auto booted =
                run(requireProgram(QStringLiteral("wine")), {QStringLiteral("wineboot"), QStringLiteral("--init")},
                    wineEnvironment(base), 300000, workDir());
            QVERIFY2(booted.exitCode == 0, booted.err.constData());
            run(requireProgram(QStringLiteral("wineserver")), {QStringLiteral("-w")}, wineEnvironment(base), 120000);
            QVERIFY(QFileInfo::exists(base + QStringLiteral("/system.reg")));
            QVERIFY(QFileInfo::exists(base + QStringLiteral("/drive_c/windows/system32/msiexec.exe")));
            // Debian's Wine poses as Windows 7 unless told otherwise; Offramp's users run Windows 10 or 11.
            const auto version = run(requireProgram(QStringLiteral("wine")),
                                     {QStringLiteral("winecfg"), QStringLiteral("-v"), QStringLiteral("win10")},
                                     wineEnvironment(base), 120000, workDir());
            QVERIFY2(version.exitCode == 0, version.err.constData());
            run(requireProgram(QStringLiteral("wineserver")), {QStringLiteral("-w")}, wineEnvironment(base), 120000);
            // Wine finds its own Tahoma (Debian's fonts-wine) only in the prefix's Fonts folder; without it the
            // Windows UI font resolves to the first font there is, a serif one, and pages look unlike Windows.
            for (const QString& font : {QStringLiteral("tahoma.ttf"), QStringLiteral("tahomabd.ttf")}) {
                const QString to = base + QStringLiteral("/drive_c/windows/Fonts/") + font;
                QVERIFY2(QFile::copy(QStringLiteral("/usr/share/wine/fonts/") + font, to), qPrintable(to));
            }
        });
    }

    void needOnlyDllsWindowsHas()
    {
        OFFRAMP_WINE_STEP({
            const QString system32 = basePrefix() + QStringLiteral("/drive_c/windows/system32");
            checkNeedsOnlyWindowsDlls(cliExe(), system32);
            checkNeedsOnlyWindowsDlls(wizardExe(), system32);
        });
    }

    void runsUnderWine()
    {
        OFFRAMP_WINE_STEP({
            Prefix prefix;
            const auto version = prefix.wine({cliExe(), QStringLiteral("--version")});
            QVERIFY2(version.exitCode == 0, (version.out + version.err).constData());
            QCOMPARE(version.out.trimmed(), QByteArray("offramp-cli " OFFRAMP_VERSION));
            // The wizard's own file runs the same commands, without a window, for its elevated removal.
            const auto cli = prefix.wine({wizardExe(), QStringLiteral("--cli"), QStringLiteral("--version")});
            QVERIFY2(cli.exitCode == 0, (cli.out + cli.err).constData());
            QCOMPARE(cli.out.trimmed(), QByteArray("offramp-cli " OFFRAMP_VERSION));
        });
    }
};

QTEST_GUILESS_MAIN(TestWineBuild)
#include "tst_wine_build.moc"
