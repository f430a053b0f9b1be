// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_TIMESTAMP_H
#define OFFRAMP_ENGINE_TIMESTAMP_H

#include <chrono>
#include <string>

namespace offramp {

// "2026-11-23T14:05:09Z": UTC to the second, as the journal records when things happened.
std::string utcTimestamp(std::chrono::system_clock::time_point when);
std::string utcTimestampNow();

} // namespace offramp

#endif
