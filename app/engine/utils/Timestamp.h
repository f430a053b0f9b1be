// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_TIMESTAMP_H
#define OFFRAMP_ENGINE_UTILS_TIMESTAMP_H

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace offramp::utils {

// "2026-11-23T14:05:09Z": UTC to the second, as the journal records when things happened and property lists
// write dates. The calendar is std::chrono's proleptic Gregorian one, so no gmtime, which differs per
// platform; a year before 1 is written with a '-' before its four digits.
std::string utcTimestamp(std::chrono::sys_seconds when);
std::string utcTimestampNow();

// Reads exactly that form, naming a real day (29 February only in leap years) and time. A leap second's
// ":60" is taken as the first second of the next minute.
std::optional<std::chrono::sys_seconds> parseUtcTimestamp(std::string_view text);

} // namespace offramp::utils

#endif
