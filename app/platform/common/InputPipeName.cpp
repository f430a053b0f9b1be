// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Error.h"
#include "platform/InputPipe.h"

#include <algorithm>
#include <string>

namespace offramp::platform {

void checkInputPipeName(std::string_view name)
{
    constexpr std::string_view prefix = "offramp-input-";
    const bool ours = name.starts_with(prefix) && name.size() > prefix.size() && name.size() <= 100 &&
                      std::ranges::all_of(name, [](char c) {
                          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                      });
    if (!ours) {
        throw Error(ErrorKind::InvalidInput,
                    "--input-pipe takes a name Offramp made (offramp-input-...), not \"" + std::string(name) + "\"",
                    std::string(name));
    }
}

} // namespace offramp::platform
