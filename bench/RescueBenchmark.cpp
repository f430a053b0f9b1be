// SPDX-License-Identifier: GPL-3.0-or-later
// Times offramp-cli rescue (copy, SHA-256 of every byte, flush, rename, manifest) against doing the same work
// with the usual tools: cp -r of the same files plus sha256sum of the copies. Target: the rescue at least 0.8x
// their speed. Also prints the hash alone: Offramp's SHA-256 (libgcrypt, platform/Sha256.h) against sha256sum on
// one large file.
#include "platform/RescueBundle.h"
#include "platform/Sha256.h"
#include "platform/common/ProcessRunner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kRuns = 5;
constexpr std::uint64_t kMiB = 1024 * 1024;

double bestMilliseconds(const std::function<void()>& prepare, const std::function<void()>& work)
{
    double best = 1e300;
    for (int run = 0; run < kRuns; ++run) {
        prepare();
        const auto start = Clock::now();
        work();
        const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        best = std::min(best, elapsed.count());
    }
    return best;
}

void writeRandomFile(const fs::path& path, std::uint64_t size, unsigned seed)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    std::mt19937_64 generator(seed);
    std::vector<std::uint64_t> piece(kMiB / 8);
    for (std::uint64_t written = 0; written < size;) {
        for (auto& word : piece) {
            word = generator();
        }
        const auto now = static_cast<std::streamsize>(std::min<std::uint64_t>(kMiB, size - written));
        out.write(reinterpret_cast<const char*>(piece.data()), now);
        written += static_cast<std::uint64_t>(now);
    }
}

// A Windows computer's files: Password Manager backups of four users (large and small) and a KES Backup store.
std::uint64_t generateTree(const fs::path& root)
{
    std::uint64_t total = 0;
    unsigned seed = 1;
    for (const char* user : {"alice", "bob", "carol", "dave"}) {
        const fs::path backups = root / "Users" / user / "Documents" / "Kaspersky Password Manager" / "Backup";
        writeRandomFile(backups / "vault.edb", 48 * kMiB, seed++);
        total += 48 * kMiB;
        for (int i = 0; i < 40; ++i) {
            const std::uint64_t size = 4096 + static_cast<std::uint64_t>(i) * 1531;
            writeRandomFile(backups / "older" / ("vault_" + std::to_string(i) + ".edb"), size, seed++);
            total += size;
        }
    }
    const fs::path store = root / "ProgramData" / "Kaspersky Lab" / "KES.21.9" / "QB";
    for (int i = 0; i < 8; ++i) {
        writeRandomFile(store / ("object-" + std::to_string(i) + ".klq"), 4 * kMiB, seed++);
        total += 4 * kMiB;
    }
    return total;
}

std::vector<std::string> filesUnder(const fs::path& folder)
{
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path().string());
        }
    }
    return files;
}

void mustRun(const std::string& program, const std::vector<std::string>& arguments)
{
    offramp::platform::ProcessRequest request;
    request.program = program;
    request.arguments = arguments;
    request.timeout = std::chrono::minutes(10);
    const auto result = offramp::platform::runProcess(request);
    if (!result.started || result.exitCode != 0) {
        std::fprintf(stderr, "%s failed: %s%s\n", program.c_str(), result.failure.c_str(), result.errorOutput.c_str());
        std::exit(2);
    }
}

double megabytesPerSecond(std::uint64_t bytes, double milliseconds)
{
    return static_cast<double>(bytes) / 1e6 / (milliseconds / 1000.0);
}

double hashMilliseconds(const std::string& data)
{
    return bestMilliseconds([] {},
                            [&] {
                                offramp::platform::Sha256 hash;
                                hash.update(data);
                                static_cast<void>(hash.finish());
                            });
}

} // namespace

int main(int argc, char** argv)
{
    const fs::path work = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "offramp-bench-rescue";
    fs::remove_all(work);
    const fs::path root = work / "old-pc";
    const std::uint64_t bytes = generateTree(root);
    const auto sources = filesUnder(root);
    const fs::path rescued = work / "rescued";
    const fs::path copied = work / "copied";

    const std::string cli = OFFRAMP_CLI_PATH;
    const auto rescue = [&] {
        mustRun(cli, {"rescue", "--platform", "windows", "--root", root.string(), "--to", rescued.string()});
    };
    const auto copyAndHash = [&] {
        // The same files the rescue takes, copied with cp and hashed with sha256sum.
        mustRun("cp", {"-r", (root / "Users").string(), (root / "ProgramData").string(), copied.string() + "/"});
        std::vector<std::string> arguments{"--"};
        for (const auto& file : filesUnder(copied)) {
            arguments.push_back(file);
        }
        mustRun("sha256sum", arguments);
    };
    const auto clean = [&] {
        fs::remove_all(rescued);
        fs::remove_all(copied);
        fs::create_directories(copied);
        mustRun("sync", {});
    };

    // Warm the page cache for both sides alike.
    clean();
    rescue();
    copyAndHash();
    const double rescueMs = bestMilliseconds(clean, rescue);
    const double toolsMs = bestMilliseconds(clean, copyAndHash);
    const double syncedToolsMs = bestMilliseconds(clean, [&] {
        copyAndHash();
        mustRun("sync", {});
    });

    std::printf("%-36s %7s %9s %10s %9s %7s\n", "copy and hash", "files", "MiB", "ms", "MB/s", "speed");
    const auto row = [&](const char* what, double ms) {
        std::printf("%-36s %7zu %9.1f %10.1f %9.1f %7.2f\n", what, sources.size(),
                    static_cast<double>(bytes) / static_cast<double>(kMiB), ms, megabytesPerSecond(bytes, ms),
                    toolsMs / ms);
    };
    row("cp -r + sha256sum", toolsMs);
    row("cp -r + sha256sum + sync", syncedToolsMs);
    row("offramp-cli rescue", rescueMs);

    // The hash alone, on one large file in memory (Offramp) and from the page cache (sha256sum).
    const fs::path large =
        root / "Users" / "alice" / "Documents" / "Kaspersky Password Manager" / "Backup" / "vault.edb";
    std::ifstream in(large, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const double libgcryptMs = hashMilliseconds(data);
    const double toolMs = bestMilliseconds([] {}, [&] { mustRun("sha256sum", {large.string()}); });
    std::printf("\n%-36s %9s %10s %9s\n", "SHA-256 alone", "MiB", "ms", "MB/s");
    const auto hashRow = [&](const char* what, double ms) {
        std::printf("%-36s %9.1f %10.1f %9.1f\n", what, static_cast<double>(data.size()) / static_cast<double>(kMiB),
                    ms, megabytesPerSecond(data.size(), ms));
    };
    hashRow("Offramp (libgcrypt)", libgcryptMs);
    hashRow("sha256sum (coreutils)", toolMs);

    const double speed = toolsMs / rescueMs;
    std::printf("\nspeed: the tools' time divided by the rescue's (1.00 = as fast; the rescue also flushes every "
                "copy to the disk, which cp does not)\n");
    std::printf("rescue speed %.2fx cp + sha256sum (target >= 0.80)\n", speed);
    std::printf("hash speed %.1f MB/s (libgcrypt), sha256sum %.1f MB/s\n", megabytesPerSecond(data.size(), libgcryptMs),
                megabytesPerSecond(data.size(), toolMs));
    const bool withinTarget = speed >= 0.8;
    std::printf("result: %s\n", withinTarget ? "within target" : "UNDER TARGET");
    fs::remove_all(work);
    return withinTarget ? 0 : 1;
}
