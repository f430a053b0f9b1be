// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "EmbeddedFiles.h"
#include "TestSupport.h"

#include <QTest>

#include <algorithm>
#include <functional>

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
            }
        }
    }
    for (const auto& regulation : catalog.regulations) {
        for (const auto* text : {&regulation.title, &regulation.authority, &regulation.binds}) {
            visit(*text, regulation.id);
        }
        for (const auto& step : regulation.steps) {
            visit(step.what, regulation.id + " " + step.date.toString());
        }
    }
    for (const auto& jurisdiction : catalog.jurisdictions) {
        visit(jurisdiction.name, jurisdiction.code);
    }
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
        for (const char* code : {"US", "DE", "CA", "GB", "LT", "NL", "IT", "PL"}) {
            const auto count = std::count_if(catalog.regulations.begin(), catalog.regulations.end(),
                                             [&](const Regulation& r) { return r.jurisdiction == code; });
            QVERIFY2(count >= 1, code);
        }
        const auto us = std::count_if(catalog.regulations.begin(), catalog.regulations.end(),
                                      [](const Regulation& r) { return r.jurisdiction == "US"; });
        // The 2024 Final Determination, BOD 17-01 and NDAA section 1634 at least.
        QVERIFY(us >= 3);
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

    void everyTextIsInSpanishToo()
    {
        forEachText(test::sourceCatalog(), [](const LocalizedText& text, const std::string& where) {
            QVERIFY2(text.hasLanguage("es"), where.c_str());
            QVERIFY2(!text.text("es").empty(), where.c_str());
        });
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
