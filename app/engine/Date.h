// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_DATE_H
#define OFFRAMP_ENGINE_DATE_H

#include <optional>
#include <string>
#include <string_view>

namespace offramp {

// A calendar day, as the rules and the CLI speak of them (YYYY-MM-DD, no time zone).
struct Date
{
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;

    // Accepts exactly YYYY-MM-DD naming a real day; anything else is nullopt.
    static std::optional<Date> parse(std::string_view text);
    // Today in the computer's local time zone.
    static Date today();

    std::string toString() const;
    // Days since 1970-01-01.
    long long serial() const;

    // Plain operators rather than <=>: moc 6.4 cannot parse <compare>, and GUI headers include this one.
    bool operator==(const Date& other) const { return serial() == other.serial(); }
    bool operator!=(const Date& other) const { return !(*this == other); }
    bool operator<(const Date& other) const { return serial() < other.serial(); }
    bool operator>(const Date& other) const { return other < *this; }
    bool operator<=(const Date& other) const { return !(other < *this); }
    bool operator>=(const Date& other) const { return !(*this < other); }
};

// Whole days from `from` to `to` (negative when `to` is earlier).
long long daysBetween(const Date& from, const Date& to);

} // namespace offramp

#endif
