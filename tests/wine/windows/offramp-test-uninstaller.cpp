// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for a vendor uninstaller, for the Wine tests:
//   offramp-test-uninstaller.exe [--delete-key HKLM\path] [--marker C:\file] [--sleep-ms N] [--exit N]
//                                [--busy N] [--crash N]
// adds a line to the marker file (proof that it ran, and how often), deletes the key (its own uninstall
// entry), sleeps (to be stopped by a time-out; a second marker line says it was not) and exits with N.
// Without --delete-key it leaves its entry, as an uninstaller that says "not installed" (--exit 1605) would.
// --busy N: its first N runs (counted by the marker's lines) change nothing and exit 1618, as msiexec does
// while another installation is in progress; the marker is the state it keeps between runs.
// --crash N: its first N runs print a line on standard output and one on standard error, then crash with an
// access violation that nothing handles (exit code 0xC0000005), before changing anything.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <windows.h>

namespace {

bool deleteKey(std::string_view path)
{
    HKEY root = nullptr;
    if (path.starts_with("HKLM\\")) {
        root = HKEY_LOCAL_MACHINE;
    } else if (path.starts_with("HKCU\\")) {
        root = HKEY_CURRENT_USER;
    } else {
        return false;
    }
    const std::string subkey(path.substr(5));
    const auto slash = subkey.find_last_of('\\');
    if (slash == std::string::npos) {
        return false;
    }
    HKEY parent = nullptr;
    if (::RegOpenKeyExA(root, subkey.substr(0, slash).c_str(), 0, KEY_ALL_ACCESS | KEY_WOW64_64KEY, &parent) !=
        ERROR_SUCCESS) {
        return false;
    }
    const std::string leaf = subkey.substr(slash + 1);
    LSTATUS status = ::RegDeleteTreeA(parent, leaf.c_str());
    // RegDeleteTree with a name removes the key itself too; should an implementation keep it, remove it here.
    HKEY left = nullptr;
    if (status == ERROR_SUCCESS && ::RegOpenKeyExA(parent, leaf.c_str(), 0, KEY_READ, &left) == ERROR_SUCCESS) {
        ::RegCloseKey(left);
        status = ::RegDeleteKeyA(parent, leaf.c_str());
    }
    ::RegCloseKey(parent);
    return status == ERROR_SUCCESS;
}

int countLines(const std::string& marker)
{
    int lines = 0;
    if (std::FILE* file = std::fopen(marker.c_str(), "r")) {
        for (int c = 0; (c = std::fgetc(file)) != EOF;) {
            lines += c == '\n' ? 1 : 0;
        }
        std::fclose(file);
    }
    return lines;
}

void addLine(const std::string& marker, const char* line)
{
    if (marker.empty()) {
        return;
    }
    if (std::FILE* file = std::fopen(marker.c_str(), "a")) {
        std::fputs(line, file);
        std::fclose(file);
    }
}

// Ends with an access violation that nothing handles, as an uninstaller's bug would: Windows then ends the program
// with the exception's code, 0xC0000005, as its exit code. Raised rather than made by writing through a null
// pointer, since Wine maps the page at address 0 and such a write goes through.
[[noreturn]] void crash()
{
    // No error box and no debugger: the program just ends.
    ::SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    ::RaiseException(EXCEPTION_ACCESS_VIOLATION, EXCEPTION_NONCONTINUABLE, 0, nullptr);
    std::abort(); // never reached
}

} // namespace

int main(int argc, char** argv)
{
    std::string key;
    std::string marker;
    int exitCode = 0;
    unsigned long sleepMs = 0;
    int busyRuns = 0;
    int crashRuns = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        const char* value = argv[i + 1];
        if (option == "--delete-key") {
            key = value;
        } else if (option == "--marker") {
            marker = value;
        } else if (option == "--exit") {
            exitCode = std::atoi(value);
        } else if (option == "--sleep-ms") {
            sleepMs = std::strtoul(value, nullptr, 10);
        } else if (option == "--busy") {
            busyRuns = std::atoi(value);
        } else if (option == "--crash") {
            crashRuns = std::atoi(value);
        }
    }
    const int earlierRuns = marker.empty() ? 0 : countLines(marker);
    addLine(marker, "ran\n");
    if (earlierRuns < busyRuns) {
        return 1618; // ERROR_INSTALL_ALREADY_RUNNING
    }
    if (earlierRuns < crashRuns) {
        std::printf("offramp-test-uninstaller: removing the product\n");
        std::fflush(stdout);
        std::fprintf(stderr, "offramp-test-uninstaller: about to crash\n");
        std::fflush(stderr);
        crash();
    }
    if (!key.empty() && !deleteKey(key)) {
        std::fprintf(stderr, "offramp-test-uninstaller: could not delete %s\n", key.c_str());
        return 1603;
    }
    if (sleepMs > 0) {
        ::Sleep(sleepMs);
        addLine(marker, "finished\n"); // only if it was not stopped meanwhile
    }
    return exitCode;
}
