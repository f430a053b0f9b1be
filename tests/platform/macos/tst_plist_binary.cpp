// SPDX-License-Identifier: GPL-3.0-or-later
// The binary property list reader, against files written by a real writer (libplist's plistutil)
// and against hand-made hostile files: truncation, garbage, reference cycles, deep nesting, bombs.
#include "PlistTestSupport.h"
#include "TestSupport.h"
#include "platform/macos/Plist.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <string>

using namespace offramp::platform;
using offramp::test::readFile;
using offramp::test::writeFile;

namespace {

using Dict = PlistValue::Dict;
using Array = PlistValue::Array;
using Data = PlistValue::Data;

// Converts an XML plist to binary with libplist's plistutil. The tests need it: a missing tool fails them.
std::string toBinary(const std::string& xml)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("plistutil"));
    if (tool.isEmpty()) {
        throw std::runtime_error("plistutil is not installed (Debian package libplist-utils); the binary plist "
                                 "tests need it to write real binary plists");
    }
    QTemporaryDir dir;
    const std::filesystem::path in = dir.path().toStdString() + "/in.plist";
    const std::filesystem::path out = dir.path().toStdString() + "/out.plist";
    writeFile(in, xml);
    const auto result =
        offramp::test::run(tool, {QStringLiteral("-i"), QString::fromStdString(in.string()), QStringLiteral("-o"),
                                  QString::fromStdString(out.string()), QStringLiteral("-f"), QStringLiteral("bin")});
    if (result.exitCode != 0) {
        throw std::runtime_error("plistutil failed: " + result.err.toStdString());
    }
    std::string binary = readFile(out);
    if (binary.substr(0, 8) != "bplist00") {
        throw std::runtime_error("plistutil did not write a binary plist");
    }
    return binary;
}

// And back, to read XML as libplist writes it.
std::string toXml(const std::string& binary)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("plistutil"));
    if (tool.isEmpty()) {
        throw std::runtime_error("plistutil is not installed (Debian package libplist-utils)");
    }
    QTemporaryDir dir;
    const std::filesystem::path in = dir.path().toStdString() + "/in.plist";
    writeFile(in, binary);
    const auto result = offramp::test::run(
        tool, {QStringLiteral("-i"), QString::fromStdString(in.string()), QStringLiteral("-f"), QStringLiteral("xml")});
    if (result.exitCode != 0) {
        throw std::runtime_error("plistutil failed: " + result.err.toStdString());
    }
    return result.out.toStdString();
}

// Builds binary plists byte by byte, for what no well-behaved writer produces.
class BplistBuilder
{
public:
    // Adds an object's bytes; returns its number.
    std::uint64_t add(std::string bytes)
    {
        m_objects.push_back(std::move(bytes));
        return m_objects.size() - 1;
    }

    std::string build(std::uint64_t top = 0, unsigned refSize = 1, unsigned offsetSize = 0) const
    {
        std::string out = "bplist00";
        std::vector<std::uint64_t> offsets;
        for (const std::string& object : m_objects) {
            offsets.push_back(out.size());
            out += object;
        }
        const std::uint64_t tableOffset = out.size();
        if (offsetSize == 0) {
            offsetSize = tableOffset < 0x100 ? 1 : tableOffset < 0x10000 ? 2 : 4;
        }
        for (const std::uint64_t offset : offsets) {
            out += bigEndian(offset, offsetSize);
        }
        out += std::string(6, '\0');
        out += static_cast<char>(offsetSize);
        out += static_cast<char>(refSize);
        out += bigEndian(m_objects.size(), 8);
        out += bigEndian(top, 8);
        out += bigEndian(tableOffset, 8);
        return out;
    }

    static std::string bigEndian(std::uint64_t value, unsigned width)
    {
        std::string out;
        for (unsigned i = width; i > 0; --i) {
            out += static_cast<char>((value >> (8 * (i - 1))) & 0xFF);
        }
        return out;
    }

    // An array (0xA) or dictionary (0xD) marker with its count, as writers encode it.
    static std::string container(unsigned type, std::uint64_t count)
    {
        std::string out;
        if (count < 15) {
            out += static_cast<char>((type << 4) | count);
        } else {
            out += static_cast<char>((type << 4) | 0xF);
            out += '\x13';
            out += bigEndian(count, 8);
        }
        return out;
    }

private:
    std::vector<std::string> m_objects;
};

