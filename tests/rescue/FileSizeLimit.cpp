// SPDX-License-Identifier: GPL-3.0-or-later
// offramp-test-file-size-limit BYTES PROGRAM [ARGUMENTS...]: runs a program that may not write files larger
// than BYTES, with SIGXFSZ ignored, so that a write past the limit fails with EFBIG the way a write to a full
// disk fails with ENOSPC. A full disk for the tests, without mounting anything.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: offramp-test-file-size-limit BYTES PROGRAM [ARGUMENTS...]\n");
        return 2;
    }
    const rlim_t limit = std::strtoull(argv[1], nullptr, 10);
    const struct rlimit size
    {
        limit, limit
    };
    if (::setrlimit(RLIMIT_FSIZE, &size) != 0) {
        std::perror("setrlimit");
        return 2;
    }
    // Ignored signals stay ignored across exec.
    static_cast<void>(std::signal(SIGXFSZ, SIG_IGN));
    ::execv(argv[2], argv + 2);
    std::perror("execv");
    return 127;
}
