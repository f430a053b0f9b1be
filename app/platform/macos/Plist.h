// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_PLIST_H
#define OFFRAMP_PLATFORM_PLIST_H

#include "engine/utils/Error.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace offramp::platform {

// A property list could not be read. The message says what is wrong and, for XML, on which line.
class PlistError : public Error
{
public:
    explicit PlistError(const std::string& message, ErrorKind kind = ErrorKind::Damaged, std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// A plist <date>: seconds since 2001-01-01 00:00:00 UTC, as binary plists store it.
struct PlistDate
{
    double secondsSince2001 = 0;

    // "YYYY-MM-DDTHH:MM:SSZ", as XML plists write it (fractions of a second are dropped).
    std::string toIso8601() const;
    // Accepts exactly "YYYY-MM-DDTHH:MM:SSZ"; anything else is nullopt.
    static std::optional<PlistDate> fromIso8601(std::string_view text);

    bool operator==(const PlistDate&) const = default;
};

enum class PlistType
{
    Null, // binary plists can hold a null object; XML cannot
    String,
    Integer,
    Real,
    Boolean,
    Date,
    Data,
    Array,
    Dict,
};

// "null", "string", "integer", "real", "boolean", "date", "data", "array", "dict".
std::string_view plistTypeName(PlistType type);

// One value of a property list; arrays and dictionaries hold further values.
class PlistValue
{
public:
    using Data = std::vector<std::uint8_t>;
    using Array = std::vector<PlistValue>;
    using Dict = std::map<std::string, PlistValue, std::less<>>;

    PlistValue() = default;
    PlistValue(std::string text)
        : m_value(std::move(text))
    {}
    PlistValue(const char* text)
        : m_value(std::string(text))
    {}
    // Any integer type but bool; integers are kept as 64 bits (larger binary integers keep their low 64 bits).
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    PlistValue(T number)
        : m_value(static_cast<std::int64_t>(number))
    {}
    PlistValue(bool flag)
        : m_value(flag)
    {}
    PlistValue(double number)
        : m_value(number)
    {}
    PlistValue(PlistDate date)
        : m_value(date)
    {}
    PlistValue(Data bytes)
        : m_value(std::move(bytes))
    {}
    PlistValue(Array items)
        : m_value(std::move(items))
    {}
    PlistValue(Dict entries)
        : m_value(std::move(entries))
    {}

    PlistType type() const { return static_cast<PlistType>(m_value.index()); }

    // Each returns nullptr when the value is of another type.
    const std::string* asString() const { return std::get_if<std::string>(&m_value); }
    const std::int64_t* asInteger() const { return std::get_if<std::int64_t>(&m_value); }
    const double* asReal() const { return std::get_if<double>(&m_value); }
    const bool* asBoolean() const { return std::get_if<bool>(&m_value); }
    const PlistDate* asDate() const { return std::get_if<PlistDate>(&m_value); }
    const Data* asData() const { return std::get_if<Data>(&m_value); }
    const Array* asArray() const { return std::get_if<Array>(&m_value); }
    const Dict* asDict() const { return std::get_if<Dict>(&m_value); }

    // The value under a key of this dictionary; nullptr when this is no dictionary or the key is absent.
    const PlistValue* find(std::string_view key) const;
    // The string under a key of this dictionary; nullptr when absent or not a string.
    const std::string* stringFor(std::string_view key) const;

    bool operator==(const PlistValue&) const = default;

private:
    // The order matches PlistType.
    std::variant<std::monostate, std::string, std::int64_t, double, bool, PlistDate, Data, Array, Dict> m_value;
};

// Reads a binary ("bplist00") or XML property list, chosen by its first bytes. Throws PlistError.
// Hostile input is expected: every offset and size is checked, nesting is limited to 64 levels,
// reference cycles are refused, and a binary plist that shares objects may not expand beyond
// a million values or 64 MiB of strings and data.
PlistValue parsePlist(std::string_view bytes);
PlistValue parseXmlPlist(std::string_view bytes);
PlistValue parseBinaryPlist(std::string_view bytes);

// The deepest nesting of arrays and dictionaries either reader accepts.
inline constexpr int kPlistMaxDepth = 64;

} // namespace offramp::platform

#endif
