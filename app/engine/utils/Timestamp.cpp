// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Timestamp.h"

#include <array>
#include <cstdio>

namespace offramp::utils {

namespace {

// Exactly `count` decimal digits from text[at]; nullopt if any is not a digit.
std::optional<unsigned> digits(std::string_view text, std::size_t at, std::size_t count)
{
    unsigned value = 0;
    for (const char c : text.substr(at, count)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return value;
}

} // namespace

std::string utcTimestamp(std::chrono::sys_seconds when)
{
    const auto day = std::chrono::floor<std::chrono::days>(when);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{when - day};
    const int year = static_cast<int>(date.year());
    std::array<char, 40> text{};
    // The text always fits: the count of characters written is of no further use.
    static_cast<void>(std::snprintf(
        text.data(), text.size(), "%s%04d-%02u-%02uT%02d:%02d:%02dZ", year < 0 ? "-" : "", year < 0 ? -year : year,
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
        static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count())));
    return text.data();
}

std::string utcTimestampNow()
{
    return utcTimestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

std::optional<std::chrono::sys_seconds> parseUtcTimestamp(std::string_view text)
{
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
    if (!year || !month || !day || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(*year)}, std::chrono::month{*month},
                                           std::chrono::day{*day}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return std::chrono::sys_days{date} + std::chrono::hours{*hour} + std::chrono::minutes{*minute} +
           std::chrono::seconds{*second};
}

} // namespace offramp::utils
