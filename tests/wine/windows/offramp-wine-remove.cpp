// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only driver of the Windows removal executor, until offramp-cli has its own remove command:
//   offramp-wine-remove.exe [--allow-program NAME]... [--login NAME] [--password-env VARIABLE]
//                           [--timeout-ms N] [--retry-wait-ms N]
// scans this computer, removes the banned products that are installed (in removal order) and prints
// {"results": [...], "remaining": [{"id", "state"}...]} as JSON. The password is read from the named
// environment variable, so that it never appears on a command line.
#include "CatalogLoader.h"
#include "Detector.h"
#include "UninstallCommand.h"
#include "windows/Utf16.h"
#include "windows/Win32.h"
#include "windows/WindowsProbe.h"
#include "windows/WindowsUninstaller.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

using namespace offramp;

namespace {

std::vector<Finding> scan(const Catalog& catalog)
{
    platform::windows::WindowsProbe probe;
    return detect(catalog, probe.probe(Watchlist(catalog, Platform::Windows)));
}

} // namespace

int main(int argc, char** argv)
{
    try {
        platform::windows::WindowsRemovalOptions options;
        const std::vector<std::string> words(argv + 1, argv + argc);
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string_view option = words[i];
            if (i + 1 >= words.size()) {
                std::cerr << "offramp-wine-remove: " << option << " needs a value\n";
                return 2;
            }
            const std::string& value = words[++i];
            if (option == "--allow-program") {
                options.extraAllowedPrograms.push_back(value);
            } else if (option == "--login") {
                options.credentials.login = value;
            } else if (option == "--password-env") {
                // Read as UTF-16 and converted, since getenv() would give it in the ANSI code page.
                const std::wstring name = platform::windows::toWide(value);
                std::wstring password(::GetEnvironmentVariableW(name.c_str(), nullptr, 0), L'\0');
                password.resize(
                    ::GetEnvironmentVariableW(name.c_str(), password.data(), static_cast<DWORD>(password.size())));
                options.credentials.password = platform::windows::toUtf8(password);
            } else if (option == "--timeout-ms") {
                options.timeout = std::chrono::milliseconds(std::stoi(value));
            } else if (option == "--retry-wait-ms") {
                options.retryWait = std::chrono::milliseconds(std::stoi(value));
            } else {
                std::cerr << "offramp-wine-remove: unknown option " << option << '\n';
                return 2;
            }
        }
        const Catalog catalog = CatalogLoader::loadEmbedded();
        const auto findings = scan(catalog);
        auto results = nlohmann::json::array();
        for (const Finding* finding : windowsRemovalOrder(findings)) {
            for (const auto& result : platform::windows::removeWindowsProduct(catalog, *finding, options)) {
                results.push_back(platform::windows::removalResultToJson(result));
            }
        }
        auto remaining = nlohmann::json::array();
        for (const auto& finding : scan(catalog)) {
            remaining.push_back({{"id", finding.product->id}, {"state", findingStateId(finding.state)}});
        }
        std::cout << nlohmann::json{{"results", results}, {"remaining", remaining}}.dump(2) << '\n';
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "offramp-wine-remove: " << error.what() << '\n';
        return 3;
    }
}
