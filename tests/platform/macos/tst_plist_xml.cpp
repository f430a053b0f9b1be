// SPDX-License-Identifier: GPL-3.0-or-later
// The XML property list reader: every type, the XML around it, and damaged or hostile input.
#include "PlistTestSupport.h"
#include "platform/macos/Plist.h"

#include <QTest>

#include <cmath>
#include <random>
#include <string>

using namespace offramp::platform;

namespace {

using Dict = PlistValue::Dict;
using Array = PlistValue::Array;
using Data = PlistValue::Data;

std::string nestedArrays(int depth)
{
    std::string text = "<plist>";
    for (int i = 0; i < depth; ++i) {
        text += "<array>";
    }
    text += "<true/>";
    for (int i = 0; i < depth; ++i) {
        text += "</array>";
    }
    return text + "</plist>";
}

constexpr std::string_view kEveryType = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<!-- Written by hand, with the oddities real files have. -->
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.kaspersky.kav</string>
	<key>entities</key>
	<string>Kaspersky &amp; &lt;Lab&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42;&#x41a;</string>
	<key>nonAscii</key>
	<string>Лаборатория Касперского — Grüße 😀</string>
	<key>empty</key>
	<string/>
	<key>emptyPair</key>
	<string></string>
	<key/>
	<string>empty key</string>
	<key>negative</key>
	<integer>-42</integer>
	<key>large</key>
	<integer> 9223372036854775807 </integer>
	<key>smallest</key>
	<integer>-9223372036854775808</integer>
	<key>hex</key>
	<integer>0x1F</integer>
	<key>real</key>
	<real>3.25</real>
	<key>exponent</key>
	<real>-1.5e3</real>
	<key>yes</key>
	<true/>
	<key>no</key>
	<false/>
	<key>when</key>
	<date>2024-09-29T12:34:56Z</date>
	<key>bytes</key>
	<data>
	AAEC/w==
	</data>
	<key>noBytes</key>
	<data/>
	<key>list</key>
	<array>
		<integer>1</integer>
		<!-- a comment between elements -->
		<string>two</string>
		<array/>
		<dict/>
	</array>
</dict>
</plist>
)";

PlistValue everyTypeExpected()
{
    return Dict{
        {"CFBundleIdentifier", "com.kaspersky.kav"},
        {"entities", "Kaspersky & <Lab> \"q\" 'a' AB\xD0\x9A"},
        {"nonAscii", "Лаборатория Касперского — Grüße 😀"},
        {"empty", ""},
        {"emptyPair", ""},
        {"", "empty key"},
        {"negative", -42},
        {"large", std::int64_t{9223372036854775807}},
        {"smallest", std::numeric_limits<std::int64_t>::min()},
        {"hex", 31},
        {"real", 3.25},
        {"exponent", -1500.0},
        {"yes", true},
        {"no", false},
        {"when", PlistDate{749306096.0}},
        {"bytes", Data{0x00, 0x01, 0x02, 0xFF}},
        {"noBytes", Data{}},
        {"list", Array{1, "two", Array{}, Dict{}}},
    };
}

} // namespace

class TestPlistXml : public QObject
{
    Q_OBJECT

private slots:
    void everyType()
    {
        const PlistValue value = parsePlist(kEveryType);
        QVERIFY(value == everyTypeExpected());
        QCOMPARE(value.type(), PlistType::Dict);
        QVERIFY(value.stringFor("CFBundleIdentifier") != nullptr);
        QCOMPARE(*value.stringFor("CFBundleIdentifier"), std::string("com.kaspersky.kav"));
        QVERIFY(value.stringFor("negative") == nullptr); // not a string
        QVERIFY(value.stringFor("absent") == nullptr);
        QCOMPARE(value.find("when")->asDate()->toIso8601(), std::string("2024-09-29T12:34:56Z"));
        // The same through the XML entry point, and the parse is repeatable.
        QVERIFY(parseXmlPlist(kEveryType) == value);
    }

    void dates()
    {
        QCOMPARE(PlistDate::fromIso8601("2001-01-01T00:00:00Z")->secondsSince2001, 0.0);
        QCOMPARE(PlistDate::fromIso8601("2000-12-31T23:59:59Z")->secondsSince2001, -1.0);
        QCOMPARE(PlistDate::fromIso8601("2024-02-29T00:00:00Z")->toIso8601(), std::string("2024-02-29T00:00:00Z"));
        QCOMPARE(PlistDate::fromIso8601("1970-01-01T00:00:00Z")->secondsSince2001, -978307200.0);
        QCOMPARE(PlistDate{-0.5}.toIso8601(), std::string("2000-12-31T23:59:59Z"));
        QVERIFY(!PlistDate::fromIso8601("2023-02-29T00:00:00Z"));
        QVERIFY(!PlistDate::fromIso8601("2024-09-29 12:34:56Z"));
        QVERIFY(!PlistDate::fromIso8601("2024-09-29T24:00:00Z"));
        QVERIFY(!PlistDate::fromIso8601("2024-09-29T12:34:56"));
        QCOMPARE(PlistDate{std::nan("")}.toIso8601(), std::string("invalid date"));
        QCOMPARE(PlistDate{1e300}.toIso8601(), std::string("invalid date"));
    }

