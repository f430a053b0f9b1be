// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Timestamp.h"

#include <QTest>

using namespace offramp::utils;
using namespace std::chrono;

namespace {

sys_seconds at(long long unixSeconds)
{
    return sys_seconds{seconds{unixSeconds}};
}

} // namespace

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void writes_data()
    {
        QTest::addColumn<qint64>("unixSeconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64{0} << "1970-01-01T00:00:00Z";
        QTest::newRow("a second before") << qint64{-1} << "1969-12-31T23:59:59Z";
        QTest::newRow("plist epoch") << qint64{978307200} << "2001-01-01T00:00:00Z";
        QTest::newRow("updates stopped") << qint64{1727613296} << "2024-09-29T12:34:56Z";
        QTest::newRow("leap day") << qint64{1709164800} << "2024-02-29T00:00:00Z";
        QTest::newRow("leap day of a 400th year") << qint64{951782400} << "2000-02-29T00:00:00Z";
        QTest::newRow("after 28 February in a 100th year") << qint64{-2203891200} << "1900-03-01T00:00:00Z";
        QTest::newRow("end of a leap year") << qint64{1735689599} << "2024-12-31T23:59:59Z";
        QTest::newRow("past 2038") << qint64{4102444800} << "2100-01-01T00:00:00Z";
        QTest::newRow("first day of year 1") << qint64{-62135596800} << "0001-01-01T00:00:00Z";
        QTest::newRow("year 0") << qint64{-62167219200} << "0000-01-01T00:00:00Z";
        QTest::newRow("before year 0") << qint64{-62167219201} << "-0001-12-31T23:59:59Z";
    }

    void writes()
    {
        QFETCH(qint64, unixSeconds);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(utcTimestamp(at(unixSeconds))), text);
    }

    void reads_data() { writes_data(); }

    void reads()
    {
        QFETCH(qint64, unixSeconds);
        QFETCH(QString, text);
        if (unixSeconds < -62167219200) {
            QVERIFY(!parseUtcTimestamp(text.toStdString())); // four digits of year only
            return;
        }
        const auto when = parseUtcTimestamp(text.toStdString());
        QVERIFY(when);
        QCOMPARE(static_cast<qint64>(when->time_since_epoch().count()), unixSeconds);
    }

    void readsLeapSecondAsNextMinute()
    {
        QCOMPARE(parseUtcTimestamp("2016-12-31T23:59:60Z"), parseUtcTimestamp("2017-01-01T00:00:00Z"));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("29 February of a common year") << "2023-02-29T00:00:00Z";
        QTest::newRow("29 February of a 100th year") << "1900-02-29T00:00:00Z";
        QTest::newRow("31 April") << "2024-04-31T00:00:00Z";
        QTest::newRow("day 0") << "2024-09-00T00:00:00Z";
        QTest::newRow("month 0") << "2024-00-10T00:00:00Z";
        QTest::newRow("month 13") << "2024-13-10T00:00:00Z";
        QTest::newRow("hour 24") << "2024-09-29T24:00:00Z";
        QTest::newRow("minute 60") << "2024-09-29T12:60:00Z";
        QTest::newRow("second 61") << "2024-09-29T12:34:61Z";
        QTest::newRow("space for T") << "2024-09-29 12:34:56Z";
        QTest::newRow("no Z") << "2024-09-29T12:34:56";
        QTest::newRow("offset") << "2024-09-29T12:34:56+02:00";
        QTest::newRow("fraction") << "2024-09-29T12:34:56.5Z";
        QTest::newRow("sign in a number") << "2024-09-29T+1:34:56Z";
        QTest::newRow("date only") << "2024-09-29";
        QTest::newRow("empty") << "";
    }

    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!parseUtcTimestamp(text.toStdString()));
    }

    void nowIsWellFormed()
    {
        const auto text = utcTimestampNow();
        QVERIFY(parseUtcTimestamp(text));
        QVERIFY(text >= std::string("2024-"));
    }
};

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
