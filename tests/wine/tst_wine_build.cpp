// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the Wine tests: cross-builds offramp-cli.exe with the windows-cli preset, checks what the
// preset promises (one static executable under 4 MiB, installed as bin/offramp-cli.exe) and makes the
// fresh Wine prefix the other Wine tests copy.
#include "WineSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace offramp::test::wine;

namespace {

constexpr qint64 kSizeLimit = 4 * 1024 * 1024;
constexpr int kBuildTimeoutMs = 20 * 60 * 1000;

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

    void crossBuildsWithThePreset()
    {
        OFFRAMP_WINE_STEP({
            const auto environment = QProcessEnvironment::systemEnvironment();
            const QString source = QStringLiteral(OFFRAMP_SOURCE_DIR);
            const auto configured =
                run(cmake(), {QStringLiteral("--preset"), QStringLiteral("windows-cli")}, environment, 300000, source);
            QVERIFY2(configured.exitCode == 0, (configured.out + configured.err).right(4000).constData());
            const auto built =
                run(cmake(), {QStringLiteral("--build"), QStringLiteral("--preset"), QStringLiteral("windows-cli")},
                    environment, kBuildTimeoutMs, source);
            QVERIFY2(built.exitCode == 0, (built.out + built.err).right(6000).constData());
            for (const QString& file : {cliExe(), helperExe(QStringLiteral("offramp-test-uninstaller")),
                                        helperExe(QStringLiteral("offramp-wine-acl"))}) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            }
        });
    }

    void isOneSmallStaticExecutable()
    {
        OFFRAMP_WINE_STEP({
            const qint64 size = QFileInfo(cliExe()).size();
            qInfo("offramp-cli.exe: %lld bytes (%.2f MiB of the 4 MiB budget)", size, double(size) / (1024.0 * 1024.0));
            QVERIFY2(size > 0 && size < kSizeLimit, qPrintable(QString::number(size)));
            // Only DLLs every Windows has: no libstdc++, libgcc or winpthread to ship next to it.
            const auto imports = run(requireProgram(QStringLiteral("x86_64-w64-mingw32-objdump")),
                                     {QStringLiteral("-p"), cliExe()}, QProcessEnvironment::systemEnvironment(), 60000);
            QCOMPARE(imports.exitCode, 0);
            QStringList dlls;
            for (const auto& line : imports.out.split('\n')) {
                const QString text = QString::fromLatin1(line).trimmed();
                if (text.startsWith(QStringLiteral("DLL Name: "))) {
                    dlls << text.mid(10).toLower();
                }
            }
            QVERIFY(dlls.contains(QStringLiteral("kernel32.dll")));
            for (const auto& dll : dlls) {
                QVERIFY2(!dll.startsWith(QStringLiteral("libstdc++")) && !dll.startsWith(QStringLiteral("libgcc")) &&
                             !dll.startsWith(QStringLiteral("libwinpthread")),
                         qPrintable(dll));
            }
        });
    }

    void installsAsBinOfframpCliExe()
    {
        OFFRAMP_WINE_STEP({
            QTemporaryDir prefix;
            QVERIFY(prefix.isValid());
            const auto installed = run(
                cmake(), {QStringLiteral("--install"), windowsBuildDir(), QStringLiteral("--prefix"), prefix.path()},
                QProcessEnvironment::systemEnvironment(), 120000);
            QVERIFY2(installed.exitCode == 0, (installed.out + installed.err).constData());
            QVERIFY(QFileInfo::exists(prefix.path() + QStringLiteral("/bin/offramp-cli.exe")));
            // The test programs stay out of an installation.
            QCOMPARE(QDir(prefix.path() + QStringLiteral("/bin")).entryList(QDir::Files),
                     QStringList{QStringLiteral("offramp-cli.exe")});
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
        });
    }

    void runsUnderWine()
    {
        OFFRAMP_WINE_STEP({
            Prefix prefix;
            const auto version = prefix.wine({cliExe(), QStringLiteral("--version")});
            QCOMPARE(version.exitCode, 0);
            QCOMPARE(version.out.trimmed(), QByteArray("offramp-cli " OFFRAMP_VERSION));
        });
    }
};

QTEST_GUILESS_MAIN(TestWineBuild)
#include "tst_wine_build.moc"
