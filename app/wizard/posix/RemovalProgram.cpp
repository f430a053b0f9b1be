// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RemovalProgram.h"

#include <QCoreApplication>
#include <QDir>

RemovalProgram defaultRemovalProgram()
{
    return {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("offramp-cli")), {}};
}
