// SPDX-License-Identifier: GPL-3.0-or-later
// OFFRAMP_TEST_MAIN and OFFRAMP_TEST_GUILESS_MAIN: Qt Test's QTEST_MAIN and QTEST_GUILESS_MAIN, ended as Offramp's
// own programs end (platform/ProcessEnd.h), for the tests that are also built for Windows: there the C runtime's
// exit handlers can wait for ever on a lock that an ended thread left taken, and the test would never finish.
// The test program must link the platform layer (offramp_platform, or offramp_wizard which has it).
#ifndef OFFRAMP_TESTS_TESTMAIN_H
#define OFFRAMP_TESTS_TESTMAIN_H

#include "platform/ProcessEnd.h"

#include <QTest>

// Qt's macro defines main(); inside this namespace it is an ordinary function that the real main() calls.
#define OFFRAMP_TEST_MAIN_ENDED(QtMainMacro, TestObject)                                                               \
    namespace offramp_test_main {                                                                                      \
    QtMainMacro(TestObject)                                                                                            \
    }                                                                                                                  \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        offramp::platform::endProcess(offramp_test_main::main(argc, argv));                                            \
    }

#define OFFRAMP_TEST_MAIN(TestObject) OFFRAMP_TEST_MAIN_ENDED(QTEST_MAIN, TestObject)
#define OFFRAMP_TEST_GUILESS_MAIN(TestObject) OFFRAMP_TEST_MAIN_ENDED(QTEST_GUILESS_MAIN, TestObject)

#endif
