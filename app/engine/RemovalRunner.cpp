// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RemovalRunner.h"

#include "engine/utils/Timestamp.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace offramp {

namespace {

std::string describeStep(const JournalStep& step)
{
    if (step.action == stepActionId(StepAction::RemovePackage)) {
        return "package " + step.target + " of " + step.name;
    }
    if (step.action == stepActionId(StepAction::RunUninstallScript)) {
        return "the uninstall script of " + step.name;
    }
    if (step.action == stepActionId(StepAction::RunUninstaller)) {
        return "the uninstaller of " + step.name;
    }
    return step.name;
}

// dpkg's states between "installed" and "gone": a package manager was stopped in the middle.
bool halfDone(const std::string& state)
{
    constexpr std::array<std::string_view, 6> kWords{"half-installed",   "half-configured",  "unpacked",
                                                     "triggers-awaited", "triggers-pending", "reinstreq"};
    return std::ranges::any_of(kWords, [&](std::string_view word) { return state.find(word) != std::string::npos; });
}

// What happened, what it means and what to do, when the uninstaller said the product was not installed (msiexec's
// 1605) but a fresh scan still finds it: the step did not remove anything, so it must not count as done.
std::string saidGoneButStillThere(const JournalStep& step)
{
    const std::string code = step.exitCode ? " (exit code " + std::to_string(*step.exitCode) + ")" : "";
    if (step.action == stepActionId(StepAction::RunUninstaller)) {
        return "The uninstaller said that " + step.name + " is not installed" + code +
               ", but Windows still lists it as installed (" + step.target +
               "), so nothing was removed. The uninstaller and Windows disagree, which usually means a damaged "
               "installation. Remove " +
               step.name +
               " from Programs and Features, or with its maker's removal tool (for Kaspersky, kavremover), then run "
               "offramp-cli resume.";
    }
    const std::string what =
        step.action == stepActionId(StepAction::RemovePackage) ? "the package manager" : "the uninstall script";
    return "The removal said that " + step.name + " is not installed" + code + ", but " + what + " still lists it (" +
           step.target + "), so nothing was removed. Remove it with its own uninstaller, then run offramp-cli resume.";
}

// "45 seconds", "1 minute", "2 minutes 5 seconds", "30 minutes".
std::string describeDuration(std::chrono::milliseconds duration)
{
    const auto total = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    const auto minutes = total / 60;
    const auto seconds = total % 60;
    const auto unit = [](long long count, const char* one, const char* many) {
        return std::to_string(count) + (count == 1 ? one : many);
    };
    if (minutes == 0) {
        return unit(seconds, " second", " seconds");
    }
    return unit(minutes, " minute", " minutes") + (seconds == 0 ? "" : " " + unit(seconds, " second", " seconds"));
}

// "dpkg (process 4711)".
std::string describeProcess(const StepProcess& process)
{
    return (process.program.empty() ? std::string("it") : process.program) + " (process " +
           std::to_string(process.pid) + ")";
}

// When a wait tells how long it has waited so far: after 10 and 30 seconds, then every minute.
std::chrono::milliseconds nextWaitReport(std::chrono::milliseconds last)
{
    using std::chrono::seconds;
    if (last < seconds(10)) {
        return seconds(10);
    }
    if (last < seconds(30)) {
        return seconds(30);
    }
    return std::chrono::duration_cast<seconds>(last) / 60 * 60 + seconds(60);
}

std::string leftoverLine(const Finding& finding)
{
    std::string line = finding.product->name.text() + " (" + std::string(findingStateId(finding.state)) + "):";
    for (const auto& evidence : finding.evidence) {
        line += (line.back() == ':' ? " " : "; ") + evidence.what;
        if (!evidence.where.empty() && evidence.where != evidence.fact.name) {
            line += " in " + evidence.where;
        }
    }
    return line;
}

} // namespace

JournalStep journalStepFor(const RemovalStep& step)
{
    JournalStep entry;
    entry.id = step.id;
    entry.product = step.product->id;
    entry.name = step.product->name.text();
    entry.action = std::string(stepActionId(step.action));
    entry.target = step.target;
    entry.version = step.version;
    return entry;
}

