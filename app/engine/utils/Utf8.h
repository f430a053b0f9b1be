// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_UTF8_H
#define OFFRAMP_ENGINE_UTILS_UTF8_H

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace offramp::utils {

// One character of UTF-8 text: its code point and how many bytes it takes.
struct Utf8Character
{
    char32_t codePoint = 0;
    std::size_t length = 0;
};

// Whether UTF-8 may encode the code point: up to U+10FFFF and not a UTF-16 surrogate (U+D800 to U+DFFF).
constexpr bool isUnicodeScalarValue(char32_t codePoint)
{
    return codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
}

// Whether the byte continues a multi-byte character rather than starting one.
constexpr bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U;
}

// The character that starts at text[at] (at < text.size()), or nullopt where the bytes are not well-formed
// UTF-8: a stray continuation byte, a cut-off sequence, an overlong form, a surrogate or a value past U+10FFFF.
std::optional<Utf8Character> decodeUtf8(std::string_view text, std::size_t at);

// Whether all of the text is well-formed UTF-8, as decodeUtf8 reads it.
bool isValidUtf8(std::string_view text);

// Appends a code point as UTF-8; one that is not a Unicode scalar value becomes U+FFFD.
void appendUtf8(std::string& out, char32_t codePoint);

// At most `limit` bytes from the start of the text, cut before a character rather than inside one.
std::string_view utf8Prefix(std::string_view text, std::size_t limit);

} // namespace offramp::utils

#endif
