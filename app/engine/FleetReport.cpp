// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/FleetReport.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace offramp {

namespace {

void addSource(FleetRow& row, const std::string& file)
{
    if (std::ranges::find(row.sources, file) == row.sources.end()) {
        row.sources.push_back(file);
    }
}

// What the journal says of one product, from its steps: the worst outcome wins, so that one failed package
// of a product is never hidden behind the others that went.
struct Removal
{
    std::string result;
    std::string note;
    std::string name;
    std::string version;
};

int severity(StepState state)
{
    switch (state) {
    case StepState::Failed:
        return 6;
    case StepState::Running:
        return 5;
    case StepState::Planned:
        return 4;
    case StepState::Manual:
        return 3;
    case StepState::RestartNeeded:
        return 2;
    case StepState::Done:
    case StepState::AlreadyGone:
        return 1;
    }
    return 0;
}

std::string removalResult(StepState state)
{
    switch (state) {
    case StepState::Failed:
        return "failed";
    case StepState::Running:
        return "interrupted";
    case StepState::Planned:
        return "not-finished";
    case StepState::Manual:
        return "manual";
    case StepState::RestartNeeded:
        return "restart-needed";
    case StepState::Done:
    case StepState::AlreadyGone:
        return "removed";
    }
    return {};
}

std::map<std::string, Removal> removalsOf(const Journal& journal)
{
    std::map<std::string, std::pair<int, Removal>> worst;
    for (const auto& step : journal.steps) {
        auto& [level, removal] = worst[step.product];
        if (removal.name.empty()) {
            removal.name = step.name;
            removal.version = step.version;
        }
        if (severity(step.state) > level) {
            level = severity(step.state);
            removal.result = removalResult(step.state);
            const bool explains = step.state == StepState::Failed || step.state == StepState::Manual;
            removal.note = explains ? step.message : std::string();
        }
    }
    std::map<std::string, Removal> removals;
    for (auto& [product, entry] : worst) {
        removals.emplace(product, std::move(entry.second));
    }
    return removals;
}

} // namespace

FleetReportBuilder::FleetReportBuilder(const Catalog* catalog)
    : m_catalog(catalog)
{}

FleetReportBuilder::Host& FleetReportBuilder::host(const std::string& name, const std::string& file)
{
    // '\x01' sorts before any printable name, so hosts without a name come first, by file.
    Host& entry = m_hosts[name.empty() ? "\x01" + file : name];
    entry.name = name;
    return entry;
}

std::string FleetReportBuilder::productName(const std::string& id) const
{
    if (m_catalog != nullptr) {
        if (const Product* product = m_catalog->product(id)) {
            return product->name.text();
        }
    }
    return id;
}

void FleetReportBuilder::addScan(const std::string& file, const ScanResult& scan)
{
    ++m_inputs;
    Host& entry = host(scan.host, file);
    entry.scanFiles.push_back(file);
    for (const auto& finding : scan.findings) {
        FleetRow& row = entry.scanned[{finding.id, finding.user}];
        row.productId = finding.id;
        row.product = finding.product;
        row.user = finding.user;
        row.version = finding.version;
        // Of two scans of one host, an installation seen by either stays installed: only a removal takes it away.
        if (row.state != "installed") {
            row.state = finding.state;
        }
        row.banned = finding.banned;
        addSource(row, file);
    }
}

void FleetReportBuilder::addJournal(const std::string& file, const Journal& journal)
{
    ++m_inputs;
    Host& entry = host(journal.host, file);
    if (!entry.journal || journal.updatedAt >= entry.journal->updatedAt) {
        entry.journal = journal;
        entry.journalFile = file;
    }
}

void FleetReportBuilder::addManifest(const std::string& file, const RescueManifest& manifest)
{
    ++m_inputs;
    Host& entry = host(manifest.host, file);
    entry.manifestFiles.push_back(file);
    for (const auto& copy : manifest.files) {
        Saved& saved = entry.saved[copy.product];
        ++saved.files;
        saved.bytes += copy.size;
    }
    for (const auto& item : manifest.byHand) {
        ++entry.saved[item.product].byHand;
    }
}

void FleetReportBuilder::addHostRecord(const std::string& file, const FleetHostRecord& record)
{
    ++m_inputs;
    host(record.host, file).records.emplace_back(file, record);
}

void FleetReportBuilder::addUnreadable(const std::string& file, const std::string& reason)
{
    m_unreadable.push_back({file, reason});
}

std::vector<FleetRow> FleetReportBuilder::rowsOf(const Host& host) const
{
    std::vector<FleetRow> rows;
    for (const auto& [key, row] : host.scanned) {
        rows.push_back(row);
    }
    // Each product a journal or a manifest names joins the rows of that product, or becomes one of its own.
    const auto rowsFor = [&](const std::string& id, const std::string& name, const std::string& version) {
        std::vector<FleetRow*> found;
        for (auto& row : rows) {
            if (row.productId == id) {
                found.push_back(&row);
            }
        }
        if (found.empty()) {
            FleetRow row;
            row.productId = id;
            row.product = name.empty() ? productName(id) : name;
            row.version = version;
            row.state = "not-scanned";
            rows.push_back(std::move(row));
            found.push_back(&rows.back());
        }
        return found;
    };
    if (host.journal) {
        for (const auto& [id, removal] : removalsOf(*host.journal)) {
            for (FleetRow* row : rowsFor(id, removal.name, removal.version)) {
                row->removal = removal.result;
                row->note = removal.note;
                addSource(*row, host.journalFile);
            }
        }
    }
    for (const auto& [id, saved] : host.saved) {
        for (FleetRow* row : rowsFor(id, {}, {})) {
            row->savedFiles += saved.files;
            row->savedBytes += saved.bytes;
            row->byHand += saved.byHand;
        }
    }
    if (rows.empty() && !host.scanFiles.empty()) {
        FleetRow row;
        row.state = "nothing-found";
        row.sources = host.scanFiles;
        rows.push_back(std::move(row));
    }
    for (const auto& [file, record] : host.records) {
        FleetRow row;
        row.state = std::string(fleetHostStatusId(record.status));
        row.note = record.step.empty() ? record.message : record.step + ": " + record.message;
        row.sources.push_back(file);
        rows.push_back(std::move(row));
    }
    if (rows.empty()) {
        // A journal with no steps or an empty manifest, and no scan: the host is listed all the same.
        FleetRow row;
        row.state = "not-scanned";
        rows.push_back(std::move(row));
    }
    for (auto& row : rows) {
        row.host = host.name;
        row.rescued = !host.manifestFiles.empty();
        if (row.rescued && !row.productId.empty()) {
            for (const auto& file : host.manifestFiles) {
                addSource(row, file);
            }
        }
    }
    std::ranges::stable_sort(rows, [](const FleetRow& a, const FleetRow& b) {
        return std::tie(a.product, a.user) < std::tie(b.product, b.user);
    });
    return rows;
}

FleetReport FleetReportBuilder::build() const
{
    FleetReport report;
    report.inputs = m_inputs;
    report.unreadable = m_unreadable;
    for (const auto& [key, host] : m_hosts) {
        for (auto& row : rowsOf(host)) {
            report.rows.push_back(std::move(row));
        }
    }
    return report;
}

} // namespace offramp