RemovalRunner::RemovalRunner(RemovalMachine& machine, JournalStore& store, Clock clock)
    : m_machine(machine)
    , m_store(store)
    , m_clock(std::move(clock))
{}

std::string RemovalRunner::now() const
{
    return m_clock ? m_clock() : utils::utcTimestampNow();
}

void RemovalRunner::save(Journal& journal)
{
    journal.updatedAt = now();
    m_store.save(journal);
    if (m_progress) {
        m_progress(journal);
    }
}

void RemovalRunner::note(Journal& journal, std::string what)
{
    journal.events.push_back({now(), std::move(what)});
}

Journal RemovalRunner::start(const std::string& machine, const std::string& host)
{
    const RemovalPlan plan = planRemoval(m_machine.detect(), m_machine.platform());
    Journal journal;
    journal.platform = std::string(platformId(m_machine.platform()));
    journal.machine = machine;
    journal.host = host;
    journal.startedAt = now();
    for (const auto& step : plan.steps) {
        journal.steps.push_back(journalStepFor(step));
    }
    note(journal, "Removal planned on " + machine + ": " + std::to_string(plan.steps.size()) +
                      (plan.steps.size() == 1 ? " step." : " steps."));
    return run(std::move(journal));
}

Journal RemovalRunner::resume(Journal journal)
{
    note(journal, journal.status == JournalStatus::Running ? "Resumed: the previous run was interrupted." : "Resumed.");
    for (auto& step : journal.steps) {
        if (step.state == StepState::Running) {
            note(journal, "Interrupted while removing " + describeStep(step) + "; checking it again.");
        }
    }
    // Anything the fresh scan finds that the journal does not know yet joins at the end.
    const RemovalPlan plan = planRemoval(m_machine.detect(), m_machine.platform());
    for (const auto& step : plan.steps) {
        if (journal.step(step.id) == nullptr) {
            journal.steps.push_back(journalStepFor(step));
            note(journal, "Also found: " + describeStep(journal.steps.back()) + ".");
        }
    }
    return run(std::move(journal));
}

Journal RemovalRunner::run(Journal journal)
{
    journal.status = JournalStatus::Running;
    journal.summary.clear();
    save(journal);
    for (std::size_t i = 0; i < journal.steps.size(); ++i) {
        if (stepFinished(journal.steps[i].state)) {
            continue;
        }
        runStep(journal, i);
        // A failed step stops the run: later steps (the Network Agent after Endpoint Security) may rely on it.
        if (journal.steps[i].state == StepState::Failed) {
            break;
        }
    }
    verify(journal);
    tidyOutputFiles(journal);
    note(journal, "Checked: " + journal.summary);
    save(journal);
    return journal;
}

void RemovalRunner::tidyOutputFiles(Journal& journal)
{
    const auto list = [](const std::vector<std::string>& files) {
        std::string text;
        for (const auto& file : files) {
            text += (text.empty() ? "" : ", ") + file;
        }
        return text;
    };
    for (const auto& entry : journal.steps) {
        if (stepFinished(entry.state)) {
            const std::vector<std::string> kept = m_machine.discardOutputFiles(entry.target);
            if (!kept.empty()) {
                note(journal, "Could not delete what the removal of " + describeStep(entry) +
                                  " printed, which is no longer needed: " + list(kept) + ".");
            }
        } else if (const auto files = m_machine.outputFiles(entry.target); !files.empty()) {
            note(journal, "What the removal of " + describeStep(entry) + " printed is kept in " + list(files) + ".");
        }
    }
}

