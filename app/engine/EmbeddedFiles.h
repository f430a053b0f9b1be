// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_EMBEDDEDFILES_H
#define OFFRAMP_ENGINE_EMBEDDEDFILES_H

#include <span>
#include <string_view>

namespace offramp {

// A file built into the executable (see cmake/EmbedFiles.cmake).
struct EmbeddedFile
{
    std::string_view name;
    std::string_view contents;
};

std::span<const EmbeddedFile> embeddedCatalogFiles();
std::span<const EmbeddedFile> embeddedDemoFiles();

} // namespace offramp

#endif
