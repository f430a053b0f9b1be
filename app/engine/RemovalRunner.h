// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_REMOVALRUNNER_H
#define OFFRAMP_ENGINE_REMOVALRUNNER_H

#include "Finding.h"
#include "RemovalJournal.h"
#include "RemovalPlan.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

// Runs a removal step by step with the journal written before and after each step, and finishes an
// interrupted one. What runs always comes from a plan made from a fresh scan, never from the journal,
// which only tells what already happened: a journal someone edited cannot make anything else run.
namespace offramp {

struct StepResult
{
    StepState state = StepState::Failed; // Done, AlreadyGone, RestartNeeded or Failed
    std::optional<int> exitCode;
    bool timedOut = false;
    std::string command;                     // what ran, passwords masked
    std::string message;                     // one line: what happened, what it means
    StepProblem problem = StepProblem::None; // why, when it failed
};

// The machine a removal works on. Implemented by the platform layer (package managers, the Windows
// uninstaller, the Mac uninstall scripts); the tests use a machine in memory.
class RemovalMachine
{
public:
    virtual ~RemovalMachine() = default;
    RemovalMachine() = default;
    RemovalMachine(const RemovalMachine&) = delete;
    RemovalMachine& operator=(const RemovalMachine&) = delete;
    RemovalMachine(RemovalMachine&&) = delete;
    RemovalMachine& operator=(RemovalMachine&&) = delete;

    virtual Platform platform() const = 0;
    // A fresh scan. Throws ProbeError when the machine cannot be read.
    virtual std::vector<Finding> detect() = 0;
    // Runs one step of a plan made from detect(). Never throws for a step that fails: says so in the result.
    virtual StepResult run(const RemovalStep& step) = 0;

    // Where a running step tells what happens meanwhile (a wait before trying again), one line each; the
    // runner records each line in the journal as it comes.
    using Notice = std::function<void(const std::string&)>;
    void setNotice(Notice notice) { m_notice = std::move(notice); }

protected:
    void notice(const std::string& what) const
    {
        if (m_notice) {
            m_notice(what);
        }
    }

private:
    Notice m_notice;
};

class RemovalRunner
{
public:
    using Clock = std::function<std::string()>;
    using Progress = std::function<void(const Journal&)>;

    RemovalRunner(RemovalMachine& machine, JournalStore& store, Clock clock = {});

    // Called after every journal write, with what was written.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Scans, plans and removes. `machine` describes the computer for the record.
    Journal start(const std::string& machine);
    // Finishes the removal a journal describes: scans again, skips what is gone, runs what is left (again,
    // for a step that was interrupted or failed) and verifies.
    Journal resume(Journal journal);

private:
    Journal run(Journal journal);
    void runStep(Journal& journal, std::size_t index);
    bool stillPlanned(const std::string& stepId);
    void verify(Journal& journal);
    void save(Journal& journal);
    void note(Journal& journal, std::string what);
    std::string now() const;

    RemovalMachine& m_machine;
    JournalStore& m_store;
    Clock m_clock;
    Progress m_progress;
};

// A journal step for a plan step, not started yet.
JournalStep journalStepFor(const RemovalStep& step);

} // namespace offramp

#endif
