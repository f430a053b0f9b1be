// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/RemovalJournal.h"
#include "engine/RescueManifest.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using offramp::test::readFile;
using offramp::test::runCli;
using offramp::test::writeFile;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// kesl installed, the Network Agent's configuration files left behind.
constexpr const char* kStatus = "Package: kesl\n"
                                "Status: install ok installed\n"
                                "Version: 12.1.0-1297\n"
                                "\n"
                                "Package: klnagent64\n"
                                "Status: deinstall ok config-files\n"
                                "Version: 14.2.0-35148\n";

// A scan of a Linux tree named `host`, saved as scan --json prints it.
fs::path savedScan(const fs::path& dir, const std::string& host, const std::string& status)
{
    const fs::path root = dir / ("root-" + std::to_string(std::hash<std::string>{}(host)));
    writeFile(root / "var/lib/dpkg/status", status);
    writeFile(root / "etc/hostname", host + "\n");
    const auto result = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--platform"),
                                QStringLiteral("linux"), QStringLiteral("--root"), QString::fromStdString(root)});
    if (result.exitCode != 0 && result.exitCode != 1) {
        throw std::runtime_error("scan failed: " + result.err.toStdString());
    }
    fs::path file = dir / ("scan-" + std::to_string(std::hash<std::string>{}(host)) + ".json");
    writeFile(file, result.out.toStdString());
    return file;
}

offramp::JournalStep step(std::string product, std::string target, offramp::StepState state, std::string message)
{
    offramp::JournalStep step;
    step.id = product + ":remove-package:" + target;
    step.product = std::move(product);
    step.name = "a product";
    step.action = "remove-package";
    step.target = std::move(target);
    step.state = state;
    step.message = std::move(message);
    return step;
}

// A journal as remove writes it, through the journal's own writer.
fs::path savedJournal(const fs::path& file, const std::string& host, std::vector<offramp::JournalStep> steps,
                      const std::string& updatedAt = "2026-01-02T03:04:05Z")
{
    offramp::Journal journal;
    journal.platform = "linux";
    journal.machine = "this Linux computer";
    journal.host = host;
    journal.updatedAt = updatedAt;
    journal.status = offramp::JournalStatus::Failed;
    journal.steps = std::move(steps);
    writeFile(file, offramp::journalToText(journal));
    return file;
}

fs::path savedManifest(const fs::path& file, const std::string& host)
{
    offramp::RescueManifest manifest;
    manifest.host = host;
    manifest.root = "/";
    const std::string hash(64, 'a');
    for (const auto& [path, size] : {std::pair<std::string, std::uint64_t>{"files/a", 1500000}, {"files/b", 500000}}) {
        offramp::RescuedFile copy;
        copy.path = path;
        copy.size = size;
        copy.sha256 = hash;
        copy.product = "kaspersky-endpoint-security-linux";
        manifest.files.push_back(copy);
    }
    manifest.byHand.push_back({"kaspersky-security-center-network-agent", "x", "what", "how", "if"});
    writeFile(file, offramp::rescueManifestToJson(manifest).dump(2));
    return file;
}

