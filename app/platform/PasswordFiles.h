// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_PASSWORDFILES_H
#define OFFRAMP_PLATFORM_PASSWORDFILES_H

#include "engine/PasswordCsv.h"
#include "engine/utils/Error.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

// The files of the password hand-over, shared by offramp-cli convert-passwords and the wizard: reading
// Kaspersky Password Manager's text export, and writing the converted CSV owner-only, never over anything.
namespace offramp::platform {

// The export could not be read. what() is one line saying what and where ("cannot read X: ...").
class PasswordExportError : public Error
{
public:
    explicit PasswordExportError(const std::string& message, ErrorKind kind = ErrorKind::Unreadable,
                                 std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// The whole export, bytes as they are (the parser checks the encoding). Throws PasswordExportError for a
// folder, a missing or unreadable file.
std::string readPasswordExport(const std::filesystem::path& path);

// Where the CSV files of a conversion go: `out` for the first, then out-2.csv, ... (numberedPath).
std::vector<std::filesystem::path> passwordCsvPaths(const PasswordCsv& csv, const std::filesystem::path& out);

// Writes the conversion's files to passwordCsvPaths(csv, out), all or none, owner-only, never replacing a file
// (writeNewPrivateFiles) and returns their paths. Throws SecureFileError (AlreadyExists when a name is taken:
// then nothing was written).
std::vector<std::filesystem::path> writePasswordCsv(const PasswordCsv& csv, const std::filesystem::path& out);

} // namespace offramp::platform

#endif