    void xmlAroundTheValue()
    {
        // A byte-order mark, a DOCTYPE with an internal subset, processing instructions and comments.
        const std::string text = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- before -->\n"
                                 "<!DOCTYPE plist [ <!ENTITY x \"y>z\"> ]>\n"
                                 "<plist version='1.0' note=\"a > b\">"
                                 "<dict><key>a<!-- inside --></key><string>x<![CDATA[<&>]]>y</string></dict>"
                                 "</plist>\n<!-- after -->\n";
        QVERIFY(parsePlist(text) == PlistValue(Dict{{"a", "x<&>y"}}));
        // A bare value without <plist> around it is accepted, as Apple's parser does.
        QVERIFY(parsePlist("  <string>bare</string>  ") == PlistValue("bare"));
        QVERIFY(parsePlist("<array/>") == PlistValue(Array{}));
        QVERIFY(parsePlist("<plist><dict/></plist>") == PlistValue(Dict{}));
        // Line breaks and tabs inside strings are kept as they are.
        QVERIFY(parsePlist("<string>a\n\tb</string>") == PlistValue("a\n\tb"));
    }

    void numbers()
    {
        QVERIFY(parsePlist("<integer>+7</integer>") == PlistValue(7));
        QVERIFY(parsePlist("<integer>-0x10</integer>") == PlistValue(-16));
        // Values above INT64_MAX keep their 64 bits, as binary plists' 16-byte integers do.
        QVERIFY(parsePlist("<integer>18446744073709551615</integer>") == PlistValue(-1));
        QVERIFY(parsePlist("<real>+infinity</real>") == PlistValue(HUGE_VAL));
        QVERIFY(parsePlist("<real>-infinity</real>") == PlistValue(-HUGE_VAL));
        QVERIFY(std::isnan(*parsePlist("<real>nan</real>").asReal()));
        QVERIFY(parsePlist("<real>.5</real>") == PlistValue(0.5));
        QVERIFY(parsePlist("<real>2</real>") == PlistValue(2.0));
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("message");
        const auto row = [](const char* name, const char* text, const char* message) {
            QTest::newRow(name) << QByteArray(text) << QByteArray(message);
        };
        row("eof in dict", "<plist><dict><key>a</key><string>x</string>",
            "XML plist: unexpected end of file inside <dict>");
        row("eof in string", "<plist><string>abc", "XML plist: unexpected end of file inside <string>");
        row("eof in tag", "<plist><dict", "XML plist: unexpected end of file inside the tag <dict");
        row("eof in comment", "<plist><!-- never closed", "XML plist: unexpected end of file inside a comment");
        row("eof in doctype", "<!DOCTYPE plist [", "XML plist: unexpected end of file inside <!DOCTYPE>");
        row("eof in entity", "<string>a&am", "XML plist: unexpected end of file inside <string>");
        row("key without value", "<plist><dict><key>a</key></dict></plist>", "<key>a</key> has no value");
        row("two keys", "<dict><key>a</key><key>b</key><true/></dict>", "followed by another <key>");
        row("value without key", "<dict><string>x</string></dict>", "expected <key> inside <dict> but found <string>");
        row("key outside dict", "<plist><key>x</key></plist>", "<key> outside a <dict>");
        row("wrong end tag", "<plist><array><string>x</array></plist>", "unexpected </array> inside <string>");
        row("wrong container end", "<plist><array></dict></plist>", "unexpected </dict> inside <array>");
        row("element in string", "<string>a<b/>c</string>", "unexpected <b> inside <string>");
        row("text in dict", "<dict>stray</dict>", "unexpected text \"stray</dict>\" inside <dict>");
        row("unknown element", "<plist><foo/></plist>", "unknown element <foo>");
        row("unknown entity", "<string>&bogus;</string>", "unknown entity &bogus;");
        row("lone ampersand", "<string>salt & pepper are fine in HTML</string>", "a '&' that starts no entity");
        row("null reference", "<string>&#0;</string>", "invalid character reference &#0;");
        row("surrogate reference", "<string>&#xD800;</string>", "invalid character reference &#xD800;");
        row("huge reference", "<string>&#x110000;</string>", "invalid character reference");
        row("not an integer", "<integer>12a</integer>", "<integer> holds \"12a\", which is not a whole number");
        row("integer overflow", "<integer>99999999999999999999</integer>", "not a whole number in range");
        row("integer underflow", "<integer>-9223372036854775809</integer>", "below the smallest 64-bit integer");
        row("empty integer", "<integer/>", "<integer> holds \"\"");
        row("not a real", "<real>abc</real>", "<real> holds \"abc\", which is not a number");
        row("bad date", "<date>2024-13-01T00:00:00Z</date>", "not a date like 2024-09-29T00:00:00Z");
        row("bad base64", "<data>AB$C</data>", "<data> is not valid base64 (unexpected '$')");
        row("short base64", "<data>QUJDR</data>", "ends in the middle of a byte");
        row("data after padding", "<data>QQ==QQ==</data>", "not valid base64");
        row("content in true", "<true>yes</true>", "<true> must be empty");
        row("empty plist", "<plist></plist>", "<plist> holds no value");
        row("empty plist element", "<plist/>", "<plist/> holds no value");
        row("two values", "<plist><true/><false/></plist>", "<plist> holds more than one value");
        row("trailing content", "<string>x</string> and more", "unexpected content after the end");
        row("no value at all", "<?xml version=\"1.0\"?>\n<!-- nothing -->", "the file holds no value");
        row("end tag first", "</plist>", "unexpected </plist> before any value");
        row("not xml", "{ CFBundleIdentifier = x; }", "not a property list: it is neither a binary plist nor XML");
        row("empty file", "", "not a property list: the file is empty");
        row("utf16 xml", "\xFF\xFE<\0?\0", "UTF-16 XML property lists are not supported");
        row("other binary version", "bplist15\x01\x02", "binary plist format \"bplist15\" is not supported");
        row("line number", "<plist>\n<dict>\n<integer>1</integer>\n</dict>\n</plist>",
            "expected <key> inside <dict> but found <integer> (line 3)");
    }

