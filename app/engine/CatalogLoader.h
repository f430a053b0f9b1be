// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_CATALOGLOADER_H
#define OFFRAMP_ENGINE_CATALOGLOADER_H

#include "engine/Catalog.h"
#include "engine/utils/Error.h"

#include <string>
#include <vector>

namespace offramp {

// A catalog refused on load: which file, where in it (a JSON pointer) and why.
class CatalogError : public Error
{
public:
    CatalogError(std::string file, std::string pointer, std::string reason);

    const std::string& file() const { return m_file; }
    const std::string& pointer() const { return m_pointer; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_file;
    std::string m_pointer;
    std::string m_reason;
};

struct CatalogFile
{
    std::string name;     // shown in errors, e.g. "products.json"
    std::string contents; // JSON text
};

// Reads and validates catalog files. Each file names its "kind" (products, regulations, sources);
// exactly one file of each kind makes a catalog. Every field is checked; the first problem is thrown.
class CatalogLoader
{
public:
    static Catalog load(const std::vector<CatalogFile>& files);
    // The catalog built into the executable.
    static Catalog loadEmbedded();
    // The embedded files, with any given file replacing the embedded one of the same kind.
    static std::vector<CatalogFile> embeddedFilesWith(const std::vector<CatalogFile>& overrides);
};

} // namespace offramp

#endif
