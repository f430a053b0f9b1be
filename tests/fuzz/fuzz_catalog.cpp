// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog loader (engine/CatalogLoader), as `offramp-cli catalog validate` and every start use it. The bytes
// are the catalog's files, one after the other, each ended by a NUL byte (which JSON text cannot hold). A catalog
// it accepts is turned into each platform's watchlist, as a scan does.
#include "FuzzSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/Watchlist.h"

#include <string>
#include <vector>

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = fuzz::text(data, size);
    std::vector<CatalogFile> files;
    std::size_t start = 0;
    while (start < bytes.size() && files.size() < 8) {
        const std::size_t end = std::min(bytes.find('\0', start), bytes.size());
        files.push_back(
            {"file" + std::to_string(files.size() + 1) + ".json", std::string(bytes.substr(start, end - start))});
        start = end + 1;
    }
    Catalog catalog;
    try {
        catalog = CatalogLoader::load(files);
    } catch (const CatalogError&) {
        return 0; // refused with the file, the JSON pointer and the reason
    }
    for (const Platform platform : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
        const Watchlist watchlist(catalog, platform);
        static_cast<void>(watchlist.wants(SignatureKind::Packages, "kesl"));
        static_cast<void>(watchlist.wants(SignatureKind::BundleIds, "com.kaspersky.kav"));
        static_cast<void>(watchlist.wants(SignatureKind::UninstallNames, "Kaspersky Anti-Virus"));
    }
    return 0;
}
