// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_RESULT_H
#define OFFRAMP_ENGINE_UTILS_RESULT_H

#include "engine/utils/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace offramp {

// What a function that can fail, where failing is an ordinary answer, returns: its value or an Error, never both.
// (C++20 has no std::expected; this is the part of it Offramp needs.) Functions whose failure stops the work throw
// an Error instead; docs/ARCHITECTURE.md says which does which.
template <typename T>
class [[nodiscard]] Result
{
public:
    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): `return value;` reads as success
    Result(T value)
        : m_value(std::in_place_index<0>, std::move(value))
    {}
    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): `return Error(...);` reads as failure
    Result(Error error)
        : m_value(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const noexcept { return m_value.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    // The value; throws the error when there is none.
    const T& value() const&
    {
        check();
        return std::get<0>(m_value);
    }
    T& value() &
    {
        check();
        return std::get<0>(m_value);
    }
    T&& value() &&
    {
        check();
        return std::get<0>(std::move(m_value));
    }
    // The error; only when !ok().
    const Error& error() const { return std::get<1>(m_value); }

private:
    void check() const
    {
        if (!ok()) {
            throw Error(std::get<1>(m_value));
        }
    }

    std::variant<T, Error> m_value;
};

// Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): `return Error(...);` reads as failure
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    // Throws the error, if there is one.
    void value() const
    {
        if (m_error) {
            throw Error(*m_error);
        }
    }
    // The error; only when !ok().
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace offramp

#endif
