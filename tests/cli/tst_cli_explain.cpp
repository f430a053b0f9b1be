// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDate>
#include <QTest>

#include <nlohmann/json.hpp>

using offramp::test::runCli;
using Json = nlohmann::json;

namespace {

Json explain(const QString& jurisdiction, const QString& date, const QString& language = QStringLiteral("en"))
{
    const auto result =
        runCli({QStringLiteral("explain"), QStringLiteral("--jurisdiction"), jurisdiction, QStringLiteral("--date"),
                date, QStringLiteral("--json"), QStringLiteral("--lang"), language});
    if (result.exitCode != 0) {
        throw std::runtime_error("explain failed: " + result.err.toStdString());
    }
    return Json::parse(result.out.toStdString());
}

} // namespace

class TestCliExplain : public QObject
{
    Q_OBJECT

private slots:
    void followsTheContract()
    {
        const auto json = explain(QStringLiteral("US"), QStringLiteral("2026-11-23"));
        QCOMPARE(json.at("jurisdiction").get<std::string>(), std::string("US"));
        QCOMPARE(json.at("date").get<std::string>(), std::string("2026-11-23"));
        QVERIFY(json.at("rules").size() >= 3);
        for (const auto& rule : json.at("rules")) {
            for (const char* key : {"id", "title", "authority", "binds"}) {
                QVERIFY2(!rule.at(key).get<std::string>().empty(), key);
            }
            QVERIFY(!rule.at("sources").empty());
            QVERIFY(rule.at("sources").at(0).at("url").get<std::string>().starts_with("http"));
            QVERIFY(!rule.at("steps").empty());
            for (const auto& step : rule.at("steps")) {
                QVERIFY(QDate::fromString(QString::fromStdString(step.at("date").get<std::string>()), Qt::ISODate)
                            .isValid());
                QVERIFY(!step.at("what").get<std::string>().empty());
                QVERIFY(step.at("days").is_number_integer());
                QVERIFY(step.at("days").get<int>() >= 0);
            }
        }
    }

    void theUpdateBanStoppedUpdates785DaysBeforeThisDate()
    {
        // 2024-09-29, when updates stopped, is 785 days before 2026-11-23.
        const auto json = explain(QStringLiteral("US"), QStringLiteral("2026-11-23"));
        bool seen = false;
        for (const auto& rule : json.at("rules")) {
            for (const auto& step : rule.at("steps")) {
                if (step.at("date") == "2024-09-29") {
                    QCOMPARE(step.at("status").get<std::string>(), std::string("in-effect"));
                    QCOMPARE(step.at("days").get<int>(), 785);
                    seen = true;
                }
            }
        }
        QVERIFY(seen);
    }

    void everyStepAroundItsDate_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        for (const char* code : {"US", "DE", "CA", "GB", "LT", "NL", "IT", "PL"}) {
            QTest::newRow(code) << QString::fromLatin1(code);
        }
    }
    void everyStepAroundItsDate()
    {
        QFETCH(QString, jurisdiction);
        const auto all = explain(jurisdiction, QStringLiteral("2026-01-01"));
        int checked = 0;
        for (const auto& rule : all.at("rules")) {
            for (const auto& step : rule.at("steps")) {
                const QDate date =
                    QDate::fromString(QString::fromStdString(step.at("date").get<std::string>()), Qt::ISODate);
                for (const int offset : {-1, 0, 1}) {
                    const auto json = explain(jurisdiction, date.addDays(offset).toString(Qt::ISODate));
                    for (const auto& r : json.at("rules")) {
                        if (r.at("id") != rule.at("id")) {
                            continue;
                        }
                        for (const auto& s : r.at("steps")) {
                            if (s.at("date") != step.at("date") || s.at("what") != step.at("what")) {
                                continue;
                            }
                            QCOMPARE(s.at("status").get<std::string>(),
                                     std::string(offset < 0 ? "upcoming" : "in-effect"));
                            QCOMPARE(s.at("days").get<int>(), offset < 0 ? -offset : offset);
                            ++checked;
                        }
                    }
                }
            }
        }
        QVERIFY(checked >= 3);
    }

    void upcomingStepsCountDown()
    {
        const auto json = explain(QStringLiteral("US"), QStringLiteral("2024-07-01"));
        bool seen = false;
        for (const auto& rule : json.at("rules")) {
            for (const auto& step : rule.at("steps")) {
                if (step.at("date") == "2024-07-20") {
                    QCOMPARE(step.at("status").get<std::string>(), std::string("upcoming"));
                    QCOMPARE(step.at("days").get<int>(), 19);
                    seen = true;
                }
            }
        }
        QVERIFY(seen);
    }

    void aliasesAndLetterCase()
    {
        QCOMPARE(explain(QStringLiteral("uk"), QStringLiteral("2025-01-01")).at("jurisdiction").get<std::string>(),
                 std::string("GB"));
        QCOMPARE(explain(QStringLiteral("us"), QStringLiteral("2025-01-01")).at("jurisdiction").get<std::string>(),
                 std::string("US"));
    }

    void speaksSpanish()
    {
        const auto english = explain(QStringLiteral("US"), QStringLiteral("2025-01-01"));
        const auto spanish = explain(QStringLiteral("US"), QStringLiteral("2025-01-01"), QStringLiteral("es"));
        QCOMPARE(spanish.at("rules").size(), english.at("rules").size());
        QVERIFY(spanish.at("rules").at(0).at("title") != english.at("rules").at(0).at("title"));
        QCOMPARE(spanish.at("jurisdiction_name").get<std::string>(), std::string("Estados Unidos"));
    }

    void humanOutputNamesSourcesAndNeverOverstates()
    {
        const auto result = runCli({QStringLiteral("explain"), QStringLiteral("--jurisdiction"), QStringLiteral("US"),
                                    QStringLiteral("--date"), QStringLiteral("2026-11-23")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("as of 2026-11-23"));
        QVERIFY(result.out.contains("2024-09-29  in effect, 785 days ago"));
        QVERIFY(result.out.contains("Source: "));
        QVERIFY(result.out.contains("https://"));
        QVERIFY(result.out.contains("makes it an offence for a person to keep using Kaspersky at home"));
    }

    void unknownJurisdictionIsBadInput()
    {
        const auto result = runCli({QStringLiteral("explain"), QStringLiteral("--jurisdiction"), QStringLiteral("ZZ")});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.contains("\"ZZ\""));
        QVERIFY(result.err.contains("US"));
    }

    void defaultsToToday()
    {
        const auto result = runCli({QStringLiteral("explain"), QStringLiteral("--jurisdiction"), QStringLiteral("US"),
                                    QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const auto json = Json::parse(result.out.toStdString());
        // The tests run with TZ=UTC, so the tool's "today" is the UTC date.
        QCOMPARE(QString::fromStdString(json.at("date").get<std::string>()),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
