// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/EmbeddedFiles.h"

#include <QTest>

#include <algorithm>
#include <cctype>
#include <functional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

using namespace offramp;

namespace {

void forEachText(const Catalog& catalog, const std::function<void(const LocalizedText&, const std::string&)>& visit)
{
    for (const auto& product : catalog.products) {
        visit(product.name, product.id + " name");
        if (!product.note.empty()) {
            visit(product.note, product.id + " note");
        }
        for (const auto& component : product.components) {
            visit(component.name, product.id + "/" + component.id);
            for (const auto& risk : component.dataAtRisk) {
                for (const auto* text : {&risk.what, &risk.where, &risk.howToSave, &risk.ifSkipped}) {
                    visit(*text, product.id + "/" + component.id + "/" + risk.id);
                }
                if (!risk.useLater.empty()) {
                    visit(risk.useLater, product.id + "/" + component.id + "/" + risk.id + " use_later");
                }
            }
        }
    }
    for (const auto& regulation : catalog.regulations) {
        for (const auto* text : {&regulation.title, &regulation.authority, &regulation.binds}) {
            visit(*text, regulation.id);
        }
        if (!regulation.summary.empty()) {
            visit(regulation.summary, regulation.id + " summary");
        }
        for (const auto& step : regulation.steps) {
            visit(step.what, regulation.id + " " + step.date.toString());
        }
    }
    for (const auto& jurisdiction : catalog.jurisdictions) {
        visit(jurisdiction.name, jurisdiction.code);
    }
    for (const auto& alternative : catalog.alternatives) {
        visit(alternative.name, alternative.id + " name");
        if (!alternative.headquarters.empty()) {
            visit(alternative.headquarters, alternative.id + " headquarters");
        }
        for (const auto& fact : alternative.facts) {
            visit(fact.text, alternative.id + " fact");
        }
    }
    for (const auto& [id, source] : catalog.sources) {
        visit(source.title, id + " title");
    }
}

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

bool containsWord(std::string text, std::string_view word)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const auto end = at + word.size();
        const bool startsWord = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
        const bool endsWord = end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (startsWord && endsWord) {
            return true;
        }
    }
    return false;
}

// Every English text of a rule: title, authority, binds, summary and steps.
std::vector<const std::string*> englishTexts(const Regulation& regulation)
{
    std::vector<const std::string*> texts{&regulation.title.text(), &regulation.authority.text(),
                                          &regulation.binds.text(), &regulation.summary.text()};
    for (const auto& step : regulation.steps) {
        texts.push_back(&step.what.text());
    }
    return texts;
}

} // namespace

class TestShippedCatalog : public QObject
{
    Q_OBJECT

private slots:
    void theEmbeddedCatalogIsTheSourceCatalog()
    {
        const auto source = test::sourceCatalogFiles();
        const auto embedded = embeddedCatalogFiles();
        QCOMPARE(embedded.size(), source.size());
        for (const auto& file : source) {
            const auto match = std::find_if(embedded.begin(), embedded.end(),
                                            [&](const EmbeddedFile& e) { return e.name == file.name; });
            QVERIFY2(match != embedded.end(), file.name.c_str());
            QVERIFY2(match->contents == file.contents, file.name.c_str());
        }
        QCOMPARE(CatalogLoader::loadEmbedded().products.size(), test::sourceCatalog().products.size());
    }

    void coversTheRequiredJurisdictions()
    {
        const auto& catalog = test::sourceCatalog();
        for (const char* code : {"US", "DE", "FR", "CA", "GB", "LT", "NL", "IT", "PL", "AU", "UA"}) {
            const auto count = std::count_if(catalog.regulations.begin(), catalog.regulations.end(),
                                             [&](const Regulation& r) { return r.jurisdiction == code; });
            QVERIFY2(count >= 1, code);
        }
        const auto us = std::count_if(catalog.regulations.begin(), catalog.regulations.end(),
                                      [](const Regulation& r) { return r.jurisdiction == "US"; });
        // The 2024 Final Determination, the OFAC sanctions, the Entity List, BOD 17-01 and NDAA section 1634 at least.
        QVERIFY(us >= 5);
        QCOMPARE(catalog.jurisdiction("UK"), catalog.jurisdiction("GB"));
    }

