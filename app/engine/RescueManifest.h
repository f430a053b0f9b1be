// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_RESCUEMANIFEST_H
#define OFFRAMP_ENGINE_RESCUEMANIFEST_H

#include "engine/Platform.h"
#include "engine/utils/Error.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace offramp {

// The rescue bundle's layout: copies under files/ at their path on the machine, the license record, the
// manifest that lists both with their SHA-256, and a marker that says the folder is a rescue bundle.
constexpr std::string_view kRescueManifestName = "manifest.json";
constexpr std::string_view kRescueLicenseName = "license.json";
constexpr std::string_view kRescueMarkerName = ".offramp-rescue";
constexpr std::string_view kRescueFilesFolder = "files";
constexpr int kRescueSchemaVersion = 1;

// A file copied into the bundle.
struct RescuedFile
{
    std::string path;   // in the bundle, '/'-separated: "files/Users/alice/Documents/..."
    std::string source; // where it was on the machine, as shown there: "C:\Users\alice\Documents\..."
    std::uint64_t size = 0;
    std::string sha256;   // 64 lower-case hex digits
    std::string product;  // catalog ids
    std::string data;     // the data-at-risk id
    std::string what;     // from the catalog, English
    std::string useLater; // from the catalog, English
    // The original was not found by the latest run (the product may have been removed since): this copy and
    // its hash are from an earlier run, kept because the bundle may now hold the only copy.
    bool fromEarlierRun = false;
};

// A file Offramp wrote into the bundle itself (the license record).
struct RescueRecordFile
{
    std::string path;
    std::uint64_t size = 0;
    std::string sha256;
    std::string what;
};

// Why a file at a rescue location was not copied, for views that word it in their own language.
enum class RescueSkipCause
{
    Unreadable,       // it could not be opened or read
    SymbolicLink,     // a link: only files themselves are copied, never what a link leads to
    OutsideRoot,      // it leads out of the folder read as the computer's root
    FolderIncomplete, // a folder that could not be listed completely
    NameNotKept,      // a name the manifest or the bundle cannot keep as it is
};

// "unreadable", "symbolic-link", "outside-root", "folder-incomplete", "name-not-kept".
std::string_view rescueSkipCauseId(RescueSkipCause cause);

// A file at a rescue location that was not copied, and why: the cause and, where the system said why it could not
// be read (Unreadable, FolderIncomplete), the kind of its error, for views that word it in their own language; the
// reason in English, with the system's words, for the command line, the manifest and technicians.
struct RescueSkipped
{
    std::string source;
    std::string reason;
    RescueSkipCause cause = RescueSkipCause::Unreadable;
    ErrorKind kind = ErrorKind::Unreadable; // not kept in the manifest
};

// Data at risk of a detected product that only the user can save (it lives inside the app or in an account).
struct RescueByHand
{
    std::string product;
    std::string data;
    std::string what;
    std::string howToSave;
    std::string ifSkipped;
};

struct RescueManifest
{
    Platform platform = Platform::Linux;
    std::string root; // the folder read as the machine's root
    std::string host; // the machine's name, for fleet reports; empty in manifests from before it was recorded
    std::vector<RescuedFile> files;
    std::vector<RescueRecordFile> records;
    std::vector<RescueSkipped> skipped;
    std::vector<RescueByHand> byHand;
};

// The manifest could not be read: what() names the JSON pointer and the reason.
class RescueManifestError : public Error
{
public:
    explicit RescueManifestError(const std::string& message, ErrorKind kind = ErrorKind::Damaged,
                                 std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

nlohmann::json rescueManifestToJson(const RescueManifest& manifest);
// Reads a manifest and checks everything verify relies on: every path stays inside the bundle, sizes are
// numbers, hashes are SHA-256 hex, no path is listed twice. Throws RescueManifestError.
RescueManifest rescueManifestFromText(std::string_view text);
// Whether text is a SHA-256 as a manifest writes it: 64 lower-case hex digits. The hashing itself is the
// platform layer's (platform/Sha256.h).
bool isSha256Hex(std::string_view text);

// Whether a bundle path is relative, '/'-separated, without empty, "." or ".." components, backslashes,
// control characters or a colon in its first component: a manifest can never point outside its bundle.
bool isSafeBundlePath(std::string_view path);
// Where the copy of a machine path goes: "/Users/a/x" -> "files/Users/a/x".
std::string rescueBundlePath(std::string_view machinePath);

// The temporary name a copy is written under before it is renamed (".NAME.offramp-tmp-<16 hex digits>"), the
// same pattern as Offramp's other atomic writes; left behind only by an interrupted run.
std::string rescueTemporaryName(std::string_view fileName, std::uint64_t random);
bool isRescueTemporaryName(std::string_view fileName);

} // namespace offramp

#endif