bool RemovalRunner::awaitEarlierProcess(Journal& journal, std::size_t index)
{
    JournalStep& entry = journal.steps[index];
    const StepProcess process = *entry.process;
    if (m_machine.checkProcess(process) != ProcessCheck::Running) {
        // It has ended (or another program has its process id now), or this system cannot tell: the step is
        // checked and run as usual; a package manager still busy then says so.
        entry.process.reset();
        entry.waiting.reset();
        return true;
    }
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    using std::chrono::seconds;
    const milliseconds limit = m_machine.stepTimeout();
    entry.waiting = StepWait{now(), duration_cast<seconds>(limit).count(), 0};
    note(journal, "The uninstaller that Offramp started before, " + describeProcess(process) +
                      ", is still running: waiting for it to finish (at most " + describeDuration(limit) +
                      ") before checking " + describeStep(entry) + " again.");
    save(journal);
    milliseconds report = nextWaitReport(milliseconds(0));
    milliseconds waitedSoFar(0);
    const ProcessCheck after = m_machine.waitForProcess(process, limit, [&](milliseconds waited) {
        waitedSoFar = waited;
        if (waited < report) {
            return;
        }
        report = nextWaitReport(waited);
        entry.waiting->waitedSeconds = duration_cast<seconds>(waited).count();
        note(journal, "Still waiting for " + describeProcess(process) + ": " + describeDuration(waited) +
                          " so far, at most " + describeDuration(limit) + ".");
        save(journal);
    });
    entry.waiting.reset();
    if (after == ProcessCheck::Running) {
        // Not stopped: Offramp no longer holds it, and it may be doing its work. The record stays, so that the
        // next resume waits for it again.
        entry.state = StepState::Failed;
        entry.problem = StepProblem::StillRunning;
        entry.endedAt = now();
        entry.message = "The uninstaller that Offramp started before, " + describeProcess(process) +
                        ", was still running after " + describeDuration(limit) + ", so Offramp did not start " +
                        describeStep(entry) +
                        " again. It may be waiting for something, or hung; nothing else was changed. Wait until "
                        "it has finished (or end it), then run offramp-cli resume.";
        note(journal, "Failed: " + describeStep(entry) + " \u2014 " + entry.message);
        save(journal);
        return false;
    }
    entry.process.reset();
    note(journal, "The uninstaller that Offramp started before has finished" +
                      (waitedSoFar >= seconds(1) ? " after " + describeDuration(waitedSoFar) : std::string()) +
                      "; checking " + describeStep(entry) + " again.");
    save(journal);
    return true;
}

void RemovalRunner::runStep(Journal& journal, std::size_t index)
{
    // An uninstaller that an earlier run started and that outlived it (Offramp was killed) is waited for: it
    // holds the package manager's lock, and starting the step again beside it would only fail.
    if (journal.steps[index].process && !awaitEarlierProcess(journal, index)) {
        return;
    }
    // Scanned again before every step: the plan's step, not the journal's, says what runs.
    const RemovalPlan plan = planRemoval(m_machine.detect(), m_machine.platform());
    JournalStep& entry = journal.steps[index];
    const RemovalStep* step = plan.step(entry.id);
    if (step == nullptr) {
        const bool interrupted = entry.state == StepState::Running;
        entry.state = interrupted ? StepState::Done : StepState::AlreadyGone;
        entry.endedAt = now();
        entry.message = interrupted ? "Removed: it is gone from the computer, although the run was interrupted."
                                    : "Already gone from the computer.";
        note(journal, (interrupted ? "Confirmed removed: " : "Already gone: ") + describeStep(entry) + ".");
        save(journal);
        return;
    }
    if (step->action == StepAction::Manual) {
        entry.state = StepState::Manual;
        entry.message = "Offramp knows no safe way to remove " + entry.name +
                        " here: remove it with its own uninstaller, then check again.";
        note(journal, "Left for the person to remove: " + entry.name + ".");
        save(journal);
        return;
    }
    if (entry.state == StepState::Running && halfDone(step->state)) {
        note(journal, "The package manager had left " + entry.target + " half-done (" + step->state +
                          "); removing it again completes it.");
    }
    entry.state = StepState::Running;
    ++entry.attempts;
    entry.startedAt = now();
    entry.endedAt.clear();
    entry.exitCode.reset();
    entry.timedOut = false;
    entry.message.clear();
    entry.problem = StepProblem::None;
    entry.process.reset();
    entry.waiting.reset();
    note(journal, "Started: " + describeStep(entry) + ".");
    save(journal);

    // What the step tells while it runs (a wait before trying again) is kept as it comes.
    struct NoticeScope
    {
        RemovalMachine& machine;
        ~NoticeScope()
        {
            machine.setNotice({});
            machine.setProcessReport({});
        }
    } scope{m_machine};
    m_machine.setNotice([&](const std::string& what) {
        note(journal, what);
        save(journal);
    });
    // The process it starts is in the journal as soon as it runs, and leaves it when it has ended.
    m_machine.setProcessReport([&](const std::optional<StepProcess>& process) {
        entry.process = process;
        save(journal);
    });
    const StepResult result = m_machine.run(*step);
    entry.process.reset();
    entry.state =
        result.state == StepState::Running || result.state == StepState::Planned ? StepState::Failed : result.state;
    entry.exitCode = result.exitCode;
    entry.timedOut = result.timedOut;
    entry.command = result.command;
    entry.message = result.message;
    entry.problem = entry.state == StepState::Failed ? result.problem : StepProblem::None;
    // "Not installed" is believed only when a fresh scan agrees: otherwise nothing was removed.
    if (entry.state == StepState::AlreadyGone && stillPlanned(entry.id)) {
        entry.state = StepState::Failed;
        entry.message = saidGoneButStillThere(entry);
        entry.problem = StepProblem::StillThere;
    }
    entry.endedAt = now();
    note(journal, std::string(entry.state == StepState::Failed ? "Failed: " : "Finished: ") + describeStep(entry) +
                      (entry.message.empty() ? "." : " \u2014 " + entry.message));
    save(journal);
}

