// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Wildcard.h"

#include <QTest>

#include <string>

using offramp::utils::wildcardMatches;

class TestWildcard : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ignoreCase");
        QTest::addColumn<bool>("expected");
        QTest::newRow("literal") << "kesl"
                                 << "kesl" << false << true;
        QTest::newRow("literal is whole") << "kesl"
                                          << "kesl-gui" << false << false;
        QTest::newRow("case counts") << "Documents"
                                     << "documents" << false << false;
        QTest::newRow("case ignored") << "Documents"
                                      << "DOCUMENTS" << true << true;
        QTest::newRow("star matches nothing") << "kesl*"
                                              << "kesl" << false << true;
        QTest::newRow("star matches a run") << "*.plist"
                                            << "com.kaspersky.kav.plist" << false << true;
        QTest::newRow("star alone") << "*"
                                    << "" << false << true;
        QTest::newRow("question mark is one character") << "kl?"
                                                        << "kl1" << false << true;
        QTest::newRow("question mark needs one") << "kl?"
                                                 << "kl" << false << false;
        QTest::newRow("backtracking") << "a*b*c"
                                      << "aXbYbZc" << false << true;
        QTest::newRow("backtracking fails") << "a*b*c"
                                            << "aXbYbZ" << false << false;
        // A star in the text is an ordinary character: the pattern's star still matches a run around it.
        QTest::newRow("star in the text") << "*a"
                                          << "*ba" << true << true;
        QTest::newRow("star in the text, case counts") << "*a"
                                                       << "*ba" << false << true;
        QTest::newRow("question mark in the text") << "a?c"
                                                   << "a?c" << false << true;
        QTest::newRow("other bytes as they are") << "caf\xc3\xa9*"
                                                 << "CAF\xc3\xa9 2" << true << true;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, ignoreCase);
        QFETCH(bool, expected);
        QCOMPARE(wildcardMatches(pattern.toStdString(), text.toStdString(), ignoreCase), expected);
    }

    void aLongTextFinishes()
    {
        // A pathological pattern against a long text ends (iterative, no recursion).
        const std::string text(100000, 'a');
        QVERIFY(!wildcardMatches("*a*a*a*a*a*b", text, false));
        QVERIFY(wildcardMatches("*a*a*a*a*a*", text, true));
    }

    void worksAtCompileTime()
    {
        static_assert(wildcardMatches("k*l", "kesl", false));
        static_assert(!wildcardMatches("K*L", "kesl", false));
        static_assert(wildcardMatches("K*L", "kesl", true));
    }
};

QTEST_GUILESS_MAIN(TestWildcard)
#include "tst_wildcard.moc"
