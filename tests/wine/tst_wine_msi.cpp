// SPDX-License-Identifier: GPL-3.0-or-later
// What Windows users download, made by the windows build's `package` target (packaging/windows): offramp.exe,
// offramp-cli.exe, LICENSES.txt and the MSI, signed with a throwaway certificate made for this run and checked with
// osslsigncode; then the MSI under Wine, as an office installs it: silently, a newer one over it, an older one
// refused, and removed leaving nothing.
#include "WineSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>

using namespace offramp::test::wine;
using Json = nlohmann::json;

namespace {

const QString kUninstallKey = QStringLiteral("HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall");
const QString kInstallDir = QStringLiteral("C:\\Program Files\\Offramp");

QString distDir()
{
    return windowsBuildDir() + QStringLiteral("/dist");
}

QString releasedMsi()
{
    return distDir() + QStringLiteral("/offramp-" OFFRAMP_VERSION ".msi");
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + path.toStdString());
    }
    return file.readAll();
}

// packaging/windows/MakePackage.cmake, as the `package` target runs it, with another version and folder.
RunResult makePackage(const QString& version, const QString& outDir, const QProcessEnvironment& environment)
{
    const QString build = windowsBuildDir();
    return run(requireProgram(QStringLiteral("cmake")),
               {QStringLiteral("-DWIZARD=") + build + QStringLiteral("/offramp.exe"),
                QStringLiteral("-DCLI=") + build + QStringLiteral("/offramp-cli.exe"),
                QStringLiteral("-DLICENSES=") + build + QStringLiteral("/LICENSES.txt"),
                QStringLiteral("-DICON=" OFFRAMP_SOURCE_DIR "/packaging/windows/offramp.ico"),
                QStringLiteral("-DWXS=" OFFRAMP_SOURCE_DIR "/packaging/windows/offramp.wxs"),
                QStringLiteral("-DVERSION=") + version, QStringLiteral("-DOUT_DIR=") + outDir,
                QStringLiteral("-DWIXL=") + requireProgram(QStringLiteral("wixl")),
                QStringLiteral("-DOSSLSIGNCODE=") + requireProgram(QStringLiteral("osslsigncode")),
                QStringLiteral("-P"), QStringLiteral(OFFRAMP_SOURCE_DIR "/packaging/windows/MakePackage.cmake")},
               environment, 300000);
}

QProcessEnvironment withoutSigning()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OFFRAMP_SIGN_CERT"));
    environment.remove(QStringLiteral("OFFRAMP_SIGN_KEY"));
    return environment;
}

} // namespace

