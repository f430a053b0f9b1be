// SPDX-License-Identifier: GPL-3.0-or-later
// parseKpmTextExport: Kaspersky Password Manager's text export as ../shared/facts/kpm-text-export.md describes
// it, every variant of line ends and byte-order marks, and broken exports refused with the right line.
#include "PasswordFixtures.h"
#include "engine/KpmTextExport.h"

#include <QTest>

#include <string>

using namespace offramp;
using namespace offramp::test;

namespace {

void compareEntries(const std::vector<KpmEntry>& actual, const std::vector<KpmEntry>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& a = actual[i];
        const auto& e = expected[i];
        const QByteArray where = "entry " + QByteArray::number(static_cast<qulonglong>(i));
        QVERIFY2(a.section == e.section, where.constData());
        QCOMPARE(a.line, e.line);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.url, e.url);
        QCOMPARE(a.loginName, e.loginName);
        QCOMPARE(a.login, e.login);
        QCOMPARE(a.password, e.password);
        QCOMPARE(a.comment, e.comment);
    }
}

} // namespace

class TestKpmTextExport : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySectionAndField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("LF") << QByteArray::fromStdString(kpmFixture);
        QTest::newRow("CRLF") << QByteArray::fromStdString(withCrlf(kpmFixture));
        QTest::newRow("BOM") << QByteArray::fromStdString(withBom(kpmFixture));
        QTest::newRow("BOM and CRLF") << QByteArray::fromStdString(withBom(withCrlf(kpmFixture)));
        // Mixed line ends: the first half CRLF, the rest LF.
        const std::string half = kpmFixture.substr(0, kpmFixture.size() / 2);
        QTest::newRow("mixed") << QByteArray::fromStdString(withCrlf(half) + kpmFixture.substr(half.size()));
        // The last separator and line end are optional.
        std::string trimmed = kpmFixture;
        trimmed.resize(trimmed.rfind("\n\n---\n"));
        QTest::newRow("no final separator or line end") << QByteArray::fromStdString(trimmed);
    }

    void readsEverySectionAndField()
    {
        QFETCH(QByteArray, text);
        const KpmExport parsed = parseKpmTextExport(text.toStdString());
        QVERIFY(parsed.hadSectionTitles);
        compareEntries(parsed.entries, kpmFixtureEntries());
        QCOMPARE(parsed.count(KpmSection::Websites), 3U);
        QCOMPARE(parsed.count(KpmSection::Applications), 1U);
        QCOMPARE(parsed.count(KpmSection::OtherAccounts), 1U);
        QCOMPARE(parsed.count(KpmSection::Notes), 1U);
    }

    void oldExportWithoutTitlesIsAllWebsites()
    {
        const std::string text = "Website name: One\n"
                                 "Website URL: https://one.example\n"
                                 "Login: a\n"
                                 "Password: b\n"
                                 "Comment: c\n"
                                 "---\n"
                                 "Website name: Two\n"
                                 "Login: x\n"
                                 "Password: y\n";
        for (const auto& variant : {text, withBom(withCrlf(text))}) {
            const KpmExport parsed = parseKpmTextExport(variant);
            QVERIFY(!parsed.hadSectionTitles);
            QCOMPARE(parsed.entries.size(), 2U);
            QCOMPARE(parsed.count(KpmSection::Websites), 2U);
            QCOMPARE(parsed.entries[0].name, std::string("One"));
            QCOMPARE(parsed.entries[0].comment, std::string("c"));
            QCOMPARE(parsed.entries[1].line, 7U);
            QCOMPARE(parsed.entries[1].password, std::string("y"));
        }
    }

    void sectionsMayBeMissingReorderedOrRepeated()
    {
        const std::string text = "Notes\n"
                                 "Name: n1\n"
                                 "Text: t1\n"
                                 "Websites\n" // a title ends the note's text like a separator does
                                 "Website name: w1\n"
                                 "Password: p1\n"
                                 "Notes\n"
                                 "Name: n2\n"
                                 "Text: t2\n";
        const KpmExport parsed = parseKpmTextExport(text);
        QCOMPARE(parsed.entries.size(), 3U);
        QVERIFY(parsed.entries[0].section == KpmSection::Notes);
        QCOMPARE(parsed.entries[0].comment, std::string("t1"));
        QVERIFY(parsed.entries[1].section == KpmSection::Websites);
        QVERIFY(parsed.entries[2].section == KpmSection::Notes);
        QCOMPARE(parsed.count(KpmSection::Applications), 0U);
        QCOMPARE(parsed.count(KpmSection::Notes), 2U);
    }

    void commentKeepsEverythingUpToTheSeparator()
    {
        // Leading blank lines, lines of spaces, a colon at the end and a title-like word inside a line are
        // content; only the blank lines before "---" are layout.
        const std::string text = "Websites\n"
                                 "Website name: w\n"
                                 "Comment: \n"
                                 "\n"
                                 "  \n"
                                 "ends with a colon:\n"
                                 "Notes are here\n"
                                 "--- not a separator\n"
                                 "\n"
                                 "\n"
                                 "---\n";
        const KpmExport parsed = parseKpmTextExport(text);
        QCOMPARE(parsed.entries.size(), 1U);
        QCOMPARE(parsed.entries[0].comment,
                 std::string("\n\n  \nends with a colon:\nNotes are here\n--- not a separator"));
    }

    void emptyTextHasNoEntries()
    {
        QCOMPARE(parseKpmTextExport("").entries.size(), 0U);
        QCOMPARE(parseKpmTextExport("\xEF\xBB\xBF\r\n\r\n").entries.size(), 0U);
        const KpmExport titlesOnly = parseKpmTextExport("Websites\n\n---\n\nNotes\n");
        QVERIFY(titlesOnly.hadSectionTitles);
        QCOMPARE(titlesOnly.entries.size(), 0U);
    }

    void valuesAreKeptByteForByte()
    {
        const KpmExport parsed = parseKpmTextExport("Websites\n"
                                                    "Website name: a: b: c\n"
                                                    "Password:   three spaces before, tab after\t\n"
                                                    "Login: \"quoted\"\r\n");
        QCOMPARE(parsed.entries.size(), 1U);
        QCOMPARE(parsed.entries[0].name, std::string("a: b: c"));
        QCOMPARE(parsed.entries[0].password, std::string("  three spaces before, tab after\t"));
        QCOMPARE(parsed.entries[0].login, std::string("\"quoted\""));
    }

    void refusesBrokenExports_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::addColumn<KpmFormatError::Kind>("kind");
        using Kind = KpmFormatError::Kind;

        const QByteArray head = "Websites\n\nWebsite name: a\n";
        QTest::newRow("unknown key") << head + "Passwort: hunter2\n"
                                     << 4 << R"("Passwort" is not a key of Websites)" << Kind::UnknownKey;
        QTest::newRow("key of another section") << QByteArray("Websites\nApplication: Steam\n") << 2
                                                << R"("Application" is not a key of Websites)" << Kind::UnknownKey;
        QTest::newRow("note key in applications") << QByteArray("Applications\n\nApplication: x\n---\nText: y\n") << 5
                                                  << R"("Text" is not a key of Applications)" << Kind::UnknownKey;
        QTest::newRow("key before any title") << QByteArray("Login: someone\nWebsites\nWebsite name: a\n") << 1
                                              << "comes before any section title" << Kind::NoSection;
        QTest::newRow("not a key line") << head + "Login: x\njust some words\n"
                                        << 5 << R"(expected "Key: value" but found "just some words")"
                                        << Kind::NotKeyValue;
        QTest::newRow("no space after colon")
            << head + "Password:hunter2\n"
            << 4 << R"(expected "Key: value" but found a line without ": ")" << Kind::NotKeyValue;
        QTest::newRow("line after a password") << head + "Password: first\nhunter2\n"
                                               << 5 << "not shown, because it follows a password" << Kind::NotKeyValue;
        QTest::newRow("key twice") << head + "Password: one\n\nPassword: two\n"
                                   << 6 << R"("Password" appears twice in the entry that starts on line 3)"
                                   << Kind::RepeatedKey;
        QTest::newRow("name twice without separator") << head + "Login: x\nWebsite name: b\n"
                                                      << 5 << R"("Website name" appears twice)" << Kind::RepeatedKey;
        QTest::newRow("NUL byte") << head + "Login: a" + QByteArray(1, '\0') + "b\n"
                                  << 4 << "binary data" << Kind::BinaryData;
        QTest::newRow("encrypted backup")
            << QByteArray("\x01\x02\x00\x00\xff", 5) << 1 << "binary data" << Kind::BinaryData;
        QTest::newRow("invalid UTF-8") << head + "Login: caf\xE9\n" << 4 << "not valid UTF-8" << Kind::NotUtf8;
        QTest::newRow("overlong UTF-8") << head + "Login: \xC0\xAF\n" << 4 << "not valid UTF-8" << Kind::NotUtf8;
        QTest::newRow("UTF-8 surrogate") << head + "Login: \xED\xA0\x80\n" << 4 << "not valid UTF-8" << Kind::NotUtf8;
        QTest::newRow("beyond U+10FFFF") << head + "Login: \xF4\x90\x80\x80\n"
                                         << 4 << "not valid UTF-8" << Kind::NotUtf8;
        QTest::newRow("cut at the end") << head + "Login: \xE2\x82" << 4 << "not valid UTF-8" << Kind::NotUtf8;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEW\0e\0", 6) << 1 << "UTF-16" << Kind::WideText;
        QTest::newRow("CRLF keeps line numbers")
            << QByteArray("Websites\r\n\r\nWebsite name: a\r\nLogin: b\r\nLogn: c\r\n") << 5 << R"("Logn")"
            << Kind::UnknownKey;
        QTest::newRow("BOM keeps line numbers") << QByteArray("\xEF\xBB\xBFWebsites\nWebsite name: a\nwhat\n") << 3
                                                << R"(found "what")" << Kind::NotKeyValue;
        QTest::newRow("localized titles and keys")
            << QByteArray("Веб-сайты\n\nИмя сайта: пример\n") << 1 << "other languages" << Kind::NotEnglish;
        QTest::newRow("localized keys under an English title")
            << QByteArray("Websites\n\nNom du site: exemple\n") << 3 << "other languages" << Kind::UnknownKey;
        QTest::newRow("separator with trailing space") << head + "--- \nLogin: x\n"
                                                       << 4 << R"(found "--- ")" << Kind::NotKeyValue;
    }

    void refusesBrokenExports()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, says);
        QFETCH(KpmFormatError::Kind, kind);
        try {
            parseKpmTextExport(text.toStdString());
            QFAIL("a broken export was accepted");
        } catch (const KpmFormatError& error) {
            const QString message = QString::fromStdString(error.what());
            QCOMPARE(error.line(), static_cast<std::size_t>(line));
            QCOMPARE(error.formatKind(), kind);
            QVERIFY2(error.key().find("hunter2") == std::string::npos, error.key().c_str());
            QVERIFY2(message.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(message));
            QVERIFY2(message.contains(says), qPrintable(message));
            // A message may be printed anywhere: it never carries a value that could be a password.
            QVERIFY2(!message.contains(QStringLiteral("hunter2")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        }
    }

    void sectionTitles()
    {
        for (const auto section : kpmSections) {
            QVERIFY(kpmSectionFromTitle(kpmSectionTitle(section)) == section);
        }
        QCOMPARE(kpmSectionTitle(KpmSection::OtherAccounts), std::string_view("Other Accounts"));
        QVERIFY(!kpmSectionFromTitle("websites"));
        QVERIFY(!kpmSectionFromTitle("Websites "));
    }
};

QTEST_GUILESS_MAIN(TestKpmTextExport)
#include "tst_kpm_text_export.moc"