std::string ascii(std::string_view text)
{
    return static_cast<char>(0x50 | text.size()) + std::string(text);
}

// A chain of `depth` arrays, each holding the next, around a single true.
std::string nestedArrays(std::uint64_t depth)
{
    BplistBuilder builder;
    const unsigned refSize = depth < 0xFF ? 1 : 2;
    for (std::uint64_t i = 0; i < depth; ++i) {
        builder.add("\xA1" + BplistBuilder::bigEndian(i + 1, refSize));
    }
    builder.add("\x09");
    return builder.build(0, refSize);
}

const std::string kEveryTypeXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.kaspersky.kav</string>
	<key>entities</key>
	<string>Kaspersky &amp; &lt;Lab&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42;</string>
	<key>cyrillic</key>
	<string>Лаборатория Касперского</string>
	<key>mixed</key>
	<string>Grüße — 😀 and 𝄞 outside the BMP</string>
	<key>empty</key>
	<string/>
	<key>long</key>
	<string>abcdefghijklmnopqrstuvwxyz0123456789</string>
	<key>byte</key>
	<integer>200</integer>
	<key>short</key>
	<integer>40000</integer>
	<key>word</key>
	<integer>3000000000</integer>
	<key>negative</key>
	<integer>-42</integer>
	<key>largest</key>
	<integer>9223372036854775807</integer>
	<key>unsigned</key>
	<integer>18446744073709551615</integer>
	<key>real</key>
	<real>3.25</real>
	<key>yes</key>
	<true/>
	<key>no</key>
	<false/>
	<key>when</key>
	<date>2024-09-29T12:34:56Z</date>
	<key>bytes</key>
	<data>AAEC/w==</data>
	<key>noBytes</key>
	<data></data>
	<key>list</key>
	<array>
		<integer>1</integer>
		<string>two</string>
		<array/>
		<dict/>
		<dict><key>inner</key><string>Касперский</string></dict>
	</array>
</dict>
</plist>
)";

PlistValue everyTypeExpected()
{
    return Dict{
        {"CFBundleIdentifier", "com.kaspersky.kav"},
        {"entities", "Kaspersky & <Lab> \"q\" 'a' AB"},
        {"cyrillic", "Лаборатория Касперского"},
        {"mixed", "Grüße — 😀 and 𝄞 outside the BMP"},
        {"empty", ""},
        {"long", "abcdefghijklmnopqrstuvwxyz0123456789"},
        {"byte", 200},
        {"short", 40000},
        {"word", std::int64_t{3000000000}},
        {"negative", -42},
        {"largest", std::int64_t{9223372036854775807}},
        {"unsigned", -1}, // 16 bytes in the file; the low 64 bits are kept
        {"real", 3.25},
        {"yes", true},
        {"no", false},
        {"when", PlistDate{749306096.0}},
        {"bytes", Data{0x00, 0x01, 0x02, 0xFF}},
        {"noBytes", Data{}},
        {"list", Array{1, "two", Array{}, Dict{}, Dict{{"inner", "Касперский"}}}},
    };
}

} // namespace

