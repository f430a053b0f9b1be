// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliMain.h"
#include "CommandLine.h"
#include "DllSearch.h"

int main(int argc, char** argv)
{
    offramp::platform::loadDllsFromSystemOnly();
    return offramp::cli::runCli(offramp::platform::commandLineWords(argc, argv));
}
