// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Date.h"

#include <QTest>

using offramp::Date;

class TestDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "2024-09-29" << true;
        QTest::newRow("leap day") << "2024-02-29" << true;
        QTest::newRow("not a leap year") << "2023-02-29" << false;
        QTest::newRow("day 31 in a 30-day month") << "2024-04-31" << false;
        QTest::newRow("month 13") << "2024-13-01" << false;
        QTest::newRow("day 0") << "2024-01-00" << false;
        QTest::newRow("short") << "2024-9-29" << false;
        QTest::newRow("slashes") << "2024/09/29" << false;
        QTest::newRow("trailing text") << "2024-09-29x" << false;
        QTest::newRow("letters") << "20a4-09-29" << false;
        QTest::newRow("empty") << "" << false;
    }
    void parsesRealDays()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto date = Date::parse(text.toStdString());
        QCOMPARE(date.has_value(), valid);
        if (valid) {
            QCOMPARE(QString::fromStdString(date->toString()), text);
        }
    }

    void countsDaysAcrossMonthsAndYears()
    {
        const Date start = *Date::parse("2024-09-29");
        QCOMPARE(offramp::daysBetween(start, *Date::parse("2024-09-30")), 1LL);
        QCOMPARE(offramp::daysBetween(start, *Date::parse("2024-09-28")), -1LL);
        QCOMPARE(offramp::daysBetween(start, *Date::parse("2025-09-29")), 365LL);
        // 2024-02-29 lies between these two.
        QCOMPARE(offramp::daysBetween(*Date::parse("2024-01-01"), *Date::parse("2025-01-01")), 366LL);
        QCOMPARE(offramp::daysBetween(*Date::parse("2024-09-29"), *Date::parse("2026-11-22")), 784LL);
    }

    void ordersDates()
    {
        QVERIFY(*Date::parse("2024-07-20") < *Date::parse("2024-09-29"));
        QVERIFY(*Date::parse("2024-12-31") < *Date::parse("2025-01-01"));
        QVERIFY(*Date::parse("2024-09-29") == *Date::parse("2024-09-29"));
    }

    void todayIsAValidDate()
    {
        const Date today = Date::today();
        QVERIFY(Date::parse(today.toString()).has_value());
        QVERIFY(today.year >= 2024);
    }
};

QTEST_APPLESS_MAIN(TestDate)
#include "tst_date.moc"
