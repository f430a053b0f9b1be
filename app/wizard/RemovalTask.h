// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_REMOVALTASK_H
#define OFFRAMP_WIZARD_REMOVALTASK_H

#include <QPromise>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <vector>

namespace offramp {
class Catalog;
struct Finding;
enum class Platform;
} // namespace offramp

// How the wizard hands a real removal to offramp-cli: the program, its arguments, and whether it is started
// with administrator rights (pkexec, runas). Tests run it directly on a file tree.
struct RemovalLaunch
{
    QString program;
    QStringList arguments;
    bool elevate = true;
    QString input; // what it reads on its standard input (a password and a newline); empty for nothing
};

struct RemovalOutcome
{
    QString journalText; // the final journal; empty when the removal never started
    QString error;       // why it did not start or finish, in the person's language; empty when it ran
    QString details;     // what offramp-cli or the system said about it, English, for a technician; may be empty
    // Where offramp-cli kept a file that was at the journal's place and was no journal it could read
    // ("journal.json.damaged"); empty when it kept none.
    QString keptAside;
    bool cancelled = false;
    bool busy = false; // another removal holds the journal (offramp-cli elsewhere): nothing was done
};

// A demo computer's removal: the real runner and journal on a machine in memory, a pause per step so that a
// person can follow it. Each journal write is reported through the promise as the journal's text.
void runSimulatedRemoval(QPromise<QString>& promise, std::shared_ptr<const offramp::Catalog> catalog,
                         std::vector<offramp::Finding> findings, offramp::Platform platform,
                         std::chrono::milliseconds pause);

// A real removal: runs offramp-cli and waits for it. The page follows the journal file meanwhile.
RemovalOutcome runRemovalProcess(const RemovalLaunch& launch, const QString& journalPath);

#endif
