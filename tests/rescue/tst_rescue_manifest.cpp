// SPDX-License-Identifier: GPL-3.0-or-later
// The rescue bundle's manifest and license record (issue 6, items 3 and 4): the JSON they are written as, what
// verify refuses to trust, and that no expiry date is ever made up.
#include "TestSupport.h"
#include "engine/RescueLicense.h"
#include "engine/RescueManifest.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace offramp;
using Json = nlohmann::json;

namespace {

const std::string kHash(64, 'a');

RescueManifest sampleManifest()
{
    RescueManifest manifest;
    manifest.platform = Platform::Windows;
    manifest.root = "/mnt/old-pc";
    manifest.files.push_back({"files/Users/alice/Documents/Kaspersky Password Manager/Backup/a.edb",
                              "C:\\Users\\alice\\Documents\\Kaspersky Password Manager\\Backup\\a.edb", 1234, kHash,
                              "kaspersky-password-manager", "vault-backups", "Backups", "Keep them", false});
    manifest.files.push_back({"files/x/b", "C:\\x\\b", 0, std::string(64, 'b'), "p", "d", "w", "u", true});
    manifest.records.push_back({"license.json", 10, std::string(64, 'c'), "license"});
    manifest.skipped.push_back({"C:\\x\\link", "it is a symbolic link", RescueSkipCause::SymbolicLink});
    manifest.byHand.push_back({"kaspersky-password-manager", "passwords", "Passwords", "Export", "Lost"});
    return manifest;
}

void expectRefused(const Json& document, const QString& words)
{
    try {
        static_cast<void>(rescueManifestFromText(document.dump()));
        QFAIL(qPrintable("accepted: " + words));
    } catch (const RescueManifestError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(words), error.what());
    }
}

Finding finding(const Product* product, std::string version)
{
    Finding result;
    result.product = product;
    result.version = std::move(version);
    result.state = FindingState::Installed;
    return result;
}

} // namespace