class TestPlistBinary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The binary plists are written by a real writer; without it the tests fail rather than skip.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("plistutil")).isEmpty(),
                 "plistutil is not installed (Debian package libplist-utils)");
    }

    void everyTypeRoundTrip()
    {
        const std::string binary = toBinary(kEveryTypeXml);
        // plistutil writes non-ASCII strings as UTF-16BE (0x6n objects): "Л" is 04 1B, "😀" the pair D83D DE00.
        QVERIFY(offramp::test::contains(binary, std::string("\x04\x1B\x04\x30", 4)));
        QVERIFY(offramp::test::contains(binary, std::string_view("\xD8\x3D\xDE\x00", 4)));
        // And the unsigned 64-bit value as a 16-byte integer (marker 0x14).
        QVERIFY(
            offramp::test::contains(binary, std::string("\x14\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 17)));

        const PlistValue fromBinary = parsePlist(binary);
        QVERIFY(fromBinary == everyTypeExpected());
        QVERIFY(parseBinaryPlist(binary) == fromBinary);
        QVERIFY(parsePlist(kEveryTypeXml) == fromBinary);
        QCOMPARE(fromBinary.find("when")->asDate()->toIso8601(), std::string("2024-09-29T12:34:56Z"));
        // XML as libplist writes it reads the same.
        QVERIFY(parsePlist(toXml(binary)) == fromBinary);
    }

    void largeCollections()
    {
        // More than 255 objects (two-byte references), strings with one-, two- and four-byte extended
        // lengths, and a file beyond 64 KiB (wider offsets).
        std::string xml = "<plist><dict><key>items</key><array>";
        PlistValue::Array items;
        for (int i = 0; i < 400; ++i) {
            const std::string text = "item " + std::to_string(i) + (i % 2 == 0 ? " é" : "");
            xml += "<string>" + text + "</string>";
            items.emplace_back(text);
        }
        const std::string medium(300, 'm');
        const std::string huge(70000, 'h');
        std::string hugeWide;
        for (int i = 0; i < 20000; ++i) {
            hugeWide += "ж";
        }
        xml += "</array><key>medium</key><string>" + medium + "</string><key>huge</key><string>" + huge +
               "</string><key>wide</key><string>" + hugeWide + "</string></dict></plist>";
        const PlistValue expected = Dict{{"items", items}, {"medium", medium}, {"huge", huge}, {"wide", hugeWide}};
        const std::string binary = toBinary(xml);
        QVERIFY(binary.size() > 0x10000);
        QVERIFY(parsePlist(binary) == expected);
        QVERIFY(parsePlist(xml) == expected);
    }

    void truncatedAtEveryLength()
    {
        const std::string binary = toBinary(kEveryTypeXml);
        QVERIFY(parsePlist(binary) == everyTypeExpected());
        for (std::size_t length = 0; length < binary.size(); ++length) {
            const std::string error = offramp::test::plistErrorOf(std::string_view(binary).substr(0, length));
            QVERIFY2(error != "(parsed without an error)", qPrintable(QString::number(length)));
            if (length >= 8 && length < 40) {
                QVERIFY2(offramp::test::contains(error, "truncated binary plist: "), error.c_str());
            }
        }
        // Cut just before the trailer: the "trailer" is the end of the offset table and the objects.
        const std::string lostTrailer =
            offramp::test::plistErrorOf(std::string_view(binary).substr(0, binary.size() - 32));
        QVERIFY2(offramp::test::contains(lostTrailer, "binary plist"), lostTrailer.c_str());
    }

    void truncatedOffsetTable()
    {
        // A correct trailer whose offset table would run past the end of the file.
        BplistBuilder builder;
        builder.add("\x09");
        std::string bytes = builder.build();
        bytes[bytes.size() - 17] = 50; // 50 objects, but one offset in the table
        const std::string error = offramp::test::plistErrorOf(bytes);
        QVERIFY2(offramp::test::contains(error, "truncated binary plist: offset table runs past the end"),
                 error.c_str());
    }

    void handMadeObjects()
    {
        BplistBuilder builder;
        builder.add("\xAC" + std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B\x0C"));
        builder.add(std::string("\x10\xFF", 2));                             // 1-byte integer, unsigned
        builder.add(std::string("\x11\xFF\xFE", 3));                         // 2-byte integer, unsigned
        builder.add(std::string("\x12\xFF\xFF\xFF\xFE", 5));                 // 4-byte integer, unsigned
        builder.add(std::string("\x13\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE", 9)); // 8-byte integer, signed
        builder.add(std::string("\x22\x40\x20\x00\x00", 5));                 // 4-byte real: 2.5
        builder.add(std::string("\x00", 1));                                 // null
        builder.add(std::string("\x81\x01\x02", 3));                         // UID
        builder.add("\x53" + std::string("a\xE9z"));                         // "ASCII" with a Latin-1 byte
        builder.add(std::string("\x63\xD8\x3D\x00\x41\xDE\x00", 7));         // lone surrogates become U+FFFD
        builder.add(std::string("\xC1\x0B", 2));                             // a set, read as an array
        builder.add(std::string("\x33\x00\x00\x00\x00\x00\x00\x00\x00", 9)); // the plist epoch
        builder.add(std::string("\x5F\x10\x10", 3) + "sixteen chars!!!");    // extended length
        const PlistValue value = parsePlist(builder.build());
        const PlistValue expected = Array{255,
                                          65534,
                                          std::int64_t{4294967294},
                                          -2,
                                          2.5,
                                          PlistValue(),
                                          258,
                                          "a\xC3\xA9z",
                                          "\xEF\xBF\xBD"
                                          "A\xEF\xBF\xBD",
                                          Array{PlistValue(PlistDate{0})},
                                          PlistDate{0},
                                          "sixteen chars!!!"};
        QVERIFY(value == expected);
        QCOMPARE(value.asArray()->at(5).type(), PlistType::Null);
        QCOMPARE(plistTypeName(value.asArray()->at(5).type()), std::string_view("null"));
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        const auto row = [](const char* name, const std::string& bytes, const char* message) {
            QTest::newRow(name) << QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()))
                                << QByteArray(message);
        };
        {
            BplistBuilder builder;
            builder.add("\x09");
            row("too short", builder.build().substr(0, 39), "truncated binary plist: 39 bytes is too short");
            // The trailer: 6 unused bytes, offset size, reference size, then three 8-byte numbers.
            std::string offsetSize = builder.build();
            offsetSize[offsetSize.size() - 26] = 0;
            row("offset size 0", offsetSize, "the trailer gives an offset size of 0 bytes");
            std::string refSize = builder.build();
            refSize[refSize.size() - 25] = 9;
            row("reference size 9", refSize, "object reference size of 9 bytes");
            std::string noObjects = builder.build();
            noObjects[noObjects.size() - 17] = 0;
            row("no objects", noObjects, "the trailer lists no objects");
            row("top beyond objects", builder.build(3), "the top object is number 3 of only 1 objects");
            std::string tableInHeader = builder.build();
            tableInHeader[tableInHeader.size() - 1] = 4;
            row("table in header", tableInHeader, "the offset table starts at 4, inside the header");
        }
        {
            BplistBuilder builder;
            builder.add("\x09");
            std::string bytes = builder.build();
            bytes[9] = 3; // the only offset points into the header
            row("offset in header", bytes, "object 0 is said to start at offset 3, outside the object area");
        }
        {
            BplistBuilder builder;
            builder.add("\xA2\x01\x07");
            builder.add("\x09");
            row("reference beyond objects", builder.build(), "object 0 refers to object 7, but there are only 2");
        }
        {
            BplistBuilder builder;
            builder.add("\x70");
            row("unknown marker", builder.build(), "has an unknown type (marker 0x70)");
        }
        {
            BplistBuilder builder;
            builder.add("\x15");
            row("32-byte integer", builder.build(), "has an unknown type (marker 0x15)");
        }
        {
            BplistBuilder builder;
            builder.add("\x5A"
                        "abc");
            row("string past the end", builder.build(), "truncated binary plist: object 0 (string at offset 9");
        }
        {
            BplistBuilder builder;
            builder.add("\x5F\x13\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF");
            row("huge extended length", builder.build(), "truncated binary plist: object 0 (string");
        }
        {
            BplistBuilder builder;
            builder.add("\x5F\x09");
            row("malformed extended length", builder.build(), "has a malformed length (marker 0x9");
        }
        {
            BplistBuilder builder;
            builder.add(BplistBuilder::container(0xA, 0xFFFFFFFFFFFFULL));
            row("huge array", builder.build(), "truncated binary plist: object 0 (array");
        }
        {
            BplistBuilder builder;
            builder.add("\xD1\x01\x02");
            builder.add("\x10\x05");
            builder.add("\x09");
            row("integer key", builder.build(), "dictionary object 0 has a key of type integer");
        }
    }

    void damaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        const std::string error =
            offramp::test::plistErrorOf(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        QVERIFY2(offramp::test::contains(error, message.toStdString()), error.c_str());
        QVERIFY2(error.find('\n') == std::string::npos, "error messages are one line");
    }

    void referenceCycles()
    {
        {
            // An array holding itself.
            BplistBuilder builder;
            builder.add(std::string("\xA1\x00", 2));
            const std::string error = offramp::test::plistErrorOf(builder.build());
            QVERIFY2(offramp::test::contains(error, "object 0 contains itself (a reference cycle)"), error.c_str());
        }
        {
            // A longer loop: array -> dictionary -> array.
            BplistBuilder builder;
            builder.add("\xA1\x01");
            builder.add(std::string("\xD1\x02\x00", 3));
            builder.add(ascii("loop"));
            const std::string error = offramp::test::plistErrorOf(builder.build());
            QVERIFY2(offramp::test::contains(error, "a reference cycle"), error.c_str());
        }
        {
            // Sharing without a loop is fine: writers reuse equal strings.
            BplistBuilder builder;
            builder.add("\xA3\x01\x02\x01");
            builder.add(ascii("same"));
            builder.add("\xA1\x01");
            QVERIFY(parsePlist(builder.build()) == PlistValue(Array{"same", Array{"same"}, "same"}));
        }
    }

    void deepNesting()
    {
        const PlistValue deepest = parsePlist(nestedArrays(kPlistMaxDepth));
        QCOMPARE(deepest.type(), PlistType::Array);
        const std::string tooDeep = offramp::test::plistErrorOf(nestedArrays(kPlistMaxDepth + 1));
        QVERIFY2(offramp::test::contains(tooDeep, "nested more than 64 deep"), tooDeep.c_str());
        const std::string hostile = offramp::test::plistErrorOf(nestedArrays(60000));
        QVERIFY2(offramp::test::contains(hostile, "nested more than 64 deep"), hostile.c_str());
    }

    void sharedObjectBomb()
    {
        // Ten levels of arrays, each holding the next fourteen times: 14^10 values from a 200-byte file.
        BplistBuilder builder;
        for (int level = 0; level < 10; ++level) {
            builder.add("\xAE" + std::string(14, static_cast<char>(level + 1)));
        }
        builder.add(ascii("boom"));
        const std::string values = offramp::test::plistErrorOf(builder.build());
        QVERIFY2(offramp::test::contains(values, "expand to more than a million values"), values.c_str());

        // Few values but a large shared string: 8 levels of 4, 65536 copies of 64 KiB.
        BplistBuilder bytes;
        for (int level = 0; level < 8; ++level) {
            bytes.add("\xA4" + std::string(4, static_cast<char>(level + 1)));
        }
        bytes.add(std::string("\x5F\x12\x00\x01\x00\x00", 6) + std::string(65536, 'x'));
        const std::string copied = offramp::test::plistErrorOf(bytes.build());
        QVERIFY2(offramp::test::contains(copied, "expand to more than 64 MiB"), copied.c_str());
    }

    void garbage()
    {
        std::mt19937 random(20240720);
        std::uniform_int_distribution<int> byte(0, 255);
        const std::string valid = toBinary(kEveryTypeXml);
        int thrown = 0;
        int rounds = 0;
        for (int round = 0; round < 30000; ++round) {
            std::string bytes;
            if (round % 3 == 0) {
                // Random bytes behind the magic number.
                bytes = "bplist00";
                for (int i = 0; i < round % 300; ++i) {
                    bytes += static_cast<char>(byte(random));
                }
            } else {
                // A valid file with a few bytes changed, most often in the trailer and offset table.
                bytes = valid;
                for (int change = 0; change < 1 + round % 4; ++change) {
                    const std::size_t span = round % 2 == 0 ? bytes.size() - 8 : 64;
                    std::uniform_int_distribution<std::size_t> where(bytes.size() - span, bytes.size() - 1);
                    bytes[where(random)] = static_cast<char>(byte(random));
                }
            }
            ++rounds;
            try {
                parsePlist(bytes);
            } catch (const PlistError&) {
                ++thrown;
            }
        }
        QCOMPARE(rounds, 30000);
        QVERIFY(thrown > 10000);
    }
};

QTEST_APPLESS_MAIN(TestPlistBinary)
#include "tst_plist_binary.moc"
