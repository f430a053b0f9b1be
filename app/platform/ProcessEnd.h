// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_PROCESSEND_H
#define OFFRAMP_PLATFORM_PROCESSEND_H

namespace offramp::platform {

// Ends this program with `code`, once main's own objects are gone (windows closed, files written, tasks done).
// On Windows the C runtime's exit handlers are not run: there MinGW's thread-local storage deletes its key under a
// lock that a thread which ended earlier can leave taken, and the program then never ends, its window already
// closed (seen under Wine with Qt's pool threads). Elsewhere this is std::exit, exit handlers and all.
[[noreturn]] void endProcess(int code);

} // namespace offramp::platform

#endif
