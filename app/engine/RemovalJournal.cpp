// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RemovalJournal.h"

#include "engine/EnumNames.h"
#include "engine/JsonNode.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace offramp {

namespace {

constexpr int kSchemaVersion = 1;

constexpr EnumNames<StepState, 7> kStepStates{{
    {StepState::Planned, "planned"},
    {StepState::Running, "running"},
    {StepState::Done, "done"},
    {StepState::AlreadyGone, "already-gone"},
    {StepState::RestartNeeded, "restart-needed"},
    {StepState::Failed, "failed"},
    {StepState::Manual, "manual"},
}};

constexpr EnumNames<JournalStatus, 5> kStatuses{{
    {JournalStatus::Running, "running"},
    {JournalStatus::Done, "done"},
    {JournalStatus::RestartRequired, "restart-required"},
    {JournalStatus::Failed, "failed"},
    {JournalStatus::Incomplete, "incomplete"},
}};

constexpr EnumNames<StepProblem, 9> kProblems{{
    {StepProblem::None, ""},
    {StepProblem::Refused, "refused"},
    {StepProblem::NotStarted, "not-started"},
    {StepProblem::TimedOut, "timed-out"},
    {StepProblem::Busy, "busy"},
    {StepProblem::ExitCode, "exit-code"},
    {StepProblem::StillThere, "still-there"},
    {StepProblem::StillRunning, "still-running"},
    {StepProblem::Crashed, "crashed"},
}};

std::string optionalString(const JsonNode& node, std::string_view key)
{
    const auto member = node.find(key);
    return member ? member->string(true) : std::string();
}

// A whole number in a JSON value, or nothing.
std::optional<long long> wholeNumber(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number_integer()) {
        return std::nullopt;
    }
    return found->get<long long>();
}

std::optional<std::string> text(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string()) {
        return std::nullopt;
    }
    return found->get<std::string>();
}

// The step's process record. It only ever tells whether to wait before running the step again, so one that
// cannot be read (damaged, or written by hand) is left out rather than refusing the whole journal: the step
// then runs again as it would without it, and a process still running makes it fail as busy.
std::optional<StepProcess> readProcess(const JsonNode& node)
{
    const nlohmann::json& value = node.value();
    if (!value.is_object()) {
        return std::nullopt;
    }
    const auto pid = wholeNumber(value, "pid");
    const auto startTime = wholeNumber(value, "start_time");
    const auto bootId = text(value, "boot_id");
    const auto program = text(value, "program");
    if (!pid || *pid <= 0 || !startTime || *startTime < 0 || !bootId || !program) {
        return std::nullopt;
    }
    return StepProcess{*pid, *startTime, *bootId, *program};
}

// Only a run that is waiting writes it, and only for as long as it waits; one that cannot be read is left out.
std::optional<StepWait> readWait(const JsonNode& node)
{
    const nlohmann::json& value = node.value();
    if (!value.is_object()) {
        return std::nullopt;
    }
    const auto since = text(value, "since");
    const auto limit = wholeNumber(value, "limit_seconds");
    const auto waited = wholeNumber(value, "waited_seconds");
    if (!since || !limit || !waited) {
        return std::nullopt;
    }
    return StepWait{*since, *limit, *waited};
}

nlohmann::json processJson(const std::optional<StepProcess>& process)
{
    if (!process) {
        return nullptr;
    }
    return {{"pid", process->pid},
            {"start_time", process->startTime},
            {"boot_id", process->bootId},
            {"program", process->program}};
}

nlohmann::json waitJson(const std::optional<StepWait>& wait)
{
    if (!wait) {
        return nullptr;
    }
    return {{"since", wait->since}, {"limit_seconds", wait->limitSeconds}, {"waited_seconds", wait->waitedSeconds}};
}

JournalStep readStep(const JsonNode& node)
{
    node.requireObject({"id", "product", "name", "action", "target", "version", "state", "attempts", "started_at",
                        "ended_at", "exit_code", "timed_out", "command", "message", "problem", "process", "waiting"});
    JournalStep step;
    step.id = node.at("id").string();
    step.product = node.at("product").string();
    step.name = optionalString(node, "name");
    step.action = node.at("action").string();
    step.target = node.at("target").string(true);
    step.version = optionalString(node, "version");
    const auto stateNode = node.at("state");
    const auto state = stepStateFromId(stateNode.string());
    if (!state) {
        stateNode.fail("unknown step state \"" + stateNode.string() + "\"");
    }
    step.state = *state;
    if (const auto attempts = node.find("attempts")) {
        step.attempts = static_cast<int>(attempts->integer());
    }
    step.startedAt = optionalString(node, "started_at");
    step.endedAt = optionalString(node, "ended_at");
    if (const auto exitCode = node.find("exit_code"); exitCode && !exitCode->value().is_null()) {
        step.exitCode = static_cast<int>(exitCode->integer());
    }
    if (const auto timedOut = node.find("timed_out")) {
        step.timedOut = timedOut->boolean();
    }
    step.command = optionalString(node, "command");
    step.message = optionalString(node, "message");
    // Journals written before problems were recorded have none: their message still tells.
    if (const auto problemNode = node.find("problem")) {
        const auto problem = stepProblemFromId(problemNode->string(true));
        if (!problem) {
            problemNode->fail("unknown step problem \"" + problemNode->string(true) + "\"");
        }
        step.problem = *problem;
    }
    // Journals written before processes were recorded have none.
    if (const auto process = node.find("process")) {
        step.process = readProcess(*process);
    }
    if (const auto waiting = node.find("waiting")) {
        step.waiting = readWait(*waiting);
    }
    return step;
}

} // namespace

