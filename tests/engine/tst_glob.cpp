// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Glob.h"

#include <QTest>

using offramp::Glob;

class TestGlob : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("literal") << "kesl"
                                 << "kesl" << true;
        QTest::newRow("literal is whole") << "kesl"
                                          << "kesl-gui" << false;
        QTest::newRow("literal prefix only") << "kesl-gui"
                                             << "kesl" << false;
        QTest::newRow("case-insensitive") << "Kaspersky Anti-Virus*"
                                          << "KASPERSKY ANTI-VIRUS 2021" << true;
        QTest::newRow("star at end") << "AVP*"
                                     << "AVP21.3" << true;
        QTest::newRow("star alone after prefix") << "AVP*"
                                                 << "AVP" << true;
        QTest::newRow("star in middle") << "*Network Agent*Kaspersky Security Center*"
                                        << "Kaspersky Security Center Network Agent" << false;
        QTest::newRow("star in middle matches") << "*Agent*Kaspersky Security Center*"
                                                << "Network Agent of Kaspersky Security Center 14" << true;
        QTest::newRow("question mark") << "kl?"
                                       << "kl1" << true;
        QTest::newRow("question mark needs a character") << "kl?"
                                                         << "kl" << false;
        QTest::newRow("backtracking") << "a*b*c"
                                      << "aXbYbZc" << true;
        QTest::newRow("backtracking fails") << "a*b*c"
                                            << "aXbYbZ" << false;
        QTest::newRow("path component") << "/opt/kaspersky/*"
                                        << "/opt/kaspersky/kesl" << true;
        QTest::newRow("decoy") << "klnagent*"
                               << "clamav" << false;
        QTest::newRow("empty text") << "a*"
                                    << "" << false;
        QTest::newRow("star in the text") << "*a"
                                          << "*ba" << true;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(Glob(pattern.toStdString()).matches(text.toStdString()), expected);
    }

    void longTextsDoNotBlowUp()
    {
        // A pathological pattern against a long text finishes (the matcher is iterative).
        const std::string text(100000, 'a');
        QVERIFY(!Glob("*a*a*a*a*a*b").matches(text));
        QVERIFY(Glob("*a*a*a*a*a*a").matches(text));
    }
};

QTEST_APPLESS_MAIN(TestGlob)
#include "tst_glob.moc"
