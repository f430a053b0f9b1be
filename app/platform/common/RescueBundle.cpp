// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/RescueBundle.h"

#include "engine/JsonNode.h"
#include "platform/FolderListing.h"
#include "platform/common/ReadOnlyFile.h"
#include "platform/common/RescueFinder.h"
#include "platform/common/Utf8Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <system_error>

namespace offramp::platform {

namespace fs = std::filesystem;

namespace {

using Reason = RescueError::Reason;

// Room for manifest.json, license.json and the file system's own bookkeeping.
constexpr std::uint64_t kSlackBytes = std::uint64_t{1} << 20U;

std::string shown(const fs::path& path)
{
    return utf8Text(path);
}

std::string readWholeFile(const fs::path& path)
{
    auto text = ReadOnlyFile(path).contents();
    if (!text) {
        throw RescueError(Reason::DamagedManifest, "cannot read " + shown(path), shown(path));
    }
    return std::move(*text);
}

std::string dumpJson(const nlohmann::json& json)
{
    // Names were checked to be UTF-8; the root given on the command line might not be, and must not stop a rescue.
    return jsonText(json) + "\n";
}

bool isBundleFile(std::string_view name)
{
    return name == kRescueManifestName || name == kRescueMarkerName || name == kRescueLicenseName ||
           name == kRescueFilesFolder;
}

// The output folder must be new, empty, or a bundle: a rescue never mixes its files into someone else's folder.
void checkOutputFolder(const fs::path& bundle)
{
    std::error_code error;
    const auto status = fs::status(bundle, error);
    if (!fs::exists(status)) {
        return;
    }
    if (!fs::is_directory(status)) {
        throw RescueError(Reason::NotABundle, shown(bundle) + " is a file, not a folder", shown(bundle));
    }
    bool ours = false;
    std::string foreign;
    fs::directory_iterator it = listFolder(bundle, error);
    for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
        const std::string name = utf8Text(it->path().filename());
        ours = ours || name == kRescueMarkerName || name == kRescueManifestName;
        if (foreign.empty() && !isBundleFile(name) && !isRescueTemporaryName(name)) {
            foreign = name;
        }
    }
    if (error) {
        throw RescueError(Reason::Failed, "cannot read the folder " + shown(bundle) + ": " + error.message(),
                          shown(bundle));
    }
    if (!ours && !foreign.empty()) {
        throw RescueError(Reason::NotABundle,
                          shown(bundle) + " already holds other files (such as \"" + foreign +
                              "\"); a rescue goes into a new or empty folder, or into a bundle "
                              "an earlier rescue made",
                          shown(bundle));
    }
}

// Unfinished copies of an interrupted run: only files under the bundle's own temporary names.
void removeTemporaries(const fs::path& folder)
{
    std::error_code error;
    fs::directory_iterator it = listFolder(folder, error);
    for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
        std::error_code statusError;
        const auto status = it->symlink_status(statusError);
        if (fs::is_directory(status)) {
            removeTemporaries(it->path());
        } else if (fs::is_regular_file(status) && isRescueTemporaryName(utf8Text(it->path().filename()))) {
            std::error_code removeError;
            fs::remove(it->path(), removeError);
        }
    }
}

std::optional<RescueManifest> previousManifest(const fs::path& bundle)
{
    const fs::path path = bundle / pathFromUtf8(kRescueManifestName);
    std::error_code error;
    if (!fs::exists(fs::symlink_status(path, error))) {
        return std::nullopt;
    }
    try {
        return rescueManifestFromText(readWholeFile(path));
    } catch (const RescueManifestError& problem) {
        throw RescueError(Reason::DamagedManifest, shown(path) + " cannot be read (" + problem.what() + ")",
                          shown(path));
    }
}

RescueError fromFileError(const RescueFileError& error)
{
    switch (error.reason()) {
    case RescueFileError::Reason::NoSpace:
        return {Reason::NoSpace, error.what()};
    case RescueFileError::Reason::PathTooLong:
        return {Reason::PathTooLong, error.what()};
    case RescueFileError::Reason::SourceUnreadable:
    case RescueFileError::Reason::Failed:
        break;
    }
    return {Reason::Failed, error.what()};
}

