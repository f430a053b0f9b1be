// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RescueCommand.h"

#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "cli/TestHooks.h"
#include "engine/CatalogLoader.h"
#include "engine/Detector.h"
#include "engine/RescueLicense.h"
#include "platform/ProbeFactory.h"
#include "platform/RescueBundle.h"
#include "platform/RescueSetup.h"
#include "platform/common/Utf8Path.h"

#include <memory>
#include <optional>

namespace offramp::cli {

namespace {

constexpr std::string_view command = "rescue";

CliError usage(const std::string& sentence)
{
    return {ExitUsage, std::string(command) + ": " + sentence};
}

std::string files(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " file" : " files");
}

// The scan behind the license record. A damaged database does not stop a rescue: the files come first.
LicenseScan scanForLicense(const Catalog& catalog, Platform platform, const std::optional<std::string>& root)
{
    LicenseScan scan;
    const std::string name(platformDisplayName(platform));
    scan.what = root ? "the " + name + " files under " + *root : "this " + name + " computer";
    if (root && platform == Platform::Windows) {
        scan.reason = "a Windows computer's products are read from its registry, which a folder does not hold; run "
                      "offramp-cli.exe rescue on that computer to record them";
        return scan;
    }
    try {
        auto probe = root ? platform::makeTreeProbe(platform, *root) : platform::makeHostProbe();
        const auto facts = probe->probe(Watchlist(catalog, probe->platform()));
        scan.findings = detect(catalog, facts);
        scan.warnings = facts.warnings;
        scan.scanned = true;
    } catch (const ProbeError& error) {
        scan.reason = error.what();
    }
    return scan;
}

std::string whatItMeans(platform::RescueError::Reason reason)
{
    using Reason = platform::RescueError::Reason;
    switch (reason) {
    case Reason::NoSpace:
        return ". The originals are untouched, and any copies already in the bundle are complete, but the bundle is "
               "not finished. Free some space there, or choose a folder on a disk with more room, then run the "
               "same command again: it carries on where it stopped";
    case Reason::PathTooLong:
        return ". The originals are untouched, and any copies already in the bundle are complete, but the bundle is "
               "not finished: a path in it would be longer than this system allows. Choose a folder with a shorter "
               "path with --to, then run the command again";
    case Reason::Failed:
        return ". The originals are untouched, and any copies already in the bundle are complete, but the bundle is "
               "not finished. Make sure you may write there, then run the same command again";
    case Reason::NotABundle:
        return ". Nothing was copied; choose a new or empty folder with --to";
    case Reason::DamagedManifest:
        return ". Nothing was copied; move that folder away (it may hold copies you need) and rescue into a new one";
    case Reason::NoRoot:
        return "; give the folder that holds the computer's files with --root DIR";
    }
    return {};
}

void printLicense(std::ostream& out, const LicenseScan& scan)
{
    out << "License record: " << kRescueLicenseName;
    if (!scan.scanned) {
        out << " (no products recorded: " << scan.reason << ")\n";
        return;
    }
    if (scan.findings.empty()) {
        out << " (no Kaspersky product was found on " << scan.what << ")\n";
        return;
    }
    out << "\n";
    for (const auto& finding : scan.findings) {
        out << "  " << licenseSummary(finding) << " [" << findingStateId(finding.state) << "]; expiry not shown\n";
    }
}

void printByHand(std::ostream& out, const std::vector<ManualRescue>& manual)
{
    if (manual.empty()) {
        return;
    }
    out << "Save these by hand as well (they live inside the app or in an account, so Offramp cannot copy them):\n";
    for (const auto& item : manual) {
        out << "  - " << item.product->name.text() << ": " << item.data->what.text() << "\n"
            << "      How: " << item.data->howToSave.text() << "\n"
            << "      If you skip it: " << item.data->ifSkipped.text() << "\n";
    }
}

} // namespace

std::string rescueUsage()
{
    return "  rescue [--platform linux|macos|windows] [--root DIR] --to OUT\n"
           "      Copy the files at risk (Password Manager backups, Backup stores, settings, reports)\n"
           "      into OUT with a manifest (size and SHA-256 of each) and a license record. Run it\n"
           "      again after an interruption to finish. --root reads a computer's files from DIR.\n";
}

int runRescue(const std::vector<std::string>& words, std::ostream& out)
{
    const Arguments arguments(std::string(command), words, {}, {"--platform", "--root", "--to"});
    if (!arguments.positional().empty()) {
        throw usage("unexpected argument \"" + arguments.positional().front() + "\"");
    }
    const auto to = arguments.option("--to");
    if (!to || to->empty()) {
        throw usage("--to OUT is required: the folder to put the copies in (new, empty, or an earlier bundle)");
    }
    Platform platform = platform::hostPlatform();
    if (const auto name = arguments.option("--platform")) {
        const auto chosen = platformFromId(*name);
        if (!chosen) {
            throw usage("--platform must be linux, macos or windows, not \"" + *name + "\"");
        }
        platform = *chosen;
    }
    const auto root = arguments.option("--root");
    if (!root && platform != platform::hostPlatform()) {
        throw usage("to rescue from a " + std::string(platformDisplayName(platform)) +
                    " computer from here, give its files with --root DIR");
    }

    const Catalog catalog = CatalogLoader::loadEmbedded();
    const LicenseScan scan = scanForLicense(catalog, platform, root);
    const auto manual = manualRescues(scan.findings, platform);

    const platform::RescueRequest request =
        platform::makeRescueRequest(catalog, platform, root ? platform::pathFromUtf8(*root) : platform::systemRoot(),
                                    platform::pathFromUtf8(*to), scan);

    out << "Rescuing from " << scan.what << " into " << *to << ":\n";
    platform::RescueObserver observer;
    observer.fileDone = [&](const RescuedFile& file, bool unchanged) {
        out << (unchanged ? "  already there  " : "  copied         ") << file.path << " ("
            << platform::byteCount(file.size) << ")" << std::endl; // progress, as it happens
    };
    testhooks::addRescueStops(observer);
    platform::RescueOutcome outcome;
    try {
        outcome = platform::runRescue(request, observer);
    } catch (const platform::RescueError& error) {
        throw CliError(ExitBadInput, std::string(command) + ": " + error.what() + whatItMeans(error.reason()));
    }

    const auto& manifest = outcome.manifest;
    if (manifest.files.empty()) {
        out << "Found no files to copy at the places the catalog names for " << platformDisplayName(platform) << ".\n";
    } else {
        out << "Copied " << files(outcome.copied) << " (" << platform::byteCount(outcome.bytesWritten) << ")";
        if (outcome.unchanged > 0) {
            out << "; " << files(outcome.unchanged) << " already in the bundle, identical";
        }
        if (outcome.kept > 0) {
            out << "; kept " << files(outcome.kept) << " from an earlier rescue whose originals are gone";
        }
        out << ".\n";
    }
    for (const auto& lost : outcome.lostCopies) {
        out << "Warning: " << lost.path << " (a copy of " << lost.source
            << " made by an earlier rescue) is no longer in the bundle, and its original was not found this time.\n";
    }
    if (!manifest.skipped.empty()) {
        out << "Not copied:\n";
        for (const auto& skipped : manifest.skipped) {
            out << "  " << skipped.source << ": " << skipped.reason << "\n";
        }
    }
    printLicense(out, scan);
    printByHand(out, manual);
    out << "Manifest: " << platform::utf8Text(platform::pathFromUtf8(*to) / std::string(kRescueManifestName))
        << ". Check the bundle at any time with: offramp-cli verify " << *to << "\n";
    return ExitClean;
}

} // namespace offramp::cli
