// SPDX-License-Identifier: GPL-3.0-or-later
// What the test support does differently per system.
#include "TestSupport.h"

#include <QProcess>

#include <array>
#include <grp.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace offramp::test {

std::string asOrdinaryUser(const std::function<std::string()>& work)
{
    if (::geteuid() != 0) {
        return work();
    }
    std::array<int, 2> fds{};
    if (::pipe(fds.data()) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        std::string text;
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
            text = "could not become nobody";
        } else {
            try {
                text = work();
            } catch (const std::exception& error) {
                text = std::string("exception: ") + error.what();
            }
        }
        const ssize_t written = ::write(fds[1], text.data(), text.size());
        ::_exit(written == static_cast<ssize_t>(text.size()) ? 0 : 1);
    }
    ::close(fds[1]);
    std::string text;
    std::array<char, 4096> buffer{};
    ssize_t count = 0;
    while ((count = ::read(fds[0], buffer.data(), buffer.size())) > 0) {
        text.append(buffer.data(), static_cast<std::size_t>(count));
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return text;
}

CommandResult runCliAsOrdinaryUser(const QStringList& arguments)
{
    if (::geteuid() != 0) {
        return runCli(arguments);
    }
    QProcess process;
    // In the child, between fork and exec: groups first, while it may still change them.
    process.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) {
            ::_exit(125);
        }
    });
    process.start(QStringLiteral(OFFRAMP_CLI_PATH), arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error("offramp-cli did not run as nobody: " + process.errorString().toStdString());
    }
    if (process.exitCode() == 125) {
        throw std::runtime_error("could not become nobody to run offramp-cli");
    }
    return resultOf(process);
}

std::string ownerOnlyProblem(const std::filesystem::path& path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0) {
        return "cannot stat " + path.string();
    }
    const unsigned mode = info.st_mode & 07777U;
    return mode == 0600U ? std::string() : "its mode is " + std::to_string(mode) + " (octal 600 expected)";
}

bool fileAccessListsKept()
{
    return true;
}

} // namespace offramp::test