bool sameSize(const fs::path& target, std::uint64_t size)
{
    std::error_code error;
    const auto status = fs::symlink_status(target, error);
    return fs::is_regular_file(status) && fs::file_size(target, error) == size && !error;
}

class Rescue
{
public:
    Rescue(const RescueRequest& request, const RescueObserver& observer)
        : m_request(request)
        , m_observer(observer)
    {}

    RescueOutcome run()
    {
        std::error_code error;
        if (!fs::is_directory(m_request.root, error)) {
            // The system's own words where they say more than that it is missing ("File name too long").
            const bool missing = !error || error == std::errc::no_such_file_or_directory;
            throw RescueError(Reason::NoRoot,
                              "cannot read " + shown(m_request.root) + ": " +
                                  (missing ? std::string("there is no such folder") : error.message()),
                              shown(m_request.root));
        }
        checkOutputFolder(m_request.bundle);
        guard([&] { createPrivateFolders(m_request.bundle); });
        const fs::path marker = m_request.bundle / pathFromUtf8(kRescueMarkerName);
        if (!fs::exists(fs::symlink_status(marker, error))) {
            guard([&] {
                writeBundleFile(marker, "This folder is a rescue bundle made by Offramp. Check it with: offramp-cli "
                                        "verify <this folder>\n");
            });
        }
        const auto previous = previousManifest(m_request.bundle);
        removeTemporaries(m_request.bundle);

        const auto found = findRescueSources(m_request.platform, m_request.root, m_request.locations, m_request.bundle);
        m_outcome.manifest.skipped = found.skipped;
        checkFreeSpace(found.files);
        std::set<fs::path> folders;
        for (const auto& source : found.files) {
            if (auto file = rescueOne(source)) {
                folders.insert(target(file->path).parent_path());
                m_outcome.manifest.files.push_back(std::move(*file));
            }
        }
        for (const auto& folder : folders) {
            flushFolder(folder);
        }
        keepEarlierCopies(previous);
        writeRecords();
        return std::move(m_outcome);
    }

private:
    template <typename Work>
    static void guard(Work work)
    {
        try {
            work();
        } catch (const RescueFileError& error) {
            throw fromFileError(error);
        }
    }

    fs::path target(const std::string& bundlePath) const { return m_request.bundle / pathFromUtf8(bundlePath); }

    void checkFreeSpace(const std::vector<RescueSourceFile>& files) const
    {
        std::uint64_t needed = kSlackBytes;
        for (const auto& file : files) {
            if (!sameSize(target(rescueBundlePath(file.machinePath)), file.size)) {
                needed += file.size;
            }
        }
        std::uint64_t available = 0;
        guard([&] {
            available = m_request.freeSpace ? m_request.freeSpace(m_request.bundle) : freeSpace(m_request.bundle);
        });
        if (needed > available) {
            throw RescueError(Reason::NoSpace,
                              "there is not enough free space for the rescue in " + shown(m_request.bundle) +
                                  ": it needs " + byteCount(needed) + " and the disk has " + byteCount(available) +
                                  " free; nothing was copied",
                              shown(m_request.bundle));
        }
    }

    // Copies one file, or finds an identical copy already there; nullopt when the original cannot be read.
    std::optional<RescuedFile> rescueOne(const RescueSourceFile& source)
    {
        const RescueLocation& location = *source.location;
        RescuedFile file;
        file.path = rescueBundlePath(source.machinePath);
        file.source = machinePathForDisplay(m_request.platform, source.machinePath);
        file.product = location.product->id;
        file.data = location.data->id;
        file.what = location.data->what.text();
        file.useLater = location.data->useLater.text();
        const fs::path to = target(file.path);
        try {
            guard([&] { createPrivateFolders(to.parent_path()); });
            if (sameSize(to, source.size)) {
                const HashedFile original = hashFile(source.hostPath);
                if (sameCopy(to, original)) {
                    record(file, original, true);
                    ++m_outcome.unchanged;
                    return file;
                }
            }
            const std::uint64_t before = m_outcome.bytesWritten;
            const HashedFile copied = copyHashed(source.hostPath, to, [&](std::uint64_t bytes) {
                m_outcome.bytesWritten = before + bytes;
                if (m_observer.bytesWritten) {
                    m_observer.bytesWritten(m_outcome.bytesWritten);
                }
            });
            record(file, copied, false);
            ++m_outcome.copied;
            return file;
        } catch (const RescueFileError& error) {
            if (error.reason() != RescueFileError::Reason::SourceUnreadable) {
                throw fromFileError(
                    RescueFileError(error.reason(), "the copy of " + file.source + " did not finish: " + error.what()));
            }
            m_outcome.manifest.skipped.push_back(
                {file.source, error.what(), RescueSkipCause::Unreadable, error.kind()});
            return std::nullopt;
        }
    }

