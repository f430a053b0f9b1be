// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using offramp::test::readFile;
using offramp::test::writeFile;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kKeslInstalled = "Package: kesl\nStatus: install ok installed\nVersion: 12.1.0-1297\n";

// A TCP port on 127.0.0.1 that nothing listens on: taken from the system, then let go.
int closedPort()
{
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof(address);
    if (socket < 0 || ::bind(socket, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
        ::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
        throw std::runtime_error("no free port on 127.0.0.1");
    }
    ::close(socket);
    return ntohs(address.sin_port);
}

class Fleet
{
public:
    Fleet()
    {
        m_base = m_dir.path().toStdString();
        // alpha: Kaspersky Endpoint Security installed; beta: nothing; gamma: a damaged dpkg database.
        writeFile(root("alpha") / "var/lib/dpkg/status", kKeslInstalled);
        writeFile(root("alpha") / "etc/hostname", "alpha\n");
        writeFile(root("beta") / "var/lib/dpkg/status", "Package: bash\nStatus: install ok installed\nVersion: 5\n");
        writeFile(root("beta") / "etc/hostname", "beta\n");
        writeFile(root("gamma") / "var/lib/dpkg/status", "Package: kesl\nStatus: install ok installed\nnot a field\n");
        writeFile(root("gamma") / "etc/hostname", "gamma\n");
        Json hosts;
        for (const char* name : {"alpha", "beta", "gamma"}) {
            hosts[name] = {{"ansible_connection", "local"},
                           {"offramp_machine_args", {"--root", root(name).string()}},
                           {"offramp_remote_dir", (m_base / "remote" / name).string()}};
        }
        hosts["delta"] = {{"ansible_connection", "ssh"}, {"ansible_host", "127.0.0.1"}, {"ansible_port", closedPort()}};
        // JSON is YAML: the inventory is written with the library the tests already use.
        const Json inventory{
            {"fleet", {{"hosts", hosts}, {"vars", {{"ansible_python_interpreter", "/usr/bin/python3"}}}}}};
        writeFile(m_base / "inventory.yml", inventory.dump(2));
    }

    fs::path root(const std::string& host) const { return m_base / "roots" / host; }

    // Runs the playbook and returns the run's folder (fleet-reports/<time stamp>).
    fs::path run(const QStringList& extra)
    {
        const std::string playbook = OFFRAMP_SOURCE_DIR "/packaging/fleet/ansible/offramp-fleet.yml";
        const fs::path reports = m_base / ("reports-" + std::to_string(m_runs++));
        QStringList arguments{QStringLiteral("-i"),
                              QString::fromStdString((m_base / "inventory.yml").string()),
                              QString::fromStdString(playbook),
                              QStringLiteral("-e"),
                              QStringLiteral("offramp_cli=" OFFRAMP_CLI_PATH),
                              QStringLiteral("-e"),
                              QString::fromStdString("offramp_fleet_dir=" + reports.string())};
        const auto result = offramp::test::run(QString::fromStdString(offramp::test::requireTool("ansible-playbook")),
                                               arguments + extra, {}, 300000);
        if (result.exitCode != 0) {
            throw std::runtime_error("ansible-playbook failed: " + result.out.right(4000).toStdString() +
                                     result.err.toStdString());
        }
        const auto runs = QDir(QString::fromStdString(reports.string())).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (runs.size() != 1) {
            throw std::runtime_error("expected one run folder under " + reports.string());
        }
        return reports / runs.front().toStdString();
    }

private:
    QTemporaryDir m_dir;
    fs::path m_base;
    int m_runs = 0;
};

const Json& rowOf(const Json& report, const std::string& host)
{
    for (const auto& row : report.at("rows")) {
        if (row.at("host") == host) {
            return row;
        }
    }
    throw std::runtime_error("no row for " + host);
}

} // namespace

