// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Utf8.h"

#include <array>
#include <cstdint>

namespace offramp::utils {

std::optional<Utf8Character> decodeUtf8(std::string_view text, std::size_t at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80U) {
        return Utf8Character{lead, 1};
    }
    std::size_t length = 0;
    std::uint32_t codePoint = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        codePoint = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        codePoint = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        codePoint = lead & 0x07U;
    } else {
        return std::nullopt; // a continuation byte, or 0xF8 to 0xFF, which UTF-8 never uses
    }
    if (text.size() - at < length) {
        return std::nullopt;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const char next = text[at + k];
        if (!isUtf8Continuation(next)) {
            return std::nullopt;
        }
        codePoint = (codePoint << 6U) | (static_cast<unsigned char>(next) & 0x3FU);
    }
    // The shortest form only: an overlong one could hide a '/' or a NUL from a check of the bytes.
    static constexpr std::array<std::uint32_t, 5> kSmallest{0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kSmallest.at(length) || !isUnicodeScalarValue(codePoint)) {
        return std::nullopt;
    }
    return Utf8Character{static_cast<char32_t>(codePoint), length};
}

bool isValidUtf8(std::string_view text)
{
    std::size_t at = 0;
    while (at < text.size()) {
        const auto character = decodeUtf8(text, at);
        if (!character) {
            return false;
        }
        at += character->length;
    }
    return true;
}

void appendUtf8(std::string& out, char32_t codePoint)
{
    if (!isUnicodeScalarValue(codePoint)) {
        codePoint = 0xFFFD;
    }
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

std::string_view utf8Prefix(std::string_view text, std::size_t limit)
{
    if (text.size() <= limit) {
        return text;
    }
    std::size_t end = limit;
    while (end > 0 && isUtf8Continuation(text[end])) {
        --end;
    }
    return text.substr(0, end);
}

} // namespace offramp::utils
