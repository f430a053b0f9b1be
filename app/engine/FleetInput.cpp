// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/FleetInput.h"

#include "engine/JsonNode.h"
#include "engine/utils/Error.h"

#include <nlohmann/json.hpp>

namespace offramp {

namespace {

struct NotJson : Error
{
    explicit NotJson(const std::string& reason)
        : Error(ErrorKind::Damaged, reason)
    {}
};

FleetInputOutcome read(FleetReportBuilder& builder, std::string_view text, const std::string& file)
{
    const nlohmann::json document =
        parseJsonText(text, [](const std::string&, const std::string& reason) { throw NotJson(reason); });
    const auto kind = document.is_object() && document.contains("kind") && document.at("kind").is_string()
                          ? document.at("kind").get<std::string>()
                          : std::string();
    if (kind == "offramp-removal-journal") {
        builder.addJournal(file, journalFromText(text, file));
        return {FleetInputOutcome::Kind::Journal, {}};
    }
    if (kind == "offramp-rescue-manifest") {
        builder.addManifest(file, rescueManifestFromText(text));
        return {FleetInputOutcome::Kind::Manifest, {}};
    }
    if (kind == kFleetHostRecordKind) {
        builder.addHostRecord(file, fleetHostRecordFromJson(document));
        return {FleetInputOutcome::Kind::HostRecord, {}};
    }
    if (kind == kFleetReportKind) {
        return {FleetInputOutcome::Kind::EarlierReport, {}};
    }
    if (kind.empty() && document.is_object() && document.contains("findings")) {
        builder.addScan(file, scanResultFromJson(document));
        return {FleetInputOutcome::Kind::Scan, {}};
    }
    return {FleetInputOutcome::Kind::Unreadable,
            "not a scan result, removal journal, rescue manifest or fleet host record of Offramp"};
}

} // namespace

FleetInputOutcome addFleetInput(FleetReportBuilder& builder, std::string_view text, const std::string& file)
{
    FleetInputOutcome outcome;
    try {
        outcome = read(builder, text, file);
    } catch (const NotJson& error) {
        outcome = {FleetInputOutcome::Kind::Unreadable, error.what()};
    } catch (const JournalError& error) {
        // The journal's message starts with the file it was given; the report names the file itself.
        std::string reason = error.what();
        if (reason.starts_with(file)) {
            reason.erase(0, file.size());
            reason.erase(0, reason.find_first_not_of(": "));
        }
        outcome = {FleetInputOutcome::Kind::Unreadable, "damaged removal journal: " + reason};
    } catch (const RescueManifestError& error) {
        outcome = {FleetInputOutcome::Kind::Unreadable, std::string("damaged rescue manifest: ") + error.what()};
    } catch (const FleetHostRecordError& error) {
        outcome = {FleetInputOutcome::Kind::Unreadable, std::string("damaged fleet host record: ") + error.what()};
    } catch (const ScanResultError& error) {
        outcome = {FleetInputOutcome::Kind::Unreadable, std::string("damaged scan result: ") + error.what()};
    }
    if (outcome.kind == FleetInputOutcome::Kind::Unreadable) {
        builder.addUnreadable(file, outcome.reason);
    }
    return outcome;
}

} // namespace offramp
