// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Date.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace offramp {

namespace {

std::chrono::sys_days toSysDays(const Date& date)
{
    return std::chrono::sys_days{std::chrono::year{date.year} / std::chrono::month{date.month} /
                                 std::chrono::day{date.day}};
}

bool allDigits(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

int toNumber(std::string_view digits)
{
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto yearText = text.substr(0, 4);
    const auto monthText = text.substr(5, 2);
    const auto dayText = text.substr(8, 2);
    if (!allDigits(yearText) || !allDigits(monthText) || !allDigits(dayText)) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{toNumber(yearText)},
                                          std::chrono::month{static_cast<unsigned>(toNumber(monthText))},
                                          std::chrono::day{static_cast<unsigned>(toNumber(dayText))}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

Date Date::today()
{
    const std::time_t now = std::time(nullptr);
    // std::localtime is not reentrant, but the date is read once, before any worker starts.
    const std::tm* local = std::localtime(&now); // NOLINT(concurrency-mt-unsafe)
    if (local == nullptr) {
        const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        const std::chrono::year_month_day ymd{days};
        return Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
    }
    return Date{local->tm_year + 1900, static_cast<unsigned>(local->tm_mon + 1), static_cast<unsigned>(local->tm_mday)};
}

std::string Date::toString() const
{
    std::array<char, 32> buffer{};
    const int length = std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", year, month, day);
    return {buffer.data(), static_cast<std::size_t>(std::max(length, 0))};
}

long long Date::serial() const
{
    return toSysDays(*this).time_since_epoch().count();
}

long long daysBetween(const Date& from, const Date& to)
{
    return to.serial() - from.serial();
}

} // namespace offramp
