// SPDX-License-Identifier: GPL-3.0-or-later
// How a rescue is set up, as offramp-cli rescue and the wizard share it: the catalog's locations, what only the
// user can save, the license record of the scan, and the bytes a rescue would copy (for a progress bar).
#include "RescueFixtures.h"
#include "platform/RescueSetup.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace offramp;
using namespace offramp::platform;
using namespace offramp::test::rescue;

namespace {

Finding installed(const Product* product)
{
    Finding result;
    result.product = product;
    result.state = FindingState::Installed;
    return result;
}

std::vector<std::string> patterns(const std::vector<RescueLocation>& locations)
{
    std::vector<std::string> result;
    for (const auto& location : locations) {
        result.push_back(location.pattern);
    }
    return result;
}

} // namespace

class TestRescueSetup : public QObject
{
    Q_OBJECT

private slots:
    void requestHoldsTheLocationsTheByHandListAndTheLicenseRecord()
    {
        const auto& catalog = test::sourceCatalog();
        LicenseScan scan;
        scan.scanned = true;
        scan.what = "the Windows files under /mnt/old";
        scan.findings = {installed(catalog.product("kaspersky-password-manager")),
                         installed(catalog.product("kaspersky-unified-app"))};
        const RescueRequest request = makeRescueRequest(catalog, Platform::Windows, "/mnt/old", "/media/usb/r", scan);
        QCOMPARE(request.platform, Platform::Windows);
        QCOMPARE(request.root, fs::path("/mnt/old"));
        QCOMPARE(request.bundle, fs::path("/media/usb/r"));
        QCOMPARE(patterns(request.locations), patterns(rescueLocations(catalog, Platform::Windows, scan.findings)));
        QVERIFY(!request.locations.empty());
        QCOMPARE(request.locations.front().product->id, std::string("kaspersky-password-manager"));

        const auto manual = manualRescues(scan.findings, Platform::Windows);
        QCOMPARE(request.byHand.size(), manual.size());
        for (std::size_t i = 0; i < manual.size(); ++i) {
            QCOMPARE(request.byHand[i].product, manual[i].product->id);
            QCOMPARE(request.byHand[i].data, manual[i].data->id);
            QCOMPARE(request.byHand[i].what, manual[i].data->what.text());
            QCOMPARE(request.byHand[i].howToSave, manual[i].data->howToSave.text());
        }
        // The passwords themselves live inside the app: saved by hand, never copied as files.
        QVERIFY(std::any_of(request.byHand.begin(), request.byHand.end(),
                            [](const RescueByHand& item) { return item.data == "passwords"; }));

        const auto record = nlohmann::json::parse(request.licenseRecord);
        QVERIFY(record == licenseRecordToJson(catalog, Platform::Windows, scan));
        QVERIFY(request.licenseRecord.ends_with("\n"));
        QVERIFY(!request.freeSpace);
    }

    void countsTheBytesARescueWouldCopy()
    {
        const auto& catalog = test::sourceCatalog();
        QTemporaryDir dir;
        const fs::path root = fs::path(dir.path().toStdString()) / "root";
        writeRandomFile(kpmBackups(root, "alex") / "vault-1.edb", 300000, 1);
        writeRandomFile(kpmBackups(root, "sam") / "older" / "vault-0.edb", 1234, 2);
        test::writeFile(root / "Users/alex/Documents/letter.txt", "not at a rescue location");
        const RescueRequest request =
            makeRescueRequest(catalog, Platform::Windows, root, fs::path(dir.path().toStdString()) / "bundle", {});
        QCOMPARE(rescueSourceBytes(request), std::uint64_t{300000 + 1234});

        // What the rescue then copies is what was counted.
        const RescueOutcome outcome = runRescue(request);
        QCOMPARE(outcome.bytesWritten, std::uint64_t{300000 + 1234});
        QCOMPARE(outcome.copied, std::size_t{2});

        RescueRequest nowhere = request;
        nowhere.root = fs::path(dir.path().toStdString()) / "missing";
        QCOMPARE(rescueSourceBytes(nowhere), std::uint64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestRescueSetup)
#include "tst_rescue_setup.moc"
