// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Sha256.h"

#include "engine/utils/Error.h"

#include <cstring>
#include <gcrypt.h>

namespace offramp::platform {

namespace {

// libgcrypt is set up here and nowhere else, once per process, before its first use. Offramp hashes the files it
// copies and holds no keys in libgcrypt, so it needs no secure memory: turning it off also keeps libgcrypt from
// warning about memory it could not lock. A library loaded into the same process (the wizard's Qt pulls in
// libsystemd, which uses libgcrypt) may have finished the setup already; then its settings stand.
void setUpLibgcrypt()
{
    static const bool ready = [] {
        // The first call libgcrypt needs; it also refuses a library older than the headers Offramp was built with.
        if (gcry_check_version(GCRYPT_VERSION) == nullptr) {
            const char* const found = gcry_check_version(nullptr);
            throw Error(ErrorKind::Unsupported, std::string("libgcrypt ") + (found != nullptr ? found : "?") +
                                                    " is older than the " GCRYPT_VERSION " Offramp was built with");
        }
        if (gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P) == 0) {
            gcry_control(GCRYCTL_DISABLE_SECMEM, 0);
            gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
        }
        return true;
    }();
    static_cast<void>(ready);
}

} // namespace

Sha256::Sha256()
{
    setUpLibgcrypt();
    const gcry_error_t error = gcry_md_open(&m_handle, GCRY_MD_SHA256, 0);
    if (error != 0) {
        throw Error(ErrorKind::Failed, std::string("libgcrypt cannot compute SHA-256: ") + gcry_strerror(error));
    }
}

Sha256::~Sha256()
{
    gcry_md_close(m_handle);
}

void Sha256::update(const void* data, std::size_t size)
{
    gcry_md_write(m_handle, data, size);
}

Sha256::Digest Sha256::finish()
{
    Digest digest{};
    std::memcpy(digest.data(), gcry_md_read(m_handle, GCRY_MD_SHA256), digest.size());
    gcry_md_reset(m_handle);
    return digest;
}

Sha256::Digest Sha256::of(std::string_view data)
{
    setUpLibgcrypt();
    Digest digest{};
    gcry_md_hash_buffer(GCRY_MD_SHA256, digest.data(), data.data(), data.size());
    return digest;
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

} // namespace offramp::platform