    static bool sameCopy(const fs::path& copy, const HashedFile& original)
    {
        try {
            const HashedFile existing = hashFile(copy);
            return existing.size == original.size && existing.sha256 == original.sha256;
        } catch (const RescueFileError&) {
            return false; // an unreadable copy is simply written again
        }
    }

    void record(RescuedFile& file, const HashedFile& hashed, bool unchanged) const
    {
        file.size = hashed.size;
        file.sha256 = Sha256::hex(hashed.sha256);
        if (m_observer.fileDone) {
            m_observer.fileDone(file, unchanged);
        }
    }

    // Copies an earlier run made whose originals this run did not find: the bundle may hold the only copy now.
    void keepEarlierCopies(const std::optional<RescueManifest>& previous)
    {
        if (!previous) {
            return;
        }
        std::set<std::string, std::less<>> current;
        for (const auto& file : m_outcome.manifest.files) {
            current.insert(file.path);
        }
        for (auto file : previous->files) {
            if (current.contains(file.path)) {
                continue;
            }
            std::error_code error;
            if (!fs::is_regular_file(fs::symlink_status(target(file.path), error))) {
                m_outcome.lostCopies.push_back(file);
                continue;
            }
            file.fromEarlierRun = true;
            m_outcome.manifest.files.push_back(std::move(file));
            ++m_outcome.kept;
        }
        std::ranges::sort(m_outcome.manifest.files, {}, &RescuedFile::path);
    }

    // license.json, then manifest.json last: a bundle with a manifest is a finished one.
    void writeRecords()
    {
        RescueManifest& manifest = m_outcome.manifest;
        manifest.platform = m_request.platform;
        manifest.host = m_request.host;
        std::error_code error;
        const fs::path root = fs::absolute(m_request.root, error);
        manifest.root = shown(error ? m_request.root : root.lexically_normal());
        manifest.byHand = m_request.byHand;
        const std::string license = m_request.licenseRecord;
        guard([&] { writeBundleFile(target(std::string(kRescueLicenseName)), license); });
        manifest.records.push_back({std::string(kRescueLicenseName), license.size(), Sha256::hex(Sha256::of(license)),
                                    "The record of the products found, for refund or billing questions"});
        guard([&] {
            writeBundleFile(target(std::string(kRescueManifestName)), dumpJson(rescueManifestToJson(manifest)));
        });
        flushFolder(m_request.bundle);
    }

    const RescueRequest& m_request;
    const RescueObserver& m_observer;
    RescueOutcome m_outcome;
};

void listFiles(const fs::path& folder, const std::string& prefix, std::vector<std::string>& files)
{
    std::error_code error;
    fs::directory_iterator it = listFolder(folder, error);
    for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
        const std::string path = prefix + utf8Text(it->path().filename());
        std::error_code statusError;
        const auto status = it->symlink_status(statusError);
        if (fs::is_directory(status)) {
            listFiles(it->path(), path + "/", files);
        } else {
            files.push_back(path);
        }
    }
}

