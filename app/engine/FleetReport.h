// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_FLEETREPORT_H
#define OFFRAMP_ENGINE_FLEETREPORT_H

#include "engine/Catalog.h"
#include "engine/FleetHostRecord.h"
#include "engine/RemovalJournal.h"
#include "engine/RescueManifest.h"
#include "engine/ScanResult.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// One report for many computers (`offramp-cli report`): their scans, removal journals, rescue manifests and
// the fleet playbook's records of hosts that gave no result, one row per host and product.
namespace offramp {

struct FleetRow
{
    std::string host;    // empty when the file named none (written by an Offramp from before hosts were recorded)
    std::string product; // its name; empty on a host's own row (nothing found, unreachable, failed)
    std::string productId;
    std::string user; // a per-user installation's account
    std::string version;
    // "installed", "leftovers" (from a scan); "not-scanned" (a journal or manifest but no scan names it);
    // "nothing-found" (a clean scan); "unreachable", "failed" (the playbook's host records).
    std::string state;
    bool banned = false;
    // From the removal journal: "removed", "restart-needed", "failed", "interrupted", "manual", "not-finished";
    // empty without a journal.
    std::string removal;
    std::size_t savedFiles = 0; // copies in the rescue bundle
    std::uint64_t savedBytes = 0;
    std::size_t byHand = 0;           // data only the person can save (the manifest's by_hand)
    bool rescued = false;             // a rescue manifest names the host (so "0 files" means nothing was there to copy)
    std::string note;                 // one line: why a removal failed, what the playbook said
    std::vector<std::string> sources; // the input files the row comes from
};

// An input file that could not be used, and why (one line).
struct UnreadableInput
{
    std::string file;
    std::string reason;
};

struct FleetReport
{
    std::vector<FleetRow> rows; // by host, then product
    std::vector<UnreadableInput> unreadable;
    std::size_t inputs = 0; // files read
};

// Collects the inputs, in any order, and merges them into rows: a product's row takes its state from the
// scan, its removal from the journal (the latest one, when a host has several), what was saved from the
// manifest. `file` names each input in the report.
class FleetReportBuilder
{
public:
    // `catalog` names products that only a manifest mentions (by id); without it the id stands for the name.
    explicit FleetReportBuilder(const Catalog* catalog = nullptr);

    void addScan(const std::string& file, const ScanResult& scan);
    void addJournal(const std::string& file, const Journal& journal);
    void addManifest(const std::string& file, const RescueManifest& manifest);
    void addHostRecord(const std::string& file, const FleetHostRecord& record);
    void addUnreadable(const std::string& file, const std::string& reason);

    FleetReport build() const;

private:
    struct Saved
    {
        std::size_t files = 0;
        std::uint64_t bytes = 0;
        std::size_t byHand = 0;
    };
    struct Host
    {
        std::string name;
        std::map<std::pair<std::string, std::string>, FleetRow> scanned; // by product id and user
        std::vector<std::string> scanFiles;
        std::string journalFile;
        std::optional<Journal> journal; // the latest, when there are several
        std::map<std::string, Saved> saved;
        std::vector<std::string> manifestFiles;
        std::vector<std::pair<std::string, FleetHostRecord>> records;
    };

    // A file that names no host is a host of its own, so that two such files are never taken for one computer.
    Host& host(const std::string& name, const std::string& file);
    std::string productName(const std::string& id) const;
    std::vector<FleetRow> rowsOf(const Host& host) const;

    const Catalog* m_catalog;
    std::map<std::string, Host> m_hosts;
    std::vector<UnreadableInput> m_unreadable;
    std::size_t m_inputs = 0;
};

} // namespace offramp

#endif
