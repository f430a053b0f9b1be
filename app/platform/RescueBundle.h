// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_RESCUEBUNDLE_H
#define OFFRAMP_PLATFORM_RESCUEBUNDLE_H

#include "engine/ByteCount.h"
#include "engine/RescueManifest.h"
#include "engine/RescueSources.h"
#include "engine/utils/Error.h"
#include "platform/RescueCopier.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace offramp::platform {

// Why a rescue or a verification could not be done (RescueError::Reason).
enum class RescueErrorReason
{
    NoRoot,          // the folder to read as the machine's root is missing
    NotABundle,      // the output folder holds other files, or (verify) no finished bundle
    DamagedManifest, // manifest.json is there but cannot be read
    NoSpace,         // the disk of the bundle is full, before or during the copies
    PathTooLong,     // a path in the bundle would be longer than the system allows
    Failed,          // the bundle could not be written for another reason
};

// NoRoot: NotFound, NotABundle: Unsupported, DamagedManifest: Damaged, NoSpace: DiskFull, PathTooLong: PathTooLong,
// Failed: Failed.
ErrorKind rescueErrorKind(RescueErrorReason reason);

// A rescue or a verification could not be done. what() is one line saying what happened and where; the
// caller adds what it means and what to do.
using RescueError = ReasonedError<RescueErrorReason, rescueErrorKind>;

struct RescueRequest
{
    Platform platform = Platform::Linux;
    std::filesystem::path root;   // read as the machine's "/" (on Windows, its system drive)
    std::filesystem::path bundle; // the output folder: new, empty, or a bundle an earlier run made
    std::string host;             // the computer's name for the manifest (HostName.h); may be empty
    std::vector<RescueLocation> locations;
    std::vector<RescueByHand> byHand;
    std::string licenseRecord; // the text of license.json
    // Bytes free where the bundle goes; freeSpace() unless a test stands in for a full disk.
    std::function<std::uint64_t(const std::filesystem::path&)> freeSpace;
};

struct RescueObserver
{
    // After each file that is in the bundle: copied now, or `unchanged` (an identical copy was there already).
    std::function<void(const RescuedFile& file, bool unchanged)> fileDone;
    // The bytes this run has written so far, after each piece.
    std::function<void(std::uint64_t bytesWritten)> bytesWritten;
};

struct RescueOutcome
{
    RescueManifest manifest;
    std::size_t copied = 0;    // written by this run
    std::size_t unchanged = 0; // already in the bundle and identical (an earlier or interrupted run copied it)
    std::size_t kept = 0;      // copies from an earlier run whose original is gone, kept in the manifest
    std::uint64_t bytesWritten = 0;
    // Copies an earlier run made that are no longer in the bundle, while their originals were not found this
    // time either (as that run's manifest listed them).
    std::vector<RescuedFile> lostCopies;
};

// Copies every file at the request's locations into the bundle (files/<path on the machine>), writes
// license.json and then manifest.json, each through a temporary name, a flush and a rename. Run again on the
// same bundle after an interruption, it removes the unfinished temporary files, keeps the identical copies and
// finishes the rest. The free space is checked before anything is copied. Originals are only read. A file that
// cannot be read is listed in the manifest's "skipped" and the run goes on; a full disk or a write failure
// stops it with RescueError.
RescueOutcome runRescue(const RescueRequest& request, const RescueObserver& observer = {});

struct BundleProblem
{
    // What is wrong with the copy, for views that word it in their own language (with, for an unreadable copy, the
    // kind of the error that kept it from being read); `reason` says it in English, for the command line and
    // technicians.
    enum class Kind
    {
        Missing,
        NotAFile,
        Changed, // its size or SHA-256 differs from the manifest's
        Unreadable,
    };

    std::string path; // in the bundle
    std::string reason;
    Kind kind = Kind::Changed;
    ErrorKind errorKind = ErrorKind::Unreadable; // for Kind::Unreadable
};

struct VerifyOutcome
{
    RescueManifest manifest;
    std::size_t checked = 0; // files that match their size and SHA-256
    std::uint64_t bytes = 0;
    std::vector<BundleProblem> problems;
    std::vector<std::string> unlisted; // files in the bundle that the manifest does not list (not checked)
};

// Hashes every file the manifest lists (copies and records) and compares it with the manifest. Throws
// RescueError when there is no manifest (NotABundle) or it cannot be read (DamagedManifest).
VerifyOutcome verifyBundle(const std::filesystem::path& bundle);

// "1.5 MB", "320 bytes": sizes for people (the engine's, which fleet reports use too).
using offramp::byteCount;

} // namespace offramp::platform

#endif
