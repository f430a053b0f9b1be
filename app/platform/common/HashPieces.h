// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_COMMON_HASHPIECES_H
#define OFFRAMP_PLATFORM_COMMON_HASHPIECES_H

#include "platform/RescueCopier.h"
#include "platform/Sha256.h"

#include <cstddef>
#include <cstdint>

namespace offramp::platform {

// Reads a file to its end in pieces and hashes them: the loop of the rescue's hashFile and copyHashed, whose host
// files (posix/, windows/) differ only in how they read and write. `readSome(buffer)` fills `buffer` with the next
// piece and returns its size, 0 at the end; `piece(buffer, size, total)` is then told each piece and the size read
// so far (copyHashed writes it). Whatever they throw goes through.
template <typename ReadSome, typename Piece>
HashedFile hashPieces(std::uint8_t* buffer, ReadSome&& readSome, Piece&& piece)
{
    Sha256 hash;
    HashedFile result;
    while (const std::size_t got = readSome(buffer)) {
        hash.update(buffer, got);
        result.size += got;
        piece(buffer, got, result.size);
    }
    result.sha256 = hash.finish();
    return result;
}

} // namespace offramp::platform

#endif