class TestFleetAnsible : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Ansible keeps its temporary files and settings in the test's folder, and asks nothing.
        qputenv("ANSIBLE_HOME", QDir::temp().filePath(QStringLiteral("offramp-fleet-ansible")).toUtf8());
        qputenv("ANSIBLE_HOST_KEY_CHECKING", "False");
        qputenv("ANSIBLE_RETRY_FILES_ENABLED", "False");
        qputenv("ANSIBLE_NOCOLOR", "1");
        qputenv("ANSIBLE_SSH_ARGS", "-o ConnectTimeout=10 -o BatchMode=yes");
    }

    void scan_reportsEveryHost_removesNothing()
    {
        Fleet fleet;
        const fs::path run = fleet.run({});
        for (const char* format : {"html", "csv", "json"}) {
            QVERIFY2(fs::is_regular_file(run / (std::string("fleet-report.") + format)), format);
        }
        const Json report = Json::parse(readFile(run / "fleet-report.json"));
        QCOMPARE(report.at("rows").size(), std::size_t(4));
        QCOMPARE(report.at("unreadable").size(), std::size_t(0));

        const Json& alpha = rowOf(report, "alpha");
        QCOMPARE(alpha.at("product_id").get<std::string>(), std::string("kaspersky-endpoint-security-linux"));
        QCOMPARE(alpha.at("version").get<std::string>(), std::string("12.1.0-1297"));
        QCOMPARE(alpha.at("state").get<std::string>(), std::string("installed"));
        QCOMPARE(alpha.at("removal").get<std::string>(), std::string()); // no removal without offramp_remove
        QCOMPARE(rowOf(report, "beta").at("state").get<std::string>(), std::string("nothing-found"));

        const Json& gamma = rowOf(report, "gamma");
        QCOMPARE(gamma.at("state").get<std::string>(), std::string("failed"));
        QVERIFY2(gamma.at("note").get<std::string>().find("Scan: offramp-cli: /var/lib/dpkg/status line 3") == 0,
                 gamma.at("note").get<std::string>().c_str());

        const Json& delta = rowOf(report, "delta");
        QCOMPARE(delta.at("state").get<std::string>(), std::string("unreachable"));
        QVERIFY2(delta.at("note").get<std::string>().find("connect: Failed to connect to the host via ssh") == 0,
                 delta.at("note").get<std::string>().c_str());

        // The CSV holds the same rows, and the package is still installed.
        const std::string csv = readFile(run / "fleet-report.csv");
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 5L);
        QVERIFY(readFile(fleet.root("alpha") / "var/lib/dpkg/status").find("install ok installed") !=
                std::string::npos);
        const std::string html = readFile(run / "fleet-report.html");
        QVERIFY(html.find("<td>delta</td><td></td><td></td><td>Unreachable</td>") != std::string::npos);
    }

    void remove_onlyWithTheVariable_journalInTheReport()
    {
        Fleet fleet;
        const fs::path run = fleet.run({QStringLiteral("-e"), QStringLiteral("offramp_remove=true")});
        QVERIFY(fs::is_regular_file(run / "results" / "alpha.journal.json"));
        QVERIFY(!fs::exists(run / "results" / "beta.journal.json")); // nothing banned there: remove never ran
        const Json report = Json::parse(readFile(run / "fleet-report.json"));
        const Json& alpha = rowOf(report, "alpha");
        QCOMPARE(alpha.at("state").get<std::string>(), std::string("installed"));
        QCOMPARE(alpha.at("removal").get<std::string>(), std::string("removed"));
        QVERIFY(readFile(fleet.root("alpha") / "var/lib/dpkg/status").find("install ok installed") ==
                std::string::npos);
        QCOMPARE(rowOf(report, "delta").at("state").get<std::string>(), std::string("unreachable"));
        QCOMPARE(rowOf(report, "gamma").at("state").get<std::string>(), std::string("failed"));
    }
};

QTEST_GUILESS_MAIN(TestFleetAnsible)
#include "tst_fleet_ansible.moc"
