// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Utf8.h"

#include <QTest>

using namespace offramp::utils;

namespace {

std::string_view bytes(const QByteArray& data)
{
    return {data.constData(), static_cast<std::size_t>(data.size())};
}

std::string encoded(char32_t codePoint)
{
    std::string out;
    appendUtf8(out, codePoint);
    return out;
}

} // namespace

static_assert(isUnicodeScalarValue(0xD7FF) && !isUnicodeScalarValue(0xD800) && !isUnicodeScalarValue(0xDFFF) &&
              isUnicodeScalarValue(0xE000) && isUnicodeScalarValue(0x10FFFF) && !isUnicodeScalarValue(0x110000));

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void decodesWellFormedCharacters_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<int>("length");
        QTest::newRow("NUL") << QByteArray("\0", 1) << 0U << 1;
        QTest::newRow("ASCII") << QByteArray("A") << 0x41U << 1;
        QTest::newRow("last of one byte") << QByteArray("\x7F") << 0x7FU << 1;
        QTest::newRow("first of two bytes") << QByteArray("\xC2\x80") << 0x80U << 2;
        QTest::newRow("ë") << QByteArray("\xC3\xAB") << 0xEBU << 2;
        QTest::newRow("last of two bytes") << QByteArray("\xDF\xBF") << 0x7FFU << 2;
        QTest::newRow("first of three bytes") << QByteArray("\xE0\xA0\x80") << 0x800U << 3;
        QTest::newRow("before the surrogates") << QByteArray("\xED\x9F\xBF") << 0xD7FFU << 3;
        QTest::newRow("after the surrogates") << QByteArray("\xEE\x80\x80") << 0xE000U << 3;
        QTest::newRow("last of three bytes") << QByteArray("\xEF\xBF\xBF") << 0xFFFFU << 3;
        QTest::newRow("first of four bytes") << QByteArray("\xF0\x90\x80\x80") << 0x10000U << 4;
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << 0x1F600U << 4;
        QTest::newRow("last code point") << QByteArray("\xF4\x8F\xBF\xBF") << 0x10FFFFU << 4;
        QTest::newRow("followed by more") << QByteArray("\xC3\xAB\xC3\xAB") << 0xEBU << 2;
    }

    void decodesWellFormedCharacters()
    {
        QFETCH(QByteArray, text);
        QFETCH(uint, codePoint);
        QFETCH(int, length);
        const auto character = decodeUtf8(bytes(text), 0);
        QVERIFY(character);
        QCOMPARE(static_cast<uint>(character->codePoint), codePoint);
        QCOMPARE(character->length, static_cast<std::size_t>(length));
    }

    void refusesMalformedSequences_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("lone continuation") << QByteArray("\x80");
        QTest::newRow("last continuation") << QByteArray("\xBF");
        QTest::newRow("cut after the lead") << QByteArray("\xC3");
        QTest::newRow("cut in three") << QByteArray("\xE2\x82");
        QTest::newRow("cut in four") << QByteArray("\xF0\x9F\x98");
        QTest::newRow("ASCII instead of continuation") << QByteArray("\xC3(");
        QTest::newRow("lead instead of continuation") << QByteArray("\xE2\xC3\xAB");
        QTest::newRow("overlong NUL") << QByteArray("\xC0\x80");
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
        QTest::newRow("overlong last of one byte") << QByteArray("\xC1\xBF");
        QTest::newRow("overlong in three") << QByteArray("\xE0\x80\xAF");
        QTest::newRow("overlong last of two") << QByteArray("\xE0\x9F\xBF");
        QTest::newRow("overlong in four") << QByteArray("\xF0\x80\x80\xAF");
        QTest::newRow("overlong last of three") << QByteArray("\xF0\x8F\xBF\xBF");
        QTest::newRow("first surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("last surrogate") << QByteArray("\xED\xBF\xBF");
        QTest::newRow("surrogate pair as CESU-8") << QByteArray("\xED\xA0\xBD\xED\xB8\x80");
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("lead F5") << QByteArray("\xF5\x80\x80\x80");
        QTest::newRow("five-byte form") << QByteArray("\xF8\x88\x80\x80\x80");
        QTest::newRow("FE") << QByteArray("\xFE");
        QTest::newRow("FF") << QByteArray("\xFF");
    }

    void refusesMalformedSequences()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!decodeUtf8(bytes(text), 0));
        QVERIFY(!isValidUtf8(bytes(text)));
        QVERIFY(!isValidUtf8(bytes("ok " + text + " ok")));
    }

    void decodesFromTheMiddle()
    {
        const std::string_view text = "a\xC3\xAB\xF0\x9F\x98\x80";
        QCOMPARE(static_cast<uint>(decodeUtf8(text, 1)->codePoint), 0xEBU);
        QCOMPARE(static_cast<uint>(decodeUtf8(text, 3)->codePoint), 0x1F600U);
        QVERIFY(!decodeUtf8(text, 2)); // inside "ë"
        QVERIFY(!decodeUtf8(text.substr(0, 6), 3));
    }

    void validatesWholeText()
    {
        QVERIFY(isValidUtf8(""));
        QVERIFY(isValidUtf8(std::string_view("a\0b", 3)));
        QVERIFY(isValidUtf8("Zoë/Документы/文書/😀"));
        QVERIFY(!isValidUtf8("\xC3"));
        QVERIFY(!isValidUtf8("\xC0\xAF"));         // overlong "/"
        QVERIFY(!isValidUtf8("\xED\xA0\x80"));     // a surrogate
        QVERIFY(!isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
        QVERIFY(!isValidUtf8("\xFF"));
    }

    void encodesEveryLength()
    {
        QCOMPARE(encoded(0x41), std::string("A"));
        QCOMPARE(encoded(0x7F), std::string("\x7F"));
        QCOMPARE(encoded(0x80), std::string("\xC2\x80"));
        QCOMPARE(encoded(0x7FF), std::string("\xDF\xBF"));
        QCOMPARE(encoded(0x800), std::string("\xE0\xA0\x80"));
        QCOMPARE(encoded(0xFFFF), std::string("\xEF\xBF\xBF"));
        QCOMPARE(encoded(0x10000), std::string("\xF0\x90\x80\x80"));
        QCOMPARE(encoded(0x10FFFF), std::string("\xF4\x8F\xBF\xBF"));
        std::string nul;
        appendUtf8(nul, 0);
        QCOMPARE(nul, std::string(1, '\0'));
    }

    void encodesWhatCannotBeUtf8AsReplacement()
    {
        const std::string replacement = "\xEF\xBF\xBD";
        QCOMPARE(encoded(0xD800), replacement);
        QCOMPARE(encoded(0xDFFF), replacement);
        QCOMPARE(encoded(0x110000), replacement);
        QCOMPARE(encoded(0xFFFFFFFF), replacement);
    }

    void encodingRoundTrips()
    {
        for (const char32_t codePoint : {0x0U, 0x24U, 0xA2U, 0x939U, 0x20ACU, 0xD55CU, 0xFFFDU, 0x10348U, 0x10FFFFU}) {
            const std::string text = encoded(codePoint);
            const auto character = decodeUtf8(text, 0);
            QVERIFY(character);
            QCOMPARE(static_cast<uint>(character->codePoint), static_cast<uint>(codePoint));
            QCOMPARE(character->length, text.size());
        }
    }

    void prefixNeverCutsACharacter()
    {
        const std::string_view name = "ab\xC3\xAB\xF0\x9F\x98\x80"; // "abë😀"
        QCOMPARE(utf8Prefix(name, 100), name);
        QCOMPARE(utf8Prefix(name, name.size()), name);
        QCOMPARE(utf8Prefix(name, 2), std::string_view("ab"));
        QCOMPARE(utf8Prefix(name, 3), std::string_view("ab"));
        QCOMPARE(utf8Prefix(name, 4), std::string_view("ab\xC3\xAB"));
        QCOMPARE(utf8Prefix(name, 7), std::string_view("ab\xC3\xAB"));
        QCOMPARE(utf8Prefix(name, 0), std::string_view());
        QCOMPARE(utf8Prefix("", 0), std::string_view());
    }

    void tellsContinuationBytes()
    {
        QVERIFY(isUtf8Continuation('\x80'));
        QVERIFY(isUtf8Continuation('\xBF'));
        QVERIFY(!isUtf8Continuation('\x7F'));
        QVERIFY(!isUtf8Continuation('\xC0'));
        QVERIFY(!isUtf8Continuation('a'));
    }
};

QTEST_APPLESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
