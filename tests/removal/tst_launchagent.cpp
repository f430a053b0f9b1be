// SPDX-License-Identifier: GPL-3.0-or-later
// Resume at login on macOS: the LaunchAgent property list, written and read on any host. Its XML is read
// back by three parsers that share no code: Offramp's own plist reader, QXmlStreamReader and libplist
// (plistutil, converting it to a binary plist that Offramp's binary reader then reads).
#include "TestSupport.h"
#include "platform/ResumeAtLogin.h"
#include "platform/macos/LaunchAgent.h"
#include "platform/macos/Plist.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <filesystem>
#include <string>
#include <vector>

using namespace offramp;
using namespace offramp::platform;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(offramp::platform::ResumeEntry)

namespace {

// What a LaunchAgent's top-level dictionary says, read with Qt's XML reader: each key's string, or "true"
// / "false", and ProgramArguments as a list.
struct QtReading
{
    QMap<QString, QString> values;
    QStringList programArguments;
    QString error;
};

QtReading readWithQt(const std::string& xml)
{
    QtReading reading;
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    QString key;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("key")) {
                key = reader.readElementText();
            } else if (name == QLatin1String("string")) {
                const QString text = reader.readElementText();
                if (key == QLatin1String("ProgramArguments")) {
                    reading.programArguments << text;
                } else {
                    reading.values.insert(key, text);
                }
            } else if (name == QLatin1String("true") || name == QLatin1String("false")) {
                reading.values.insert(key, name.toString());
            }
        }
    }
    if (reader.hasError()) {
        reading.error = reader.errorString();
    }
    return reading;
}

QStringList toQt(const ResumeEntry& entry)
{
    QStringList list{QString::fromStdString(entry.program)};
    for (const auto& argument : entry.arguments) {
        list << QString::fromStdString(argument);
    }
    return list;
}

} // namespace

class TestLaunchAgent : public QObject
{
    Q_OBJECT

private slots:
    void entries_data()
    {
        QTest::addColumn<ResumeEntry>("entry");
        const std::string app = "/Applications/Offramp.app/Contents/MacOS/Offramp";
        QTest::newRow("usual") << ResumeEntry{app, {"--resume", "/Library/Application Support/Offramp/journal.json"}};
        QTest::newRow("markup characters") << ResumeEntry{app, {"a&b", "<string>", "x > y", "]]>", "&amp;", "&#13;"}};
        QTest::newRow("quotes and shell characters")
            << ResumeEntry{app, {"say \"hi\"", "it's", "$HOME", "`id`", "a;b"}};
        QTest::newRow("whitespace") << ResumeEntry{app, {"", " lead", "trail ", "a\tb", "a\nb", "a\rb", "a\r\nb"}};
        QTest::newRow("non-ASCII") << ResumeEntry{"/Users/zoë/Applications/Offramp.app/Contents/MacOS/Offramp",
                                                  {"/Users/zoë/日記 🙂.json", "Ñandú"}};
        QTest::newRow("no arguments") << ResumeEntry{app, {}};
    }

    void offrampReadsBackWhatItWrote_data() { entries_data(); }
    void offrampReadsBackWhatItWrote()
    {
        QFETCH(ResumeEntry, entry);
        const std::string plist = launchAgentResumePlist(entry);
        QCOMPARE(toQt(parseLaunchAgentResumePlist(plist, "agent.plist")), toQt(entry));
        // And through the generic reader, key by key.
        const PlistValue root = parsePlist(plist);
        QCOMPARE(*root.stringFor("Label"), std::string("org.offramp.Offramp.resume"));
        QCOMPARE(*root.find("RunAtLoad")->asBoolean(), true);
        QCOMPARE(*root.find("LaunchOnlyOnce")->asBoolean(), true);
        QCOMPARE(root.find("ProgramArguments")->asArray()->size(), entry.arguments.size() + 1);
    }

    void qtXmlReadsTheSame_data() { entries_data(); }
    void qtXmlReadsTheSame()
    {
        QFETCH(ResumeEntry, entry);
        const QtReading reading = readWithQt(launchAgentResumePlist(entry));
        QVERIFY2(reading.error.isEmpty(), qPrintable(reading.error));
        QCOMPARE(reading.programArguments, toQt(entry));
        QCOMPARE(reading.values.value(QStringLiteral("Label")), QStringLiteral("org.offramp.Offramp.resume"));
        QCOMPARE(reading.values.value(QStringLiteral("RunAtLoad")), QStringLiteral("true"));
        QCOMPARE(reading.values.value(QStringLiteral("LaunchOnlyOnce")), QStringLiteral("true"));
    }

