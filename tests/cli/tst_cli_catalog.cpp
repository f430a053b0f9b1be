// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using offramp::test::runCli;

class TestCliCatalog : public QObject
{
    Q_OBJECT

private slots:
    void theBuiltInCatalogIsValid()
    {
        const auto result = runCli({QStringLiteral("catalog"), QStringLiteral("validate")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("The catalog is valid: "));
        QVERIFY(result.err.isEmpty());
    }

    void validatesGivenFilesAgainstTheRest()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        // The source products file is valid on its own terms and against the built-in regulations.
        const auto products = offramp::test::readFile(std::filesystem::path(OFFRAMP_CATALOG_DIR) / "products.json");
        offramp::test::writeFile(folder / "products.json", products);
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("validate"),
                         QString::fromStdString((folder / "products.json").string())})
                     .exitCode,
                 0);

        auto broken = nlohmann::json::parse(products);
        broken["products"][2]["signatures"]["linux"] = {{"packages", {"kesl"}}, {"units", {"x"}}};
        offramp::test::writeFile(folder / "broken.json", broken.dump(1));
        const auto result = runCli({QStringLiteral("catalog"), QStringLiteral("validate"),
                                    QString::fromStdString((folder / "broken.json").string())});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains("broken.json at /products/2/signatures/linux/units: "), result.err.constData());
        QVERIFY2(result.err.contains("is not a Linux signature kind"), result.err.constData());
    }

    void unreadableFileIsBadInput()
    {
        const auto result =
            runCli({QStringLiteral("catalog"), QStringLiteral("validate"), QStringLiteral("/nonexistent/x.json")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("cannot read /nonexistent/x.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
