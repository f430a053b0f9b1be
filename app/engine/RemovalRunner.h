// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_REMOVALRUNNER_H
#define OFFRAMP_ENGINE_REMOVALRUNNER_H

#include "engine/Finding.h"
#include "engine/RemovalJournal.h"
#include "engine/RemovalPlan.h"

#include <chrono>
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

// What the system says about a process that an earlier run started (the journal's StepProcess).
enum class ProcessCheck
{
    Running, // that very process (same id, same start) still runs
    Ended,   // it has ended; its process id is free or belongs to another program now
    Unknown, // this system cannot tell
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

    // How long one uninstaller or package manager run may take before it is stopped: also how long a later run
    // waits for one that is still running.
    virtual std::chrono::milliseconds stepTimeout() const { return std::chrono::minutes(30); }
    // Whether the process an earlier run started for a step still runs. The platform layer asks the system;
    // a machine that cannot tell says Unknown.
    virtual ProcessCheck checkProcess(const StepProcess& process)
    {
        static_cast<void>(process);
        return ProcessCheck::Unknown;
    }
    // Waits until that process has ended (Ended) or `limit` has passed (Running), calling `waited` about once a
    // second with how long it has waited so far.
    using Waited = std::function<void(std::chrono::milliseconds)>;
    virtual ProcessCheck waitForProcess(const StepProcess& process, std::chrono::milliseconds limit,
                                        const Waited& waited)
    {
        static_cast<void>(limit);
        static_cast<void>(waited);
        return checkProcess(process);
    }

    // The files into which the runs of a step's uninstaller or package manager wrote their output (every run's,
    // earlier interrupted ones too), by the step's target. None where output goes through pipes.
    virtual std::vector<std::string> outputFiles(const std::string& target) const
    {
        static_cast<void>(target);
        return {};
    }
    // Deletes those files once their step has finished: they are of use only while something is wrong. Returns
    // the ones that could not be deleted.
    virtual std::vector<std::string> discardOutputFiles(const std::string& target)
    {
        static_cast<void>(target);
        return {};
    }

    // Where a running step tells what happens meanwhile (a wait before trying again), one line each; the
    // runner records each line in the journal as it comes.
    using Notice = std::function<void(const std::string&)>;
    void setNotice(Notice notice) { m_notice = std::move(notice); }
    // Where a running step tells that it started its uninstaller or package manager (with the process) and that
    // it ended (nullopt); the runner records the process in the journal at once and clears it afterwards.
    using ProcessReport = std::function<void(const std::optional<StepProcess>&)>;
    void setProcessReport(ProcessReport report) { m_processReport = std::move(report); }

protected:
    void notice(const std::string& what) const
    {
        if (m_notice) {
            m_notice(what);
        }
    }
    void processStarted(const StepProcess& process) const
    {
        if (m_processReport) {
            m_processReport(process);
        }
    }
    void processEnded() const
    {
        if (m_processReport) {
            m_processReport(std::nullopt);
        }
    }

private:
    Notice m_notice;
    ProcessReport m_processReport;
};

class RemovalRunner
{
public:
    using Clock = std::function<std::string()>;
    using Progress = std::function<void(const Journal&)>;

    RemovalRunner(RemovalMachine& machine, JournalStore& store, Clock clock = {});

    // Called after every journal write, with what was written.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Scans, plans and removes. `machine` describes the computer for the record, `host` names it.
    Journal start(const std::string& machine, const std::string& host = {});
    // Finishes the removal a journal describes: scans again, skips what is gone, runs what is left (again,
    // for a step that was interrupted or failed) and verifies.
    Journal resume(Journal journal);

private:
    Journal run(Journal journal);
    void runStep(Journal& journal, std::size_t index);
    // Before a step runs again: waits for the process an earlier run started for it, if it still runs. False when
    // it was still running after the step's time-out: the step has failed then, and was not run again.
    bool awaitEarlierProcess(Journal& journal, std::size_t index);
    bool stillPlanned(const std::string& stepId);
    void verify(Journal& journal);
    // Deletes the output files of the steps that finished; says where those of the others are kept.
    void tidyOutputFiles(Journal& journal);
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