    void neverSaysUseIsACrime()
    {
        // No regulation in the sources binds a private person using the product at home.
        for (const auto& regulation : test::sourceCatalog().regulations) {
            QVERIFY2(!regulation.bindsHomeUsers, regulation.id.c_str());
            QVERIFY2(!regulation.sources.empty(), regulation.id.c_str());
        }
    }

    void everyTextIsInEveryLanguage()
    {
        for (const char* language : test::kTranslatedLanguages) {
            forEachText(test::sourceCatalog(), [language](const LocalizedText& text, const std::string& where) {
                QVERIFY2(text.hasLanguage(language), (where + " " + language).c_str());
                QVERIFY2(!text.text(language).empty(), (where + " " + language).c_str());
            });
        }
    }

    // A person reading Spanish, French or German reads what each source is in that language, not its English title,
    // and a Federal Register citation written out ("volumen 89, página 52434"), not as a lawyer abbreviates it.
    void sourcesAndCitationsAreWrittenForTheReader()
    {
        const std::regex citation(R"(\b\d+ FR \d+|FR Doc\b)");
        for (const char* language : test::kTranslatedLanguages) {
            for (const auto& [id, source] : test::sourceCatalog().sources) {
                QVERIFY2(source.title.text(language) != source.title.text(), (id + " " + language).c_str());
            }
            forEachText(test::sourceCatalog(),
                        [language, &citation](const LocalizedText& text, const std::string& where) {
                            QVERIFY2(!std::regex_search(text.text(language), citation),
                                     (where + " " + language + ": " + text.text(language)).c_str());
                        });
        }
        const auto* finalDetermination = test::sourceCatalog().source("fr-2024-13532");
        QVERIFY(
            contains(finalDetermination->title.text("es"), "Registro Federal de EE. UU., volumen 89, página 52434"));
        QVERIFY(contains(finalDetermination->title.text("fr"), "volume 89, page 52434"));
        QVERIFY(contains(finalDetermination->title.text("de"), "Band 89, Seite 52434"));
    }

    // A rule's title is a headline a person reads above each of its days: what the rule does, short in every
    // language, with no Federal Register citation (that is in the source's title and in the step that says where
    // the rule was published).
    void ruleTitlesAreShortHeadlinesWithoutCitations()
    {
        const std::regex citation(R"(\bFR \d|\b(volumen|volume|Band) \d+, (página|page|Seite) \d)");
        for (const auto& rule : test::sourceCatalog().regulations) {
            for (const auto& [language, title] : rule.title.all()) {
                QVERIFY2(!std::regex_search(title, citation), (rule.id + " " + language + ": " + title).c_str());
            }
        }
        const auto* ban = test::sourceCatalog().regulation("us-commerce-final-determination-2024");
        QVERIFY(ban != nullptr);
        for (const auto& [language, title] : ban->title.all()) {
            QVERIFY2(QString::fromStdString(title).size() <= 70, (language + ": " + title).c_str());
        }
        QCOMPARE(ban->title.text(), std::string("US ban on Kaspersky sales and updates"));
        // The citation is still there where the source is given ("89 FR 52434"; written out in the other languages,
        // as checked above).
        const auto* decision = test::sourceCatalog().source("fr-2024-13532");
        QVERIFY(contains(decision->title.text(), "89 FR 52434"));
        QVERIFY(std::ranges::find(ban->sources, "fr-2024-13532") != ban->sources.end());
    }

