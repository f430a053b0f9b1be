// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_REMOVALJOURNAL_H
#define OFFRAMP_ENGINE_REMOVALJOURNAL_H

#include "engine/utils/Error.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The removal's own record: written before every step starts and after it ends, so that whatever stops the
// removal (a crash, a kill, a power cut, a restart) leaves a file from which it can be finished and told.
namespace offramp {

enum class StepState
{
    Planned,       // not started yet
    Running,       // started; if a journal still says so after the run, the run was interrupted here
    Done,          // removed
    AlreadyGone,   // no longer on the computer when its turn came
    RestartNeeded, // removed, but a restart is needed to finish
    Failed,        // did not work; the message says why
    Manual,        // no recipe: the person removes it with the vendor's own uninstaller
};

// "planned", "running", "done", "already-gone", "restart-needed", "failed", "manual".
std::string_view stepStateId(StepState state);
std::optional<StepState> stepStateFromId(std::string_view id);
// Done, AlreadyGone and RestartNeeded: nothing is left to do for the step.
bool stepFinished(StepState state);

enum class JournalStatus
{
    Running,         // a run is going on, or was interrupted
    Done,            // everything was removed and the fresh scan confirms it
    RestartRequired, // removed; a restart finishes it
    Failed,          // a step failed or the product was still there afterwards
    Incomplete,      // what Offramp can remove is gone; manual steps remain
};

// "running", "done", "restart-required", "failed", "incomplete".
std::string_view journalStatusId(JournalStatus status);
std::optional<JournalStatus> journalStatusFromId(std::string_view id);

// Why a step failed, for views that say it in their own words; the step's message says it in English.
enum class StepProblem
{
    None,
    Refused,      // Offramp would not run it: not allowed by the catalog, changed since the scan, or unsafe
    NotStarted,   // the uninstaller or package manager could not be started
    TimedOut,     // it did not finish in time and was stopped
    Busy,         // another installation or package manager was running; nothing was removed
    ExitCode,     // it ended with an error (the step's exit code says which)
    StillThere,   // it reported success or "not installed", but a fresh scan still finds the product
    StillRunning, // the uninstaller an earlier run started was still running after the time-out; not started again
    Crashed,      // it ended abruptly (a signal) before it finished; it may be half-done
};

// "", "refused", "not-started", "timed-out", "busy", "exit-code", "still-there", "still-running", "crashed".
std::string_view stepProblemId(StepProblem problem);
std::optional<StepProblem> stepProblemFromId(std::string_view id);

// The uninstaller or package manager process a step started, as the operating system knows it: its process id
// and when it started, so that a process id the system has since given to another program is not taken for it.
// Recorded while it runs, so that a run started after Offramp itself was killed can tell it still runs.
struct StepProcess
{
    long long pid = 0;
    // When it started, in the system's own unit: on Linux clock ticks since boot (field 22 of /proc/PID/stat),
    // on macOS microseconds since 1970 (libproc's pbi_start_tvsec and _tvusec), on Windows its creation time
    // (100-nanosecond intervals since 1601).
    long long startTime = 0;
    // This boot's id (Linux: /proc/sys/kernel/random/boot_id; macOS: kern.bootsessionuuid), so that a process of
    // an earlier boot is never taken for one running now; empty on Windows.
    std::string bootId;
    std::string program; // its file name, for messages ("dpkg", "msiexec.exe")

    bool operator==(const StepProcess&) const = default;
};

// A run waiting for the process an earlier run started (StepProcess) to end, while it waits.
struct StepWait
{
    std::string since;           // when the wait began
    long long limitSeconds = 0;  // how long it waits at most: the step's time-out
    long long waitedSeconds = 0; // how long it has waited, as of the journal's last write
};

struct JournalStep
{
    std::string id;
    std::string product; // catalog id
    std::string name;    // product name, in English
    std::string action;  // stepActionId()
    std::string target;
    std::string version;
    StepState state = StepState::Planned;
    int attempts = 0;
    std::string startedAt;
    std::string endedAt;
    std::optional<int> exitCode;
    bool timedOut = false;
    std::string command; // what ran, passwords masked
    std::string message; // one line: what happened
    StepProblem problem = StepProblem::None;
    // The process this step started, while it runs (and after a run that was killed meanwhile); none otherwise.
    std::optional<StepProcess> process;
    // Set while a later run waits for that process to end.
    std::optional<StepWait> waiting;
};

struct JournalEvent
{
    std::string at;
    std::string what;
};

struct Journal
{
    std::string platform;
    std::string machine; // "this Linux computer", "the Linux files under /srv/image"
    std::string host;    // the machine's name, for fleet reports; empty in journals from before it was recorded
    std::string startedAt;
    std::string updatedAt;
    JournalStatus status = JournalStatus::Running;
    std::vector<JournalStep> steps;
    std::vector<JournalEvent> events;   // the story, one line each
    std::vector<std::string> leftovers; // what the last fresh scan still found, with where
    std::string summary;                // one line for the person

    JournalStep* step(std::string_view id);
    const JournalStep* step(std::string_view id) const;
    bool restartRequired() const;
};

// The journal could not be read: what() says what and where, in one line.
class JournalError : public Error
{
public:
    explicit JournalError(const std::string& message, ErrorKind kind = ErrorKind::Damaged, std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// Whether the journal tells of a removal that has not ended: one that was interrupted (still "running"), or one
// whose step still names an uninstaller an earlier run started, which may still be at work. Only a resume may
// carry it on: a new removal would lose what it knows.
bool journalUnfinished(const Journal& journal);

std::string journalToText(const Journal& journal);
// `origin` names the file in messages. Throws JournalError.
Journal journalFromText(std::string_view text, const std::string& origin);

// Where the journal is kept. Implemented by the platform layer (atomic file replacement); tests use their own
// to stop a run between any two writes.
class JournalStore
{
public:
    virtual ~JournalStore() = default;
    JournalStore() = default;
    JournalStore(const JournalStore&) = delete;
    JournalStore& operator=(const JournalStore&) = delete;
    JournalStore(JournalStore&&) = delete;
    JournalStore& operator=(JournalStore&&) = delete;

    // Throws std::runtime_error when the journal cannot be written; the removal stops then.
    virtual void save(const Journal& journal) = 0;
};

} // namespace offramp

#endif
