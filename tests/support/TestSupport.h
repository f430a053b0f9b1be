// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_TESTSUPPORT_H
#define OFFRAMP_TESTS_TESTSUPPORT_H

#include "engine/Catalog.h"
#include "engine/CatalogLoader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

class QProcess;

namespace offramp::test {

// The languages Offramp speaks besides English: every text of the catalog and the wizard is written in each.
inline constexpr std::array kTranslatedLanguages{"es", "fr", "de"};

// What a finished command printed and returned.
struct CommandResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// What a finished process printed and returned.
CommandResult resultOf(QProcess& process);
// Runs a program (no shell) with a time-out; fails the calling test if it cannot start.
CommandResult run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                  int timeoutMs = 120000);
// Runs the offramp-cli built with the tests.
CommandResult runCli(const QStringList& arguments);

// The full path of a tool the test needs; throws, saying how to install it, when it is missing.
std::string requireTool(const char* name);
// Runs a program and throws with what it printed unless it exits 0.
void runOrThrow(const std::string& program, const QStringList& arguments);
// A path as a QString argument.
QString qPath(const std::filesystem::path& path);
// Runs `work` as an ordinary user (nobody) and returns what it wrote: as root, permissions would
// not stop anything. Runs it in this process when not root.
std::string asOrdinaryUser(const std::function<std::string()>& work);
// Runs the offramp-cli built with the tests as an ordinary user (nobody) when root, so that permissions deny it what
// they deny a person; as this user otherwise. What it needs to reach must be open to everyone.
CommandResult runCliAsOrdinaryUser(const QStringList& arguments);

// Why the file is not readable by its owner alone (POSIX: mode 0600; Windows: a protected access list that
// names only the current user); empty when it is.
std::string ownerOnlyProblem(const std::filesystem::path& path);
// Whether this system keeps file access lists to check: not under Wine, which keeps none (it hands back a
// default list whatever a program set), so there the owner-only rule is checked on Linux and Windows only.
bool fileAccessListsKept();

// Writes a file (creating folders), failing loudly on error.
void writeFile(const std::filesystem::path& path, std::string_view contents);
std::string readFile(const std::filesystem::path& path);

// A banned Kaspersky product for probe tests, with the given signatures, so that a test does not
// depend on the shipped catalog's data.
Product testProduct(std::string id, std::map<Platform, PlatformSignatures> signatures);
Catalog catalogOf(std::vector<Product> products);
// "kind name version [state] @where", and a sorted list of them, for comparing what probes report.
QString describeFact(const Fact& fact);
QStringList describeFacts(const std::vector<Fact>& facts);

// The catalog files in resources/catalog, as they are in the source tree.
std::vector<CatalogFile> sourceCatalogFiles();
// The source catalog, loaded (and so validated).
const Catalog& sourceCatalog();
// A small valid catalog in tests/data/catalog-minimal, for tests that must not depend on real data.
std::vector<CatalogFile> minimalCatalogFiles();
Catalog minimalCatalog();

// Takes every translator off the application and makes the C locale the default again, so that a test that
// installed a language leaves none behind for the next.
void removeTranslators();

} // namespace offramp::test

#endif
