// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Error.h"

#include <utility>

namespace offramp {

std::string_view errorKindId(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Failed:
        return "failed";
    case ErrorKind::NotFound:
        return "not-found";
    case ErrorKind::NotAFile:
        return "not-a-file";
    case ErrorKind::AlreadyExists:
        return "already-exists";
    case ErrorKind::NoPermission:
        return "no-permission";
    case ErrorKind::DiskFull:
        return "disk-full";
    case ErrorKind::PathTooLong:
        return "path-too-long";
    case ErrorKind::Busy:
        return "busy";
    case ErrorKind::Unreadable:
        return "unreadable";
    case ErrorKind::Damaged:
        return "damaged";
    case ErrorKind::NotText:
        return "not-text";
    case ErrorKind::Unsupported:
        return "unsupported";
    case ErrorKind::InvalidInput:
        return "invalid-input";
    }
    return "failed";
}

Error::Error(ErrorKind kind, const std::string& message, std::string subject)
    : std::runtime_error(message)
    , m_kind(kind)
    , m_subject(std::move(subject))
{}

ErrorKind errorKindOf(std::error_code code)
{
    if (!code) {
        return ErrorKind::Failed;
    }
    // Compared through std::errc, so that errno values and Windows' error codes (which the system category maps
    // to the same conditions) give the same kind.
    const std::error_condition condition = code.default_error_condition();
    if (condition == std::errc::no_such_file_or_directory || condition == std::errc::no_such_device ||
        condition == std::errc::no_such_device_or_address) {
        return ErrorKind::NotFound;
    }
    if (condition == std::errc::permission_denied || condition == std::errc::operation_not_permitted ||
        condition == std::errc::read_only_file_system) {
        return ErrorKind::NoPermission;
    }
    if (condition == std::errc::no_space_on_device || condition == std::errc::file_too_large) {
        return ErrorKind::DiskFull;
    }
    if (condition == std::errc::filename_too_long) {
        return ErrorKind::PathTooLong;
    }
    if (condition == std::errc::device_or_resource_busy || condition == std::errc::text_file_busy ||
        condition == std::errc::resource_unavailable_try_again) {
        return ErrorKind::Busy;
    }
    if (condition == std::errc::file_exists) {
        return ErrorKind::AlreadyExists;
    }
    if (condition == std::errc::is_a_directory || condition == std::errc::too_many_symbolic_link_levels) {
        return ErrorKind::NotAFile;
    }
    if (condition == std::errc::io_error) {
        return ErrorKind::Unreadable;
    }
    return ErrorKind::Failed;
}

} // namespace offramp
