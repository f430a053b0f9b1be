// SPDX-License-Identifier: GPL-3.0-or-later
// The XML property list reader: just enough XML for what Apple's and libplist's writers produce
// (a prolog, comments, CDATA, the five named entities and character references), and strict about
// everything else so that a damaged file is reported rather than half read.
#include "engine/utils/Utf8.h"
#include "platform/macos/Plist.h"

#include <charconv>
#include <limits>

namespace offramp::platform {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

// A short, printable excerpt of a value for error messages.
std::string excerpt(std::string_view text)
{
    constexpr std::size_t kMax = 40;
    std::string out;
    for (const char c : text.substr(0, kMax)) {
        out += c >= ' ' && c != '\x7f' ? c : '?';
    }
    if (text.size() > kMax) {
        out += "...";
    }
    return out;
}

int base64Digit(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

struct Tag
{
    std::string name;
    bool closing = false; // </name>
    bool empty = false;   // <name/>
};

class XmlReader
{
public:
    explicit XmlReader(std::string_view text)
        : m_text(text)
    {}

    PlistValue document()
    {
        if (m_text.substr(0, 2) == "\xFE\xFF" || m_text.substr(0, 2) == "\xFF\xFE") {
            fail("UTF-16 XML property lists are not supported");
        }
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_pos = 3;
        }
        skipMisc(true);
        if (atEnd()) {
            fail("the file holds no value");
        }
        if (m_text[m_pos] != '<') {
            throw PlistError("not a property list: it is neither a binary plist nor XML (it starts with \"" +
                             excerpt(m_text.substr(m_pos, 16)) + "\")");
        }
        const Tag root = readTag();
        PlistValue value;
        if (root.name == "plist" && !root.closing) {
            if (root.empty) {
                fail("<plist/> holds no value");
            }
            skipSpaceAndComments("plist");
            Tag tag = readTag();
            if (tag.closing) {
                fail(tag.name == "plist" ? "<plist> holds no value" : "unexpected </" + tag.name + "> inside <plist>");
            }
            value = parseValue(tag, 1);
            skipSpaceAndComments("plist");
            tag = readTag();
            if (!tag.closing) {
                fail("<plist> holds more than one value (found <" + tag.name + "> after the first)");
            }
            if (tag.name != "plist") {
                fail("unexpected </" + tag.name + "> inside <plist>");
            }
        } else {
            if (root.closing) {
                fail("unexpected </" + root.name + "> before any value");
            }
            value = parseValue(root, 1);
        }
        skipMisc(false);
        if (!atEnd()) {
            fail("unexpected content after the end of the property list");
        }
        return value;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool lookingAt(std::string_view what) const { return m_text.substr(m_pos, what.size()) == what; }

    [[noreturn]] void fail(const std::string& what) const
    {
        std::size_t line = 1;
        const std::size_t end = std::min(m_pos, m_text.size());
        for (std::size_t i = 0; i < end; ++i) {
            line += m_text[i] == '\n' ? 1 : 0;
        }
        throw PlistError("XML plist: " + what + " (line " + std::to_string(line) + ")");
    }

    [[noreturn]] void failEnd(std::string_view inside) const
    {
        throw PlistError("XML plist: unexpected end of file inside " + std::string(inside));
    }

    // Moves past `terminator`; the end of the file first is an error naming what was open.
    void skipPast(std::string_view terminator, std::string_view inside)
    {
        const std::size_t found = m_text.find(terminator, m_pos);
        if (found == std::string_view::npos) {
            m_pos = m_text.size();
            failEnd(inside);
        }
        m_pos = found + terminator.size();
    }

    void skipDoctype()
    {
        // <!DOCTYPE plist PUBLIC "..." "..." [ internal subset ]>
        int brackets = 0;
        char quote = 0;
        for (m_pos += 2; !atEnd(); ++m_pos) {
            const char c = m_text[m_pos];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                ++brackets;
            } else if (c == ']') {
                --brackets;
            } else if (c == '>' && brackets <= 0) {
                ++m_pos;
                return;
            }
        }
        failEnd("<!DOCTYPE>");
    }

    // Whitespace, comments and processing instructions around the root element (and the DOCTYPE before it).
    void skipMisc(bool prolog)
    {
        while (!atEnd()) {
            if (isSpace(m_text[m_pos])) {
                ++m_pos;
            } else if (lookingAt("<?")) {
                skipPast("?>", "<?...?>");
            } else if (lookingAt("<!--")) {
                skipPast("-->", "a comment");
            } else if (prolog && lookingAt("<!DOCTYPE")) {
                skipDoctype();
            } else {
                return;
            }
        }
    }

    // Whitespace and comments between the elements of a container; anything else but a tag is an error.
    void skipSpaceAndComments(std::string_view container)
    {
        while (true) {
            if (atEnd()) {
                failEnd("<" + std::string(container) + ">");
            }
            if (isSpace(m_text[m_pos])) {
                ++m_pos;
            } else if (lookingAt("<!--")) {
                skipPast("-->", "a comment");
            } else if (lookingAt("<?")) {
                skipPast("?>", "<?...?>");
            } else if (m_text[m_pos] == '<') {
                return;
            } else {
                fail("unexpected text \"" + excerpt(m_text.substr(m_pos, 20)) + "\" inside <" + std::string(container) +
                     ">");
            }
        }
    }

    // At '<': reads a start, end or empty-element tag, skipping its attributes.
    Tag readTag()
    {
        Tag tag;
        ++m_pos;
        if (!atEnd() && m_text[m_pos] == '/') {
            tag.closing = true;
            ++m_pos;
        }
        const std::size_t nameStart = m_pos;
        while (!atEnd() && isNameChar(m_text[m_pos])) {
            ++m_pos;
        }
        tag.name = std::string(m_text.substr(nameStart, m_pos - nameStart));
        if (tag.name.empty()) {
            if (atEnd()) {
                failEnd("a tag");
            }
            fail("malformed tag \"<" + excerpt(m_text.substr(nameStart, 10)) + "\"");
        }
        const std::string inside = "the tag <" + std::string(tag.closing ? "/" : "") + tag.name;
        char quote = 0;
        while (true) {
            if (atEnd()) {
                failEnd(inside);
            }
            const char c = m_text[m_pos++];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return tag;
            } else if (c == '/' && !atEnd() && m_text[m_pos] == '>' && !tag.closing) {
                ++m_pos;
                tag.empty = true;
                return tag;
            } else if (c == '<') {
                fail("malformed tag <" + tag.name + " (a '<' before its '>')");
            }
        }
    }

