// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_REMOVALPROGRAM_H
#define OFFRAMP_WIZARD_REMOVALPROGRAM_H

#include <QString>
#include <QStringList>

// The program that does a real removal with administrator rights, and the words that come before the
// command ("remove", "resume").
struct RemovalProgram
{
    QString program;
    QStringList leadingArguments;
};

// On Linux, offramp-cli beside the wizard (the polkit policy names it); on Windows, the wizard's own file run as
// "offramp.exe --cli", so that a download stays one file.
RemovalProgram defaultRemovalProgram();

#endif
