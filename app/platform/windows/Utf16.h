// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_WINDOWS_UTF16_H
#define OFFRAMP_PLATFORM_WINDOWS_UTF16_H

#include <string>
#include <string_view>

// Windows speaks UTF-16 (wchar_t); the engine and the JSON speak UTF-8.
namespace offramp::platform::windows {

// Invalid UTF-8 becomes U+FFFD, so that a damaged name never stops a scan.
std::wstring toWide(std::string_view utf8);
// Lone surrogates (which registry names may hold) become U+FFFD.
std::string toUtf8(std::wstring_view wide);
// Whether UTF-16 text holds a surrogate without its pair (which no Unicode character is).
bool hasLoneSurrogate(std::wstring_view text);

} // namespace offramp::platform::windows

#endif
