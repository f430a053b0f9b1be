// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using offramp::test::runCli;

class TestCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* word : {"scan", "explain", "catalog validate", "--jurisdiction", "Exit codes"}) {
            QVERIFY2(help.out.contains(word), word);
        }
        // Every exit code docs/CLI.md lists, from 0 to 5, has its line under "Exit codes".
        const QByteArray codes = help.out.mid(help.out.indexOf("Exit codes"));
        for (int code = 0; code <= 5; ++code) {
            QVERIFY2(codes.contains("\n  " + QByteArray::number(code) + "  "), QByteArray::number(code).constData());
        }
        const auto scanHelp = runCli({QStringLiteral("scan"), QStringLiteral("--help")});
        QCOMPARE(scanHelp.exitCode, 0);
        QVERIFY(scanHelp.out.contains("--root DIR"));

        const auto version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("offramp-cli " OFFRAMP_VERSION));
    }

    void usageErrorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "no command given";
        QTest::newRow("unknown command") << QStringList{"remove-everything"} << "unknown command \"remove-everything\"";
        QTest::newRow("unknown option") << QStringList{"scan", "--fast"} << "unknown option --fast";
        QTest::newRow("missing value") << QStringList{"scan", "--root"} << "--root needs a value";
        QTest::newRow("flag with value") << QStringList{"scan", "--json=yes"} << "--json takes no value";
        QTest::newRow("option twice") << QStringList{"scan", "--demo", "a", "--demo", "b"} << "--demo is given twice";
        QTest::newRow("stray word") << QStringList{"scan", "now"} << "unexpected argument \"now\"";
        QTest::newRow("bad platform") << QStringList{"scan", "--platform", "beos", "--root", "/"}
                                      << "--platform must be linux, macos or windows";
        QTest::newRow("foreign platform without root")
            << QStringList{"scan", "--platform", "macos"} << "give its files with --root DIR";
        QTest::newRow("demo with root") << QStringList{"scan", "--demo", "home-windows", "--root", "/"}
                                        << "cannot be combined";
        QTest::newRow("explain without jurisdiction") << QStringList{"explain"} << "--jurisdiction CC is required";
        QTest::newRow("explain bad date")
            << QStringList{"explain", "--jurisdiction", "US", "--date", "2024-02-30"} << "--date needs a real date";
        QTest::newRow("catalog without subcommand") << QStringList{"catalog"} << "validate [FILE...]";
        QTest::newRow("input pipe without name")
            << QStringList{"plan", "--input-pipe"} << "--input-pipe needs the name";
    }
    void usageErrorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("offramp-cli: "), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    // A plan that removes Kaspersky Password Manager says first that its passwords are lost with it, and how to save
    // them; a plan without it says nothing of passwords.
    void planWarnsBeforeRemovingThePasswordManager()
    {
        const auto home = runCli({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("home-windows")});
        QCOMPARE(home.exitCode, 0);
        const QString text = QString::fromUtf8(home.out);
        QVERIFY2(text.startsWith(QStringLiteral("Warning: This removes Kaspersky Password Manager, and the passwords "
                                                "kept in it are lost with it")),
                 home.out.constData());
        QVERIFY(text.indexOf(QStringLiteral("Removal plan, in this order:")) > text.indexOf(QStringLiteral("Warning")));
        for (const char* how : {"Settings > Import/Export > Export to text file", "offramp-cli convert-passwords"}) {
            QVERIFY2(text.contains(QLatin1String(how)), how);
        }
        // The plan's JSON carries the same warning, for a script or a fleet tool to show.
        const auto json = runCli({QStringLiteral("plan"), QStringLiteral("--json"), QStringLiteral("--demo"),
                                  QStringLiteral("home-windows")});
        QCOMPARE(json.exitCode, 0);
        const auto warnings = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("password-manager-vault"));
        QVERIFY(text.contains(warnings.at(0).toObject().value(QStringLiteral("text")).toString()));
        for (const char* demo : {"office-linux", "home-mac", "ultraav-swap"}) {
            const auto other = runCli({QStringLiteral("plan"), QStringLiteral("--demo"), QString::fromLatin1(demo)});
            QCOMPARE(other.exitCode, 0);
            QVERIFY2(!other.out.contains("Password Manager") && !other.out.contains("Warning"), demo);
            const auto otherJson = runCli({QStringLiteral("plan"), QStringLiteral("--json"), QStringLiteral("--demo"),
                                           QString::fromLatin1(demo)});
            QVERIFY(QJsonDocument::fromJson(otherJson.out).object().value(QStringLiteral("warnings")).isArray());
            QVERIFY(
                QJsonDocument::fromJson(otherJson.out).object().value(QStringLiteral("warnings")).toArray().isEmpty());
        }
    }

    // The input pipe is how Windows' elevated removal gets a password; it opens only names Offramp makes, and
    // elsewhere standard input does the job.
    void anInputPipeIsOnlyOneOfOfframpsOwnOnWindows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("another program's pipe") << "lsass"
                                                << "--input-pipe takes a name Offramp made";
        QTest::newRow("a path") << "offramp-input-1/../x"
                                << "--input-pipe takes a name Offramp made";
        QTest::newRow("one of Offramp's, not on Windows") << "offramp-input-42-0a1b2c3d"
                                                          << "for Windows only";
    }
    void anInputPipeIsOnlyOneOfOfframpsOwnOnWindows()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const auto result = runCli({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("home-windows"),
                                    QStringLiteral("--input-pipe"), name});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