// report --format json of the inputs, and what it printed.
offramp::test::CommandResult report(const QStringList& inputs)
{
    return runCli(QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")} + inputs);
}

Json parsed(const offramp::test::CommandResult& result)
{
    return result.out.isEmpty() ? Json() : Json::parse(result.out.toStdString());
}

const Json* rowOf(const Json& report, const std::string& host, const std::string& productId)
{
    for (const auto& row : report.at("rows")) {
        if (row.at("host") == host && row.at("product_id") == productId) {
            return &row;
        }
    }
    return nullptr;
}

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::exchange(field, {}));
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(std::exchange(field, {}));
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    rows.pop_back(); // after the last CRLF
    return rows;
}

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void scan_namesTheHost()
    {
        QTemporaryDir dir;
        const auto scan = Json::parse(readFile(savedScan(dir.path().toStdString(), "web-01", kStatus)));
        QCOMPARE(scan.at("host").get<std::string>(), std::string("web-01"));
        const auto demo = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--demo"),
                                  QStringLiteral("office-linux")});
        QCOMPARE(Json::parse(demo.out.toStdString()).at("host").get<std::string>(), std::string("office-linux"));
    }

    void merge_scanJournalManifest_oneRowPerHostAndProduct()
    {
        QTemporaryDir dir;
        const fs::path base = dir.path().toStdString();
        const auto scan = savedScan(base, "web-01", kStatus);
        const auto journal =
            savedJournal(base / "journal.json", "web-01",
                         {step("kaspersky-endpoint-security-linux", "kesl", offramp::StepState::Done, "removed kesl"),
                          step("kaspersky-security-center-network-agent", "klnagent64", offramp::StepState::Failed,
                               "dpkg ended with exit code 1")});
        // An older journal of the same host: the latest one counts.
        savedJournal(base / "older" / "journal.json", "web-01",
                     {step("kaspersky-endpoint-security-linux", "kesl", offramp::StepState::Failed, "old")},
                     "2025-01-01T00:00:00Z");
        const auto manifest = savedManifest(base / "bundle" / "manifest.json", "web-01");
        writeFile(base / "bundle" / ".offramp-rescue", "");
        // A copy in the bundle that looks like JSON is the person's file, not an input.
        writeFile(base / "bundle" / "files" / "settings.json", "{}");
        const auto demo = runCli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--demo"),
                                  QStringLiteral("clean-linux")});
        writeFile(base / "clean.json", demo.out.toStdString());

        const auto mergedRun = report({dir.path()});
        const Json mergedJson = parsed(mergedRun);
        QVERIFY2(mergedRun.exitCode == 0, mergedRun.err.constData());
        QVERIFY2(mergedRun.err.isEmpty(), mergedRun.err.constData());
        QCOMPARE(mergedJson.at("kind").get<std::string>(), std::string("offramp-fleet-report"));
        QCOMPARE(mergedJson.at("inputs").get<int>(), 5);
        QCOMPARE(mergedJson.at("hosts").get<int>(), 2);
        QCOMPARE(mergedJson.at("rows").size(), std::size_t(3));

        const Json* kesl = rowOf(mergedJson, "web-01", "kaspersky-endpoint-security-linux");
        QVERIFY(kesl != nullptr);
        QCOMPARE(kesl->at("version").get<std::string>(), std::string("12.1.0-1297"));
        QCOMPARE(kesl->at("state").get<std::string>(), std::string("installed"));
        QCOMPARE(kesl->at("banned").get<bool>(), true);
        QCOMPARE(kesl->at("removal").get<std::string>(), std::string("removed"));
        QCOMPARE(kesl->at("saved").at("files").get<int>(), 2);
        QCOMPARE(kesl->at("saved").at("bytes").get<long long>(), 2000000LL);
        QCOMPARE(kesl->at("sources").size(), std::size_t(3)); // the scan, the latest journal, the manifest

        const Json* agent = rowOf(mergedJson, "web-01", "kaspersky-security-center-network-agent");
        QVERIFY(agent != nullptr);
        QCOMPARE(agent->at("state").get<std::string>(), std::string("leftovers"));
        QCOMPARE(agent->at("removal").get<std::string>(), std::string("failed"));
        QCOMPARE(agent->at("note").get<std::string>(), std::string("dpkg ended with exit code 1"));
        QCOMPARE(agent->at("saved").at("files").get<int>(), 0);
        QCOMPARE(agent->at("saved").at("by_hand").get<int>(), 1);
        QCOMPARE(agent->at("saved").at("rescued").get<bool>(), true);

        const Json* clean = rowOf(mergedJson, "clean-linux", "");
        QVERIFY(clean != nullptr);
        QCOMPARE(clean->at("state").get<std::string>(), std::string("nothing-found"));
        QCOMPARE(clean->at("removal").get<std::string>(), std::string());

        // The same report, written to a file beside its inputs, is no input of the next run.
        const QString output = q(base / "fleet.json");
        const auto written = runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--output"), output, dir.path()});
        QCOMPARE(written.exitCode, 0);
        const auto againRun = report({dir.path()});
        const Json againJson = parsed(againRun);
        QCOMPARE(againRun.exitCode, 0);
        QVERIFY(againJson.at("rows") == mergedJson.at("rows"));
    }

    void corruptInputs_namedListedAndTheOthersStillCount()
    {
        QTemporaryDir dir;
        const fs::path base = dir.path().toStdString();
        const auto scan = savedScan(base, "web-01", kStatus);
        writeFile(base / "truncated.json", readFile(scan).substr(0, 40));
        writeFile(base / "unknown.json", R"({"hello": "world"})");
        writeFile(base / "bad-journal.json", R"({"schema_version": 1, "kind": "offramp-removal-journal",
            "platform": "linux", "status": "exploded", "steps": []})");
        const QString missing = q(base / "gone.json");

        const auto mergedRun = report(
            {q(scan), q(base / "truncated.json"), q(base / "unknown.json"), q(base / "bad-journal.json"), missing});
        const Json mergedJson = parsed(mergedRun);
        QCOMPARE(mergedRun.exitCode, 3);
        // One line per unreadable file, naming it.
        const auto lines = mergedRun.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (const auto& name : {"truncated.json", "unknown.json", "bad-journal.json", "gone.json"}) {
            QVERIFY2(
                mergedRun.err.contains(QByteArray("offramp-cli: report: ") + base.string().c_str() + "/" + name + ": "),
                mergedRun.err.constData());
        }
        QVERIFY(mergedRun.err.contains("bad-journal.json: damaged removal journal: at /status: unknown status"));
        QVERIFY(mergedRun.err.contains("gone.json: there is no such file or folder"));
        QCOMPARE(mergedJson.at("unreadable").size(), std::size_t(4));
        QCOMPARE(mergedJson.at("unreadable")[0].at("file").get<std::string>(), (base / "truncated.json").string());
        QVERIFY(mergedJson.at("unreadable")[0].at("reason").get<std::string>().starts_with("not valid JSON at line"));
        // The readable scan is in the report all the same.
        QVERIFY(rowOf(mergedJson, "web-01", "kaspersky-endpoint-security-linux") != nullptr);
    }

    void csv_quotesWhatNeedsIt()
    {
        QTemporaryDir dir;
        const fs::path base = dir.path().toStdString();
        const std::string host = "a,\"b\" c";
        const std::string message = "dpkg said:\n\"no\", twice";
        savedJournal(base / "j.json", host,
                     {step("kaspersky-endpoint-security-linux", "kesl", offramp::StepState::Failed, message)});
        const auto result = runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--output"), q(base / "out.csv"), q(base / "j.json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const std::string text = readFile(base / "out.csv");
        QVERIFY(text.find("\"a,\"\"b\"\" c\"") != std::string::npos);
        const auto rows = parseCsv(text);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].front(), std::string("host"));
        QCOMPARE(rows[1].size(), rows[0].size());
        QCOMPARE(rows[1][0], host);
        QCOMPARE(rows[1][2], std::string("kaspersky-endpoint-security-linux"));
        QCOMPARE(rows[1][5], std::string("not-scanned"));
        QCOMPARE(rows[1][7], std::string("failed"));
        QCOMPARE(rows[1][12], message);
    }

    // A host or message that a spreadsheet would run as a formula stays text in the CSV, and as it was in JSON.
    void csv_keepsFormulasAsText()
    {
        QTemporaryDir dir;
        const fs::path base = dir.path().toStdString();
        const std::string host = "=HYPERLINK(\"http://x.invalid\")";
        savedJournal(base / "j.json", host,
                     {step("kaspersky-endpoint-security-linux", "kesl", offramp::StepState::Failed, "@SUM(1)")});
        const auto csv =
            runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"), q(base / "j.json")});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const auto rows = parseCsv(csv.out.toStdString());
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1][0], "'" + host);
        QCOMPARE(rows[1][12], std::string("'@SUM(1)"));
        const auto json =
            runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"), q(base / "j.json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QVERIFY(json.out.contains(QByteArray::fromStdString(Json(host).dump())));
    }

    void html_escapesEverythingFromTheInputs()
    {
        QTemporaryDir dir;
        const fs::path base = dir.path().toStdString();
        savedJournal(base / "j.json", "<script>alert('x')</script>",
                     {step("kaspersky-endpoint-security-linux", "kesl", offramp::StepState::Failed,
                           "<img src=x onerror=alert(1)> & \"more\"")});
        writeFile(base / "<b>bad</b>.json", "{");
        const auto result =
            runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"), dir.path()});
        QCOMPARE(result.exitCode, 3);
        const QByteArray html = result.out;
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("<b>bad"));
        QVERIFY(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        QVERIFY(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;"));
        QVERIFY(html.contains("&lt;b&gt;bad&lt;/b&gt;.json"));
        // Self-contained: nothing to fetch.
        QVERIFY(!html.contains("src=\""));
        QVERIFY(!html.contains("href="));
    }

    void usage_errors()
    {
        QCOMPARE(runCli({QStringLiteral("report")}).exitCode, 2);
        const auto format =
            runCli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral(".")});
        QCOMPARE(format.exitCode, 2);
        QCOMPARE(format.err, QByteArray("offramp-cli: report: --format must be html, json or csv, not \"pdf\"\n"));
        QTemporaryDir empty;
        const auto nothing = runCli({QStringLiteral("report"), empty.path()});
        QCOMPARE(nothing.exitCode, 3);
        QVERIFY(nothing.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
