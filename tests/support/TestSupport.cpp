// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace offramp::test {

CommandResult resultOf(QProcess& process)
{
    CommandResult result;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

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
    return resultOf(process);
}

CommandResult runCli(const QStringList& arguments)
{
    return run(QStringLiteral(OFFRAMP_CLI_PATH), arguments);
}

std::string requireTool(const char* name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromUtf8(name));
    if (path.isEmpty()) {
        throw std::runtime_error(std::string(name) +
                                 " is not installed; scripts/setup-debian.sh installs what the tests need");
    }
    return path.toStdString();
}

void runOrThrow(const std::string& program, const QStringList& arguments)
{
    const auto result = run(QString::fromStdString(program), arguments);
    if (result.crashed || result.exitCode != 0) {
        throw std::runtime_error(program + " " + arguments.join(QLatin1Char(' ')).toStdString() + " failed (" +
                                 std::to_string(result.exitCode) + "): " + result.err.toStdString());
    }
}

QString qPath(const std::filesystem::path& path)
{
    // As UTF-8: path::string() would go through Windows' ANSI code page; on POSIX these are the bytes as they are.
    const std::u8string text = path.u8string();
    return QString::fromUtf8(reinterpret_cast<const char*>(text.data()), static_cast<qsizetype>(text.size()));
}

Product testProduct(std::string id, std::map<Platform, PlatformSignatures> signatures)
{
    Product product;
    product.id = std::move(id);
    product.vendor = "Kaspersky";
    product.maker = "kaspersky";
    product.name = LocalizedText(std::map<std::string, std::string, std::less<>>{{"en", product.id}});
    product.family = "business";
    product.banned = true;
    product.signatures = std::move(signatures);
    return product;
}

Catalog catalogOf(std::vector<Product> products)
{
    Catalog catalog;
    catalog.products = std::move(products);
    return catalog;
}

QString describeFact(const Fact& fact)
{
    return QStringLiteral("%1 %2 %3 [%4] @%5")
        .arg(QString::fromUtf8(factKindId(fact.kind)), QString::fromStdString(fact.name),
             QString::fromStdString(fact.version), QString::fromStdString(fact.state),
             QString::fromStdString(fact.where));
}

QStringList describeFacts(const std::vector<Fact>& facts)
{
    QStringList lines;
    for (const Fact& fact : facts) {
        lines << describeFact(fact);
    }
    lines.sort();
    return lines;
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

void removeTranslators()
{
    for (auto* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace offramp::test