std::optional<BundleProblem> checkOne(const std::string& path, const fs::path& file, std::uint64_t size,
                                      const std::string& sha256, VerifyOutcome& outcome)
{
    using Kind = BundleProblem::Kind;
    std::error_code error;
    const auto status = fs::symlink_status(file, error);
    if (!fs::exists(status)) {
        return BundleProblem{path, "missing", Kind::Missing};
    }
    if (!fs::is_regular_file(status)) {
        return BundleProblem{path, "not a regular file", Kind::NotAFile};
    }
    try {
        const HashedFile hashed = hashFile(file);
        if (hashed.size != size) {
            return BundleProblem{path,
                                 "its size is " + std::to_string(hashed.size) + " bytes, but the manifest says " +
                                     std::to_string(size) + " (the copy was changed or damaged)",
                                 Kind::Changed};
        }
        if (Sha256::hex(hashed.sha256) != sha256) {
            return BundleProblem{path,
                                 "its SHA-256 is " + Sha256::hex(hashed.sha256) + ", but the manifest says " + sha256 +
                                     " (the copy was changed or damaged)",
                                 Kind::Changed};
        }
        outcome.bytes += hashed.size;
        ++outcome.checked;
        return std::nullopt;
    } catch (const RescueFileError& problem) {
        return BundleProblem{path, problem.what(), Kind::Unreadable, problem.kind()};
    }
}

} // namespace

ErrorKind rescueErrorKind(RescueErrorReason reason)
{
    switch (reason) {
    case RescueErrorReason::NoRoot:
        return ErrorKind::NotFound;
    case RescueErrorReason::NotABundle:
        return ErrorKind::Unsupported;
    case RescueErrorReason::DamagedManifest:
        return ErrorKind::Damaged;
    case RescueErrorReason::NoSpace:
        return ErrorKind::DiskFull;
    case RescueErrorReason::PathTooLong:
        return ErrorKind::PathTooLong;
    case RescueErrorReason::Failed:
        return ErrorKind::Failed;
    }
    return ErrorKind::Failed;
}

ErrorKind rescueFileErrorKind(RescueFileReason reason)
{
    switch (reason) {
    case RescueFileReason::SourceUnreadable:
        return ErrorKind::Unreadable;
    case RescueFileReason::NoSpace:
        return ErrorKind::DiskFull;
    case RescueFileReason::PathTooLong:
        return ErrorKind::PathTooLong;
    case RescueFileReason::Failed:
        return ErrorKind::Failed;
    }
    return ErrorKind::Failed;
}

RescueOutcome runRescue(const RescueRequest& request, const RescueObserver& observer)
{
    return Rescue(request, observer).run();
}

VerifyOutcome verifyBundle(const fs::path& bundle)
{
    const fs::path manifestPath = bundle / pathFromUtf8(kRescueManifestName);
    std::error_code error;
    if (!fs::is_directory(bundle, error)) {
        throw RescueError(Reason::NotABundle, "cannot verify " + shown(bundle) + ": there is no such folder",
                          shown(bundle));
    }
    if (!fs::exists(fs::symlink_status(manifestPath, error))) {
        throw RescueError(Reason::NotABundle,
                          shown(bundle) + " has no manifest.json: it is not a finished rescue bundle (a rescue writes "
                                          "its manifest last, so an interrupted one has none; run the rescue again)",
                          shown(bundle));
    }
    VerifyOutcome outcome;
    try {
        outcome.manifest = rescueManifestFromText(readWholeFile(manifestPath));
    } catch (const RescueManifestError& problem) {
        throw RescueError(Reason::DamagedManifest, shown(manifestPath) + " cannot be read (" + problem.what() + ")",
                          shown(manifestPath));
    }
    std::set<std::string, std::less<>> listed{std::string(kRescueManifestName), std::string(kRescueMarkerName)};
    const auto check = [&](const std::string& path, std::uint64_t size, const std::string& sha256) {
        listed.insert(path);
        if (auto problem = checkOne(path, bundle / pathFromUtf8(path), size, sha256, outcome)) {
            outcome.problems.push_back(std::move(*problem));
        }
    };
    for (const auto& file : outcome.manifest.files) {
        check(file.path, file.size, file.sha256);
    }
    for (const auto& record : outcome.manifest.records) {
        check(record.path, record.size, record.sha256);
    }
    std::vector<std::string> present;
    listFiles(bundle, "", present);
    std::ranges::sort(present);
    for (const auto& path : present) {
        if (!listed.contains(path)) {
            outcome.unlisted.push_back(path);
        }
    }
    return outcome;
}

} // namespace offramp::platform
