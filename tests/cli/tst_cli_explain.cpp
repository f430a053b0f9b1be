// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDate>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

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

// The human output of `explain` for the country on the date, with `--lang` when a language is given.
QString explainText(const QString& jurisdiction, const QString& date, const QString& language = {})
{
    QStringList arguments{QStringLiteral("explain"), QStringLiteral("--jurisdiction"), jurisdiction,
                          QStringLiteral("--date"), date};
    if (!language.isEmpty()) {
        arguments << QStringLiteral("--lang") << language;
    }
    const auto result = runCli(arguments);
    if (result.exitCode != 0) {
        throw std::runtime_error("explain failed: " + result.err.toStdString());
    }
    return QString::fromUtf8(result.out);
}

// The words of the English output around the catalog's text: none may show in another language's.
const QStringList kEnglishLabels{"Rules on",     "as of",    "By:",     "Binds:",     "Source:",  "in effect",
                                 "upcoming",     "days ago", "day ago", "from today", "in 1 day", "None of these rules",
                                 "Offramp knows"};

// The English titles of the catalog's sources: none may show in another language's output, which says what each
// source is in that language.
QStringList englishSourceTitles()
{
    QStringList titles;
    for (const auto& [id, source] : offramp::test::sourceCatalog().sources) {
        titles << QString::fromStdString(source.title.text());
    }
    return titles;
}

// Checks that no English title of a source shows in `out`, and that every source `explain --json` lists for the
// date carries the title in the language, not the English one.
void checkSourcesAreInTheLanguage(const QString& out, const QString& date, const QString& language)
{
    for (const auto& title : englishSourceTitles()) {
        QVERIFY2(!out.contains(title), qPrintable(title + "\nin:\n" + out));
    }
    const auto json = explain(QStringLiteral("US"), date, language);
    int sources = 0;
    for (const auto& rule : json.at("rules")) {
        for (const auto& source : rule.at("sources")) {
            const auto* known = offramp::test::sourceCatalog().source(source.at("id").get<std::string>());
            QVERIFY(known != nullptr);
            QCOMPARE(source.at("title").get<std::string>(), known->title.text(language.toStdString()));
            QVERIFY(source.at("title").get<std::string>() != known->title.text());
            ++sources;
        }
    }
    QVERIFY(sources > 5);
}

// Where `explain` shows a step on a given day.
struct ShownStep
{
    Json rule;
    Json step;
};

// The steps of the rule `ruleId` dated `date` whose text is (or, with `fragment`, contains) `what`, as one run of
// `explain --json` shows them.
std::vector<ShownStep> shownSteps(const Json& json, const std::string& ruleId, const std::string& date,
                                  const std::string& what, bool fragment = false)
{
    std::vector<ShownStep> found;
    for (const auto& rule : json.at("rules")) {
        if (rule.at("id") != ruleId) {
            continue;
        }
        for (const auto& step : rule.at("steps")) {
            const auto text = step.at("what").get<std::string>();
            if (step.at("date") == date && (fragment ? text.find(what) != std::string::npos : text == what)) {
                found.push_back({rule, step});
            }
        }
    }
    return found;
}