class TestRescueManifest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        const auto json = rescueManifestToJson(sampleManifest());
        QCOMPARE(json.at("kind").get<std::string>(), std::string("offramp-rescue-manifest"));
        QCOMPARE(json.at("schema_version").get<int>(), 1);
        QCOMPARE(json.at("files").at(0).at("source").get<std::string>(),
                 std::string("C:\\Users\\alice\\Documents\\Kaspersky Password Manager\\Backup\\a.edb"));
        QVERIFY(!json.at("files").at(0).contains("from_earlier_run"));
        QVERIFY(json.at("files").at(1).at("from_earlier_run").get<bool>());
        const RescueManifest back = rescueManifestFromText(json.dump());
        QCOMPARE(back.platform, Platform::Windows);
        QCOMPARE(back.root, std::string("/mnt/old-pc"));
        QCOMPARE(back.files.size(), std::size_t(2));
        QCOMPARE(back.files[0].size, std::uint64_t(1234));
        QCOMPARE(back.files[0].useLater, std::string("Keep them"));
        QVERIFY(back.files[1].fromEarlierRun);
        QCOMPARE(back.records.at(0).path, std::string("license.json"));
        QCOMPARE(back.skipped.at(0).reason, std::string("it is a symbolic link"));
        QCOMPARE(json.at("skipped").at(0).at("cause").get<std::string>(), std::string("symbolic-link"));
        QCOMPARE(back.skipped.at(0).cause, RescueSkipCause::SymbolicLink);
        // A manifest from before causes were recorded reads as it did.
        Json old = json;
        old["skipped"][0].erase("cause");
        QCOMPARE(rescueManifestFromText(old.dump()).skipped.at(0).cause, RescueSkipCause::Unreadable);
        QCOMPARE(back.byHand.at(0).howToSave, std::string("Export"));
    }

    void refusesWhatVerifyCannotTrust()
    {
        const Json good = rescueManifestToJson(sampleManifest());
        for (const char* path : {"../secret", "/etc/shadow", "files/../../x", "files\\..\\x", "C:/x", "files//x",
                                 "files/./x", "files/x/"}) {
            Json bad = good;
            bad["files"][0]["path"] = path;
            expectRefused(bad, "is not a path inside the bundle");
        }
        Json bad = good;
        bad["files"][0]["sha256"] = "ABC";
        expectRefused(bad, "is not a SHA-256");
        bad = good;
        bad["files"][1]["path"] = bad["files"][0]["path"];
        expectRefused(bad, "is listed twice");
        bad = good;
        bad["files"][0]["size"] = -1;
        expectRefused(bad, "a size in bytes");
        bad = good;
        bad["skipped"][0]["cause"] = "gremlins";
        expectRefused(bad, "unknown cause \"gremlins\"");
        bad = good;
        bad["kind"] = "offramp-scan";
        expectRefused(bad, "not an Offramp rescue manifest");
        bad = good;
        bad["schema_version"] = 2;
        expectRefused(bad, "schema_version 2");
        try {
            // A size no double can hold ended `verify` instead of being refused.
            static_cast<void>(rescueManifestFromText(R"({"kind": "offramp-rescue-manifest", "size": -1e400})"));
            QFAIL("accepted a number no double holds");
        } catch (const RescueManifestError& error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("not valid JSON at line 1, column 45: the number -1e400 is too large"));
        }
        try {
            static_cast<void>(rescueManifestFromText("{\"files\": ["));
            QFAIL("accepted broken JSON");
        } catch (const RescueManifestError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains("line 1"), error.what());
        }
    }

    void sha256HexDigests()
    {
        QVERIFY(isSha256Hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(!isSha256Hex("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"));
        QVERIFY(!isSha256Hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85"));
        QVERIFY(!isSha256Hex("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void bundlePaths()
    {
        QCOMPARE(rescueBundlePath("/Users/a/Documents/x.edb"), std::string("files/Users/a/Documents/x.edb"));
        QVERIFY(isSafeBundlePath("files/var/opt/kaspersky/kesl/common/kesl.ini"));
        QVERIFY(isSafeBundlePath("files/Users/a/backup 12:30.edb")); // a colon is fine past the first component
        QVERIFY(!isSafeBundlePath("c:x"));
        QVERIFY(!isSafeBundlePath(std::string("files/a\nb")));
    }

    void temporaryNames()
    {
        const std::string name = rescueTemporaryName("vault.edb", 0x0123456789abcdefULL);
        QCOMPARE(name, std::string(".vault.edb.offramp-tmp-0123456789abcdef"));
        QVERIFY(isRescueTemporaryName(name));
        QVERIFY(isRescueTemporaryName(rescueTemporaryName(std::string(300, 'n'), 1)));
        QVERIFY(rescueTemporaryName(std::string(300, 'n'), 1).size() < 100);
        QVERIFY(!isRescueTemporaryName("vault.edb"));
        QVERIFY(!isRescueTemporaryName(".vault.edb.offramp-tmp-0123"));
        QVERIFY(!isRescueTemporaryName("vault.edb.offramp-tmp-0123456789abcdef"));
    }

    // Product, version and state come from the scan; the expiry is null with the reason, never invented.
    void licenseRecordKeepsToWhatTheMachineShows()
    {
        const auto& catalog = test::sourceCatalog();
        LicenseScan scan;
        scan.scanned = true;
        scan.what = "the Linux files under /mnt";
        scan.findings.push_back(finding(catalog.product("kaspersky-endpoint-security-linux"), "12.1.0-1297"));
        scan.findings.push_back(finding(catalog.product("kaspersky-endpoint-security-windows"), ""));
        const Json record = licenseRecordToJson(catalog, Platform::Linux, scan);
        QCOMPARE(record.at("kind").get<std::string>(), std::string("offramp-license-record"));
        QVERIFY(record.at("scanned").get<bool>());
        QVERIFY(!record.contains("not_scanned_reason"));
        const auto& kesl = record.at("products").at(0);
        QCOMPARE(kesl.at("product").get<std::string>(), std::string("Kaspersky Endpoint Security for Linux"));
        QCOMPARE(kesl.at("version").get<std::string>(), std::string("12.1.0-1297"));
        QCOMPARE(kesl.at("state").get<std::string>(), std::string("installed"));
        QVERIFY(kesl.at("expiry").is_null());
        QVERIFY(kesl.at("expiry_note").get<std::string>().starts_with("Not shown"));
        QVERIFY(!kesl.contains("how_to_keep")); // the catalog has no license entry for it
        const auto& kes = record.at("products").at(1);
        QVERIFY(kes.at("expiry").is_null());
        QVERIFY(kes.at("version_note").get<std::string>().starts_with("Not shown"));
        QVERIFY(kes.at("how_to_keep").get<std::string>().find("license key") != std::string::npos);
        QVERIFY(!kes.at("sources").empty());
        QCOMPARE(licenseSummary(scan.findings[0]), std::string("Kaspersky Endpoint Security for Linux 12.1.0-1297"));

        LicenseScan none;
        none.reason = "no registry in a folder";
        const Json empty = licenseRecordToJson(catalog, Platform::Windows, none);
        QVERIFY(!empty.at("scanned").get<bool>());
        QCOMPARE(empty.at("not_scanned_reason").get<std::string>(), std::string("no registry in a folder"));
        QVERIFY(empty.at("products").empty());
    }
};

QTEST_GUILESS_MAIN(TestRescueManifest)
#include "tst_rescue_manifest.moc"