bool RemovalRunner::stillPlanned(const std::string& stepId)
{
    return planRemoval(m_machine.detect(), m_machine.platform()).step(stepId) != nullptr;
}

void RemovalRunner::verify(Journal& journal)
{
    const std::vector<Finding> findings = m_machine.detect();
    const RemovalPlan remaining = planRemoval(findings, m_machine.platform());
    journal.leftovers.clear();
    for (const auto& finding : findings) {
        if (finding.product->banned) {
            journal.leftovers.push_back(leftoverLine(finding));
        }
    }
    // A step whose uninstaller reported success (or "not installed") while its product is still there did not
    // work, unless the restart it asked for has yet to happen.
    for (auto& entry : journal.steps) {
        const RemovalStep* still = remaining.step(entry.id);
        if (still == nullptr || (entry.state != StepState::Done && entry.state != StepState::AlreadyGone)) {
            continue;
        }
        if (entry.state == StepState::Done) {
            entry.message = "The uninstaller finished, but " + entry.name + " is still on the computer.";
        } else if (!entry.command.empty()) {
            entry.message = saidGoneButStillThere(entry);
        } else {
            entry.message = entry.name + " was not found when its turn came, but the last scan finds it again; run "
                                         "offramp-cli resume to remove it.";
        }
        entry.state = StepState::Failed;
        entry.problem = StepProblem::StillThere;
        note(journal, "Still there after removal: " + describeStep(entry) + ".");
    }
    const auto any = [&](StepState state) {
        return std::ranges::any_of(journal.steps, [&](const JournalStep& s) { return s.state == state; });
    };
    const bool unfinished = std::ranges::any_of(journal.steps, [](const JournalStep& s) {
        return s.state == StepState::Planned || s.state == StepState::Running;
    });
    if (any(StepState::Failed) || unfinished) {
        journal.status = JournalStatus::Failed;
        journal.summary = "The removal did not finish. Nothing was lost; see the failed step, then run it again.";
    } else if (any(StepState::Manual)) {
        journal.status = JournalStatus::Incomplete;
        journal.summary = "Offramp removed what it could; the rest must be removed with the vendor's own uninstaller.";
    } else if (journal.restartRequired()) {
        journal.status = JournalStatus::RestartRequired;
        journal.summary = "Removed. Restart the computer to finish.";
    } else {
        journal.status = JournalStatus::Done;
        journal.summary = journal.leftovers.empty()
                              ? "Removed. A fresh scan finds nothing left."
                              : "Removed. A fresh scan still finds traces, listed as leftovers; they were left alone.";
    }
}

} // namespace offramp
