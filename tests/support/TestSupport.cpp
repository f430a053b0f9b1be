// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace offramp::test {

CommandResult run(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        throw std::runtime_error("could not start " + program.toStdString() + ": " +
                                 process.errorString().toStdString());
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error(program.toStdString() + " did not finish in time");
    }
    CommandResult result;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CommandResult runCli(const QStringList& arguments)
{
    return run(QStringLiteral(OFFRAMP_CLI_PATH), arguments);
}

void writeFile(const std::filesystem::path& path, std::string_view contents)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    stream.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    stream.close();
    if (!stream) {
        throw std::runtime_error("could not write " + path.string());
    }
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw std::runtime_error("could not read " + path.string());
    }
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
}

namespace {

std::vector<CatalogFile> jsonFilesIn(const std::filesystem::path& folder)
{
    std::vector<CatalogFile> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".json") {
            files.push_back({entry.path().filename().string(), readFile(entry.path())});
        }
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return files;
}

} // namespace

std::vector<CatalogFile> sourceCatalogFiles()
{
    return jsonFilesIn(OFFRAMP_CATALOG_DIR);
}

std::vector<CatalogFile> minimalCatalogFiles()
{
    return jsonFilesIn(std::filesystem::path(OFFRAMP_TEST_DATA_DIR) / "catalog-minimal");
}

Catalog minimalCatalog()
{
    return CatalogLoader::load(minimalCatalogFiles());
}

const Catalog& sourceCatalog()
{
    static const Catalog catalog = CatalogLoader::load(sourceCatalogFiles());
    return catalog;
}

} // namespace offramp::test
