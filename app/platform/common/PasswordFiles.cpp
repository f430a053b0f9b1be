// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PasswordFiles.h"

#include "platform/SecureFile.h"
#include "platform/common/ReadOnlyFile.h"
#include "platform/common/Utf8Path.h"

#include <cerrno>
#include <system_error>
#include <utility>

namespace offramp::platform {

namespace fs = std::filesystem;

std::string readPasswordExport(const fs::path& path)
{
    const ReadOnlyFile file(path);
    if (file.error() == EISDIR) {
        throw PasswordExportError("cannot read " + utf8Text(path) + ": it is a folder, not the exported text file",
                                  ErrorKind::NotAFile, utf8Text(path));
    }
    if (file.error() != 0) {
        const ErrorKind kind = errorKindOf(std::error_code(file.error(), std::generic_category()));
        throw PasswordExportError("cannot read " + utf8Text(path) + ": " +
                                      std::generic_category().message(file.error()),
                                  kind == ErrorKind::Failed ? ErrorKind::Unreadable : kind, utf8Text(path));
    }
    auto text = file.contents();
    if (!text) {
        throw PasswordExportError("cannot read " + utf8Text(path) + ": the read failed", ErrorKind::Unreadable,
                                  utf8Text(path));
    }
    return std::move(*text);
}

std::vector<fs::path> passwordCsvPaths(const PasswordCsv& csv, const fs::path& out)
{
    std::vector<fs::path> paths;
    for (std::size_t i = 0; i < csv.files.size(); ++i) {
        paths.push_back(numberedPath(out, i + 1));
    }
    return paths;
}

std::vector<fs::path> writePasswordCsv(const PasswordCsv& csv, const fs::path& out)
{
    std::vector<fs::path> paths = passwordCsvPaths(csv, out);
    std::vector<NewFile> files;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        files.push_back({paths[i], csv.files[i].text});
    }
    writeNewPrivateFiles(files);
    return paths;
}

} // namespace offramp::platform
