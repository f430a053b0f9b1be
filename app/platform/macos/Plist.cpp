// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plist.h"

#include <array>
#include <cmath>

namespace offramp::platform {
namespace {

// 2001-01-01T00:00:00Z, the epoch of plist dates, in seconds since 1970-01-01.
constexpr std::int64_t kPlistEpochInUnixSeconds = 978307200;
constexpr std::int64_t kSecondsPerDay = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<std::int64_t>(dayOfEra) - 719468;
}

struct CivilDate
{
    std::int64_t year;
    unsigned month;
    unsigned day;
};

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const unsigned month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const std::int64_t year = static_cast<std::int64_t>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

bool isLeapYear(std::int64_t year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned daysInMonth(std::int64_t year, unsigned month)
{
    static constexpr std::array<unsigned, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days.at(month - 1);
}

// Reads exactly `count` decimal digits; nullopt if any is not a digit.
std::optional<unsigned> digits(std::string_view text, std::size_t at, std::size_t count)
{
    unsigned value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return value;
}

// A number with leading zeros to `width` digits ("-" before them for negative years).
std::string padded(std::int64_t value, std::size_t width)
{
    std::string digits = std::to_string(value < 0 ? -value : value);
    if (digits.size() < width) {
        digits.insert(0, width - digits.size(), '0');
    }
    return value < 0 ? "-" + digits : digits;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string PlistDate::toIso8601() const
{
    // Beyond about ±9000 years the calendar arithmetic would overflow; hostile files can hold any double.
    constexpr double kLimit = 2.8e11;
    if (!std::isfinite(secondsSince2001) || std::fabs(secondsSince2001) > kLimit) {
        return "invalid date";
    }
    const auto unixSeconds = static_cast<std::int64_t>(std::floor(secondsSince2001)) + kPlistEpochInUnixSeconds;
    std::int64_t days = unixSeconds / kSecondsPerDay;
    std::int64_t secondOfDay = unixSeconds % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2) + "T" +
           padded(secondOfDay / 3600, 2) + ":" + padded(secondOfDay / 60 % 60, 2) + ":" + padded(secondOfDay % 60, 2) +
           "Z";
}

std::optional<PlistDate> PlistDate::fromIso8601(std::string_view text)
{
    // 2024-09-29T12:34:56Z
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z') {
        return std::nullopt;
    }
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || *month < 1 || *month > 12 || *day < 1 ||
        *day > daysInMonth(*year, *month) || *hour > 23 || *minute > 59 || *second > 60) {
        return std::nullopt;
    }
    const std::int64_t unixSeconds = daysFromCivil(*year, *month, *day) * kSecondsPerDay + std::int64_t{*hour} * 3600 +
                                     std::int64_t{*minute} * 60 + *second;
    return PlistDate{static_cast<double>(unixSeconds - kPlistEpochInUnixSeconds)};
}

std::string_view plistTypeName(PlistType type)
{
    switch (type) {
    case PlistType::Null:
        return "null";
    case PlistType::String:
        return "string";
    case PlistType::Integer:
        return "integer";
    case PlistType::Real:
        return "real";
    case PlistType::Boolean:
        return "boolean";
    case PlistType::Date:
        return "date";
    case PlistType::Data:
        return "data";
    case PlistType::Array:
        return "array";
    case PlistType::Dict:
        return "dict";
    }
    return "unknown";
}

const PlistValue* PlistValue::find(std::string_view key) const
{
    const Dict* dict = asDict();
    if (dict == nullptr) {
        return nullptr;
    }
    const auto found = dict->find(key);
    return found == dict->end() ? nullptr : &found->second;
}

const std::string* PlistValue::stringFor(std::string_view key) const
{
    const PlistValue* value = find(key);
    return value == nullptr ? nullptr : value->asString();
}

void appendUtf8(std::string& out, char32_t codePoint)
{
    if ((codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) {
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

PlistValue parsePlist(std::string_view bytes)
{
    if (bytes.empty()) {
        throw PlistError("not a property list: the file is empty");
    }
    if (startsWith(bytes, "bplist")) {
        if (!startsWith(bytes, "bplist00")) {
            std::string version;
            for (const char c : bytes.substr(0, 8)) {
                version += c >= ' ' && c <= '~' ? c : '?';
            }
            throw PlistError("binary plist format \"" + version + "\" is not supported (only bplist00)");
        }
        return parseBinaryPlist(bytes);
    }
    return parseXmlPlist(bytes);
}

} // namespace offramp::platform
