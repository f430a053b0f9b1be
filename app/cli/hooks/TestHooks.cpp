// SPDX-License-Identifier: GPL-3.0-or-later
// The switches of test builds only; never in a program that is installed (see TestHooks.h).
#include "cli/TestHooks.h"

#include <cstdint>
#include <cstdlib>
#include <optional>

namespace offramp::cli::testhooks {

namespace {

// The exit code of a run stopped by a test hook, as if the process had been killed there.
constexpr int kStoppedForTest = 86;

std::optional<std::uint64_t> stopAt(const char* variable)
{
    const char* value = std::getenv(variable);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::strtoull(value, nullptr, 10);
}

} // namespace

std::set<std::string, std::less<>> removalOptions()
{
    // The Wine tests' stand-in for a vendor's uninstaller; it must still lie in an allowed folder.
    return {"--allow-uninstaller"};
}

void applyRemovalOptions(const Arguments& arguments, platform::RemovalOptions& options)
{
    if (const auto program = arguments.option("--allow-uninstaller")) {
        options.extraAllowedPrograms.push_back(*program);
    }
}

void addRescueStops(platform::RescueObserver& observer)
{
    // For the tests of interrupted rescues: once this many bytes, or this many new files, are written.
    if (const auto files = stopAt("OFFRAMP_TEST_STOP_AFTER_FILES")) {
        observer.fileDone = [told = std::move(observer.fileDone), placed = std::uint64_t{0},
                             stop = *files](const RescuedFile& file, bool unchanged) mutable {
            if (told) {
                told(file, unchanged);
            }
            placed += unchanged ? 0 : 1;
            if (placed >= stop) {
                std::_Exit(kStoppedForTest);
            }
        };
    }
    if (const auto bytes = stopAt("OFFRAMP_TEST_STOP_AFTER_BYTES")) {
        observer.bytesWritten = [told = std::move(observer.bytesWritten), stop = *bytes](std::uint64_t written) {
            if (told) {
                told(written);
            }
            if (written >= stop) {
                std::_Exit(kStoppedForTest);
            }
        };
    }
}

} // namespace offramp::cli::testhooks
