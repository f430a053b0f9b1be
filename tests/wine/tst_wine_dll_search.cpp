// SPDX-License-Identifier: GPL-3.0-or-later
// A download run from the Downloads folder loads Windows DLLs from System32 only. A DLL that records being loaded
// (offramp-test-planted.dll) is planted beside offramp.exe under the name of every DLL it delay-loads; the wizard
// then runs through every page on a real (virtual) screen, with the Windows platform and style, and none of them
// is loaded. The same DLLs beside a Qt program built without that protection (the benchmark's bare wizard) are
// loaded, which shows that Wine's loader would take them.
//
// Left out: shcore.dll. Wine's shlwapi.dll forwards functions to shcore.dll and Wine resolves those forwards
// from the program's folder while loading; on Windows shlwapi.dll is a known DLL, whose forwards resolve in
// System32. So under Wine a planted shcore.dll is loaded before main() whatever the program does.
#include "WineSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace offramp::test::wine;

namespace {

const QString kMarker = QStringLiteral("C:\\planted-dll-loaded.txt");
const QString kDownloads = QStringLiteral("C:\\users\\Public\\Downloads\\offramp-download");

QStringList plantedNames()
{
    QStringList names = QStringLiteral(OFFRAMP_DELAY_LOADED_DLLS).split(QLatin1Char(','));
    names.removeAll(QStringLiteral("shcore"));
    return names;
}

// An X server of the test's own, so that the wizard uses the Windows platform and its style as on a desktop.
class VirtualScreen
{
public:
    VirtualScreen()
    {
        // -displayfd 1: the server picks a free display and writes its number to standard output.
        m_server.start(requireProgram(QStringLiteral("Xvfb")),
                       {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                        QStringLiteral("0"), QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
        if (!m_server.waitForStarted(10000) || !m_server.waitForReadyRead(30000)) {
            throw std::runtime_error("Xvfb did not start");
        }
        m_display = QLatin1Char(':') + QString::fromLatin1(m_server.readAllStandardOutput().trimmed());
    }
    ~VirtualScreen()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }
    VirtualScreen(const VirtualScreen&) = delete;
    VirtualScreen& operator=(const VirtualScreen&) = delete;
    VirtualScreen(VirtualScreen&&) = delete;
    VirtualScreen& operator=(VirtualScreen&&) = delete;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        return environment;
    }

private:
    QProcess m_server;
    QString m_display;
};

} // namespace

class TestWineDllSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        OFFRAMP_WINE_STEP({
            const std::filesystem::path folder = m_prefix.hostPath(kDownloads);
            std::filesystem::create_directories(folder);
            const std::filesystem::path planted =
                (windowsBuildDir() + QStringLiteral("/offramp-test-planted.dll")).toStdString();
            for (const QString& name : plantedNames()) {
                std::filesystem::copy_file(planted, folder / (name + QStringLiteral(".dll")).toStdString());
            }
        });
    }

    void theWizardLoadsNoDllPlantedBesideIt()
    {
        OFFRAMP_WINE_STEP({
            const std::filesystem::path folder = m_prefix.hostPath(kDownloads);
            std::filesystem::copy_file(wizardExe().toStdString(), folder / "offramp.exe");
            const VirtualScreen screen;
            const auto walked = m_prefix.wine({kDownloads + QStringLiteral("\\offramp.exe"), QStringLiteral("--demo"),
                                               QStringLiteral("home-windows"), QStringLiteral("--screenshots"),
                                               kDownloads + QStringLiteral("\\pages")},
                                              screen.environment(), 120000);
            QVERIFY2(walked.exitCode == 0, (walked.out + walked.err).constData());
            // It really ran: every page was drawn.
            QCOMPARE(QDir(QString::fromStdString((folder / "pages").string())).entryList(QDir::Files).size(), 8);
            QVERIFY2(!std::filesystem::exists(m_prefix.hostPath(kMarker)), markerText().constData());
        });
    }

    void aProgramWithoutTheProtectionWouldLoadThem()
    {
        OFFRAMP_WINE_STEP({
            const std::filesystem::path folder = m_prefix.hostPath(kDownloads);
            std::filesystem::copy_file(
                (windowsBuildDir() + QStringLiteral("/offramp-bench-bare-wizard.exe")).toStdString(),
                folder / "bare-wizard.exe");
            // Its imports are resolved as it starts, so the planted DLLs load then; on the offscreen platform it
            // calls none of their (missing) functions afterwards.
            m_prefix.wine({kDownloads + QStringLiteral("\\bare-wizard.exe"), QStringLiteral("-platform"),
                           QStringLiteral("offscreen")},
                          {}, 60000);
            const QByteArray loaded = markerText();
            QVERIFY2(loaded.contains("offramp-download"), loaded.constData());
        });
    }

private:
    QByteArray markerText() const
    {
        QFile file(QString::fromStdString(m_prefix.hostPath(kMarker).string()));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        // The planted DLL writes UTF-16; its paths are ASCII here.
        QByteArray text = file.readAll();
        text.replace('\0', "");
        return text;
    }

    Prefix m_prefix;
};

QTEST_GUILESS_MAIN(TestWineDllSearch)
#include "tst_wine_dll_search.moc"
