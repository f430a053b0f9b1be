// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/macos/Plist.h"

#include "engine/utils/Timestamp.h"

#include <chrono>
#include <cmath>

namespace offramp::platform {
namespace {

// 2001-01-01T00:00:00Z, the epoch of plist dates, in seconds since 1970-01-01.
constexpr std::int64_t kPlistEpochInUnixSeconds = 978307200;

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string PlistDate::toIso8601() const
{
    // Hostile files can hold any double: about ±9000 years keeps the year well inside std::chrono::year (±32767).
    constexpr double kLimit = 2.8e11;
    if (!std::isfinite(secondsSince2001) || std::fabs(secondsSince2001) > kLimit) {
        return "invalid date";
    }
    const auto unixSeconds = static_cast<std::int64_t>(std::floor(secondsSince2001)) + kPlistEpochInUnixSeconds;
    return utils::utcTimestamp(std::chrono::sys_seconds{std::chrono::seconds{unixSeconds}});
}

std::optional<PlistDate> PlistDate::fromIso8601(std::string_view text)
{
    const auto when = utils::parseUtcTimestamp(text); // 2024-09-29T12:34:56Z
    if (!when) {
        return std::nullopt;
    }
    return PlistDate{static_cast<double>(when->time_since_epoch().count() - kPlistEpochInUnixSeconds)};
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
