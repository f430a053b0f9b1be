// SPDX-License-Identifier: GPL-3.0-or-later
// The words offramp-cli and the wizard's --cli take from the Windows command line. Windows lets a file name hold a
// UTF-16 surrogate without its pair; UTF-8 cannot hold one, and U+FFFD in its place would name another file, so such
// a word is refused with the word named. Run under Wine by the Linux build's test_wine_platform_command_line.
#include "TestMain.h"
#include "platform/windows/CommandLineWords.h"

#include <QTest>

#include <string>
#include <vector>

using offramp::ErrorKind;
using offramp::platform::windows::commandLineWordsOf;

class TestCommandLineWindows : public QObject
{
    Q_OBJECT

private slots:
    void wordsAreSplitAsWindowsSplitsThem()
    {
        const auto words = commandLineWordsOf(
            LR"("C:\Program Files\Offramp\offramp-cli.exe" remove --journal "C:\Users\Дмитрий\my journal.json" a\"b)");
        QVERIFY(words.ok());
        const std::vector<std::string> expected{"remove", "--journal", "C:\\Users\\Дмитрий\\my journal.json", "a\"b"};
        QCOMPARE(words.value(), expected);
    }

    void aPairedSurrogateIsACharacterLikeAnyOther()
    {
        // U+1F600, a character outside the Basic Multilingual Plane: a high and a low surrogate together.
        const auto words = commandLineWordsOf(L"offramp-cli.exe --journal C:\\x\xD83D\xDE00.json");
        QVERIFY(words.ok());
        QCOMPARE(words.value().at(1), std::string("C:\\x\xF0\x9F\x98\x80.json"));
    }

    void aLoneSurrogateIsRefusedWithTheWordNamed_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addRow("high alone") << QString::fromStdWString(L"offramp-cli.exe resume --journal C:\\x\xD800.json");
        QTest::addRow("low alone") << QString::fromStdWString(L"offramp-cli.exe resume --journal C:\\x\xDC00.json");
        QTest::addRow("high at the end") << QString::fromStdWString(L"offramp-cli.exe resume --journal C:\\x\xD83D");
    }
    void aLoneSurrogateIsRefusedWithTheWordNamed()
    {
        QFETCH(QString, commandLine);
        const auto words = commandLineWordsOf(commandLine.toStdWString());
        QVERIFY(!words.ok());
        QCOMPARE(words.error().kind(), ErrorKind::NotText);
        const std::string what = words.error().what();
        QVERIFY2(what.starts_with("word 3 of the command line, \"C:\\x\xEF\xBF\xBD"), what.c_str());
        QVERIFY2(what.find("is not valid Unicode text") != std::string::npos, what.c_str());
        QVERIFY2(what.find("rename the file or folder it names") != std::string::npos, what.c_str());
    }
};

OFFRAMP_TEST_GUILESS_MAIN(TestCommandLineWindows)
#include "tst_command_line_windows.moc"