class TestWineMsi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        OFFRAMP_WINE_STEP({
            QVERIFY(m_keys.isValid());
            m_certificate = m_keys.filePath(QStringLiteral("certificate.pem"));
            const QString key = m_keys.filePath(QStringLiteral("key.pem"));
            const auto made = run(requireProgram(QStringLiteral("openssl")),
                                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                   QStringLiteral("rsa:3072"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                   QStringLiteral("-out"), m_certificate, QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=Offramp test signing"),
                                   QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=codeSigning")},
                                  QProcessEnvironment::systemEnvironment(), 120000);
            QVERIFY2(made.exitCode == 0, made.err.constData());
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("OFFRAMP_SIGN_CERT"), m_certificate);
            environment.insert(QStringLiteral("OFFRAMP_SIGN_KEY"), key);
            QDir(distDir()).removeRecursively();
            const auto packaged = run(
                requireProgram(QStringLiteral("cmake")),
                {QStringLiteral("--build"), windowsBuildDir(), QStringLiteral("--target"), QStringLiteral("package")},
                environment, 900000);
            QVERIFY2(packaged.exitCode == 0, (packaged.out + packaged.err).constData());
            QVERIFY2(packaged.out.contains("Signed with " + m_certificate.toUtf8()), packaged.out.constData());
        });
    }

    void everyDownloadIsSignedAndHashed()
    {
        OFFRAMP_WINE_STEP({
            for (const QString& name : {QStringLiteral("offramp.exe"), QStringLiteral("offramp-cli.exe"),
                                        QFileInfo(releasedMsi()).fileName()}) {
                const QString file = distDir() + QLatin1Char('/') + name;
                const auto verified = run(
                    requireProgram(QStringLiteral("osslsigncode")),
                    {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_certificate, QStringLiteral("-in"), file},
                    QProcessEnvironment::systemEnvironment(), 120000);
                QVERIFY2(verified.exitCode == 0 && verified.out.contains("Signature verification: ok"),
                         qPrintable(name + QLatin1Char('\n') + QString::fromUtf8(verified.out + verified.err)));
                const QByteArray hash = QCryptographicHash::hash(fileBytes(file), QCryptographicHash::Sha256).toHex();
                QCOMPARE(fileBytes(file + QStringLiteral(".sha256")), hash + "  " + name.toUtf8() + "\n");
            }
        });
    }

    void withoutACertificateEverythingIsMadeAndSaysItIsUnsigned()
    {
        OFFRAMP_WINE_STEP({
            QTemporaryDir out;
            const auto made = makePackage(QStringLiteral(OFFRAMP_VERSION), out.path(), withoutSigning());
            QVERIFY2(made.exitCode == 0, (made.out + made.err).constData());
            QVERIFY2(made.out.contains("Unsigned: Windows will warn"), made.out.constData());
            QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("offramp-" OFFRAMP_VERSION ".msi"))));
            const auto verified =
                run(requireProgram(QStringLiteral("osslsigncode")),
                    {QStringLiteral("verify"), QStringLiteral("-in"), out.filePath(QStringLiteral("offramp.exe"))},
                    QProcessEnvironment::systemEnvironment(), 120000);
            QVERIFY(verified.exitCode != 0);
        });
    }

    void theMsiInstallsSilentlyForTheWholeMachine()
    {
        OFFRAMP_WINE_STEP({
            const auto installed = msiexec({QStringLiteral("/i"), throughDriveZ(releasedMsi()), QStringLiteral("/qn")});
            QVERIFY2(installed.exitCode == 0, (installed.out + installed.err).constData());
            // Both programs, as they were signed, and the licences of what they contain, in Program Files.
            for (const char* name : {"offramp.exe", "offramp-cli.exe", "LICENSES.txt"}) {
                const auto placed = m_prefix.hostPath(kInstallDir + QLatin1Char('\\') + QLatin1String(name));
                QVERIFY2(std::filesystem::exists(placed), name);
                QCOMPARE(fileBytes(QString::fromStdString(placed.string())),
                         fileBytes(distDir() + QLatin1Char('/') + QLatin1String(name)));
            }
            // The Windows programs link these in (cmake/ThirdPartyLicenses.cmake): each has its notice.
            const QByteArray licenses = fileBytes(distDir() + QStringLiteral("/LICENSES.txt"));
            QVERIFY(licenses.startsWith("Offramp " OFFRAMP_VERSION "\n"));
            for (const char* component : {"Qt", "libgcrypt", "libgpg-error", "MinGW-w64 runtime and winpthreads",
                                          "GCC runtime (libstdc++, libgcc)", "JSON for Modern C++ (nlohmann/json)"}) {
                QVERIFY2(licenses.contains("\n" + QByteArray(component) + "\n(Debian's "), component);
            }
            for (const char* text : {"Full text: GPL-3", "Full text: LGPL-3", "Full text: LGPL-2.1"}) {
                QVERIFY2(licenses.contains(text), text);
            }
            // One entry in Apps & features, with the publisher and the version; its icon kept where Windows keeps
            // installed products' icons.
            const auto entries = offrampEntries();
            QCOMPARE(entries.size(), std::size_t{1});
            const auto& [code, values] = *entries.begin();
            QCOMPARE(values.at(QStringLiteral("DisplayVersion")), QStringLiteral(OFFRAMP_VERSION));
            QCOMPARE(values.at(QStringLiteral("Publisher")), QStringLiteral("The Offramp project"));
            QVERIFY(std::filesystem::exists(m_prefix.hostPath(QStringLiteral("C:\\windows\\Installer\\") + code +
                                                              QStringLiteral("\\offramp.ico"))));
            m_productCode = code;
            // A Start menu shortcut that opens the installed wizard.
            const QStringList shortcuts = startMenuShortcuts();
            QCOMPARE(shortcuts.size(), 1);
            QVERIFY2(fileBytes(shortcuts.front()).contains("C:\\Program Files\\Offramp\\offramp.exe"),
                     qPrintable(shortcuts.front()));
        });
    }

    void theInstalledCommandLineToolRunsAndNeverReportsOfframp()
    {
        OFFRAMP_WINE_STEP({
            const QString cli = kInstallDir + QStringLiteral("\\offramp-cli.exe");
            const auto version = m_prefix.wine({cli, QStringLiteral("--version")});
            QCOMPARE(version.out.trimmed(), QByteArray("offramp-cli " OFFRAMP_VERSION));
            const auto scanned = m_prefix.wine({cli, QStringLiteral("scan"), QStringLiteral("--json")});
            QVERIFY2(scanned.exitCode == 0, (scanned.out + scanned.err).constData());
            const Json scan = Json::parse(scanned.out.toStdString());
            checkScanContract(scan);
            QVERIFY2(scan.at("findings").empty(), scan.at("findings").dump(2).c_str());
        });
    }

    void aNewerMsiReplacesTheOlderOne()
    {
        OFFRAMP_WINE_STEP({
            QTemporaryDir out;
            const auto made = makePackage(QStringLiteral("99.0.0"), out.path(), withoutSigning());
            QVERIFY2(made.exitCode == 0, (made.out + made.err).constData());
            const auto installed =
                msiexec({QStringLiteral("/i"), throughDriveZ(out.filePath(QStringLiteral("offramp-99.0.0.msi"))),
                         QStringLiteral("/qn")});
            QVERIFY2(installed.exitCode == 0, (installed.out + installed.err).constData());
            const auto entries = offrampEntries();
            QCOMPARE(entries.size(), std::size_t{1});
            QCOMPARE(entries.begin()->second.at(QStringLiteral("DisplayVersion")), QStringLiteral("99.0.0"));
            QVERIFY(entries.begin()->first != m_productCode);
            m_productCode = entries.begin()->first;
            QVERIFY(std::filesystem::exists(m_prefix.hostPath(kInstallDir + QStringLiteral("\\offramp.exe"))));
            QCOMPARE(startMenuShortcuts().size(), 1);
        });
    }

    void anOlderMsiLeavesTheNewerOneInPlace()
    {
        OFFRAMP_WINE_STEP({
            const auto refused = msiexec({QStringLiteral("/i"), throughDriveZ(releasedMsi()), QStringLiteral("/qn")});
            QVERIFY(refused.exitCode != 0);
            const auto entries = offrampEntries();
            QCOMPARE(entries.size(), std::size_t{1});
            QCOMPARE(entries.begin()->second.at(QStringLiteral("DisplayVersion")), QStringLiteral("99.0.0"));
        });
    }

    void removingItLeavesNothing()
    {
        OFFRAMP_WINE_STEP({
            const auto removed = msiexec({QStringLiteral("/x"), m_productCode, QStringLiteral("/qn")});
            QVERIFY2(removed.exitCode == 0, (removed.out + removed.err).constData());
            QVERIFY(offrampEntries().empty());
            QVERIFY(!std::filesystem::exists(m_prefix.hostPath(kInstallDir)));
            QVERIFY2(startMenuShortcuts().isEmpty(), qPrintable(startMenuShortcuts().join(QLatin1Char('\n'))));
        });
    }

