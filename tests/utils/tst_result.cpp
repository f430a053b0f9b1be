// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/utils/Result.h"

#include <QTest>

#include <memory>
#include <string>

using offramp::Error;
using offramp::ErrorKind;
using offramp::Result;

namespace {

Result<int> half(int number)
{
    if (number % 2 != 0) {
        return Error(ErrorKind::InvalidInput, std::to_string(number) + " is odd", std::to_string(number));
    }
    return number / 2;
}

Result<void> check(bool good)
{
    if (!good) {
        return Error(ErrorKind::Busy, "the journal is in use", "journal.json");
    }
    return {};
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void holdsAValue()
    {
        const auto result = half(8);
        QVERIFY(result.ok());
        QVERIFY(static_cast<bool>(result));
        QCOMPARE(result.value(), 4);
    }

    void holdsAnError()
    {
        const auto result = half(7);
        QVERIFY(!result.ok());
        QVERIFY(!static_cast<bool>(result));
        QCOMPARE(result.error().kind(), ErrorKind::InvalidInput);
        QCOMPARE(result.error().subject(), std::string("7"));
        QCOMPARE(std::string(result.error().what()), std::string("7 is odd"));
    }

    // Asking for the value of a failure throws its error, so that a caller that cannot go on need not test it.
    void valueOfAFailureThrowsItsError()
    {
        const auto result = half(3);
        try {
            (void)result.value();
            QFAIL("no exception");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QCOMPARE(std::string(error.what()), std::string("3 is odd"));
        }
    }

    void movesItsValueOut()
    {
        Result<std::unique_ptr<int>> result(std::make_unique<int>(5));
        const std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 5);
    }

    void voidResult()
    {
        const auto good = check(true);
        QVERIFY(good.ok());
        good.value(); // nothing to throw
        const auto bad = check(false);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind(), ErrorKind::Busy);
        QCOMPARE(bad.error().subject(), std::string("journal.json"));
        QVERIFY_THROWS_EXCEPTION(Error, bad.value());
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
