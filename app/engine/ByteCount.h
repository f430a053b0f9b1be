// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_BYTECOUNT_H
#define OFFRAMP_ENGINE_BYTECOUNT_H

#include <cstdint>
#include <string>

namespace offramp {

// "1.5 MB", "320 bytes": sizes for people, in decimal units as file managers show them.
std::string byteCount(std::uint64_t bytes);

} // namespace offramp

#endif
