// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_PLATFORM_LOSTOUTPUT_H
#define OFFRAMP_PLATFORM_LOSTOUTPUT_H

namespace offramp::platform {

// Called when offramp-cli starts. Whoever reads its output (the wizard, a terminal, a script's pipe) may go away
// in the middle of a removal; the lines written after that are lost, and the removal goes on. On Linux and
// macOS a write to a pipe nobody reads raises SIGPIPE, which would end the program between two steps of a
// package's removal, so it is ignored and such a write merely fails. Programs Offramp starts get the default
// back (ProcessRunner). Windows reports such a write as an error only, so there it does nothing.
void surviveLostOutput();

} // namespace offramp::platform

#endif
