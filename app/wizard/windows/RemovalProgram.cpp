// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RemovalProgram.h"

#include <QCoreApplication>
#include <QDir>

RemovalProgram defaultRemovalProgram()
{
    // runElevated needs a Windows path ("C:\..."), which applicationFilePath() gives with forward slashes.
    return {QDir::toNativeSeparators(QCoreApplication::applicationFilePath()), {QStringLiteral("--cli")}};
}
