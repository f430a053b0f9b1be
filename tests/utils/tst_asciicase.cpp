// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/AsciiCase.h"

#include <QTest>

using namespace offramp::utils;

// The helpers are constexpr: the dpkg reader and the globs call them on every name.
static_assert(toLowerAscii('K') == 'k');
static_assert(equalsIgnoringCase("KESL", "kesl"));

class TestAsciiCase : public QObject
{
    Q_OBJECT

private slots:
    void lowersOnlyAsciiCapitals()
    {
        QCOMPARE(toLowerAscii('A'), 'a');
        QCOMPARE(toLowerAscii('Z'), 'z');
        QCOMPARE(toLowerAscii('a'), 'a');
        QCOMPARE(toLowerAscii('@'), '@'); // just before 'A'
        QCOMPARE(toLowerAscii('['), '['); // just after 'Z'
        QCOMPARE(toLowerAscii('7'), '7');
        QCOMPARE(toLowerAscii('\xC3'), '\xC3'); // the lead byte of "É" and "é"
    }

    void comparesIgnoringCase_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("expected");
        QTest::newRow("same") << QByteArray("kesl") << QByteArray("kesl") << true;
        QTest::newRow("other case") << QByteArray("MsiExec.EXE") << QByteArray("msiexec.exe") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("longer") << QByteArray("kesl") << QByteArray("kesl-gui") << false;
        QTest::newRow("shorter") << QByteArray("kesl-gui") << QByteArray("kesl") << false;
        QTest::newRow("other letter") << QByteArray("kesl") << QByteArray("kesm") << false;
        // '@' and '`' sit next to the letters, 0x20 apart like 'A' and 'a': they are not a case pair.
        QTest::newRow("not letters") << QByteArray("@") << QByteArray("`") << false;
        QTest::newRow("non-ASCII stays") << QByteArray("\xC3\x89") << QByteArray("\xC3\xA9") << false; // É, é
        QTest::newRow("non-ASCII same") << QByteArray("Zo\xC3\xAB") << QByteArray("ZO\xC3\xAB") << true;
    }

    void comparesIgnoringCase()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, expected);
        const std::string_view left(a.constData(), static_cast<std::size_t>(a.size()));
        const std::string_view right(b.constData(), static_cast<std::size_t>(b.size()));
        QCOMPARE(equalsIgnoringCase(left, right), expected);
        QCOMPARE(equalsIgnoringCase(right, left), expected);
    }

    void comparesStartsAndEnds()
    {
        QVERIFY(startsWithIgnoringCase("C:\\PROGRAM FILES\\Kaspersky Lab", "c:\\program files\\"));
        QVERIFY(!startsWithIgnoringCase("C:\\Program", "C:\\Program Files"));
        QVERIFY(startsWithIgnoringCase("anything", ""));
        QVERIFY(endsWithIgnoringCase("Kaspersky.APP", ".app"));
        QVERIFY(endsWithIgnoringCase("com.kaspersky.plist", ".PLIST"));
        QVERIFY(!endsWithIgnoringCase("app", ".app"));
        QVERIFY(!endsWithIgnoringCase("Kaspersky.app.zip", ".app"));
        QVERIFY(endsWithIgnoringCase("anything", ""));
    }
};

QTEST_APPLESS_MAIN(TestAsciiCase)
#include "tst_asciicase.moc"
