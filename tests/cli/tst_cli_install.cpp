// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using offramp::test::run;

class TestCliInstall : public QObject
{
    Q_OBJECT

private slots:
    void installsBothProgramsUnderThePrefix()
    {
        QTemporaryDir prefix;
        const auto result = run(QStringLiteral(OFFRAMP_CMAKE_COMMAND),
                                {"--install", QStringLiteral(OFFRAMP_BUILD_DIR), "--prefix", prefix.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        for (const char* program : {"bin/offramp", "bin/offramp-cli"}) {
            const QFileInfo file(prefix.filePath(QString::fromLatin1(program)));
            QVERIFY2(file.exists(), program);
            QVERIFY2(file.isExecutable(), program);
        }
        QVERIFY(QFileInfo::exists(prefix.filePath(QStringLiteral("share/applications/org.offramp.Offramp.desktop"))));
        // pkexec finds the removal's polkit action by the program's path: the one under this prefix.
        QFile policy(prefix.filePath(QStringLiteral("share/polkit-1/actions/org.offramp.Offramp.policy")));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        const QByteArray expected = "<annotate key=\"org.freedesktop.policykit.exec.path\">" +
                                    prefix.filePath(QStringLiteral("bin/offramp-cli")).toUtf8() + "</annotate>";
        QVERIFY2(policy.readAll().contains(expected), expected.constData());
    }

    void theCommandLineToolWorksAsASingleFile()
    {
        // Alone in an empty folder, with the source tree out of reach: the catalog and demos are built in.
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("offramp-cli"));
        QVERIFY(QFile::copy(QStringLiteral(OFFRAMP_CLI_PATH), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const auto scan = run(copy, {"scan", "--demo", "office-linux", "--json"});
        QCOMPARE(scan.exitCode, 1);
        QVERIFY(scan.out.contains("kaspersky-endpoint-security-linux"));
        QCOMPARE(run(copy, {"catalog", "validate"}).exitCode, 0);
        QCOMPARE(run(copy, {"explain", "--jurisdiction", "DE", "--json"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliInstall)
#include "tst_cli_install.moc"
