// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RescueTask.h"

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "platform/RescueSetup.h"
#include "wizard/ErrorText.h"
#include "wizard/TextHelpers.h"

#include <QCoreApplication>
#include <QLocale>

#include <filesystem>

namespace {

namespace fs = std::filesystem;

// Thrown from the rescue's progress callbacks to stop it; the platform removes the unfinished temporary copy.
struct Cancelled
{};

QString explain(const offramp::platform::RescueError& error)
{
    using Reason = offramp::platform::RescueError::Reason;
    const QString what = errorSubjectText(error); // the rescue's own line in English; else the details hold it
    switch (error.reason()) {
    case Reason::NoSpace:
        return QCoreApplication::translate(
                   "RescueTask",
                   "The disk is full: %1. Nothing is lost: the originals are untouched and the copies already made "
                   "are complete, but the copy is not finished. Free some space there, or choose a folder on a disk "
                   "with more room (a USB drive, for example), then press Save a copy again: it carries on where it "
                   "stopped.")
            .arg(what);
    case Reason::PathTooLong: // the system's words name it; another folder is the way out, as below
    case Reason::Failed:
        return QCoreApplication::translate(
                   "RescueTask",
                   "The copy could not be written: %1. The originals are untouched, but the copy is not finished. "
                   "Make sure you may write to that folder, or choose another one, then press Save a copy again.")
            .arg(what);
    case Reason::NotABundle:
        return QCoreApplication::translate("RescueTask", "Nothing was copied: %1. Choose a new or empty folder.")
            .arg(what);
    case Reason::DamagedManifest:
        return QCoreApplication::translate(
                   "RescueTask",
                   "Nothing was copied: %1. That folder holds an earlier copy that cannot be read; move it away (it "
                   "may hold copies you need) and choose a new folder.")
            .arg(what);
    case Reason::NoRoot:
        return QCoreApplication::translate("RescueTask", "Nothing was copied: %1.").arg(what);
    }
    return what;
}

// Why a file or copy could not be read, after `what` ("%1: it could not be read"): in English the system's own
// words; in another language the sentence of its error's kind, the English words going to `details`.
QString withWhy(const QString& what, const std::string& english, offramp::ErrorKind kind, QStringList& details)
{
    if (speaksEnglish()) {
        return QStringLiteral("%1 (%2)").arg(what, toQString(english));
    }
    details << QStringLiteral("%1: %2").arg(what, toQString(english));
    return QCoreApplication::translate("RescueTask", "%1. %2").arg(what, describeErrorKind(kind, {}));
}

// What the rescue's license record says was scanned: the wizard's own scan, made before this page.
offramp::LicenseScan licenseScan(const RescueJob& job, bool ownRoot)
{
    offramp::LicenseScan scan;
    scan.scanned = true;
    const std::string platform(offramp::platformDisplayName(job.platform));
    scan.what =
        ownRoot ? "this " + platform + " computer" : "the " + platform + " files under " + job.root.toStdString();
    scan.findings = job.findings;
    return scan;
}

} // namespace

QString describeRescueSkipped(const offramp::RescueSkipped& skipped, QStringList& details)
{
    const QString source = toQString(skipped.source);
    switch (skipped.cause) {
    case offramp::RescueSkipCause::SymbolicLink:
        return QCoreApplication::translate("RescueTask", "%1: it is a link; Offramp copies only files themselves")
            .arg(source);
    case offramp::RescueSkipCause::OutsideRoot:
        return QCoreApplication::translate("RescueTask", "%1: it leads outside the computer's files").arg(source);
    case offramp::RescueSkipCause::FolderIncomplete:
        return withWhy(
            QCoreApplication::translate("RescueTask", "%1: the folder could not be read completely").arg(source),
            skipped.reason, skipped.kind, details);
    case offramp::RescueSkipCause::NameNotKept:
        return QCoreApplication::translate("RescueTask", "%1: its name cannot be kept in the copy; copy it by hand")
            .arg(source);
    case offramp::RescueSkipCause::Unreadable:
        break;
    }
    return withWhy(QCoreApplication::translate("RescueTask", "%1: it could not be read").arg(source), skipped.reason,
                   skipped.kind, details);
}

