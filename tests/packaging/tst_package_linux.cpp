// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <unistd.h>

using offramp::test::CommandResult;
using offramp::test::requireTool;
using offramp::test::run;

namespace {

const QString kAppId = QStringLiteral("org.offramp.Offramp");

QString tool(const char* name)
{
    return QString::fromStdString(requireTool(name));
}

QByteArray fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// dpkg and rpm set owners as they install; fakeroot lets an ordinary user's test run do the same.
CommandResult asRoot(const char* program, const QStringList& arguments)
{
    if (::geteuid() == 0) {
        return run(tool(program), arguments, {}, 300000);
    }
    return run(tool("fakeroot"), QStringList{tool(program)} + arguments, {}, 300000);
}

QString why(const CommandResult& result)
{
    return QString::fromUtf8(result.out + result.err);
}

} // namespace

class TestPackageLinux : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_output.isValid());
        const auto made = run(QStringLiteral(OFFRAMP_CPACK_COMMAND),
                              {QStringLiteral("--config"), QStringLiteral(OFFRAMP_BUILD_DIR "/CPackConfig.cmake"),
                               QStringLiteral("-B"), m_output.path()},
                              {}, 600000);
        QVERIFY2(made.exitCode == 0, qPrintable(why(made)));
        const QDir output(m_output.path());
        const QStringList debs = output.entryList({QStringLiteral("offramp_*_amd64.deb")}, QDir::Files);
        const QStringList rpms = output.entryList({QStringLiteral("offramp-*.x86_64.rpm")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QCOMPARE(rpms.size(), 1);
        m_deb = output.filePath(debs.front());
        m_rpm = output.filePath(rpms.front());
        // Each comes with its SHA-256 for the download page.
        QVERIFY(QFile::exists(m_deb + QStringLiteral(".sha256")));
        QVERIFY(QFile::exists(m_rpm + QStringLiteral(".sha256")));
    }

    void theDebPassesLintian()
    {
        const auto checked = run(tool("lintian"),
                                 {QStringLiteral("--fail-on"), QStringLiteral("error,warning"),
                                  QStringLiteral("--no-tag-display-limit"), m_deb},
                                 {}, 300000);
        QVERIFY2(checked.exitCode == 0, qPrintable(why(checked)));
        QVERIFY2(!checked.out.contains("E: ") && !checked.out.contains("W: "), checked.out.constData());
    }

    void theRpmPassesRpmlint()
    {
        const auto checked =
            run(tool("rpmlint"),
                {QStringLiteral("-c"), QStringLiteral(OFFRAMP_SOURCE_DIR "/packaging/linux/rpmlint.toml"), m_rpm}, {},
                300000);
        QVERIFY2(checked.exitCode == 0, qPrintable(why(checked)));
        QVERIFY2(checked.out.contains(" 0 errors, 0 warnings"), checked.out.constData());
    }

    void thePackagedFilesAreValidAndPointAtEachOther()
    {
        QTemporaryDir tree;
        const auto extracted = run(tool("dpkg-deb"), {QStringLiteral("-x"), m_deb, tree.path()});
        QVERIFY2(extracted.exitCode == 0, qPrintable(why(extracted)));
        const QDir usr(tree.filePath(QStringLiteral("usr")));
        const QString desktop =
            usr.filePath(QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"));
        const auto desktopChecked = run(tool("desktop-file-validate"), {desktop});
        QVERIFY2(desktopChecked.exitCode == 0 && desktopChecked.out.isEmpty(), qPrintable(why(desktopChecked)));
        const QString metainfo =
            usr.filePath(QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"));
        const auto metainfoChecked =
            run(tool("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY2(metainfoChecked.exitCode == 0, qPrintable(why(metainfoChecked)));

        // The desktop entry starts the installed wizard and shows the installed icon, in every size.
        const QByteArray entry = fileText(desktop);
        QVERIFY(entry.contains("\nExec=offramp\n"));
        QVERIFY(entry.contains("\nIcon=" + kAppId.toLatin1() + "\n"));
        QVERIFY(QFileInfo(usr.filePath(QStringLiteral("bin/offramp"))).isExecutable());
        QVERIFY(QFile::exists(
            usr.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"))));
        for (int size : {16, 24, 32, 48, 64, 128, 256}) {
            const QString png = usr.filePath(QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size) + kAppId +
                                             QStringLiteral(".png"));
            const QByteArray image = fileText(png);
            QVERIFY2(image.startsWith("\x89PNG"), qPrintable(png));
            // The PNG's own width is the folder's size.
            QCOMPARE(static_cast<int>(static_cast<unsigned char>(image.at(19))) |
                         (static_cast<int>(static_cast<unsigned char>(image.at(18))) << 8),
                     size);
        }
        // The metainfo names the desktop entry and both programs.
        const QByteArray component = fileText(metainfo);
        QVERIFY(component.contains("<launchable type=\"desktop-id\">" + kAppId.toLatin1() + ".desktop</launchable>"));
        QVERIFY(component.contains("<binary>offramp-cli</binary>"));
        // polkit lets pkexec run the installed offramp-cli, the path the wizard asks for.
        const QByteArray policy =
            fileText(usr.filePath(QStringLiteral("share/polkit-1/actions/") + kAppId + QStringLiteral(".policy")));
        QVERIFY2(
            policy.contains("<annotate key=\"org.freedesktop.policykit.exec.path\">/usr/bin/offramp-cli</annotate>"),
            policy.constData());
        // A manual page for each program, compressed, saying what its --help says.
        for (const char* program : {"offramp", "offramp-cli"}) {
            const QString page = usr.filePath(QStringLiteral("share/man/man1/%1.1.gz").arg(QLatin1String(program)));
            const auto unpacked = run(tool("gzip"), {QStringLiteral("-dc"), page});
            QVERIFY2(unpacked.exitCode == 0, qPrintable(page));
            QVERIFY2(unpacked.out.contains(".SH NAME\n" + QByteArray(program) + " \\- ") &&
                         unpacked.out.contains(".SH \"SEE ALSO\""),
                     program);
        }
        const auto cliPage =
            run(tool("gzip"), {QStringLiteral("-dc"), usr.filePath(QStringLiteral("share/man/man1/offramp-cli.1.gz"))});
        QVERIFY(cliPage.out.contains("convert\\-passwords"));
        // The copyright names what is built into the programs besides Offramp's own code, with its licence.
        QFile copyright(usr.filePath(QStringLiteral("share/doc/offramp/copyright")));
        QVERIFY(copyright.open(QIODevice::ReadOnly));
        const QByteArray notice = copyright.readAll();
        for (const QString& builtIn : QStringLiteral(OFFRAMP_BUILT_IN_COMPONENTS).split(QLatin1Char('|'))) {
            QVERIFY2(notice.contains(builtIn.toUtf8() + ", from Debian's"), qPrintable(builtIn));
        }
        QVERIFY(notice.contains("under the Expat licence:\n .\n Permission is hereby granted"));
    }

    // The software centre's screenshots are the packaged wizard's own screenshot tour, published under the homepage:
    // each image the metainfo names is a page the tour makes of that demo computer, and each has its captions.
    void theMetainfoScreenshotsAreTheWizardsOwnPages()
    {
        QTemporaryDir tree;
        const auto extracted = run(tool("dpkg-deb"), {QStringLiteral("-x"), m_deb, tree.path()});
        QVERIFY2(extracted.exitCode == 0, qPrintable(why(extracted)));
        QFile metainfo(tree.filePath(QStringLiteral("usr/share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml")));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(metainfo.readAll());
        const auto homepage = QRegularExpression(QStringLiteral("<url type=\"homepage\">([^<]+)</url>")).match(text);
        QVERIFY(homepage.hasMatch());
        const QRegularExpression shot(QStringLiteral("<screenshot[^>]*>(.*?)</screenshot>"),
                                      QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression image(QStringLiteral("<image>") + QRegularExpression::escape(homepage.captured(1)) +
                                       QStringLiteral("/screenshots/([a-z-]+)/([0-9a-z-]+\\.png)</image>"));
        // The images named, by demo computer: each demo's tour runs once.
        std::map<QString, QStringList> imagesByDemo;
        int count = 0;
        for (auto shots = shot.globalMatch(text); shots.hasNext(); ++count) {
            const QString screenshot = shots.next().captured(1);
            const auto named = image.match(screenshot);
            QVERIFY2(named.hasMatch(), qPrintable(screenshot));
            for (const char* language : {"es", "fr", "de"}) {
                QVERIFY2(screenshot.contains(QStringLiteral("<caption xml:lang=\"%1\">").arg(QLatin1String(language))),
                         qPrintable(screenshot));
            }
            imagesByDemo[named.captured(1)] << named.captured(2);
        }
        QVERIFY(count >= 3);
        qputenv("QT_QPA_PLATFORM", "offscreen");
        for (const auto& [demo, images] : imagesByDemo) {
            QTemporaryDir pages;
            const auto toured = run(tree.filePath(QStringLiteral("usr/bin/offramp")),
                                    {QStringLiteral("--demo"), demo, QStringLiteral("--screenshots"), pages.path(),
                                     QStringLiteral("--lang"), QStringLiteral("en")},
                                    {}, 120000);
            QVERIFY2(toured.exitCode == 0, qPrintable(why(toured)));
            for (const QString& name : images) {
                QVERIFY2(QFile::exists(pages.filePath(name)), qPrintable(demo + QLatin1Char('/') + name));
            }
        }
    }

    // What people install has none of the tests' switches (app/cli/TestHooks.h), although this build's own
    // programs, which the other tests run, have them: the installed ones are twins linked without.
    void thePackagedProgramsHaveNoTestSwitches()
    {
        const QList<QByteArray> switches{"--allow-uninstaller", "OFFRAMP_TEST_STOP_AFTER_BYTES",
                                         "OFFRAMP_TEST_STOP_AFTER_FILES"};
        QTemporaryDir tree;
        const auto extracted = run(tool("dpkg-deb"), {QStringLiteral("-x"), m_deb, tree.path()});
        QVERIFY2(extracted.exitCode == 0, qPrintable(why(extracted)));
        for (const char* program : {"usr/bin/offramp-cli", "usr/bin/offramp"}) {
            const QByteArray bytes = fileText(tree.filePath(QString::fromLatin1(program)));
            QVERIFY2(bytes.size() > 100000, program);
            for (const QByteArray& name : switches) {
                QVERIFY2(
                    !bytes.contains(name),
                    qPrintable(
                        QStringLiteral("%1 holds %2").arg(QString::fromLatin1(program), QString::fromLatin1(name))));
            }
        }
        if constexpr (OFFRAMP_TEST_HOOKS_BUILT) {
            // The check would see them: the build's own offramp-cli holds every one.
            const QByteArray built = fileText(QStringLiteral(OFFRAMP_CLI_PATH));
            for (const QByteArray& name : switches) {
                QVERIFY2(built.contains(name), name.constData());
            }
        }
    }

    void theDebDependsOnWhatTheProgramsLoad()
    {
        const auto fields = run(tool("dpkg-deb"),
                                {QStringLiteral("-f"), m_deb, QStringLiteral("Depends"), QStringLiteral("Recommends")});
        QVERIFY2(fields.exitCode == 0, qPrintable(why(fields)));
        // Qt's libraries and libgcrypt (the rescue's SHA-256) as dpkg-shlibdeps found them, Qt's platform plugins
        // (loaded at run time) and pkexec.
        for (const char* package :
             {"libqt6widgets6", "libqt6core6", "libgcrypt20", "libc6", "qt6-qpa-plugins", "pkexec"}) {
            QVERIFY2(fields.out.contains(package), fields.out.constData());
        }
        const auto rpmRequires = run(tool("rpm"), {QStringLiteral("-qpR"), m_rpm});
        QVERIFY2(rpmRequires.out.contains("libQt6Widgets.so.6"), rpmRequires.out.constData());
        QVERIFY2(rpmRequires.out.contains("libgcrypt.so.20"), rpmRequires.out.constData());
    }

    void theDebInstallsRunsAndRemovesCleanly()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("var/lib/dpkg/info")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("var/lib/dpkg/updates")));
        QFile status(root.filePath(QStringLiteral("var/lib/dpkg/status")));
        QVERIFY(status.open(QIODevice::WriteOnly));
        status.close();
        // The scratch root has no libraries' packages: the dependencies are checked above, not here.
        const auto installed =
            asRoot("dpkg", {QStringLiteral("--root=") + root.path(), QStringLiteral("--force-depends"),
                            QStringLiteral("--force-not-root"), QStringLiteral("-i"), m_deb});
        QVERIFY2(installed.exitCode == 0, qPrintable(why(installed)));
        checkRunsFrom(root.path());
        const auto removed =
            asRoot("dpkg", {QStringLiteral("--root=") + root.path(), QStringLiteral("--force-not-root"),
                            QStringLiteral("--purge"), QStringLiteral("offramp")});
        QVERIFY2(removed.exitCode == 0, qPrintable(why(removed)));
        checkNothingLeft(root.path(), {QStringLiteral("var")});
    }

    void theRpmInstallsRunsAndRemovesCleanly()
    {
        QTemporaryDir root;
        const QString dbPath = QStringLiteral("/var/lib/rpm");
        const auto created = asRoot("rpm", {QStringLiteral("--root"), root.path(), QStringLiteral("--dbpath"), dbPath,
                                            QStringLiteral("--initdb")});
        QVERIFY2(created.exitCode == 0, qPrintable(why(created)));
        const auto installed = asRoot("rpm", {QStringLiteral("--root"), root.path(), QStringLiteral("--dbpath"), dbPath,
                                              QStringLiteral("-i"), QStringLiteral("--nodeps"), m_rpm});
        QVERIFY2(installed.exitCode == 0, qPrintable(why(installed)));
        checkRunsFrom(root.path());
        const auto removed = asRoot("rpm", {QStringLiteral("--root"), root.path(), QStringLiteral("--dbpath"), dbPath,
                                            QStringLiteral("-e"), QStringLiteral("offramp")});
        QVERIFY2(removed.exitCode == 0, qPrintable(why(removed)));
        checkNothingLeft(root.path(), {QStringLiteral("var")});
    }

private:
    // offramp-cli runs from where the package put it, with the catalog built in.
    static void checkRunsFrom(const QString& root)
    {
        const QString cli = root + QStringLiteral("/usr/bin/offramp-cli");
        const auto version = run(cli, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("offramp-cli " OFFRAMP_VERSION));
        const auto scan = run(cli, {QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("office-linux")});
        QCOMPARE(scan.exitCode, 1);
        QVERIFY(QFile::exists(root + QStringLiteral("/usr/share/applications/") + kAppId + QStringLiteral(".desktop")));
    }

    // After removal only the package manager's own database is left in the root.
    static void checkNothingLeft(const QString& root, const QStringList& kept)
    {
        QStringList left;
        const QDir top(root);
        for (const QString& entry : top.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (kept.contains(entry)) {
                continue;
            }
            QDirIterator files(top.filePath(entry), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                left << files.next();
            }
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    QTemporaryDir m_output;
    QString m_deb;
    QString m_rpm;
};

QTEST_GUILESS_MAIN(TestPackageLinux)
#include "tst_package_linux.moc"
