// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_FUZZSUPPORT_H
#define OFFRAMP_TESTS_FUZZSUPPORT_H

#include "engine/Catalog.h"
#include "engine/CatalogLoader.h"
#include "platform/macos/Plist.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// What the fuzz targets share. A target catches only the errors its parser documents: anything else (a crash, a
// sanitizer report, another exception, a broken promise checked with require) is a finding.
namespace offramp::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// Stops the run with the input saved, as a crash does, when a property the parser promises does not hold.
inline void require(bool holds, const char* what)
{
    if (!holds) {
        static_cast<void>(std::fprintf(stderr, "fuzz property broken: %s\n", what));
        std::abort();
    }
}

// The catalog built into Offramp, loaded once.
inline const Catalog& shippedCatalog()
{
    static const Catalog catalog = CatalogLoader::loadEmbedded();
    return catalog;
}

// Visits every value of a property list the way a reader of it would, touching each accessor.
inline void walkPlist(const platform::PlistValue& value)
{
    static_cast<void>(platform::plistTypeName(value.type()));
    if (const auto* date = value.asDate()) {
        static_cast<void>(date->toIso8601());
    } else if (const auto* items = value.asArray()) {
        for (const auto& item : *items) {
            walkPlist(item);
        }
    } else if (const auto* entries = value.asDict()) {
        for (const auto& [key, item] : *entries) {
            require(value.find(key) == &item, "a dictionary key that cannot be found");
            walkPlist(item);
        }
    }
}

} // namespace offramp::fuzz

#endif
