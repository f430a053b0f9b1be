// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/RuleExplainer.h"

#include <QTest>

#include <algorithm>
#include <chrono>

using namespace offramp;

namespace {

Date shifted(const Date& date, int days)
{
    const std::chrono::year_month_day ymd{
        std::chrono::sys_days{std::chrono::year{date.year} / std::chrono::month{date.month} /
                              std::chrono::day{date.day}} +
        std::chrono::days{days}};
    return Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

// Explains the step's jurisdiction on the day before the step, on its day and on the day after: upcoming the day
// before, in effect from its day on, with the days counted from the step. Adds the days it checked to `checked`.
void checkAroundItsDate(const Catalog& catalog, const Regulation& regulation, const RegulationStep& step, int& checked)
{
    const auto* jurisdiction = catalog.jurisdiction(regulation.jurisdiction);
    QVERIFY(jurisdiction != nullptr);
    for (const int offset : {-1, 0, 1}) {
        const auto rules = explainRules(catalog, *jurisdiction, shifted(step.date, offset));
        const auto rule =
            std::find_if(rules.begin(), rules.end(), [&](const ExplainedRule& r) { return r.rule == &regulation; });
        QVERIFY(rule != rules.end());
        const auto explained = std::find_if(rule->steps.begin(), rule->steps.end(),
                                            [&](const ExplainedStep& s) { return s.step == &step; });
        QVERIFY(explained != rule->steps.end());
        QCOMPARE(explained->status, offset < 0 ? StepStatus::Upcoming : StepStatus::InEffect);
        QCOMPARE(explained->days, static_cast<long long>(offset < 0 ? -offset : offset));
        ++checked;
    }
}

} // namespace

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
            for (const auto& step : regulation.steps) {
                checkAroundItsDate(catalog, regulation, step, checked);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
        // 39 steps in 19 rules (11 jurisdictions) since France's bulletin was added.
        QVERIFY(checked >= 3 * 39);
    }

    // The steps corrected or added after the check of December 2026 (regulation.md, section 9), each found by its
    // rule, its date and a piece of its English text, and checked around its date like every other step.
    void correctedAndNewStepsFlipOnTheirDays_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("DE Cologne court") << "de-bsi-warning-2022"
                                          << "2022-04-01"
                                          << "1 L 466/22";
        QTest::newRow("DE Muenster appeal") << "de-bsi-warning-2022"
                                            << "2022-04-28"
                                            << "appeal";
        QTest::newRow("DE Constitutional Court") << "de-bsi-warning-2022"
                                                 << "2022-06-02"
                                                 << "1 BvR 1071/22";
        QTest::newRow("FR ANSSI bulletin") << "fr-anssi-bulletin-2022"
                                           << "2022-03-07"
                                           << "can be questioned";
        QTest::newRow("US NDAA final rule") << "us-ndaa-fy2018-section-1634"
                                            << "2019-09-10"
                                            << "84 FR 47861";
        QTest::newRow("US OFAC") << "us-ofac-kaspersky-executives-2024"
                                 << "2024-06-21"
                                 << "twelve";
        QTest::newRow("US Entity List") << "us-bis-entity-list-2024"
                                        << "2024-06-24"
                                        << "89 FR 52362";
        QTest::newRow("US wind-down") << "us-commerce-final-determination-2024"
                                      << "2024-07-15"
                                      << "wind down";
        QTest::newRow("US new agreements") << "us-commerce-final-determination-2024"
                                           << "2024-07-20"
                                           << "U.S. persons";
        QTest::newRow("US UltraAV") << "us-commerce-final-determination-2024"
                                    << "2024-09-19"
                                    << "UltraAV";
        QTest::newRow("US updates") << "us-commerce-final-determination-2024"
                                    << "2024-09-29"
                                    << "by U.S. persons";
        QTest::newRow("US Google Play") << "us-commerce-final-determination-2024"
                                        << "2024-09-29"
                                        << "Google Play";
        QTest::newRow("PL sanctions list") << "pl-sanctions-list-2022"
                                           << "2022-04-26"
                                           << "Kaspersky Store";
        QTest::newRow("IT in the Gazzetta") << "it-decree-law-21-2022-art-29"
                                            << "2022-03-21"
                                            << "Gazzetta Ufficiale";
        QTest::newRow("AU direction") << "au-pspf-direction-002-2025"
                                      << "2025-02-21"
                                      << "Home Affairs";
        QTest::newRow("AU deadline") << "au-pspf-direction-002-2025"
                                     << "2025-04-01"
                                     << "removed";
        QTest::newRow("UA 2015") << "ua-sanctions-state-bodies-2015"
                                 << "2015-09-16"
                                 << "state bodies";
        QTest::newRow("UA 2017") << "ua-sanctions-decree-133-2017"
                                 << "2017-05-16"
                                 << "block";
        QTest::newRow("UA 2020") << "ua-sanctions-decree-133-2017"
                                 << "2020-05-14"
                                 << "not confirmed";
    }
    void correctedAndNewStepsFlipOnTheirDays()
    {
        QFETCH(QString, rule);
        QFETCH(QString, date);
        QFETCH(QString, fragment);
        const auto& catalog = test::sourceCatalog();
        const auto* regulation = catalog.regulation(rule.toStdString());
        QVERIFY(regulation != nullptr);
        const auto step =
            std::find_if(regulation->steps.begin(), regulation->steps.end(), [&](const RegulationStep& s) {
                return s.date.toString() == date.toStdString() &&
                       s.what.text().find(fragment.toStdString()) != std::string::npos;
            });
        QVERIFY2(step != regulation->steps.end(), qPrintable(rule + " " + date + ": " + fragment));
        QVERIFY(!step->sources.empty());
        int checked = 0;
        checkAroundItsDate(catalog, *regulation, *step, checked);
        QCOMPARE(checked, 3);
    }

    void stepsOnTheSameDayKeepTheirCatalogOrder()
    {
        // The update stop and Google's removal from Google Play share 2024-09-29: both flip that day, the rule first.
        const auto& catalog = test::sourceCatalog();
        for (const char* day : {"2024-09-28", "2024-09-29"}) {
            const auto rules = explainRules(catalog, *catalog.jurisdiction("US"), *Date::parse(day));
            const auto ban = std::find_if(rules.begin(), rules.end(), [](const ExplainedRule& r) {
                return r.rule->id == "us-commerce-final-determination-2024";
            });
            QVERIFY(ban != rules.end());
            std::vector<const ExplainedStep*> sameDay;
            for (const auto& step : ban->steps) {
                if (step.step->date.toString() == "2024-09-29") {
                    sameDay.push_back(&step);
                }
            }
            QCOMPARE(sameDay.size(), std::size_t(2));
            QVERIFY(sameDay[0]->step->what.text().find("12:00 a.m. EDT") != std::string::npos);
            QVERIFY(sameDay[1]->step->what.text().find("Google Play") != std::string::npos);
            const bool dayOf = std::string(day) == "2024-09-29";
            for (const auto* step : sameDay) {
                QCOMPARE(step->status, dayOf ? StepStatus::InEffect : StepStatus::Upcoming);
                QCOMPARE(step->days, dayOf ? 0LL : 1LL);
            }
            // Steps come out in date order, whatever the rule's own order.
            QVERIFY(std::is_sorted(
                ban->steps.begin(), ban->steps.end(),
                [](const ExplainedStep& a, const ExplainedStep& b) { return a.step->date < b.step->date; }));
        }
    }
};

QTEST_APPLESS_MAIN(TestRuleExplainer)
#include "tst_ruleexplainer.moc"
