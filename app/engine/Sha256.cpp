// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sha256.h"

#include "Sha256Hardware.h"

#include <algorithm>
#include <cstring>

namespace offramp {

namespace {

constexpr std::array<std::uint32_t, 64> kRound{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::array<std::uint32_t, 8> kInitial{
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

// Compilers turn this into one byte-swapping load.
inline std::uint32_t loadBigEndian(const std::uint8_t* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

// One round; the caller rotates the roles of the eight working variables instead of moving them.
inline void step(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t& d, std::uint32_t e, std::uint32_t f,
                 std::uint32_t g, std::uint32_t& h, std::uint32_t kw)
{
    const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (g ^ (e & (f ^ g))) + kw;
    const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) | (c & (a | b)));
    d += t1;
    h = t1 + t2;
}

// The portable block function: the whole message schedule first, then the rounds eight at a time on eight
// local variables, which the compiler keeps in registers.
void compressPortable(std::array<std::uint32_t, 8>& state, const std::uint8_t* blocks, std::size_t count)
{
    std::array<std::uint32_t, 64> w{};
    for (std::size_t block = 0; block < count; ++block, blocks += 64) {
        for (std::size_t i = 0; i < 16; ++i) {
            w[i] = loadBigEndian(blocks + 4 * i);
        }
        for (std::size_t i = 16; i < 64; ++i) {
            const std::uint32_t w15 = w[i - 15];
            const std::uint32_t w2 = w[i - 2];
            w[i] = (rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)) + w[i - 7] + (rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)) +
                   w[i - 16];
        }
        std::uint32_t a = state[0];
        std::uint32_t b = state[1];
        std::uint32_t c = state[2];
        std::uint32_t d = state[3];
        std::uint32_t e = state[4];
        std::uint32_t f = state[5];
        std::uint32_t g = state[6];
        std::uint32_t h = state[7];
        for (std::size_t i = 0; i < 64; i += 8) {
            step(a, b, c, d, e, f, g, h, kRound[i] + w[i]);
            step(h, a, b, c, d, e, f, g, kRound[i + 1] + w[i + 1]);
            step(g, h, a, b, c, d, e, f, kRound[i + 2] + w[i + 2]);
            step(f, g, h, a, b, c, d, e, kRound[i + 3] + w[i + 3]);
            step(e, f, g, h, a, b, c, d, kRound[i + 4] + w[i + 4]);
            step(d, e, f, g, h, a, b, c, kRound[i + 5] + w[i + 5]);
            step(c, d, e, f, g, h, a, b, kRound[i + 6] + w[i + 6]);
            step(b, c, d, e, f, g, h, a, kRound[i + 7] + w[i + 7]);
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

} // namespace

Sha256::Sha256(Engine engine)
    : m_hardware(engine == Engine::Fastest && detail::sha256HardwareAvailable())
{
    reset();
}

bool Sha256::hardwareAvailable()
{
    return detail::sha256HardwareAvailable();
}

void Sha256::compress(const std::uint8_t* blocks, std::size_t count)
{
    if (count == 0) {
        return;
    }
    if (m_hardware) {
        detail::sha256CompressHardware(m_state, blocks, count);
    } else {
        compressPortable(m_state, blocks, count);
    }
}

void Sha256::reset()
{
    m_state = kInitial;
    m_blockUsed = 0;
    m_length = 0;
}

void Sha256::update(const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    m_length += size;
    if (m_blockUsed > 0) {
        const std::size_t take = std::min(size, m_block.size() - m_blockUsed);
        std::memcpy(m_block.data() + m_blockUsed, bytes, take);
        m_blockUsed += take;
        bytes += take;
        size -= take;
        if (m_blockUsed < m_block.size()) {
            return;
        }
        compress(m_block.data(), 1);
        m_blockUsed = 0;
    }
    // Whole blocks straight from the caller's buffer.
    const std::size_t whole = size / 64;
    compress(bytes, whole);
    bytes += whole * 64;
    size -= whole * 64;
    std::memcpy(m_block.data(), bytes, size);
    m_blockUsed = size;
}

Sha256::Digest Sha256::finish()
{
    const std::uint64_t bits = m_length * 8;
    // The padding: a one bit, zeros up to 56 bytes into a block, then the length in bits, big-endian.
    std::array<std::uint8_t, 72> padding{};
    padding[0] = 0x80;
    const std::size_t zeros = (m_blockUsed < 56 ? 56 : 120) - m_blockUsed;
    for (std::size_t i = 0; i < 8; ++i) {
        padding[zeros + i] = static_cast<std::uint8_t>(bits >> (56 - 8 * i));
    }
    update(padding.data(), zeros + 8);
    Digest digest{};
    for (std::size_t i = 0; i < 8; ++i) {
        for (std::size_t j = 0; j < 4; ++j) {
            digest[4 * i + j] = static_cast<std::uint8_t>(m_state[i] >> (24 - 8 * j));
        }
    }
    reset();
    return digest;
}

Sha256::Digest Sha256::of(std::string_view data)
{
    Sha256 hash;
    hash.update(data);
    return hash.finish();
}

std::string Sha256::hex(const Digest& digest)
{
    static constexpr std::string_view digits = "0123456789abcdef";
    std::string text;
    text.reserve(64);
    for (const std::uint8_t byte : digest) {
        text += digits[byte >> 4U];
        text += digits[byte & 15U];
    }
    return text;
}

bool isSha256Hex(std::string_view text)
{
    return text.size() == 64 &&
           std::ranges::all_of(text, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace offramp