QString describeBundleProblem(const offramp::platform::BundleProblem& problem, QStringList& details)
{
    using Kind = offramp::platform::BundleProblem::Kind;
    const QString path = toQString(problem.path);
    switch (problem.kind) {
    case Kind::Missing:
        return QCoreApplication::translate("RescueTask", "%1: the copy is missing").arg(path);
    case Kind::NotAFile:
        return QCoreApplication::translate("RescueTask", "%1: the copy is not a file").arg(path);
    case Kind::Changed:
        return QCoreApplication::translate("RescueTask", "%1: the copy differs from the original (changed or damaged)")
            .arg(path);
    case Kind::Unreadable:
        break;
    }
    return withWhy(QCoreApplication::translate("RescueTask", "%1: the copy could not be read").arg(path),
                   problem.reason, problem.errorKind, details);
}

void runRescueTask(QPromise<RescueTaskOutcome>& promise, const RescueJob& job)
{
    RescueTaskOutcome outcome;
    const bool ownRoot = job.root.isEmpty();
    const fs::path root = ownRoot ? offramp::platform::systemRoot() : toPath(job.root);
    const fs::path bundle = toPath(job.bundle);
    try {
        const auto request =
            offramp::platform::makeRescueRequest(*job.catalog, job.platform, root, bundle, licenseScan(job, ownRoot));
        const std::uint64_t total = offramp::platform::rescueSourceBytes(request);
        std::uint64_t alreadyThere = 0; // identical copies an earlier run made: done without writing
        std::uint64_t written = 0;
        const QLocale locale;
        const auto report = [&] {
            if (job.cancel->load()) {
                throw Cancelled{};
            }
            const std::uint64_t done = std::min(total, alreadyThere + written);
            const int value = total == 0 ? 0 : static_cast<int>(done * kRescueProgressSteps / total);
            promise.setProgressValueAndText(value, QCoreApplication::translate("RescueTask", "%1 of %2 copied")
                                                       .arg(locale.formattedDataSize(static_cast<qint64>(done)),
                                                            locale.formattedDataSize(static_cast<qint64>(total))));
        };
        offramp::platform::RescueObserver observer;
        observer.bytesWritten = [&](std::uint64_t bytes) {
            written = bytes;
            report();
        };
        observer.fileDone = [&](const offramp::RescuedFile& file, bool unchanged) {
            alreadyThere += unchanged ? file.size : 0;
            report();
        };
        const auto rescued = offramp::platform::runRescue(request, observer);
        promise.setProgressValue(kRescueProgressSteps);
        outcome.copied = static_cast<int>(rescued.copied);
        for (const auto& skipped : rescued.manifest.skipped) {
            outcome.skipped << describeRescueSkipped(skipped, outcome.details);
        }
        for (const auto& lost : rescued.lostCopies) {
            outcome.warnings << QCoreApplication::translate("RescueTask",
                                                            "the copy of %1 that an earlier rescue made is no longer "
                                                            "in %2, and the original was not found this time")
                                    .arg(toQString(lost.source), toQString(lost.path));
        }

        const auto checked = offramp::platform::verifyBundle(bundle);
        outcome.files = static_cast<int>(checked.manifest.files.size());
        for (const auto& file : checked.manifest.files) {
            outcome.bytes += static_cast<qint64>(file.size);
            const QString data = toQString(file.product + "/" + file.data);
            if (!outcome.rescuedData.contains(data)) {
                outcome.rescuedData << data;
            }
        }
        for (const auto& problem : checked.problems) {
            outcome.problems << describeBundleProblem(problem, outcome.details);
        }
        outcome.verified = checked.problems.empty();
    } catch (const Cancelled&) {
        outcome.cancelled = true;
    } catch (const offramp::platform::RescueError& error) {
        outcome.error = explain(error);
        outcome.errorDetails = describeError(error).details;
    } catch (const std::exception& error) {
        const ErrorText text = describeError(error);
        outcome.error =
            QCoreApplication::translate("RescueTask", "The copy could not be made: %1 The originals are untouched.")
                .arg(text.sentence);
        outcome.errorDetails = text.details;
    }
    promise.addResult(outcome);
}
