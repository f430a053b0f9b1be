// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliMain.h"
#include "platform/CommandLine.h"
#include "platform/DllSearch.h"

int main(int argc, char** argv)
{
    offramp::platform::loadDllsFromSystemOnly();
    return offramp::cli::runCli(offramp::platform::commandLineWords(argc, argv));
}
