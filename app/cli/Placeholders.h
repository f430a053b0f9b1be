// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_PLACEHOLDERS_H
#define OFFRAMP_CLI_PLACEHOLDERS_H

#include <initializer_list>
#include <string>
#include <string_view>

namespace offramp::cli {

// The pattern with %1 to %9 replaced by the values in order, so that a translation may put them where its
// language needs them. A placeholder with no value, and any other %, is kept as it is.
std::string fillIn(std::string_view pattern, std::initializer_list<std::string_view> values);

} // namespace offramp::cli

#endif
