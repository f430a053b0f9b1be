// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_RESCUETASK_H
#define OFFRAMP_WIZARD_RESCUETASK_H

#include <QPromise>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace offramp {
class Catalog;
struct Finding;
enum class Platform;
struct RescueSkipped;
namespace platform {
struct BundleProblem;
}
} // namespace offramp

// What the wizard's rescue copies from where to where.
struct RescueJob
{
    std::shared_ptr<const offramp::Catalog> catalog; // shared: the worker may outlive the wizard
    std::vector<offramp::Finding> findings;
    offramp::Platform platform;
    QString root;   // read as the computer's "/"
    QString bundle; // the folder the copy goes into
    std::shared_ptr<std::atomic_bool> cancel;
};

struct RescueTaskOutcome
{
    bool cancelled = false;
    QString error;           // for the person: what happened, what it means and what to do; empty on success
    QString errorDetails;    // the rescue's own English words for a technician, where `error` does not hold them
    int files = 0;           // copies the bundle holds
    int copied = 0;          // of which this run wrote
    qint64 bytes = 0;        // their size
    bool verified = false;   // every copy and record matches its SHA-256 in the manifest
    QStringList problems;    // what the check found wrong, one line each
    QStringList skipped;     // originals that could not be read, one line each
    QStringList details;     // outside English: the system's English words on the lines above, for a technician
    QStringList warnings;    // copies of an earlier run that are gone
    QStringList rescuedData; // "product/data" of the data at risk the bundle holds copies of
};

// The progress bar's range: the bytes copied so far, scaled, since byte counts do not fit an int.
inline constexpr int kRescueProgressSteps = 1000;

// A file that was not copied, and why, in the person's language, one line. Where the system said why it could not be
// read: in English its own words in brackets; in another language the sentence of its error's kind, its English words
// going to `details` (for a technician).
QString describeRescueSkipped(const offramp::RescueSkipped& skipped, QStringList& details);
// What the check found wrong with a copy, in the person's language, one line; an unreadable copy as above.
QString describeBundleProblem(const offramp::platform::BundleProblem& problem, QStringList& details);

// Copies the computer's files at risk into the bundle (platform runRescue), then checks the bundle
// (verifyBundle). Reports progress through the promise (the text says how many bytes of how many) and adds one
// outcome. Setting `cancel` stops the copying at the next piece: what is copied stays, but the bundle gets no
// manifest, so it is never taken for a finished one. Safe to call from a worker thread.
void runRescueTask(QPromise<RescueTaskOutcome>& promise, const RescueJob& job);

#endif
