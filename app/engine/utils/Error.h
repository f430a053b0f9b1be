// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_UTILS_ERROR_H
#define OFFRAMP_ENGINE_UTILS_ERROR_H

#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

// Offramp's one error type. Every error Offramp throws or returns is an offramp::Error (the named errors of each
// layer derive from it): a kind, which the wizard words in the person's language, the file or thing it concerns,
// and what(), one English line for the command line and logs.
namespace offramp {

// What happened, as far as a person must be told apart: each kind has its own advice (free some space, close the
// other program, choose another folder, ...). A new kind needs a sentence in the wizard (ErrorText).
enum class ErrorKind
{
    Failed,        // anything the kinds below do not name; what() says what
    NotFound,      // a file, folder or program is not there
    NotAFile,      // a folder, a link or a device where a file was expected
    AlreadyExists, // the name is taken: nothing was written
    NoPermission,  // the system refused access
    DiskFull,      // no space left on the disk, or a size limit reached
    PathTooLong,   // a path longer than the system allows
    Busy,          // another program is working with it
    Unreadable,    // it is there but could not be read (an input/output error)
    Damaged,       // it was read, but what it holds is not what it must be
    NotText,       // not text in the encoding expected: UTF-16, binary data, another encoding
    Unsupported,   // a format, version or language Offramp does not read
    InvalidInput,  // what was asked for is not valid (a command line, an unknown name)
};

// "failed", "not-found", ...: the kind in logs and tests.
std::string_view errorKindId(ErrorKind kind);

class Error : public std::runtime_error
{
public:
    // `message` is what() (one English line saying what and where); `subject` the path or name it concerns, UTF-8,
    // for views that word the error themselves (may be empty).
    Error(ErrorKind kind, const std::string& message, std::string subject = {});

    ErrorKind kind() const noexcept { return m_kind; }
    const std::string& subject() const noexcept { return m_subject; }

private:
    ErrorKind m_kind;
    std::string m_subject;
};

// An Error that also names which of a layer's own cases it is (its Reason, an enum), for views that word some of them
// more precisely than a kind can. Its kind follows from the reason through `kindOfReason`, unless the place that
// throws it knows better (the kind of the system's error).
template <typename ReasonEnum, ErrorKind (*kindOfReason)(ReasonEnum)>
class ReasonedError : public Error
{
public:
    using Reason = ReasonEnum;

    ReasonedError(Reason reason, const std::string& message, std::string subject = {})
        : ReasonedError(reason, kindOfReason(reason), message, std::move(subject))
    {}
    ReasonedError(Reason reason, ErrorKind kind, const std::string& message, std::string subject = {})
        : Error(kind, message, std::move(subject))
        , m_reason(reason)
    {}

    Reason reason() const noexcept { return m_reason; }
    static ErrorKind kindOf(Reason reason) { return kindOfReason(reason); }

private:
    Reason m_reason;
};

// The kind of a system error (errno, a Windows error code, std::filesystem's): NotFound, NoPermission, DiskFull,
// PathTooLong, Busy, AlreadyExists, NotAFile or Unreadable where the code says so, Failed otherwise.
ErrorKind errorKindOf(std::error_code code);

} // namespace offramp

#endif