std::string_view stepStateId(StepState state)
{
    return enumName(kStepStates, state);
}

std::optional<StepState> stepStateFromId(std::string_view id)
{
    return enumFromName(kStepStates, id);
}

bool stepFinished(StepState state)
{
    return state == StepState::Done || state == StepState::AlreadyGone || state == StepState::RestartNeeded;
}

std::string_view stepProblemId(StepProblem problem)
{
    return enumName(kProblems, problem);
}

std::optional<StepProblem> stepProblemFromId(std::string_view id)
{
    return enumFromName(kProblems, id);
}

std::string_view journalStatusId(JournalStatus status)
{
    return enumName(kStatuses, status);
}

std::optional<JournalStatus> journalStatusFromId(std::string_view id)
{
    return enumFromName(kStatuses, id);
}

JournalStep* Journal::step(std::string_view id)
{
    const auto found = std::ranges::find(steps, id, &JournalStep::id);
    return found == steps.end() ? nullptr : &*found;
}

const JournalStep* Journal::step(std::string_view id) const
{
    const auto found = std::ranges::find(steps, id, &JournalStep::id);
    return found == steps.end() ? nullptr : &*found;
}

bool Journal::restartRequired() const
{
    return std::ranges::any_of(steps, [](const JournalStep& s) { return s.state == StepState::RestartNeeded; });
}

bool journalUnfinished(const Journal& journal)
{
    return journal.status == JournalStatus::Running ||
           std::ranges::any_of(journal.steps, [](const JournalStep& s) { return s.process.has_value(); });
}

std::string journalToText(const Journal& journal)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : journal.steps) {
        steps.push_back({{"id", step.id},
                         {"product", step.product},
                         {"name", step.name},
                         {"action", step.action},
                         {"target", step.target},
                         {"version", step.version},
                         {"state", stepStateId(step.state)},
                         {"attempts", step.attempts},
                         {"started_at", step.startedAt},
                         {"ended_at", step.endedAt},
                         {"exit_code", step.exitCode ? nlohmann::json(*step.exitCode) : nlohmann::json(nullptr)},
                         {"timed_out", step.timedOut},
                         {"command", step.command},
                         {"message", step.message},
                         {"problem", stepProblemId(step.problem)},
                         {"process", processJson(step.process)},
                         {"waiting", waitJson(step.waiting)}});
    }
    nlohmann::json events = nlohmann::json::array();
    for (const auto& event : journal.events) {
        events.push_back({{"at", event.at}, {"what", event.what}});
    }
    const nlohmann::json document{{"schema_version", kSchemaVersion},
                                  {"kind", "offramp-removal-journal"},
                                  {"platform", journal.platform},
                                  {"machine", journal.machine},
                                  {"host", journal.host},
                                  {"started_at", journal.startedAt},
                                  {"updated_at", journal.updatedAt},
                                  {"status", journalStatusId(journal.status)},
                                  {"restart_required", journal.restartRequired()},
                                  {"summary", journal.summary},
                                  {"steps", std::move(steps)},
                                  {"leftovers", journal.leftovers},
                                  {"events", std::move(events)}};
    // A leftover's path need not be UTF-8: such bytes become U+FFFD rather than a journal that cannot be saved.
    return jsonText(document) + "\n";
}

Journal journalFromText(std::string_view text, const std::string& origin)
{
    const JsonNode::FailHandler fail = [origin](const std::string& pointer, const std::string& reason) {
        throw JournalError(origin + (pointer.empty() ? "" : " at " + pointer) + ": " + reason +
                               " \u2014 it is not a journal Offramp wrote, or it was damaged",
                           ErrorKind::Damaged, origin);
    };
    const nlohmann::json document = parseJsonText(text, fail);
    const JsonNode root(document, fail);
    root.requireObject({"schema_version", "kind", "platform", "machine", "host", "started_at", "updated_at", "status",
                        "restart_required", "summary", "steps", "leftovers", "events"});
    if (root.at("kind").string() != "offramp-removal-journal") {
        root.at("kind").fail("this is not a removal journal");
    }
    if (root.at("schema_version").integer() != kSchemaVersion) {
        root.at("schema_version").fail("this journal was written by another version of Offramp");
    }
    Journal journal;
    journal.platform = root.at("platform").string();
    journal.machine = optionalString(root, "machine");
    journal.host = optionalString(root, "host");
    journal.startedAt = optionalString(root, "started_at");
    journal.updatedAt = optionalString(root, "updated_at");
    const auto statusNode = root.at("status");
    const auto status = journalStatusFromId(statusNode.string());
    if (!status) {
        statusNode.fail("unknown status \"" + statusNode.string() + "\"");
    }
    journal.status = *status;
    journal.summary = optionalString(root, "summary");
    for (const auto& stepNode : root.at("steps").array(true)) {
        journal.steps.push_back(readStep(stepNode));
    }
    if (const auto leftovers = root.find("leftovers")) {
        for (const auto& item : leftovers->array(true)) {
            journal.leftovers.push_back(item.string());
        }
    }
    if (const auto events = root.find("events")) {
        for (const auto& eventNode : events->array(true)) {
            eventNode.requireObject({"at", "what"});
            journal.events.push_back({eventNode.at("at").string(true), eventNode.at("what").string()});
        }
    }
    return journal;
}

} // namespace offramp