// Runs `explain` for the day before the step, its day and the day after: the step is shown once each time, upcoming
// the day before and in effect from its day on, with the days counted from it. Adds the days it checked to `checked`.
void checkAroundItsDate(const QString& jurisdiction, const std::string& ruleId, const std::string& date,
                        const std::string& what, int& checked)
{
    const QDate day = QDate::fromString(QString::fromStdString(date), Qt::ISODate);
    QVERIFY(day.isValid());
    for (const int offset : {-1, 0, 1}) {
        const auto json = explain(jurisdiction, day.addDays(offset).toString(Qt::ISODate));
        const auto shown = shownSteps(json, ruleId, date, what);
        QCOMPARE(shown.size(), std::size_t(1));
        QCOMPARE(shown.front().step.at("status").get<std::string>(),
                 std::string(offset < 0 ? "upcoming" : "in-effect"));
        QCOMPARE(shown.front().step.at("days").get<int>(), offset < 0 ? -offset : offset);
        ++checked;
    }
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
        for (const char* code : {"US", "DE", "FR", "CA", "GB", "LT", "NL", "IT", "PL", "AU", "UA"}) {
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
                // Every step says where it comes from.
                QVERIFY(!step.at("sources").empty());
                for (const auto& source : step.at("sources")) {
                    QVERIFY(source.at("url").get<std::string>().starts_with("http"));
                }
                checkAroundItsDate(jurisdiction, rule.at("id").get<std::string>(), step.at("date").get<std::string>(),
                                   step.at("what").get<std::string>(), checked);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
        QVERIFY(checked >= 3);
    }

    // The steps corrected or added after the check of December 2026 (regulation.md, section 9): `explain` shows each
    // in its country, with the source it rests on, in English and in Spanish, and around its date like every step.
    void correctedAndNewStepsWithTheirSources_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("url");
        const QString de = QStringLiteral("de-bsi-warning-2022");
        const QString fd = QStringLiteral("us-commerce-final-determination-2024");
        QTest::newRow("DE Cologne") << "DE" << de << "2022-04-01"
                                    << "Administrative Court of Cologne (1 L 466/22)"
                                    << "https://www.dr-bahr.com/";
        QTest::newRow("DE Muenster") << "DE" << de << "2022-04-28"
                                     << "appeal against the Cologne decision"
                                     << "https://www.it-administrator.de/aktuelles/news/378477.html";
        QTest::newRow("DE Constitutional Court") << "DE" << de << "2022-06-02"
                                                 << "did not take up Kaspersky's constitutional complaint (1 BvR "
                                                    "1071/22): it found the complaint inadmissible"
                                                 << "https://www.dr-bahr.com/";
        QTest::newRow("FR ANSSI") << "FR"
                                  << "fr-anssi-bulletin-2022"
                                  << "2022-03-07"
                                  << "the use of Kaspersky's tools can be questioned"
                                  << "https://www.francetvinfo.fr/";
        QTest::newRow("US NDAA final rule") << "US"
                                            << "us-ndaa-fy2018-section-1634"
                                            << "2019-09-10"
                                            << "84 FR 47861, FR Doc 2019-19360"
                                            << "https://www.govinfo.gov/content/pkg/FR-2019-09-10/html/2019-19360.htm";
        QTest::newRow("US OFAC") << "US"
                                 << "us-ofac-kaspersky-executives-2024"
                                 << "2024-06-21"
                                 << "twelve executives"
                                 << "https://therecord.media/kaspersky-executives-sanctions-us";
        QTest::newRow("US Entity List") << "US"
                                        << "us-bis-entity-list-2024"
                                        << "2024-06-24"
                                        << "89 FR 52362"
                                        << "https://www.govinfo.gov/content/pkg/FR-2024-06-24/html/2024-13695.htm";
        QTest::newRow("US wind-down") << "US" << fd << "2024-07-15"
                                      << "gradually wind down"
                                      << "https://www.rappler.com/";
        QTest::newRow("US U.S. persons") << "US" << fd << "2024-07-20"
                                         << "with U.S. persons, wherever they are"
                                         << "https://conventuslaw.com/?p=117141";
        QTest::newRow("US UltraAV") << "US" << fd << "2024-09-19"
                                    << "installed UltraAV"
                                    << "https://helpnetsecurity.com/2024/09/24/kaspersky-ultraav-handover";
        QTest::newRow("US updates, BIS") << "US" << fd << "2024-09-29"
                                         << "in the United States or by U.S. persons"
                                         << "https://media.bis.gov/Kaspersky";
        QTest::newRow("US Google Play") << "US" << fd << "2024-09-29"
                                        << "Google Play"
                                        << "https://betanews.com/2024/10/07/google-nixes-kaspersky-apps-from-its-store";
        QTest::newRow("PL sanctions") << "PL"
                                      << "pl-sanctions-list-2022"
                                      << "2022-04-26"
                                      << "Kaspersky Lab Polska, K Dystrybucja and Kaspersky Store: barred from public "
                                         "tenders only"
                                      << "https://crn.pl/";
        QTest::newRow("IT decree-law") << "IT"
                                       << "it-decree-law-21-2022-art-29"
                                       << "2022-03-21"
                                       << "Gazzetta Ufficiale"
                                       << "https://www.codiceappalti.it/Home/LeggeAperto?legge=DL_21/2022";
        QTest::newRow("AU direction") << "AU"
                                      << "au-pspf-direction-002-2025"
                                      << "2025-02-21"
                                      << "issued the direction"
                                      << "https://www.securityweek.com/";
        QTest::newRow("AU deadline") << "AU"
                                     << "au-pspf-direction-002-2025"
                                     << "2025-04-01"
                                     << "removed Kaspersky products"
                                     << "https://ia.acs.org.au/";
        QTest::newRow("UA 2015") << "UA"
                                 << "ua-sanctions-state-bodies-2015"
                                 << "2015-09-16"
                                 << "state bodies may not use or buy"
                                 << "https://www.rbc.ru/";
        QTest::newRow("UA 2017") << "UA"
                                 << "ua-sanctions-decree-133-2017"
                                 << "2017-05-16"
                                 << "internet providers must block"
                                 << "https://meduza.io/";
        QTest::newRow("UA 2020") << "UA"
                                 << "ua-sanctions-decree-133-2017"
                                 << "2020-05-14"
                                 << "not confirmed"
                                 << "https://chernayakobra.ru/";
    }
    void correctedAndNewStepsWithTheirSources()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QString, rule);
        QFETCH(QString, date);
        QFETCH(QString, fragment);
        QFETCH(QString, url);
        const auto english = explain(jurisdiction, date);
        const auto shown = shownSteps(english, rule.toStdString(), date.toStdString(), fragment.toStdString(), true);
        QCOMPARE(shown.size(), std::size_t(1));
        const auto& step = shown.front().step;
        const auto cites = [&](const Json& sources) {
            return std::any_of(sources.begin(), sources.end(), [&](const Json& source) {
                return source.at("url").get<std::string>().starts_with(url.toStdString()) &&
                       !source.at("title").get<std::string>().empty();
            });
        };
        QVERIFY2(cites(step.at("sources")), step.at("sources").dump().c_str());
        QVERIFY(cites(shown.front().rule.at("sources")));
        QCOMPARE(shown.front().rule.at("binds_home_users").get<bool>(), false);

        // In Spanish: the same step, in its own words, with the same sources.
        const auto spanish = explain(jurisdiction, date, QStringLiteral("es"));
        const auto inSpanish = std::find_if(spanish.at("rules").begin(), spanish.at("rules").end(),
                                            [&](const Json& r) { return r.at("id") == rule.toStdString(); });
        QVERIFY(inSpanish != spanish.at("rules").end());
        const auto englishRule = shown.front().rule;
        QCOMPARE(inSpanish->at("steps").size(), englishRule.at("steps").size());
        bool same = false;
        for (std::size_t i = 0; i < englishRule.at("steps").size(); ++i) {
            if (englishRule.at("steps").at(i) == step) {
                const auto& translated = inSpanish->at("steps").at(i);
                QVERIFY(translated.at("date") == step.at("date"));
                // The same sources (ids and addresses), each titled in Spanish.
                QCOMPARE(translated.at("sources").size(), step.at("sources").size());
                for (std::size_t j = 0; j < step.at("sources").size(); ++j) {
                    const auto& source = step.at("sources").at(j);
                    const auto& inLanguage = translated.at("sources").at(j);
                    QVERIFY(inLanguage.at("id") == source.at("id"));
                    QVERIFY(inLanguage.at("url") == source.at("url"));
                    QVERIFY(inLanguage.at("title") != source.at("title"));
                }
                QVERIFY(!translated.at("what").get<std::string>().empty());
                QVERIFY(translated.at("what") != step.at("what"));
                same = true;
            }
        }
        QVERIFY(same);

        // And the day before, on and after its date.
        int checked = 0;
        checkAroundItsDate(jurisdiction, rule.toStdString(), date.toStdString(), step.at("what").get<std::string>(),
                           checked);
        QCOMPARE(checked, 3);
    }

    void theCorrectionsShowInTheHumanOutput_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("DE") << "DE"
                            << "2026-11-23"
                            << QStringList{"2022-04-01  in effect, 1697 days ago: In urgent proceedings, the "
                                           "Administrative Court of Cologne (1 L 466/22)",
                                           "2022-06-02  in effect, 1635 days ago: The Federal Constitutional Court did "
                                           "not take up",
                                           "<https://www.dr-bahr.com/"}
                            << QStringList{"Constitutional Court rejected", "tellerreport"};
        QTest::newRow("US")
            << "US"
            << "2026-11-23"
            << QStringList{"Binds: Kaspersky and its affiliates, in what they provide in the United "
                           "States or to U.S. persons wherever they are",
                           "2019-09-10  in effect, 2631 days ago: The federal contracting rule was made "
                           "final without change",
                           "2024-06-21  in effect, 885 days ago: OFAC designated twelve",
                           "2024-06-24  in effect, 882 days ago: AO Kaspersky Lab, OOO Kaspersky Group",
                           "Source: BIS press release of June 20, 2024"}
            << QStringList{"people in the United States", "thompsonhinesmartrade", "goldseiten"};
        QTest::newRow("AU before the deadline")
            << "AU"
            << "2025-03-31"
            << QStringList{"Rules on Kaspersky in Australia, as of 2025-03-31:",
                           "2025-04-01  upcoming, in 1 day: Deadline", "It does not apply to private users.",
                           "None of these rules makes it an offence"}
            << QStringList{};
        QTest::newRow("UA") << "UA"
                            << "2026-11-23"
                            << QStringList{"Rules on Kaspersky in Ukraine, as of 2026-11-23:",
                                           "whether the measures still apply after that is not confirmed",
                                           "None of these rules makes it an offence"}
                            << QStringList{};
        // Countries listed with no rule found: their people are told so, never another country's rules.
        QTest::newRow("MX") << "MX"
                            << "2026-11-23"
                            << QStringList{"Rules on Kaspersky in Mexico, as of 2026-11-23:",
                                           "Offramp knows of no rule on Kaspersky here.",
                                           "see `explain --jurisdiction US`"}
                            << QStringList{"None of these rules", "Source:", "in effect"};
        QTest::newRow("ES") << "ES"
                            << "2026-11-23"
                            << QStringList{"Rules on Kaspersky in Spain, as of 2026-11-23:",
                                           "Offramp knows of no rule on Kaspersky here."}
                            << QStringList{"None of these rules", "Source:", "in effect"};
        QTest::newRow("IT") << "IT"
                            << "2026-11-23"
                            << QStringList{"The decree names no vendor, so it is not a ban on Kaspersky by name."}
                            << QStringList{"Kaspersky must be replaced", "banned in public administrations"};
    }
    void theCorrectionsShowInTheHumanOutput()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QString, date);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const auto result = runCli({QStringLiteral("explain"), QStringLiteral("--jurisdiction"), jurisdiction,
                                    QStringLiteral("--date"), date});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        for (const auto& text : expected) {
            QVERIFY2(out.contains(text), qPrintable(text));
        }
        for (const auto& text : unexpected) {
            QVERIFY2(!out.contains(text), qPrintable(text));
        }
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

    void aCountryWithNoRuleFoundHasNoRules()
    {
        for (const auto* code : {"ES", "MX", "CO", "AR", "PE", "VE", "CL", "GT", "EC"}) {
            const auto json = explain(QString::fromLatin1(code), QStringLiteral("2026-11-23"), QStringLiteral("es"));
            QCOMPARE(json.at("jurisdiction").get<std::string>(), std::string(code));
            QVERIFY2(json.at("rules").empty(), code);
            QVERIFY2(!json.at("jurisdiction_name").get<std::string>().empty(), code);
        }
        QCOMPARE(explain(QStringLiteral("MX"), QStringLiteral("2026-11-23"), QStringLiteral("es"))
                     .at("jurisdiction_name")
                     .get<std::string>(),
                 std::string("México"));
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

    // Every word of the human output in Spanish, the catalog's text and Offramp's own, before a step and after it;
    // "1 día" in the singular, as in English.
    void speaksSpanishAroundTheCatalogText_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("19 days before a step")
            << "2024-07-01"
            << QStringList{"Normas sobre Kaspersky en Estados Unidos, al 2024-07-01:\n",
                           "\nProhibición estadounidense de vender y actualizar Kaspersky\n",
                           "\n  Autoridad:      Departamento de Comercio de EE. UU.",
                           "\n  A quién obliga: Kaspersky y sus empresas afiliadas",
                           "\n  2024-07-20  pendiente, dentro de 19 días: Desde las 12:00 a. m.",
                           "\n  2024-06-20  en vigor, hace 11 días: El Departamento de Comercio anunció",
                           "\n  Fuente: Comunicado de prensa de la Oficina de Industria y Seguridad de EE. UU. (BIS) "
                           "del 20 de junio de 2024",
                           "\n\nNinguna de estas normas convierte en infracción que una persona siga usando Kaspersky "
                           "en su casa.\n"};
        QTest::newRow("the day before") << "2024-07-19"
                                        << QStringList{"  2024-07-20  pendiente, dentro de 1 día: Desde las",
                                                       "  2024-06-20  en vigor, hace 29 días: "};
        QTest::newRow("its day") << "2024-07-20" << QStringList{"  2024-07-20  en vigor, desde hoy: Desde las"};
        QTest::newRow("the day after") << "2024-07-21" << QStringList{"  2024-07-20  en vigor, hace 1 día: Desde las"};
        QTest::newRow("years after") << "2026-11-23"
                                     << QStringList{"Normas sobre Kaspersky en Estados Unidos, al 2026-11-23:\n",
                                                    "  2024-09-29  en vigor, hace 785 días: ",
                                                    "Ninguna de estas normas convierte en infracción"};
    }
    void speaksSpanishAroundTheCatalogText()
    {
        QFETCH(QString, date);
        QFETCH(QStringList, expected);
        const QString out = explainText(QStringLiteral("US"), date, QStringLiteral("es"));
        for (const auto& text : expected) {
            QVERIFY2(out.contains(text), qPrintable(text + "\nin:\n" + out));
        }
        for (const auto& label : kEnglishLabels) {
            QVERIFY2(!out.contains(label), qPrintable(label + "\nin:\n" + out));
        }
        checkSourcesAreInTheLanguage(out, date, QStringLiteral("es"));
    }

    // A country with no rule known, told so in Spanish and pointed to the US rules in Spanish.
    void aCountryWithNoRuleInSpanish()
    {
        const QString out = explainText(QStringLiteral("MX"), QStringLiteral("2026-11-23"), QStringLiteral("es"));
        QCOMPARE(out, QStringLiteral(
                          "Normas sobre Kaspersky en México, al 2026-11-23:\n"
                          "\n"
                          "Offramp no conoce ninguna norma sobre Kaspersky aquí. Nada de lo que conoce impide que "
                          "Kaspersky se\n"
                          "venda o se actualice aquí, ni convierte en infracción seguir usándolo. A los ciudadanos de "
                          "EE. UU. que\n"
                          "viven aquí les alcanza la prohibición de EE. UU. dondequiera que estén: vea\n"
                          "`explain --jurisdiction US --lang es`.\n"));
        for (const auto& label : kEnglishLabels) {
            QVERIFY2(!out.contains(label), qPrintable(label));
        }
    }

    // French and German too: the words around the catalog's text, the catalog's text itself, and each language's
    // singular: French says "il y a 0 jour" and "dans 1 jour", German "vor 1 Tag" but "vor 0 Tagen".
    void speaksFrenchAndGerman_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fr the day before") << "fr"
                                           << "2024-07-19"
                                           << QStringList{"Règles concernant Kaspersky (États-Unis), au 2024-07-19 :\n",
                                                          "\n  Autorité :   ",
                                                          "\n  S'impose à : ",
                                                          "\n  2024-07-20  à venir, dans 1 jour : ",
                                                          "\n  2024-06-20  en vigueur, il y a 29 jours : ",
                                                          "\n  Source : ",
                                                          "\n\nAucune de ces règles ne qualifie d'infraction"};
        QTest::newRow("fr its day") << "fr"
                                    << "2024-07-20"
                                    << QStringList{"  2024-07-20  en vigueur, à partir d'aujourd'hui : "};
        QTest::newRow("fr the day after") << "fr"
                                          << "2024-07-21" << QStringList{"  2024-07-20  en vigueur, il y a 1 jour : "};
        QTest::newRow("de the day before")
            << "de"
            << "2024-07-19"
            << QStringList{"Regeln zu Kaspersky – Vereinigte Staaten, Stand 2024-07-19:\n",
                           "\n  Von:             ",
                           "\n  Verbindlich für: ",
                           "\n  2024-07-20  bevorstehend, in 1 Tag: ",
                           "\n  2024-06-20  in Kraft, vor 29 Tagen: ",
                           "\n  Quelle: ",
                           "\n\nNach keiner dieser Regeln ist es ein Verstoß"};
        QTest::newRow("de the day after") << "de"
                                          << "2024-07-21" << QStringList{"  2024-07-20  in Kraft, vor 1 Tag: "};
    }
    void speaksFrenchAndGerman()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QStringList, expected);
        const QString out = explainText(QStringLiteral("US"), date, language);
        for (const auto& text : expected) {
            QVERIFY2(out.contains(text), qPrintable(text + "\nin:\n" + out));
        }
        for (const auto& label : kEnglishLabels) {
            QVERIFY2(!out.contains(label), qPrintable(label + "\nin:\n" + out));
        }
        const auto json = explain(QStringLiteral("US"), date, language);
        QVERIFY(json.at("rules").at(0).at("title") !=
                explain(QStringLiteral("US"), date).at("rules").at(0).at("title"));
        checkSourcesAreInTheLanguage(out, date, language);
    }

    // A language Offramp does not speak gets English throughout, never English words around another language; a
    // region or capital letters still find the language.
    void otherLanguagesGetOneLanguage_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sameAs");
        for (const char* code : {"US", "MX"}) {
            const QString jurisdiction = QString::fromLatin1(code);
            QTest::addRow("%s ja", code) << jurisdiction << "ja"
                                         << "en";
            QTest::addRow("%s ja_JP", code) << jurisdiction << "ja_JP"
                                            << "en";
            QTest::addRow("%s it", code) << jurisdiction << "it"
                                         << "en";
            QTest::addRow("%s fr_CA", code) << jurisdiction << "fr_CA"
                                            << "fr";
            QTest::addRow("%s de-AT", code) << jurisdiction << "de-AT"
                                            << "de";
            QTest::addRow("%s en_GB", code) << jurisdiction << "en_GB"
                                            << "en";
            QTest::addRow("%s es_MX", code) << jurisdiction << "es_MX"
                                            << "es";
            QTest::addRow("%s es-AR", code) << jurisdiction << "es-AR"
                                            << "es";
            QTest::addRow("%s ES", code) << jurisdiction << "ES"
                                         << "es";
        }
    }
    void otherLanguagesGetOneLanguage()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QString, language);
        QFETCH(QString, sameAs);
        const QString date = QStringLiteral("2024-07-19");
        const QString out = explainText(jurisdiction, date, language);
        QCOMPARE(out, explainText(jurisdiction, date, sameAs));
        // And the two languages differ, so that the comparison means something.
        QVERIFY(out != explainText(jurisdiction, date, sameAs == "en" ? QStringLiteral("es") : QStringLiteral("en")));
        if (sameAs == "en") {
            QCOMPARE(out, explainText(jurisdiction, date));
            QVERIFY(out.contains(jurisdiction == "US" ? "Rules on Kaspersky in United States, as of 2024-07-19:"
                                                      : "Rules on Kaspersky in Mexico, as of 2024-07-19:"));
        }
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
