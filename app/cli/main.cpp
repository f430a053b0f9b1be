// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliError.h"
#include "cli/CliMain.h"
#include "platform/CommandLine.h"
#include "platform/DllSearch.h"
#include "platform/ProcessEnd.h"

#include <iostream>
#include <utility>

namespace {

int run(int argc, char** argv)
{
    auto words = offramp::platform::commandLineWords(argc, argv);
    if (!words) {
        std::cerr << "offramp-cli: " << words.error().what() << '\n';
        return offramp::cli::ExitUsage;
    }
    return offramp::cli::runCli(std::move(words).value());
}

} // namespace

int main(int argc, char** argv)
{
    offramp::platform::loadDllsFromSystemOnly();
    offramp::platform::endProcess(run(argc, argv));
}