    // The steps corrected or added after the check of December 2026 (regulation.md, section 9): each is there, says
    // what the row expects, cites the row's source, and that source exists with a web address.
    void correctedAndNewStepsCiteTheirSources_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("source");
        const QString de = QStringLiteral("de-bsi-warning-2022");
        const QString fd = QStringLiteral("us-commerce-final-determination-2024");
        QTest::newRow("DE Cologne, case") << de << "2022-04-01"
                                          << "1 L 466/22"
                                          << "dr-bahr-bverfg-kaspersky";
        QTest::newRow("DE Cologne, date") << de << "2022-04-01"
                                          << "Administrative Court of Cologne"
                                          << "it-administrator-378477";
        QTest::newRow("DE Muenster after Cologne") << de << "2022-04-28"
                                                   << "appeal against the Cologne decision"
                                                   << "it-administrator-378477";
        QTest::newRow("DE not taken up") << de << "2022-06-02"
                                         << "did not take up"
                                         << "it-administrator-378477";
        QTest::newRow("DE inadmissible") << de << "2022-06-02"
                                         << "inadmissible"
                                         << "dr-bahr-bverfg-kaspersky";
        QTest::newRow("DE no ruling on the merits") << de << "2022-06-02"
                                                    << "did not rule on whether the warning"
                                                    << "dr-bahr-bverfg-kaspersky";
        QTest::newRow("US wherever they are") << fd << "2024-07-20"
                                              << "U.S. persons, wherever they are"
                                              << "conventuslaw-kaspersky-us-persons";
        QTest::newRow("US new agreements, FD") << fd << "2024-07-20"
                                               << "new agreements with U.S. persons"
                                               << "fr-2024-13532";
        QTest::newRow("US resale, BIS page") << fd << "2024-09-29"
                                             << "in the United States or by U.S. persons"
                                             << "bis-kaspersky-prohibition-page";
        QTest::newRow("US updates, BIS press release") << fd << "2024-09-29"
                                                       << "12:00 a.m. EDT"
                                                       << "bis-press-release-2024";
        QTest::newRow("US use carries no penalty") << fd << "2024-09-29"
                                                   << "carries no legal penalty"
                                                   << "bis-press-release-2024";
        QTest::newRow("US wind-down") << fd << "2024-07-15"
                                      << "wind down its business in the United States"
                                      << "rappler-kaspersky-us-exit";
        QTest::newRow("US UltraAV on Windows") << fd << "2024-09-19"
                                               << "On Windows, an update removed Kaspersky"
                                               << "m5-helpnetsecurity-ultraav-handover";
        QTest::newRow("US UltraAV from 17 September") << fd << "2024-09-19"
                                                      << "between 17 and 19 September"
                                                      << "clateway-securityweek-ultraav";
        QTest::newRow("US Google Play") << fd << "2024-09-29"
                                        << "the exact day is not confirmed"
                                        << "betanews-google-play-kaspersky";
        QTest::newRow("US NDAA final rule") << "us-ndaa-fy2018-section-1634"
                                            << "2019-09-10"
                                            << "made final without change (84 FR 47861, FR Doc 2019-19360)"
                                            << "fr-2019-19360";
        QTest::newRow("US OFAC") << "us-ofac-kaspersky-executives-2024"
                                 << "2024-06-21"
                                 << "The company and Eugene Kaspersky were not designated"
                                 << "therecord-ofac-kaspersky-executives";
        QTest::newRow("US Entity List") << "us-bis-entity-list-2024"
                                        << "2024-06-24"
                                        << "Kaspersky Labs Limited (United Kingdom)"
                                        << "fr-2024-13695";
        QTest::newRow("PL assets frozen") << "pl-sanctions-list-2022"
                                          << "2022-04-26"
                                          << "Kaspersky Lab (Moscow): assets frozen"
                                          << "crn-pl-kaspersky-sanctions";
        QTest::newRow("PL tenders only") << "pl-sanctions-list-2022"
                                         << "2022-04-26"
                                         << "Kaspersky Lab Polska, K Dystrybucja and Kaspersky Store: barred from "
                                            "public tenders only"
                                         << "crn-pl-kaspersky-sanctions";
        QTest::newRow("PL Eugene Kaspersky") << "pl-sanctions-list-2022"
                                             << "2022-04-26"
                                             << "Eugene Kaspersky is listed personally"
                                             << "humanmag-poland-sanctions";
        QTest::newRow("IT published") << "it-decree-law-21-2022-art-29"
                                      << "2022-03-21"
                                      << "Gazzetta Ufficiale"
                                      << "codiceappalti-dl-21-2022";
        QTest::newRow("IT in force") << "it-decree-law-21-2022-art-29"
                                     << "2022-03-22"
                                     << "came into force"
                                     << "codiceappalti-dl-21-2022";
        QTest::newRow("AU issued") << "au-pspf-direction-002-2025"
                                   << "2025-02-21"
                                   << "Home Affairs"
                                   << "securityweek-australia-kaspersky";
        QTest::newRow("AU deadline") << "au-pspf-direction-002-2025"
                                     << "2025-04-01"
                                     << "removed Kaspersky products"
                                     << "acs-australia-kaspersky";
        QTest::newRow("UA 2015") << "ua-sanctions-state-bodies-2015"
                                 << "2015-09-16"
                                 << "state bodies may not use or buy"
                                 << "rbc-ukraine-kaspersky-2015";
        QTest::newRow("UA 2017") << "ua-sanctions-decree-133-2017"
                                 << "2017-05-16"
                                 << "internet providers must block Kaspersky's websites"
                                 << "meduza-ukraine-blocks-2017";
        QTest::newRow("UA 2020") << "ua-sanctions-decree-133-2017"
                                 << "2020-05-14"
                                 << "Whether they were extended again is not confirmed"
                                 << "chernayakobra-ukraine-2020";
    }
    void correctedAndNewStepsCiteTheirSources()
    {
        QFETCH(QString, rule);
        QFETCH(QString, date);
        QFETCH(QString, fragment);
        QFETCH(QString, source);
        const auto& catalog = test::sourceCatalog();
        const auto* regulation = catalog.regulation(rule.toStdString());
        QVERIFY2(regulation != nullptr, qPrintable(rule));
        const auto step =
            std::find_if(regulation->steps.begin(), regulation->steps.end(), [&](const RegulationStep& s) {
                return s.date.toString() == date.toStdString() && contains(s.what.text(), fragment.toStdString());
            });
        QVERIFY2(step != regulation->steps.end(), qPrintable(rule + " " + date + ": " + fragment));
        QVERIFY2(std::find(step->sources.begin(), step->sources.end(), source.toStdString()) != step->sources.end(),
                 qPrintable(source));
        const Source* cited = catalog.source(source.toStdString());
        QVERIFY(cited != nullptr);
        QVERIFY(cited->url.starts_with("https://"));
        QVERIFY(!cited->title.empty());
        // The same step in Spanish: its own text, not the English one.
        QVERIFY(!step->what.text("es").empty());
        QVERIFY(step->what.text("es") != step->what.text());
    }

    // Whom each corrected or new rule binds: the kind says whether it binds only governments, sanctions named
    // parties, or bans sales; the text names who is bound; none binds a person using Kaspersky at home.
    void whomTheCorrectedAndNewRulesBind_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("binds");
        QTest::newRow("US Final Determination") << "us-commerce-final-determination-2024"
                                                << "US"
                                                << "ban"
                                                << "to U.S. persons wherever they are";
        QTest::newRow("US OFAC") << "us-ofac-kaspersky-executives-2024"
                                 << "US"
                                 << "sanction"
                                 << "Kaspersky Lab itself, its parent and subsidiaries, and Eugene Kaspersky were not "
                                    "designated";
        QTest::newRow("US Entity List") << "us-bis-entity-list-2024"
                                        << "US"
                                        << "sanction"
                                        << "Exporters and re-exporters";
        QTest::newRow("PL sanctions") << "pl-sanctions-list-2022"
                                      << "PL"
                                      << "sanction"
                                      << "Kaspersky Lab Polska, K Dystrybucja and Kaspersky Store are only barred from "
                                         "public tenders";
        QTest::newRow("IT decree-law") << "it-decree-law-21-2022-art-29"
                                       << "IT"
                                       << "government-ban"
                                       << "The decree names no vendor";
        QTest::newRow("AU direction") << "au-pspf-direction-002-2025"
                                      << "AU"
                                      << "government-ban"
                                      << "It does not apply to private users";
        QTest::newRow("UA 2015") << "ua-sanctions-state-bodies-2015"
                                 << "UA"
                                 << "government-ban"
                                 << "Whether it still applies today is not confirmed";
        QTest::newRow("UA 2017") << "ua-sanctions-decree-133-2017"
                                 << "UA"
                                 << "sanction"
                                 << "whether the measures still apply after that is not confirmed";
    }
    void whomTheCorrectedAndNewRulesBind()
    {
        QFETCH(QString, rule);
        QFETCH(QString, jurisdiction);
        QFETCH(QString, kind);
        QFETCH(QString, binds);
        const auto* regulation = test::sourceCatalog().regulation(rule.toStdString());
        QVERIFY2(regulation != nullptr, qPrintable(rule));
        QCOMPARE(QString::fromStdString(regulation->jurisdiction), jurisdiction);
        QCOMPARE(QString::fromStdString(regulation->kind), kind);
        QVERIFY2(contains(regulation->binds.text(), binds.toStdString()), regulation->binds.text().c_str());
        QVERIFY(!regulation->bindsHomeUsers);
        QVERIFY(!regulation->summary.text("es").empty());
    }

    void saysNoMoreThanItsSources()
    {
        const auto& catalog = test::sourceCatalog();
        for (const auto& regulation : catalog.regulations) {
            for (const auto* text : englishTexts(regulation)) {
                // The US rules bind U.S. persons wherever they are, not "people in the United States".
                QVERIFY2(!contains(*text, "people in the United States"), text->c_str());
                // The Constitutional Court did not reject Kaspersky's complaint on the merits.
                QVERIFY2(!contains(*text, "Court rejected Kaspersky's complaint"), text->c_str());
            }
        }
        // Italy's decree-law names no vendor: nothing but the sentence saying so speaks of a ban.
        const auto* italy = catalog.regulation("it-decree-law-21-2022-art-29");
        QVERIFY(italy != nullptr);
        for (const auto* text : englishTexts(*italy)) {
            QVERIFY2(!containsWord(*text, "ban") || contains(*text, "it is not a ban on Kaspersky"), text->c_str());
        }
        // Neither the law firm that said the rule "requires the cessation of use" nor the forum copy of the press
        // release is a source any more; the update stop cites BIS's own texts.
        for (const auto& [id, source] : catalog.sources) {
            QVERIFY2(!contains(source.url, "thompsonhinesmartrade.com"), id.c_str());
            QVERIFY2(!contains(source.url, "goldseiten-forum.com"), id.c_str());
        }
        const auto* ban = catalog.regulation("us-commerce-final-determination-2024");
        QVERIFY(ban != nullptr);
        const auto updates = std::find_if(ban->steps.begin(), ban->steps.end(), [](const RegulationStep& s) {
            return s.date.toString() == "2024-09-29" && contains(s.what.text(), "updates");
        });
        QVERIFY(updates != ban->steps.end());
        QCOMPARE(updates->sources, (std::vector<std::string>{"bis-kaspersky-prohibition-page", "bis-press-release-2024",
                                                             "fr-2024-13532"}));
        QVERIFY(contains(catalog.source("bis-kaspersky-prohibition-page")->url, "bis.gov"));
        QVERIFY(contains(catalog.source("bis-press-release-2024")->title.text(), "BIS press release"));
        QVERIFY(contains(catalog.source("fr-2024-13532")->title.text(), "89 FR 52434, FR Doc 2024-13532"));
    }

    void everyStepSourceIsListedWithItsRule()
    {
        // The human output of `explain` prints a rule's sources, not each step's: so a step's sources are the rule's.
        for (const auto& regulation : test::sourceCatalog().regulations) {
            for (const auto& step : regulation.steps) {
                QVERIFY2(!step.sources.empty(), (regulation.id + " " + step.date.toString()).c_str());
                for (const auto& id : step.sources) {
                    QVERIFY2(std::find(regulation.sources.begin(), regulation.sources.end(), id) !=
                                 regulation.sources.end(),
                             (regulation.id + " " + step.date.toString() + ": " + id).c_str());
                }
            }
        }
    }

    void webrootsOwnershipSaysNoMoreThanItsSources()
    {
        // A tender offer is not a completed purchase: the fact citing it says "tender offer", and the completion in
        // December 2019 has its own source.
        const auto& catalog = test::sourceCatalog();
        const auto* webroot = catalog.alternative("webroot");
        QVERIFY(webroot != nullptr);
        bool offer = false;
        bool completed = false;
        for (const auto& fact : webroot->facts) {
            const auto cites = [&](const char* id) {
                return std::find(fact.sources.begin(), fact.sources.end(), id) != fact.sources.end();
            };
            if (cites("carbonite-opentext-tender-offer")) {
                QVERIFY2(contains(fact.text.text(), "tender offer"), fact.text.text().c_str());
                QVERIFY2(!contains(fact.text.text(), "owned"), fact.text.text().c_str());
                offer = true;
            }
            if (cites("channele2e-opentext-carbonite-webroot")) {
                QVERIFY(contains(fact.text.text(), "completed its purchase of Carbonite and Webroot in December 2019"));
                completed = true;
            }
        }
        QVERIFY(offer);
        QVERIFY(completed);
    }

    void bannedProductsAreCoveredByTheUsBan()
    {
        const auto& catalog = test::sourceCatalog();
        int banned = 0;
        for (const auto& product : catalog.products) {
            const auto regulations = catalog.regulationsCovering(product);
            if (product.banned) {
                ++banned;
                const bool byUsBan = std::any_of(regulations.begin(), regulations.end(), [&](const std::string& id) {
                    const auto* regulation = catalog.regulation(id);
                    return regulation->jurisdiction == "US" && regulation->kind == "ban";
                });
                QVERIFY2(byUsBan, product.id.c_str());
                QCOMPARE(product.maker, std::string("kaspersky"));
            } else {
                QVERIFY2(product.maker != "kaspersky", product.id.c_str());
            }
        }
        QVERIFY(banned >= 15);
    }

    void knowsWhiteLabelBuildsAndTheUltraAvSwap()
    {
        const auto& catalog = test::sourceCatalog();
        const bool whiteLabel = std::any_of(catalog.products.begin(), catalog.products.end(), [](const Product& p) {
            return p.family == "white-label" && p.banned && p.vendor != "Kaspersky";
        });
        QVERIFY(whiteLabel);
        const bool ultra = std::any_of(catalog.products.begin(), catalog.products.end(), [](const Product& p) {
            return p.name.text().find("UltraAV") != std::string::npos && !p.banned;
        });
        QVERIFY(ultra);
    }

    void everyPlatformHasSignatures()
    {
        const auto& catalog = test::sourceCatalog();
        for (const auto platform : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
            const auto count = std::count_if(catalog.products.begin(), catalog.products.end(),
                                             [&](const Product& p) { return p.signatures.contains(platform); });
            QVERIFY2(count >= 2, platformId(platform).data());
        }
    }
};

QTEST_APPLESS_MAIN(TestShippedCatalog)
#include "tst_shippedcatalog.moc"
