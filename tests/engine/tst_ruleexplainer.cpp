// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleExplainer.h"
#include "TestSupport.h"

#include <QTest>

using namespace offramp;

class TestRuleExplainer : public QObject
{
    Q_OBJECT

private slots:
    void statusAndDaysAroundEachStep_data()
    {
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("firstStatus");
        QTest::addColumn<int>("firstDays");
        QTest::addColumn<QString>("secondStatus");
        QTest::addColumn<int>("secondDays");
        QTest::newRow("long before") << "2024-01-01"
                                     << "upcoming" << 201 << "upcoming" << 272;
        QTest::newRow("day before the first") << "2024-07-19"
                                              << "upcoming" << 1 << "upcoming" << 72;
        QTest::newRow("day of the first") << "2024-07-20"
                                          << "in-effect" << 0 << "upcoming" << 71;
        QTest::newRow("day after the first") << "2024-07-21"
                                             << "in-effect" << 1 << "upcoming" << 70;
        QTest::newRow("day before the second") << "2024-09-28"
                                               << "in-effect" << 70 << "upcoming" << 1;
        QTest::newRow("day of the second") << "2024-09-29"
                                           << "in-effect" << 71 << "in-effect" << 0;
        QTest::newRow("day after the second") << "2024-09-30"
                                              << "in-effect" << 72 << "in-effect" << 1;
        QTest::newRow("two years on") << "2026-11-23"
                                      << "in-effect" << 856 << "in-effect" << 785;
    }
    void statusAndDaysAroundEachStep()
    {
        QFETCH(QString, today);
        QFETCH(QString, firstStatus);
        QFETCH(int, firstDays);
        QFETCH(QString, secondStatus);
        QFETCH(int, secondDays);
        const auto catalog = test::minimalCatalog();
        const auto rules = explainRules(catalog, *catalog.jurisdiction("US"), *Date::parse(today.toStdString()));
        QCOMPARE(rules.size(), std::size_t(1));
        QCOMPARE(rules.front().rule->id, std::string("us-sale-ban"));
        const auto& steps = rules.front().steps;
        QCOMPARE(steps.size(), std::size_t(2));
        QCOMPARE(QString::fromUtf8(stepStatusId(steps[0].status).data()), firstStatus);
        QCOMPARE(steps[0].days, static_cast<long long>(firstDays));
        QCOMPARE(QString::fromUtf8(stepStatusId(steps[1].status).data()), secondStatus);
        QCOMPARE(steps[1].days, static_cast<long long>(secondDays));
    }

    void onlyTheJurisdictionsRules()
    {
        const auto catalog = test::minimalCatalog();
        const auto rules = explainRules(catalog, *catalog.jurisdiction("UK"), *Date::parse("2026-01-01"));
        QCOMPARE(rules.size(), std::size_t(1));
        QCOMPARE(rules.front().rule->id, std::string("gb-advice"));
    }

    void everyShippedStepFlipsOnItsDay()
    {
        // Around every dated step in the real catalog: upcoming the day before, in effect on the day.
        const auto& catalog = test::sourceCatalog();
        int checked = 0;
        for (const auto& regulation : catalog.regulations) {
            const auto* jurisdiction = catalog.jurisdiction(regulation.jurisdiction);
            QVERIFY(jurisdiction != nullptr);
            for (const auto& step : regulation.steps) {
                for (const int offset : {-1, 0, 1}) {
                    Date day = step.date;
                    const auto shifted =
                        std::chrono::sys_days{std::chrono::year{day.year} / std::chrono::month{day.month} /
                                              std::chrono::day{day.day}} +
                        std::chrono::days{offset};
                    const std::chrono::year_month_day ymd{shifted};
                    day = Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                               static_cast<unsigned>(ymd.day())};
                    const auto rules = explainRules(catalog, *jurisdiction, day);
                    const auto rule = std::find_if(rules.begin(), rules.end(),
                                                   [&](const ExplainedRule& r) { return r.rule == &regulation; });
                    QVERIFY(rule != rules.end());
                    const auto explained = std::find_if(rule->steps.begin(), rule->steps.end(),
                                                        [&](const ExplainedStep& s) { return s.step == &step; });
                    QVERIFY(explained != rule->steps.end());
                    QCOMPARE(explained->status, offset < 0 ? StepStatus::Upcoming : StepStatus::InEffect);
                    QCOMPARE(explained->days, static_cast<long long>(offset < 0 ? -offset : offset));
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 3 * 15);
    }
};

QTEST_APPLESS_MAIN(TestRuleExplainer)
#include "tst_ruleexplainer.moc"
