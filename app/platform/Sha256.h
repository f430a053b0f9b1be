// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_SHA256_H
#define OFFRAMP_PLATFORM_SHA256_H

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// libgcrypt's hash context (gcrypt.h), declared here so that callers do not include libgcrypt's headers.
struct gcry_md_handle;

namespace offramp::platform {

// SHA-256 (FIPS 180-4) from libgcrypt, a maintained library: the system's on Linux, linked statically into the
// Windows programs so that each stays one file (cmake/Libgcrypt.cmake). It is platform code, not engine code:
// the engine stays plain C++ with nlohmann/json and no system library (the manifest reader only checks that a
// hash is 64 hex digits, isSha256Hex in RescueManifest.h), and what hashes bytes (the rescue's copier and its
// verification) is platform code already.
//
// Feed it with update() in pieces of any size; finish() gives the digest and starts over. Throws
// offramp::Error when libgcrypt cannot be used (older at run time than at build time, or out of memory).
class Sha256
{
public:
    using Digest = std::array<std::uint8_t, 32>;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    Sha256(Sha256&&) = delete;
    Sha256& operator=(Sha256&&) = delete;

    void update(const void* data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    // The digest of everything given so far; the object starts over afterwards.
    Digest finish();

    static Digest of(std::string_view data);
    // 64 lower-case hex digits.
    static std::string hex(const Digest& digest);

private:
    gcry_md_handle* m_handle = nullptr;
};

} // namespace offramp::platform

#endif
