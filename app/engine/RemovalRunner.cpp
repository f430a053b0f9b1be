// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovalRunner.h"

#include "Timestamp.h"

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
    return m_clock ? m_clock() : utcTimestampNow();
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

Journal RemovalRunner::start(const std::string& machine)
{
    const RemovalPlan plan = planRemoval(m_machine.detect(), m_machine.platform());
    Journal journal;
    journal.platform = std::string(platformId(m_machine.platform()));
    journal.machine = machine;
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
    save(journal);
    return journal;
}

void RemovalRunner::runStep(Journal& journal, std::size_t index)
{
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
    note(journal, "Started: " + describeStep(entry) + ".");
    save(journal);

    // What the step tells while it runs (a wait before trying again) is kept as it comes.
    struct NoticeScope
    {
        RemovalMachine& machine;
        ~NoticeScope() { machine.setNotice({}); }
    } scope{m_machine};
    m_machine.setNotice([&](const std::string& what) {
        note(journal, what);
        save(journal);
    });
    const StepResult result = m_machine.run(*step);
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
    note(journal, "Checked: " + journal.summary);
}

} // namespace offramp
