// SPDX-License-Identifier: GPL-3.0-or-later
// What is at risk, per product, in the shipped catalog (issue 6, item 1), the rescue locations it gives per
// platform, and how the loader checks them.
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/RescueSources.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>

using namespace offramp;
using Json = nlohmann::json;
using Mutation = std::function<void(Json&)>;

Q_DECLARE_METATYPE(Mutation)

namespace {

const DataAtRisk* findData(const Catalog& catalog, const std::string& product, const std::string& data)
{
    const Product* found = catalog.product(product);
    if (found == nullptr) {
        return nullptr;
    }
    for (const auto& component : found->components) {
        for (const auto& risk : component.dataAtRisk) {
            if (risk.id == data) {
                return &risk;
            }
        }
    }
    return nullptr;
}

Mutation set(const std::string& pointer, Json value)
{
    return [pointer, value](Json& document) { document[Json::json_pointer(pointer)] = value; };
}

Mutation both(Mutation first, Mutation second)
{
    return [first, second](Json& document) {
        first(document);
        second(document);
    };
}

constexpr const char* kData = "/products/0/components/0/data_at_risk/0";

std::string at(const std::string& rest)
{
    return std::string(kData) + rest;
}

Mutation withPaths(Json paths)
{
    return both(set(at("/rescue_paths"), std::move(paths)), set(at("/use_later"), Json{{"en", "Keep it"}}));
}

Finding findingOf(const Product* product)
{
    Finding finding;
    finding.product = product;
    return finding;
}

} // namespace

