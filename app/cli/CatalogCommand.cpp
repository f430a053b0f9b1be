// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Arguments.h"
#include "cli/CliError.h"
#include "cli/Commands.h"
#include "engine/CatalogLoader.h"

#include <fstream>
#include <sstream>

namespace offramp::cli {

namespace {

CatalogFile readCatalogFile(const std::string& path)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw CliError(ExitBadInput, "catalog validate: cannot read " + path);
    }
    std::ostringstream text;
    text << stream.rdbuf();
    return {path, text.str()};
}

} // namespace

int runCatalog(const std::vector<std::string>& words, std::ostream& out)
{
    if (words.empty() || words.front() != "validate") {
        throw CliError(ExitUsage, "catalog: the only subcommand is \"validate [FILE...]\"");
    }
    const Arguments arguments("catalog validate", {words.begin() + 1, words.end()}, {}, {});
    std::vector<CatalogFile> overrides;
    for (const auto& path : arguments.positional()) {
        overrides.push_back(readCatalogFile(path));
    }
    try {
        const Catalog catalog = CatalogLoader::load(CatalogLoader::embeddedFilesWith(overrides));
        out << "The catalog is valid: " << catalog.products.size() << " products, " << catalog.regulations.size()
            << " regulations in " << catalog.jurisdictions.size() << " jurisdictions, " << catalog.sources.size()
            << " sources.\n";
    } catch (const CatalogError& error) {
        throw CliError(ExitBadInput, std::string("catalog validate: ") + error.what());
    }
    return ExitClean;
}

} // namespace offramp::cli
