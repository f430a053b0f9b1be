// SPDX-License-Identifier: GPL-3.0-or-later
// Times a scan against the floor of merely reading the same dpkg database, on this machine and on
// generated machines of 1,000 to 100,000 packages. Targets: on the 100,000-package machine a scan
// within 1.5x of the floor, and a time per package that stays flat as the database grows (linear).
// On small databases the floor is a few tens of microseconds, and the scan's fixed work (checking
// the catalog's paths and the unit folders) dominates: those rows are printed, not judged.
#include "engine/CatalogLoader.h"
#include "engine/Detector.h"
#include "platform/common/ProcessRunner.h"
#include "platform/linux/LinuxProbe.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kRuns = 7;

// The best of several runs: the least disturbed by whatever else the machine is doing.
double bestMilliseconds(const std::function<void()>& work)
{
    double best = 1e300;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = Clock::now();
        work();
        const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        best = std::min(best, elapsed.count());
    }
    return best;
}

// The floor: read every byte of the database into memory, and nothing else.
std::size_t readWholeFile(const fs::path& path)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        return 0;
    }
    const auto size = fs::file_size(path);
    std::string buffer(size, '\0');
    return std::fread(buffer.data(), 1, buffer.size(), file.get());
}

// A status file shaped like a real Debian one (about 900 bytes a package), with Kaspersky among them.
void generateMachine(const fs::path& root, int packages)
{
    fs::create_directories(root / "var/lib/dpkg");
    std::ofstream out(root / "var/lib/dpkg/status", std::ios::binary | std::ios::trunc);
    for (int i = 0; i < packages; ++i) {
        std::string name = "package-" + std::to_string(i);
        if (i == packages / 3) {
            name = "kesl";
        } else if (i == packages / 2) {
            name = "klnagent64";
        }
        out << "Package: " << name << "\n"
            << "Status: install ok installed\n"
            << "Priority: optional\nSection: misc\nInstalled-Size: " << (i % 5000) + 12 << "\n"
            << "Maintainer: Example Maintainers <maintainers@example.org>\n"
            << "Architecture: amd64\nMulti-Arch: same\n"
            << "Version: " << (i % 7) << "." << (i % 13) << "." << (i % 101) << "-1\n"
            << "Depends: libc6 (>= 2.34), libstdc++6 (>= 12), zlib1g (>= 1:1.2.0)\n"
            << "Conffiles:\n /etc/" << name << "/" << name << ".conf 0123456789abcdef0123456789abcdef\n"
            << "Description: an example package used to measure scanning\n"
            << " This long description stands for the several paragraphs most packages carry.\n"
            << " It is skipped by the reader, which only looks at Package, Status and Version,\n"
            << " but every byte of it still has to pass through memory once.\n"
            << " .\n"
            << " A second paragraph: the scan must stay close to the cost of reading the file,\n"
            << " so it must not allocate or copy anything for packages the catalog does not name.\n"
            << " .\n"
            << " A third paragraph, so that the stanza is about as long as a real one in Debian's\n"
            << " database, where descriptions often run to a dozen lines of eighty characters.\n"
            << "Homepage: https://example.org/" << name << "\n\n";
    }
}

struct Row
{
    std::string machine;
    long long packages = 0;
    std::uintmax_t bytes = 0;
    double floorMs = 0;
    double scanMs = 0;
    double processMs = 0;
    std::size_t findings = 0;
};

Row measure(const std::string& label, const fs::path& root, long long packages, const offramp::Catalog& catalog)
{
    const offramp::Watchlist watchlist(catalog, offramp::Platform::Linux);
    const fs::path status = root / "var/lib/dpkg/status";
    Row row;
    row.machine = label;
    row.packages = packages;
    row.bytes = fs::exists(status) ? fs::file_size(status) : 0;
    readWholeFile(status); // warm the page cache for both sides alike
    row.floorMs = bestMilliseconds([&] { readWholeFile(status); });
    row.scanMs = bestMilliseconds([&] {
        offramp::platform::LinuxProbe probe(root);
        row.findings = offramp::detect(catalog, probe.probe(watchlist)).size();
    });
    row.processMs = bestMilliseconds([&] {
        offramp::platform::ProcessRequest request;
        request.program = OFFRAMP_CLI_PATH;
        request.arguments = {"scan", "--root", root.string()};
        request.timeout = std::chrono::minutes(5);
        offramp::platform::runProcess(request);
    });
    return row;
}

long long countPackages(const fs::path& status)
{
    std::ifstream in(status);
    long long count = 0;
    for (std::string line; std::getline(in, line);) {
        count += line.starts_with("Package: ") ? 1 : 0;
    }
    return count;
}

} // namespace

int main(int argc, char** argv)
{
    const fs::path work = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "offramp-bench-scan";
    const offramp::Catalog catalog = offramp::CatalogLoader::loadEmbedded();

    std::vector<Row> rows;
    if (fs::exists("/var/lib/dpkg/status")) {
        rows.push_back(measure("this machine", "/", countPackages("/var/lib/dpkg/status"), catalog));
    }
    for (const int packages : {1000, 10000, 100000}) {
        const fs::path root = work / ("machine-" + std::to_string(packages));
        generateMachine(root, packages);
        rows.push_back(measure("generated", root, packages, catalog));
    }

    std::printf("%-14s %9s %10s %10s %10s %7s %12s %13s\n", "machine", "packages", "MiB", "read ms", "scan ms", "ratio",
                "ns/package", "process ms");
    for (const auto& row : rows) {
        const double ratio = row.floorMs > 0 ? row.scanMs / row.floorMs : 0;
        std::printf("%-14s %9lld %10.1f %10.2f %10.2f %7.2f %12.1f %13.2f\n", row.machine.c_str(), row.packages,
                    static_cast<double>(row.bytes) / (1024.0 * 1024.0), row.floorMs, row.scanMs, ratio,
                    row.scanMs * 1e6 / static_cast<double>(std::max(1LL, row.packages)), row.processMs);
    }
    // Linear growth: the time per package at 100,000 packages against 10,000.
    const double perPackageSmall = rows[rows.size() - 2].scanMs / 10000.0;
    const double perPackageLarge = rows.back().scanMs / 100000.0;
    const double largeRatio = rows.back().scanMs / rows.back().floorMs;
    const double growth = perPackageLarge / perPackageSmall;
    std::printf("\nread ms: reading the database into memory and nothing else; process ms: offramp-cli scan --root, "
                "start to exit\n");
    std::printf("100,000 packages: scan/read %.2f (target <= 1.50)\n", largeRatio);
    std::printf("growth: time per package at 100,000 is %.2fx that at 10,000 (target <= 1.50; linear is about 1)\n",
                growth);
    const bool withinTarget = largeRatio <= 1.5 && growth <= 1.5;
    std::printf("result: %s\n", withinTarget ? "within target" : "OVER TARGET");
    fs::remove_all(work);
    return withinTarget ? 0 : 1;
}
