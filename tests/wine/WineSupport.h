// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_WINE_WINESUPPORT_H
#define OFFRAMP_TESTS_WINE_WINESUPPORT_H

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <exception>
#include <filesystem>

// Runs a step of a test: an exception (a missing tool, a command that fails to start or to finish) fails
// the test with its message rather than ending the test program.
#define OFFRAMP_WINE_STEP(...)                                                                                         \
    do {                                                                                                               \
        try {                                                                                                          \
            __VA_ARGS__;                                                                                               \
        } catch (const std::exception& error) {                                                                        \
            QFAIL(error.what());                                                                                       \
        }                                                                                                              \
    } while (false)

// Running the MinGW build of Offramp under Wine. test_wine_build (a ctest fixture) builds the
// windows preset and makes a fresh base Wine prefix; every other test works on its own copy of it.
namespace offramp::test::wine {

// Where the windows preset builds, and what it builds (all in one folder, as Qt sets it up on Windows).
QString windowsBuildDir();
QString cliExe();
QString wizardExe();
QString helperExe(const QString& name);
// The base prefix test_wine_build makes, and the folder the tests' own prefixes go into.
QString basePrefix();
QString workDir();

// The full path of a program the tests need; throws with what to install when it is missing, so that a
// missing Wine or MinGW fails the test instead of skipping it.
QString requireProgram(const QString& name);

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program (never through a shell), with `input` on its standard input; throws when it cannot start,
// crashes or overruns the time-out.
RunResult run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
              int timeoutMs, const QString& workingDirectory = {}, const QByteArray& input = {});

// A path on this machine as Windows programs under Wine see it, through drive Z: (which maps "/").
QString throughDriveZ(const QString& hostPath);

// Quiet, unattended Wine for one prefix: no debug output, no Mono or Gecko installer, no display.
QProcessEnvironment wineEnvironment(const QString& prefix);

// Copies a Wine prefix: hard links for the large and unchanging files, real copies for the registry files
// that Wine rewrites (the two trees share one file system).
void copyPrefix(const std::filesystem::path& from, const std::filesystem::path& to);

// A private copy of the base prefix, for one test; its wineserver is stopped when it goes.
class Prefix
{
public:
    Prefix();
    ~Prefix();
    Prefix(const Prefix&) = delete;
    Prefix& operator=(const Prefix&) = delete;
    Prefix(Prefix&&) = delete;
    Prefix& operator=(Prefix&&) = delete;

    QString path() const { return m_prefix; }
    // drive_c, where "C:\..." lives.
    std::filesystem::path driveC() const;
    // A Windows path ("C:\Program Files\x") as a path on this machine.
    std::filesystem::path hostPath(const QString& windowsPath) const;

    RunResult wine(const QStringList& arguments, const QProcessEnvironment& extra = {}, int timeoutMs = 180000,
                   const QByteArray& input = {}) const;
    // wine regedit /S, then waits until Wine has stopped and saved the registry, so that services read the
    // new keys at the next start.
    void importRegistry(const QString& regFile) const;
    void waitUntilIdle() const;
    // The command lines of the programs still running in this prefix: what a run that did not finish in time
    // was waiting for.
    QStringList runningPrograms() const;
    // Keeps Wine running until the prefix goes. Keys under HKEY_USERS\<SID> (other accounts' loaded hives)
    // live only as long as Wine runs: they are imported with importInSession() and scanned in that session.
    void startSession() const;
    // A file that is not in UTF-16 but holds hex(1) values (REG_SZ written as bytes) is imported through a UTF-16
    // copy, since Wine's regedit would read each of those bytes as a character of its own.
    void importInSession(const QString& regFile) const;

private:
    QTemporaryDir m_dir;
    QString m_prefix;
};

// Writes `text` into `path` as a .reg file in UTF-16LE with its byte order mark (as regedit writes them), code
// unit by code unit, so that it can hold key names and values that are not valid UTF-16 (a lone surrogate), which
// no conversion keeps; returns `path`. Throws when it cannot be written.
QString writeUtf16Reg(const QString& path, const QString& text);

// The JSON contract of `offramp-cli scan --json` (docs/CLI.md), as tests/cli checks it on Linux, and what
// the Windows build adds: the platform, user only on per-user findings, and the security_center object.
void checkScanContract(const nlohmann::json& scan);

} // namespace offramp::test::wine

#endif
