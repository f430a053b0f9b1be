// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timestamp.h"

#include <array>
#include <cstdio>

namespace offramp {

std::string utcTimestamp(std::chrono::system_clock::time_point when)
{
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm): no gmtime, which differs per platform.
    const auto seconds = std::chrono::floor<std::chrono::seconds>(when).time_since_epoch().count();
    long long days = seconds / 86400;
    long long rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long dayOfEra = days - era * 146097;
    const long long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long long monthIndex = (5 * dayOfYear + 2) / 153;
    const long long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const long long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const long long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    std::array<char, 32> text{};
    // The text always fits: the count of characters written is of no further use.
    static_cast<void>(std::snprintf(text.data(), text.size(), "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", year, month,
                                    day, rest / 3600, (rest / 60) % 60, rest % 60));
    return text.data();
}

std::string utcTimestampNow()
{
    return utcTimestamp(std::chrono::system_clock::now());
}

} // namespace offramp