    void damaged()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, message);
        const std::string error =
            offramp::test::plistErrorOf(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        QVERIFY2(offramp::test::contains(error, message.toStdString()), error.c_str());
        QVERIFY2(error.find('\n') == std::string::npos, "error messages are one line");
    }

    void deepNesting()
    {
        QVERIFY(parsePlist(nestedArrays(kPlistMaxDepth)).type() == PlistType::Array);
        const std::string tooDeep = offramp::test::plistErrorOf(nestedArrays(kPlistMaxDepth + 1));
        QVERIFY2(offramp::test::contains(tooDeep, "nested more than 64 deep"), tooDeep.c_str());
        // Far deeper than any stack would survive without the limit.
        const std::string hostile = offramp::test::plistErrorOf(nestedArrays(1'000'000));
        QVERIFY2(offramp::test::contains(hostile, "nested more than 64 deep"), hostile.c_str());
    }

    void truncatedAtEveryLength()
    {
        // Every proper prefix of a document is damaged, and none may crash the reader.
        std::string text(kEveryType);
        text.resize(text.rfind("</plist>") + 8);
        QVERIFY(parsePlist(text) == everyTypeExpected());
        for (std::size_t length = 0; length < text.size(); ++length) {
            const std::string error = offramp::test::plistErrorOf(std::string_view(text).substr(0, length));
            QVERIFY2(error != "(parsed without an error)", qPrintable(QString::number(length)));
        }
    }

    void garbage()
    {
        // Random bytes and random damage to a valid document: each must parse or throw PlistError, nothing else.
        std::mt19937 random(20240929);
        std::uniform_int_distribution<int> byte(0, 255);
        const std::string alphabet = "<>/!?-[]&#;x0123456789abcdef dict key string array integer real data date true";
        std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
        int thrown = 0;
        for (int round = 0; round < 20000; ++round) {
            std::string text;
            if (round % 2 == 0) {
                text = std::string(kEveryType);
                for (int change = 0; change < 1 + round % 5; ++change) {
                    std::uniform_int_distribution<std::size_t> where(0, text.size() - 1);
                    text[where(random)] = round % 4 == 0 ? static_cast<char>(byte(random)) : alphabet[pick(random)];
                }
            } else {
                text = "<";
                for (int i = 0; i < round % 200; ++i) {
                    text += round % 3 == 0 ? static_cast<char>(byte(random)) : alphabet[pick(random)];
                }
            }
            try {
                parsePlist(text);
            } catch (const PlistError&) {
                ++thrown;
            }
        }
        QVERIFY(thrown > 10000);
    }
};

QTEST_APPLESS_MAIN(TestPlistXml)
#include "tst_plist_xml.moc"