private:
    RunResult msiexec(const QStringList& arguments) const
    {
        return m_prefix.wine(QStringList{QStringLiteral("msiexec")} + arguments);
    }

    // The uninstall entries named "Offramp", by key (the product code), from `wine reg query /s`: a line
    // "HKEY_...\{code}" opens a key, then "    Name    REG_SZ    Value" lines follow.
    std::map<QString, std::map<QString, QString>> offrampEntries() const
    {
        const auto queried =
            m_prefix.wine({QStringLiteral("reg"), QStringLiteral("query"), kUninstallKey, QStringLiteral("/s")});
        if (queried.exitCode != 0) {
            throw std::runtime_error("wine reg query failed: " + queried.err.toStdString());
        }
        std::map<QString, std::map<QString, QString>> entries;
        QString key;
        for (const QByteArray& raw : queried.out.split('\n')) {
            const QString line = QString::fromUtf8(raw).remove(QLatin1Char('\r'));
            if (line.startsWith(QStringLiteral("HKEY_"))) {
                key = line.section(QLatin1Char('\\'), -1);
                continue;
            }
            const QStringList fields = line.trimmed().split(QStringLiteral("    "));
            if (!key.isEmpty() && fields.size() == 3) {
                entries[key][fields.at(0)] = fields.at(2);
            }
        }
        std::erase_if(entries, [](const auto& entry) {
            const auto name = entry.second.find(QStringLiteral("DisplayName"));
            return name == entry.second.end() || name->second != QLatin1String("Offramp");
        });
        return entries;
    }

    // Offramp's shortcuts in the Start menu: the one for all users, or (as Wine places them) the user's own.
    QStringList startMenuShortcuts() const
    {
        QStringList found;
        QDirIterator files(QString::fromStdString(m_prefix.driveC().string()), {QStringLiteral("Offramp.lnk")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.contains(QStringLiteral("/Start Menu/Programs/"))) {
                found << file;
            }
        }
        return found;
    }

    Prefix m_prefix;
    QTemporaryDir m_keys;
    QString m_certificate;
    QString m_productCode;
};

QTEST_GUILESS_MAIN(TestWineMsi)
#include "tst_wine_msi.moc"