    void appendEntity(std::string& out, std::string_view element)
    {
        // At '&': one of the five named entities or a character reference, up to ';'.
        const std::size_t semicolon = m_text.find(';', m_pos);
        constexpr std::size_t kLongestReference = 12;
        if (semicolon == std::string_view::npos || semicolon - m_pos > kLongestReference) {
            if (semicolon == std::string_view::npos && m_text.size() - m_pos <= kLongestReference) {
                m_pos = m_text.size();
                failEnd("<" + std::string(element) + ">");
            }
            fail("a '&' that starts no entity inside <" + std::string(element) + ">");
        }
        const std::string_view name = m_text.substr(m_pos + 1, semicolon - m_pos - 1);
        if (name == "amp") {
            out += '&';
        } else if (name == "lt") {
            out += '<';
        } else if (name == "gt") {
            out += '>';
        } else if (name == "quot") {
            out += '"';
        } else if (name == "apos") {
            out += '\'';
        } else if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            const std::string_view number = name.substr(hex ? 2 : 1);
            std::uint32_t codePoint = 0;
            const auto [end, error] =
                std::from_chars(number.data(), number.data() + number.size(), codePoint, hex ? 16 : 10);
            if (number.empty() || error != std::errc() || end != number.data() + number.size() || codePoint == 0 ||
                !utils::isUnicodeScalarValue(codePoint)) {
                fail("invalid character reference &" + std::string(name) + ";");
            }
            utils::appendUtf8(out, codePoint);
        } else {
            fail("unknown entity &" + excerpt(name) + ";");
        }
        m_pos = semicolon + 1;
    }

    // Reads character data up to and including </element>.
    std::string readText(std::string_view element)
    {
        const std::string inside = "<" + std::string(element) + ">";
        std::string text;
        while (true) {
            const std::size_t special = m_text.find_first_of("<&", m_pos);
            if (special == std::string_view::npos) {
                m_pos = m_text.size();
                failEnd(inside);
            }
            text.append(m_text.substr(m_pos, special - m_pos));
            m_pos = special;
            if (m_text[m_pos] == '&') {
                appendEntity(text, element);
            } else if (lookingAt("<!--")) {
                skipPast("-->", "a comment");
            } else if (lookingAt("<![CDATA[")) {
                const std::size_t start = m_pos + 9;
                skipPast("]]>", "a CDATA section");
                text.append(m_text.substr(start, m_pos - 3 - start));
            } else if (lookingAt("<?")) {
                skipPast("?>", "<?...?>");
            } else {
                const std::size_t tagStart = m_pos;
                const Tag tag = readTag();
                if (!tag.closing || tag.name != element) {
                    m_pos = tagStart;
                    fail("unexpected <" + std::string(tag.closing ? "/" : "") + tag.name + "> inside " + inside);
                }
                return text;
            }
        }
    }

    std::int64_t parseInteger(std::string_view text)
    {
        const std::string_view original = text;
        text = trimmed(text);
        bool negative = false;
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
            negative = text[0] == '-';
            text.remove_prefix(1);
        }
        int base = 10;
        if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
            base = 16;
            text.remove_prefix(2);
        }
        std::uint64_t magnitude = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), magnitude, base);
        if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
            fail("<integer> holds \"" + excerpt(original) + "\", which is not a whole number in range");
        }
        constexpr std::uint64_t kMostNegative = std::uint64_t{1} << 63;
        if (negative) {
            if (magnitude > kMostNegative) {
                fail("<integer> holds \"" + excerpt(original) + "\", below the smallest 64-bit integer");
            }
            return static_cast<std::int64_t>(~magnitude + 1);
        }
        // Values above INT64_MAX keep their 64 bits, as binary plists' 16-byte integers do here.
        return static_cast<std::int64_t>(magnitude);
    }

    double parseReal(std::string_view text)
    {
        const std::string_view original = text;
        text = trimmed(text);
        if (!text.empty() && text[0] == '+') {
            text.remove_prefix(1);
        }
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
            fail("<real> holds \"" + excerpt(original) + "\", which is not a number");
        }
        return value;
    }

    PlistValue::Data parseBase64(std::string_view text)
    {
        PlistValue::Data bytes;
        std::uint32_t bits = 0;
        int count = 0;
        bool padding = false;
        for (const char c : text) {
            if (isSpace(c)) {
                continue;
            }
            if (c == '=') {
                padding = true;
                continue;
            }
            const int digit = base64Digit(c);
            if (digit < 0 || padding) {
                fail("<data> is not valid base64 (unexpected '" + excerpt(std::string_view(&c, 1)) + "')");
            }
            bits = (bits << 6) | static_cast<std::uint32_t>(digit);
            if (++count == 4) {
                bytes.push_back(static_cast<std::uint8_t>(bits >> 16));
                bytes.push_back(static_cast<std::uint8_t>(bits >> 8));
                bytes.push_back(static_cast<std::uint8_t>(bits));
                bits = 0;
                count = 0;
            }
        }
        if (count == 1) {
            fail("<data> is not valid base64 (it ends in the middle of a byte)");
        }
        if (count == 2) {
            bytes.push_back(static_cast<std::uint8_t>(bits >> 4));
        } else if (count == 3) {
            bytes.push_back(static_cast<std::uint8_t>(bits >> 10));
            bytes.push_back(static_cast<std::uint8_t>(bits >> 2));
        }
        return bytes;
    }

    // The content of an element whose start tag was just read ("" for <name/>).
    std::string content(const Tag& tag) { return tag.empty ? std::string() : readText(tag.name); }

    // Reads the next element of a container; false when the container's end tag came instead.
    bool nextElement(std::string_view container, Tag& tag)
    {
        skipSpaceAndComments(container);
        const std::size_t tagStart = m_pos;
        tag = readTag();
        if (!tag.closing) {
            return true;
        }
        if (tag.name != container) {
            m_pos = tagStart;
            fail("unexpected </" + tag.name + "> inside <" + std::string(container) + ">");
        }
        return false;
    }

    PlistValue parseValue(const Tag& tag, int depth)
    {
        const std::string& name = tag.name;
        if (name == "dict" || name == "array") {
            if (depth > kPlistMaxDepth) {
                fail("arrays and dictionaries nested more than " + std::to_string(kPlistMaxDepth) + " deep");
            }
            return name == "dict" ? parseDict(tag, depth) : parseArray(tag, depth);
        }
        if (name == "string") {
            return content(tag);
        }
        if (name == "integer") {
            return parseInteger(content(tag));
        }
        if (name == "real") {
            return parseReal(content(tag));
        }
        if (name == "true" || name == "false") {
            if (!trimmed(content(tag)).empty()) {
                fail("<" + name + "> must be empty");
            }
            return name == "true";
        }
        if (name == "date") {
            const std::string text = content(tag);
            const auto date = PlistDate::fromIso8601(trimmed(text));
            if (!date) {
                fail("<date> holds \"" + excerpt(text) + "\", not a date like 2024-09-29T00:00:00Z");
            }
            return *date;
        }
        if (name == "data") {
            return parseBase64(content(tag));
        }
        if (name == "key") {
            fail("<key> outside a <dict>");
        }
        fail("unknown element <" + name + ">");
    }

    PlistValue parseDict(const Tag& open, int depth)
    {
        PlistValue::Dict entries;
        if (open.empty) {
            return entries;
        }
        Tag tag;
        while (nextElement("dict", tag)) {
            if (tag.name != "key") {
                fail("expected <key> inside <dict> but found <" + tag.name + ">");
            }
            std::string key = content(tag);
            Tag valueTag;
            if (!nextElement("dict", valueTag)) {
                fail("<key>" + excerpt(key) + "</key> has no value");
            }
            if (valueTag.name == "key") {
                fail("<key>" + excerpt(key) + "</key> is followed by another <key> instead of a value");
            }
            entries.insert_or_assign(std::move(key), parseValue(valueTag, depth + 1));
        }
        return entries;
    }

    PlistValue parseArray(const Tag& open, int depth)
    {
        PlistValue::Array items;
        if (open.empty) {
            return items;
        }
        Tag tag;
        while (nextElement("array", tag)) {
            items.push_back(parseValue(tag, depth + 1));
        }
        return items;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

PlistValue parseXmlPlist(std::string_view bytes)
{
    return XmlReader(bytes).document();
}

} // namespace offramp::platform