    // libplist (what plutil's Linux counterpart uses) accepts the XML, and its binary form reads the same.
    void libplistAgrees_data() { entries_data(); }
    void libplistAgrees()
    {
        QFETCH(ResumeEntry, entry);
        try {
            const std::string plistutil = test::requireTool("plistutil");
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            const fs::path xml = fs::path(dir.path().toStdString()) / "agent.plist";
            const fs::path binary = fs::path(dir.path().toStdString()) / "agent.bplist";
            test::writeFile(xml, launchAgentResumePlist(entry));
            test::runOrThrow(plistutil, {"-i", test::qPath(xml), "-o", test::qPath(binary), "-f", "bin"});
            const std::string bytes = test::readFile(binary);
            QVERIFY(bytes.starts_with("bplist00"));
            QCOMPARE(toQt(parseLaunchAgentResumePlist(bytes, binary.string())), toQt(entry));
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void writesReadsReplacesAndRemovesUnderAHomeFolder()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const fs::path homePath = home.path().toStdString();
        const fs::path expected = homePath / "Library/LaunchAgents/org.offramp.Offramp.resume.plist";
        QCOMPARE(launchAgentResumePath(homePath), expected);
        QVERIFY(!readLaunchAgentResumeEntry(homePath).has_value());
        QCOMPARE(removeLaunchAgentResumeEntry(homePath), false);

        // ~/Library/LaunchAgents need not exist yet.
        const ResumeEntry first{"/Applications/Offramp.app/Contents/MacOS/Offramp", {"--resume", "/a b.json"}};
        QCOMPARE(writeLaunchAgentResumeEntry(homePath, first), expected.string());
        QVERIFY(readLaunchAgentResumeEntry(homePath) == first);
        const ResumeEntry second{"/Applications/Offramp.app/Contents/MacOS/Offramp", {"--resume", "/c&d.json"}};
        writeLaunchAgentResumeEntry(homePath, second);
        QVERIFY(readLaunchAgentResumeEntry(homePath) == second);
        QCOMPARE(std::distance(fs::directory_iterator(expected.parent_path()), fs::directory_iterator()), 1);

        QCOMPARE(removeLaunchAgentResumeEntry(homePath), true);
        QVERIFY(!fs::exists(expected));
        QVERIFY(!readLaunchAgentResumeEntry(homePath).has_value());
    }

    void refusesAgentsThatAreNotOfframps_data()
    {
        QTest::addColumn<QByteArray>("plist");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("not a plist") << QByteArray("garbage") << QByteArray("is not Offramp's resume agent");
        QTest::newRow("another label")
            << QByteArray("<plist><dict><key>Label</key><string>com.example.agent</string>"
                          "<key>ProgramArguments</key><array><string>/bin/x</string></array></dict></plist>")
            << QByteArray("its Label is not org.offramp.Offramp.resume");
        QTest::newRow("no ProgramArguments")
            << QByteArray("<plist><dict><key>Label</key><string>org.offramp.Offramp.resume</string></dict></plist>")
            << QByteArray("it has no ProgramArguments");
        QTest::newRow("an argument that is no string")
            << QByteArray("<plist><dict><key>Label</key><string>org.offramp.Offramp.resume</string>"
                          "<key>ProgramArguments</key><array><string>/bin/x</string><integer>1</integer></array>"
                          "</dict></plist>")
            << QByteArray("no string");
    }
    void refusesAgentsThatAreNotOfframps()
    {
        QFETCH(QByteArray, plist);
        QFETCH(QByteArray, reason);
        try {
            parseLaunchAgentResumePlist(plist.toStdString(), "/Users/a/Library/LaunchAgents/x.plist");
            QFAIL("accepted");
        } catch (const ResumeAtLoginError& error) {
            const QByteArray message(error.what());
            QVERIFY2(message.contains("/Users/a/Library/LaunchAgents/x.plist") && message.contains(reason),
                     error.what());
        }
    }

    void refusesWhatCannotBeWritten()
    {
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, launchAgentResumePlist({"Offramp", {}}));
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, launchAgentResumePlist({"/x", {"bell\a"}}));
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, launchAgentResumePlist({"/x", {"\xFF"}}));
    }
};

QTEST_GUILESS_MAIN(TestLaunchAgent)
#include "tst_launchagent.moc"
