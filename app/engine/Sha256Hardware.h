// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_SHA256HARDWARE_H
#define OFFRAMP_ENGINE_SHA256HARDWARE_H

#include <array>
#include <cstddef>
#include <cstdint>

namespace offramp::detail {

// Whether this processor has the SHA extensions (x86 SHA-NI with SSSE3 and SSE4.1), checked once.
bool sha256HardwareAvailable();
// The SHA-256 block function on those instructions; only call it when sha256HardwareAvailable().
void sha256CompressHardware(std::array<std::uint32_t, 8>& state, const std::uint8_t* blocks, std::size_t count);

} // namespace offramp::detail

#endif
