// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/CatalogLoader.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>

using offramp::CatalogError;
using offramp::CatalogFile;
using offramp::CatalogLoader;
using Json = nlohmann::json;
using Mutation = std::function<void(Json&)>;

Q_DECLARE_METATYPE(Mutation)

namespace {

CatalogFile& fileNamed(std::vector<CatalogFile>& files, const std::string& name)
{
    for (auto& file : files) {
        if (file.name == name) {
            return file;
        }
    }
    throw std::runtime_error("no catalog file " + name);
}

Mutation set(const std::string& pointer, Json value)
{
    return [pointer, value](Json& document) { document[Json::json_pointer(pointer)] = value; };
}

Mutation erase(const std::string& pointer)
{
    return [pointer](Json& document) {
        const Json::json_pointer path(pointer);
        document[path.parent_pointer()].erase(path.back());
    };
}

} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsAValidCatalog()
    {
        const auto catalog = offramp::test::minimalCatalog();
        QCOMPARE(catalog.products.size(), std::size_t(4));
        QCOMPARE(catalog.regulations.size(), std::size_t(2));
        QCOMPARE(catalog.sources.size(), std::size_t(2));
        const auto* product = catalog.product("acme-av");
        QVERIFY(product != nullptr);
        QCOMPARE(product->name.text("es"), std::string("Acme Antivirus"));
        // A language the catalog lacks falls back to English; a regional code to its base language.
        QCOMPARE(product->name.text("de"), std::string("Acme Anti-Virus"));
        QCOMPARE(product->name.text("es_MX"), std::string("Acme Antivirus"));
        QCOMPARE(product->signatures.at(offramp::Platform::Linux).at(offramp::SignatureKind::Packages).size(),
                 std::size_t(2));
        QCOMPARE(product->components.at(0).dataAtRisk.at(0).howToSave.text(), std::string("Copy them out"));
        // Data at risk without "platforms" holds on every system the product is found on.
        QVERIFY(product->components.at(0).dataAtRisk.at(0).platforms.empty());
        QVERIFY(product->components.at(0).dataAtRisk.at(0).appliesTo(offramp::Platform::MacOS));
        // Removal recipes, per platform.
        const auto& linuxRecipe = product->removal.at(offramp::Platform::Linux);
        QCOMPARE(linuxRecipe.method, offramp::RemovalMethod::PackageManager);
        QCOMPARE(linuxRecipe.packages, (std::vector<std::string>{"acme-av-gui", "acme-av"}));
        QCOMPARE(product->removal.at(offramp::Platform::MacOS).password, offramp::UninstallPassword::SystemAdmin);
        QCOMPARE(product->removal.at(offramp::Platform::Windows).restart, offramp::RestartNeed::Required);
        QVERIFY(catalog.product("acme-agent")->removal.empty());
        QVERIFY(catalog.product("acme-unidentified")->fallback);
        QCOMPARE(catalog.regulation("us-sale-ban")->steps.size(), std::size_t(2));
        QCOMPARE(catalog.regulation("us-sale-ban")->steps.at(1).date.toString(), std::string("2024-09-29"));
        // Aliases and letter case find a jurisdiction.
        QCOMPARE(catalog.jurisdiction("uk")->code, std::string("GB"));
        QCOMPARE(catalog.jurisdiction("us")->code, std::string("US"));
        QVERIFY(catalog.jurisdiction("FR") == nullptr);
        // Regulations cover products through their maker or by id.
        const auto covering = catalog.regulationsCovering(*product);
        QCOMPARE(covering, (std::vector<std::string>{"us-sale-ban", "gb-advice"}));
        QCOMPARE(catalog.regulationsCovering(*catalog.product("other-av")).size(), std::size_t(0));
        // The system's own protection comes first, then the others by name whatever their letter case or place in
        // the file, command-line tools last; unsupported ones are left out.
        const auto windows = catalog.alternativesFor(offramp::Platform::Windows);
        std::vector<std::string> order;
        for (const auto* alternative : windows) {
            order.push_back(alternative->id);
        }
        QCOMPARE(order, (std::vector<std::string>{"system-guard", "another-suite", "third-party", "a-scanner"}));
        QVERIFY(catalog.alternative("a-scanner")->commandLine);
        QVERIFY(!catalog.alternative("another-suite")->commandLine);
        const auto mac = catalog.alternativesFor(offramp::Platform::MacOS);
        QCOMPARE(mac.size(), std::size_t(1));
        QVERIFY(catalog.alternativesFor(offramp::Platform::Linux).empty());
    }

    void refusesBrokenCatalogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("reason");

        QTest::newRow("missing key") << "products.json" << erase("/products/0/name") << "/products/0"
                                     << "missing required key \"name\"";
        QTest::newRow("unknown key") << "products.json" << set("/products/0/colour", "red") << "/products/0/colour"
                                     << "unknown key \"colour\"";
        QTest::newRow("wrong type") << "products.json" << set("/products/0/banned", "yes") << "/products/0/banned"
                                    << "expected true or false, found string";
        QTest::newRow("bad id") << "products.json" << set("/products/1/id", "Acme Agent") << "/products/1/id"
                                << "is not a valid id";
        QTest::newRow("duplicate id") << "products.json" << set("/products/1/id", "acme-av") << "/products/1/id"
                                      << "the product id \"acme-av\" is used twice";
        QTest::newRow("no English") << "products.json" << set("/products/0/name", Json{{"es", "Acme"}})
                                    << "/products/0/name"
                                    << "missing the English text";
        QTest::newRow("bad language") << "products.json" << set("/products/0/name/EN", "Acme") << "/products/0/name/EN"
                                      << "is not a language code";
        QTest::newRow("empty text") << "products.json" << set("/products/0/name/es", " ") << "/products/0/name/es"
                                    << "must not be empty";
        QTest::newRow("unknown family") << "products.json" << set("/products/0/family", "home") << "/products/0/family"
                                        << "unknown family \"home\"";
        QTest::newRow("relative path") << "products.json" << set("/products/0/signatures/linux/paths/0", "opt/acme")
                                       << "/products/0/signatures/linux/paths/0"
                                       << "is not an absolute Linux path";
        // The Windows probe splits catalog paths at '\' only, so '/' after the drive is refused.
        QTest::newRow("Windows path with /")
            << "products.json" << set("/products/0/signatures/windows/paths", Json::array({"C:/Program Files/Acme"}))
            << "/products/0/signatures/windows/paths/0"
            << "is not an absolute Windows path";
        QTest::newRow("relative Windows path")
            << "products.json" << set("/products/0/signatures/windows/paths", Json::array({"Program Files\\Acme"}))
            << "/products/0/signatures/windows/paths/0"
            << "is not an absolute Windows path";
        QTest::newRow("kind on wrong platform")
            << "products.json" << set("/products/0/signatures/linux/bundle_ids", Json::array({"com.acme"}))
            << "/products/0/signatures/linux/bundle_ids"
            << "\"bundle_ids\" is not a Linux signature kind";
        QTest::newRow("empty pattern list")
            << "products.json" << set("/products/1/signatures/linux/packages", Json::array())
            << "/products/1/signatures/linux/packages"
            << "must not be empty";
        QTest::newRow("match-everything pattern")
            << "products.json" << set("/products/1/signatures/linux/packages/0", "*")
            << "/products/1/signatures/linux/packages/0"
            << "would match everything";
        QTest::newRow("no signature") << "products.json" << set("/products/2/signatures", Json::object())
                                      << "/products/2/signatures"
                                      << "needs at least one signature";
        QTest::newRow("unknown source") << "products.json" << set("/products/0/sources/0", "nope")
                                        << "/products/0/sources/0"
                                        << "no source has the id \"nope\"";
        QTest::newRow("unknown source in data at risk")
            << "products.json" << set("/products/0/components/0/data_at_risk/0/sources/0", "gone")
            << "/products/0/components/0/data_at_risk/0/sources/0"
            << "no source has the id \"gone\"";
        QTest::newRow("impossible date") << "regulations.json" << set("/regulations/0/steps/1/date", "2024-02-30")
                                         << "/regulations/0/steps/1/date"
                                         << "is not a real date written YYYY-MM-DD";
        QTest::newRow("steps out of order")
            << "regulations.json" << set("/regulations/0/steps/0/date", "2025-01-01") << "/regulations/0/steps/1/date"
            << "steps must be in date order";
        QTest::newRow("no steps") << "regulations.json" << set("/regulations/1/steps", Json::array())
                                  << "/regulations/1/steps"
                                  << "must not be empty";
        QTest::newRow("unknown jurisdiction")
            << "regulations.json" << set("/regulations/0/jurisdiction", "ZZ") << "/regulations/0/jurisdiction"
            << "is not one of the listed";
        QTest::newRow("bad country code")
            << "regulations.json" << set("/jurisdictions/1/code", "Gb") << "/jurisdictions/1/code"
            << "is not a two-letter country code";
        QTest::newRow("unknown rule kind")
            << "regulations.json" << set("/regulations/0/kind", "law") << "/regulations/0/kind"
            << "unknown kind \"law\"";
        QTest::newRow("covers unknown product")
            << "regulations.json" << set("/regulations/1/covers/0", "product:nope") << "/regulations/1/covers/0"
            << "no product has the id \"nope\"";
        QTest::newRow("covers unknown maker")
            << "regulations.json" << set("/regulations/0/covers/0", "maker:zeta") << "/regulations/0/covers/0"
            << "no product is made by \"zeta\"";
        QTest::newRow("malformed cover") << "regulations.json" << set("/regulations/0/covers/0", "acme")
                                         << "/regulations/0/covers/0"
                                         << "should be \"maker:<maker id>\"";
        QTest::newRow("not a web address")
            << "sources.json" << set("/sources/0/url", "ftp://example.org") << "/sources/0/url"
            << "is not a web address";
        QTest::newRow("source title in one language only")
            << "sources.json" << set("/sources/0/title", "Source A") << "/sources/0/title"
            << "expected localized text such as {\"en\": \"...\"}";
        QTest::newRow("duplicate source") << "sources.json" << set("/sources/1/id", "src-a") << "/sources/1/id"
                                          << "the source id \"src-a\" is used twice";
        QTest::newRow("newer schema") << "sources.json" << set("/schema_version", 2) << "/schema_version"
                                      << "schema_version 2 is not one this Offramp reads";
        QTest::newRow("built in where it does not run")
            << "alternatives.json" << set("/alternatives/0/built_in", Json::array({"linux"}))
            << "/alternatives/0/built_in/0"
            << "built into a system it is not listed for";
        QTest::newRow("unknown price") << "alternatives.json" << set("/alternatives/0/price", "cheap")
                                       << "/alternatives/0/price"
                                       << "unknown price \"cheap\"";
        QTest::newRow("command_line not true or false")
            << "alternatives.json" << set("/alternatives/2/command_line", "yes") << "/alternatives/2/command_line"
            << "expected true or false, found string";
        QTest::newRow("insecure website")
            << "alternatives.json" << set("/alternatives/1/website", "http://example.org/guard")
            << "/alternatives/1/website"
            << "is not a secure web address";
        QTest::newRow("unknown platform")
            << "alternatives.json" << set("/alternatives/0/platforms/1", "beos") << "/alternatives/0/platforms/1"
            << "is not a platform";
        QTest::newRow("alternative signatures where it does not run")
            << "alternatives.json" << set("/alternatives/0/signatures/linux", Json{{"packages", {"third"}}})
            << "/alternatives/0/signatures/linux"
            << "signatures for a system it is not listed for";
        QTest::newRow("alternative signatures that match nothing")
            << "alternatives.json" << set("/alternatives/0/signatures", Json::object()) << "/alternatives/0/signatures"
            << "an alternative with \"signatures\" needs at least one signature";
        QTest::newRow("fact without source")
            << "alternatives.json" << erase("/alternatives/0/facts/0/sources") << "/alternatives/0/facts/0"
            << "missing required key \"sources\"";
        QTest::newRow("unknown file kind") << "sources.json" << set("/kind", "recipes") << "/kind"
                                           << "unknown kind \"recipes\"";
        QTest::newRow("removal: wrong method")
            << "products.json" << set("/products/0/removal/linux/method", "msi") << "/products/0/removal/linux/method"
            << "on Linux the method must be \"package-manager\"";
        QTest::newRow("removal: no signatures there")
            << "products.json" << set("/products/1/removal", Json{{"windows", Json::object()}})
            << "/products/1/removal/windows"
            << "the product has no Windows signatures";
        QTest::newRow("removal: unknown password")
            << "products.json" << set("/products/0/removal/linux/password", "sticky-note")
            << "/products/0/removal/linux/password"
            << "unknown password kind \"sticky-note\"";
        QTest::newRow("removal: unknown restart")
            << "products.json" << set("/products/0/removal/windows/restart", "sometimes")
            << "/products/0/removal/windows/restart"
            << "unknown restart need \"sometimes\"";
        QTest::newRow("removal: relative script")
            << "products.json" << set("/products/0/removal/macos/scripts/0", "Uninstall")
            << "/products/0/removal/macos/scripts/0"
            << "is not an absolute path";
        QTest::newRow("removal: no script")
            << "products.json" << erase("/products/0/removal/macos/scripts") << "/products/0/removal/macos"
            << "needs at least one script";
        QTest::newRow("removal: packages on Windows")
            << "products.json" << set("/products/0/removal/windows/packages", Json{"acme"})
            << "/products/0/removal/windows/packages"
            << "belongs to the \"package-manager\" method";
        QTest::newRow("removal: program with a folder")
            << "products.json" << set("/products/0/removal/windows/programs", Json{"C:\\Temp\\x.exe"})
            << "/products/0/removal/windows/programs/0"
            << "named by its file name alone";
        QTest::newRow("removal: order out of range")
            << "products.json" << set("/products/0/removal/linux/order", -1) << "/products/0/removal/linux/order"
            << "between 0 and 1000";
        // Data at risk written for some systems only: "platforms" names systems the product is found on.
        QTest::newRow("data: unknown platform")
            << "products.json" << set("/products/0/components/0/data_at_risk/0/platforms", Json{"beos"})
            << "/products/0/components/0/data_at_risk/0/platforms/0"
            << "unknown platform \"beos\"";
        QTest::newRow("data: platform twice")
            << "products.json" << set("/products/0/components/0/data_at_risk/0/platforms", Json{"macos", "macos"})
            << "/products/0/components/0/data_at_risk/0/platforms/1"
            << "\"macos\" is listed twice";
        QTest::newRow("data: no platform")
            << "products.json" << set("/products/0/components/0/data_at_risk/0/platforms", Json::array())
            << "/products/0/components/0/data_at_risk/0/platforms"
            << "must not be empty";
        QTest::newRow("data: platform without signatures")
            << "products.json"
            << set("/products/1/components",
                   Json::parse(R"([{"id": "vault", "name": {"en": "Vault"}, "data_at_risk": [{"id": "keys",
                       "what": {"en": "Keys"}, "where": {"en": "Here"}, "how_to_save": {"en": "Copy"},
                       "if_skipped": {"en": "Lost"}, "sources": ["src-a"], "platforms": ["windows"]}]}])"))
            << "/products/1/components/0/data_at_risk/0/platforms"
            << "the product has no Windows signatures, so this would never be shown";
        QTest::newRow("data: rescue paths for a platform left out")
            << "products.json" << Mutation([](Json& document) {
                   auto& data = document[Json::json_pointer("/products/0/components/0/data_at_risk/0")];
                   data["platforms"] = Json{"windows"};
                   data["rescue_paths"] = Json{{"linux", {"/opt/acme/vault"}}};
                   data["use_later"] = Json{{"en", "Keep it"}};
               })
            << "/products/0/components/0/data_at_risk/0/rescue_paths"
            << "names Linux paths, but \"platforms\" leaves Linux out";
        QTest::newRow("removal: unknown source")
            << "products.json" << set("/products/0/removal/linux/sources/0", "nowhere")
            << "/products/0/removal/linux/sources/0"
            << "nowhere";
    }
    void refusesBrokenCatalogs()
    {
        QFETCH(QString, file);
        QFETCH(Mutation, mutation);
        QFETCH(QString, pointer);
        QFETCH(QString, reason);

        auto files = offramp::test::minimalCatalogFiles();
        auto& target = fileNamed(files, file.toStdString());
        auto document = Json::parse(target.contents);
        mutation(document);
        target.contents = document.dump(2);
        try {
            CatalogLoader::load(files);
            QFAIL("the broken catalog was accepted");
        } catch (const CatalogError& error) {
            QCOMPARE(QString::fromStdString(error.file()), file);
            QCOMPARE(QString::fromStdString(error.pointer()), pointer);
            QVERIFY2(QString::fromStdString(error.reason()).contains(reason), error.what());
            // The message a person sees names all three.
            const QString message = QString::fromStdString(error.what());
            QVERIFY(message.startsWith(file + QStringLiteral(" at ") + pointer + QStringLiteral(": ")));
        }
    }

    // "platforms" limits data at risk to the systems its text is written for.
    void readsTheSystemsDataAtRiskIsWrittenFor()
    {
        auto files = offramp::test::minimalCatalogFiles();
        auto& target = fileNamed(files, "products.json");
        auto document = Json::parse(target.contents);
        document[Json::json_pointer("/products/0/components/0/data_at_risk/0/platforms")] = Json{"windows", "linux"};
        target.contents = document.dump(2);
        const auto catalog = CatalogLoader::load(files);
        const auto& risk = catalog.product("acme-av")->components.at(0).dataAtRisk.at(0);
        QCOMPARE(risk.platforms,
                 (std::vector<offramp::Platform>{offramp::Platform::Windows, offramp::Platform::Linux}));
        QVERIFY(risk.appliesTo(offramp::Platform::Windows));
        QVERIFY(risk.appliesTo(offramp::Platform::Linux));
        QVERIFY(!risk.appliesTo(offramp::Platform::MacOS));
    }

    void reportsSyntaxErrorsWithLineAndColumn()
    {
        auto files = offramp::test::minimalCatalogFiles();
        fileNamed(files, "products.json").contents =
            "{\n  \"schema_version\": 1,\n  \"kind\": \"products\",\n  oops\n}";
        try {
            CatalogLoader::load(files);
            QFAIL("invalid JSON was accepted");
        } catch (const CatalogError& error) {
            QCOMPARE(QString::fromStdString(error.file()), QStringLiteral("products.json"));
            QVERIFY2(
                QString::fromStdString(error.reason()).startsWith(QStringLiteral("not valid JSON at line 4, column 3")),
                error.what());
        }
    }

    // Found by fuzz_demo_machine; every JSON reader shares the parser: a number beyond any double ended the program.
    void refusesNumbersTooLargeForAnyDouble()
    {
        auto files = offramp::test::minimalCatalogFiles();
        fileNamed(files, "sources.json").contents = "{\n  \"schema_version\": 1E+400\n}";
        try {
            CatalogLoader::load(files);
            QFAIL("a number no double holds was accepted");
        } catch (const CatalogError& error) {
            QCOMPARE(QString::fromStdString(error.file()), QStringLiteral("sources.json"));
            QCOMPARE(QString::fromStdString(error.reason()),
                     QStringLiteral("not valid JSON at line 2, column 21: the number 1E+400 is too large"));
        }
    }

    void needsOneFileOfEachKind()
    {
        auto files = offramp::test::minimalCatalogFiles();
        std::erase_if(files, [](const CatalogFile& file) { return file.name == "sources.json"; });
        QVERIFY_THROWS_EXCEPTION(CatalogError, CatalogLoader::load(files));
        try {
            CatalogLoader::load(files);
        } catch (const CatalogError& error) {
            QVERIFY(QString::fromStdString(error.reason()).contains(QStringLiteral("no \"sources\" file")));
        }

        files = offramp::test::minimalCatalogFiles();
        files.push_back({"more-products.json", fileNamed(files, "products.json").contents});
        try {
            CatalogLoader::load(files);
            QFAIL("two products files were accepted");
        } catch (const CatalogError& error) {
            QCOMPARE(QString::fromStdString(error.file()), QStringLiteral("more-products.json"));
            QCOMPARE(QString::fromStdString(error.pointer()), QStringLiteral("/kind"));
        }
    }

    void overridesReplaceTheEmbeddedFileOfTheirKind()
    {
        const auto minimal = offramp::test::minimalCatalogFiles();
        const auto files = CatalogLoader::embeddedFilesWith(
            {fileNamed(const_cast<std::vector<CatalogFile>&>(minimal), "sources.json")});
        QCOMPARE(files.size(), std::size_t(4));
        const auto count = std::count_if(files.begin(), files.end(), [](const CatalogFile& f) {
            return f.contents.find("src-a") != std::string::npos;
        });
        QCOMPARE(count, 1L);
    }
};

QTEST_APPLESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