class TestRescueCatalog : public QObject
{
    Q_OBJECT

private slots:
    // Every kind of data the issue names has its entry, with how to save it, what happens if skipped and sources.
    void everyListedProductHasItsDataAtRisk_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("data");
        const QList<QPair<QString, QString>> rows{
            {"kaspersky-password-manager", "passwords"},
            {"kaspersky-password-manager", "vault-backups"},
            {"kaspersky-total-security", "vault-files"},
            {"kaspersky-small-office-security", "vault-files"},
            {"kaspersky-unified-app", "quarantined-files"},
            {"kaspersky-anti-virus", "quarantined-files"},
            {"kaspersky-internet-security", "quarantined-files"},
            {"kaspersky-total-security", "quarantined-files"},
            {"kaspersky-endpoint-security-windows", "backup-files"},
            {"kaspersky-endpoint-security-windows", "encrypted-files"},
            {"kaspersky-endpoint-security-windows", "encryption-keys"},
            {"kaspersky-unified-app", "app-settings"},
            {"kaspersky-endpoint-security-windows", "app-settings"},
            {"kaspersky-endpoint-security-mac", "app-settings"},
            {"kaspersky-security-windows-server", "app-settings"},
            {"kaspersky-endpoint-security-linux", "app-settings"},
            {"kaspersky-unified-app", "activation-record"},
            {"kaspersky-small-office-security", "activation-record"},
            {"kaspersky-endpoint-security-windows", "activation-record"},
            {"kaspersky-endpoint-security-windows", "reports-and-traces"},
            {"kaspersky-safe-kids", "safe-kids-account"},
        };
        for (const auto& [product, data] : rows) {
            QTest::newRow(qPrintable(product + "/" + data)) << product << data;
        }
    }

    void everyListedProductHasItsDataAtRisk()
    {
        QFETCH(QString, product);
        QFETCH(QString, data);
        const auto& catalog = test::sourceCatalog();
        const DataAtRisk* risk = findData(catalog, product.toStdString(), data.toStdString());
        QVERIFY2(risk != nullptr, "missing from resources/catalog/products.json");
        for (const auto* text : {&risk->what, &risk->where, &risk->howToSave, &risk->ifSkipped}) {
            QVERIFY(!text->text().empty());
        }
        QVERIFY(!risk->sources.empty());
        for (const auto& source : risk->sources) {
            QVERIFY(catalog.source(source) != nullptr);
        }
    }

    // Safe Kids keeps nothing on the computer: there is nothing to copy, and the text says so.
    void safeKidsHasNothingLocal()
    {
        const DataAtRisk* risk = findData(test::sourceCatalog(), "kaspersky-safe-kids", "safe-kids-account");
        QVERIFY(risk != nullptr);
        QVERIFY(risk->rescuePaths.empty());
        QVERIFY(risk->where.text().find("My Kaspersky") != std::string::npos);
    }

    // The places the rescue copies from are the ones the fact sheet gives.
    void rescuePathsComeFromTheFacts()
    {
        const auto& catalog = test::sourceCatalog();
        const auto* backups = findData(catalog, "kaspersky-password-manager", "vault-backups");
        QVERIFY(backups != nullptr);
        QCOMPARE(backups->rescuePaths.at(Platform::Windows),
                 std::vector<std::string>{"C:\\Users\\*\\Documents\\Kaspersky Password Manager\\Backup"});
        const auto* store = findData(catalog, "kaspersky-endpoint-security-windows", "backup-files");
        QCOMPARE(store->rescuePaths.at(Platform::Windows),
                 std::vector<std::string>{"C:\\ProgramData\\Kaspersky Lab\\KES.21.9\\QB"});
        const auto* kesl = findData(catalog, "kaspersky-endpoint-security-linux", "app-settings");
        QCOMPARE(kesl->rescuePaths.at(Platform::Linux),
                 (std::vector<std::string>{"/var/opt/kaspersky/kesl/common/kesl.ini",
                                           "/var/opt/kaspersky/kesl/common/agreements.ini"}));
        // Every copyable item says what the copy is good for, in every language.
        for (const auto& product : catalog.products) {
            for (const auto& component : product.components) {
                for (const auto& risk : component.dataAtRisk) {
                    QCOMPARE(risk.useLater.empty(), risk.rescuePaths.empty());
                    if (!risk.rescuePaths.empty()) {
                        for (const char* language : test::kTranslatedLanguages) {
                            QVERIFY2(risk.useLater.hasLanguage(language), risk.id.c_str());
                        }
                    }
                }
            }
        }
    }

    void locationsPutDetectedProductsFirst()
    {
        const auto& catalog = test::sourceCatalog();
        const auto none = rescueLocations(catalog, Platform::Windows, {});
        QVERIFY(none.size() >= 3);
        QCOMPARE(none.front().product->id, std::string("kaspersky-password-manager"));
        QCOMPARE(none.front().machinePattern, std::string("/Users/*/Documents/Kaspersky Password Manager/Backup"));
        const auto kes = rescueLocations(catalog, Platform::Windows,
                                         {findingOf(catalog.product("kaspersky-endpoint-security-windows"))});
        QCOMPARE(kes.size(), none.size());
        QCOMPARE(kes.front().product->id, std::string("kaspersky-endpoint-security-windows"));
        QCOMPARE(kes.front().machinePattern, std::string("/ProgramData/Kaspersky Lab/KES.21.9/QB"));
        const auto linux = rescueLocations(catalog, Platform::Linux, {});
        QCOMPARE(linux.size(), std::size_t(2));
        QVERIFY(rescueLocations(catalog, Platform::MacOS, {}).empty());
    }

    void manualRescuesAreWhatCannotBeCopied()
    {
        const auto& catalog = test::sourceCatalog();
        const auto manual =
            manualRescues({findingOf(catalog.product("kaspersky-password-manager"))}, Platform::Windows);
        QCOMPARE(manual.size(), std::size_t(1));
        QCOMPARE(manual.front().data->id, std::string("passwords"));
    }

    // A Mac or a Linux computer is never shown a Windows command, folder or uninstall wizard: data at risk whose
    // text is written for Windows says so in "platforms", and the Mac's Kaspersky apps get none of it.
    void textFitsTheSystemItIsShownOn()
    {
        const auto& catalog = test::sourceCatalog();
        for (const auto& product : catalog.products) {
            for (const auto& component : product.components) {
                for (const auto& data : component.dataAtRisk) {
                    for (const auto platform : {Platform::Linux, Platform::MacOS}) {
                        if (!product.signatures.contains(platform) || !data.appliesTo(platform)) {
                            continue;
                        }
                        for (const auto* text : {&data.what, &data.where, &data.howToSave, &data.ifSkipped}) {
                            for (const char* language : {"en", "es", "fr", "de"}) {
                                const QString shown = QString::fromStdString(text->text(language));
                                for (const char* windows :
                                     {"avp.com", "KAVSHELL", "%", "C:\\", "uninstall wizard",
                                      "asistente de desinstalación", "assistant de désinstallation",
                                      "Deinstallationsassistent"}) {
                                    QVERIFY2(
                                        !shown.contains(QString::fromUtf8(windows), Qt::CaseInsensitive),
                                        qPrintable(QString::fromStdString(product.id + "/" + data.id + ": ") + shown));
                                }
                            }
                        }
                    }
                }
            }
        }
        for (const char* product : {"kaspersky-internet-security", "kaspersky-anti-virus"}) {
            QVERIFY(manualRescues({findingOf(catalog.product(product))}, Platform::MacOS).empty());
            QCOMPARE(manualRescues({findingOf(catalog.product(product))}, Platform::Windows).size(), std::size_t(3));
        }
        const auto* settings = findData(catalog, "kaspersky-internet-security", "app-settings");
        QVERIFY(settings != nullptr);
        QVERIFY(settings->appliesTo(Platform::Windows));
        QVERIFY(!settings->appliesTo(Platform::MacOS));
    }

    void pathForms()
    {
        QCOMPARE(rescueMachinePath(Platform::Windows, "C:\\Users\\*\\Documents"), std::string("/Users/*/Documents"));
        QCOMPARE(rescueMachinePath(Platform::Linux, "/var/opt/x"), std::string("/var/opt/x"));
        QCOMPARE(machinePathForDisplay(Platform::Windows, "/Users/a/b.edb"), std::string("C:\\Users\\a\\b.edb"));
        QCOMPARE(machinePathForDisplay(Platform::MacOS, "/Users/a/b"), std::string("/Users/a/b"));
        QVERIFY(checkRescuePath(Platform::Windows, "C:\\ProgramData\\Kaspersky Lab\\KES*.log.enc1").ok());
        QVERIFY(!checkRescuePath(Platform::Windows, "D:\\Data\\x").ok());
        QVERIFY(checkRescuePath(Platform::Windows, "c:\\ProgramData\\Kaspersky Lab\\x").ok()); // the drive in any case
        QVERIFY(!checkRescuePath(Platform::Windows, "C:/ProgramData/Kaspersky Lab/x").ok());   // '\' only
        QVERIFY(!checkRescuePath(Platform::Windows, "\\\\server\\share\\x").ok());
        QVERIFY(!checkRescuePath(Platform::Windows, "C:\\Users").ok());
        QVERIFY(!checkRescuePath(Platform::Windows, "C:\\*\\x").ok());
        QVERIFY(!checkRescuePath(Platform::Linux, "/var/../etc/shadow").ok());
        QVERIFY(!checkRescuePath(Platform::Linux, "/var//x").ok());
    }

    // A path the catalog may not use: an InvalidInput error about that path, whose line the loader reports.
    void refusedRescuePathsSayWhyWithAKind_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        const int onWindows = static_cast<int>(Platform::Windows);
        const int onLinux = static_cast<int>(Platform::Linux);
        QTest::newRow("drive") << onWindows << "D:\\Data\\x"
                               << "\"D:\\Data\\x\" should start with C:\\ (the system drive)";
        QTest::newRow("root") << onLinux << "var/x"
                              << "\"var/x\" should start with /";
        QTest::newRow("control") << onLinux << "/var/x\ty"
                                 << "a path must not hold control characters";
        QTest::newRow("slash") << onWindows << "C:\\ProgramData/x"
                               << "\"C:\\ProgramData/x\" mixes / into a Windows path; separate with \\";
        QTest::newRow("climb") << onLinux << "/var/../etc/shadow"
                               << "\"/var/../etc/shadow\" has an empty, \".\" or \"..\" component";
        QTest::newRow("stars") << onLinux << "/var/**/x"
                               << "\"/var/**/x\" uses **; '*' matches within one component, and a folder is copied "
                                  "with all it holds";
        QTest::newRow("broad") << onWindows << "C:\\Users"
                               << "\"C:\\Users\" is too broad: it needs a named top folder and at least two components";
    }
    void refusedRescuePathsSayWhyWithAKind()
    {
        QFETCH(int, platform);
        QFETCH(QString, path);
        QFETCH(QString, why);
        const auto checked = checkRescuePath(static_cast<Platform>(platform), path.toStdString());
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
        QCOMPARE(QString::fromStdString(checked.error().what()), why);
        QCOMPARE(QString::fromStdString(checked.error().subject()), path);
    }

    void loaderChecksRescuePaths_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("relative") << withPaths({{"linux", {"opt/acme/vault"}}})
                                  << QString::fromStdString(at("/rescue_paths/linux/0")) << "should start with /";
        QTest::newRow("other drive") << withPaths({{"windows", {"D:\\Acme\\Vault"}}})
                                     << QString::fromStdString(at("/rescue_paths/windows/0"))
                                     << "should start with C:\\";
        QTest::newRow("climbs out") << withPaths({{"linux", {"/opt/acme/../../etc"}}})
                                    << QString::fromStdString(at("/rescue_paths/linux/0")) << "\"..\" component";
        QTest::newRow("double star") << withPaths({{"macos", {"/Users/**/Vault"}}})
                                     << QString::fromStdString(at("/rescue_paths/macos/0")) << "uses **";
        QTest::newRow("too broad") << withPaths({{"linux", {"/*/acme"}}})
                                   << QString::fromStdString(at("/rescue_paths/linux/0")) << "is too broad";
        QTest::newRow("mixed separators") << withPaths({{"windows", {"C:\\Users/x"}}})
                                          << QString::fromStdString(at("/rescue_paths/windows/0")) << "mixes /";
        QTest::newRow("unknown platform") << withPaths({{"beos", {"/boot/x"}}})
                                          << QString::fromStdString(at("/rescue_paths/beos")) << "unknown key \"beos\"";
        QTest::newRow("empty list") << withPaths({{"linux", Json::array()}})
                                    << QString::fromStdString(at("/rescue_paths/linux")) << "must not be empty";
        QTest::newRow("no platform") << withPaths(Json::object()) << QString::fromStdString(at("/rescue_paths"))
                                     << "lists no platform";
        QTest::newRow("paths without use_later") << set(at("/rescue_paths"), Json{{"linux", {"/opt/acme/vault"}}})
                                                 << QString::fromStdString(kData) << "needs \"use_later\"";
        QTest::newRow("use_later without paths")
            << set(at("/use_later"), Json{{"en", "Keep it"}}) << QString::fromStdString(kData)
            << "belongs only to data with \"rescue_paths\"";
    }

    void loaderChecksRescuePaths()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, pointer);
        QFETCH(QString, reason);
        auto files = test::minimalCatalogFiles();
        for (auto& file : files) {
            if (file.name == "products.json") {
                auto document = Json::parse(file.contents);
                mutation(document);
                file.contents = document.dump();
            }
        }
        try {
            static_cast<void>(CatalogLoader::load(files));
            QFAIL("the broken catalog was accepted");
        } catch (const CatalogError& error) {
            QCOMPARE(QString::fromStdString(error.pointer()), pointer);
            QVERIFY2(QString::fromStdString(error.reason()).contains(reason), error.what());
        }
    }

    void loaderReadsRescuePaths()
    {
        auto files = test::minimalCatalogFiles();
        for (auto& file : files) {
            if (file.name == "products.json") {
                auto document = Json::parse(file.contents);
                withPaths({{"linux", {"/opt/acme/vault"}}, {"windows", {"C:\\ProgramData\\Acme\\*.vault"}}})(document);
                file.contents = document.dump();
            }
        }
        const Catalog catalog = CatalogLoader::load(files);
        const auto& risk = catalog.products.at(0).components.at(0).dataAtRisk.at(0);
        QCOMPARE(risk.rescuePaths.at(Platform::Linux), std::vector<std::string>{"/opt/acme/vault"});
        QCOMPARE(risk.rescuePaths.at(Platform::Windows), std::vector<std::string>{"C:\\ProgramData\\Acme\\*.vault"});
        QCOMPARE(risk.useLater.text(), std::string("Keep it"));
    }
};

QTEST_GUILESS_MAIN(TestRescueCatalog)
#include "tst_rescue_catalog.moc"
