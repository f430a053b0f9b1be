// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_SHA256_H
#define OFFRAMP_ENGINE_SHA256_H

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace offramp {

// SHA-256 (FIPS 180-4), written here so that offramp-cli needs no crypto library. Feed it with update() in
// pieces of any size; the rescue hashes every byte as it copies it, so large pieces go straight through the
// block function without being copied.
class Sha256
{
public:
    using Digest = std::array<std::uint8_t, 32>;

    enum class Engine
    {
        Fastest,  // the processor's SHA instructions where it has them, else the portable rounds
        Portable, // always the portable rounds (for tests that compare the two)
    };

    explicit Sha256(Engine engine = Engine::Fastest);
    void update(const void* data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    // The digest of everything given so far; the object starts over afterwards.
    Digest finish();

    static Digest of(std::string_view data);
    // Whether Engine::Fastest uses the processor's SHA instructions here.
    static bool hardwareAvailable();
    // 64 lower-case hex digits.
    static std::string hex(const Digest& digest);

private:
    void reset();
    void compress(const std::uint8_t* blocks, std::size_t count);

    std::array<std::uint32_t, 8> m_state{};
    std::array<std::uint8_t, 64> m_block{};
    std::size_t m_blockUsed = 0;
    std::uint64_t m_length = 0; // bytes
    bool m_hardware = false;
};

// Whether text is 64 lower-case hex digits, as written in a manifest.
bool isSha256Hex(std::string_view text);

} // namespace offramp

#endif
