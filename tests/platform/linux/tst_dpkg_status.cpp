// SPDX-License-Identifier: GPL-3.0-or-later
// The dpkg status reader on texts written here: every package state dpkg writes, the shapes of a
// stanza it accepts, and damaged databases, each refused with the line that is wrong.
#include "TestSupport.h"
#include "engine/MachineProbe.h"
#include "platform/linux/DpkgStatusReader.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace offramp;
using namespace offramp::platform;

namespace {

namespace fs = std::filesystem;

const PackageFilter everything = [](std::string_view) { return true; };

// In the order the reader reported them.
QStringList describe(const std::vector<Fact>& facts)
{
    QStringList lines;
    for (const Fact& fact : facts) {
        lines << offramp::test::describeFact(fact);
    }
    return lines;
}

QString installed(const char* name, const char* version, const char* status = "install ok installed")
{
    return QStringLiteral("%1 %2 %3 [%4] @/var/lib/dpkg/status")
        .arg(QString::fromUtf8(factKindId(FactKind::Package)), QString::fromUtf8(name), QString::fromUtf8(version),
             QString::fromUtf8(status));
}

QString configFiles(const char* name, const char* version, const char* status = "deinstall ok config-files")
{
    return QStringLiteral("%1 %2 %3 [%4] @/var/lib/dpkg/status")
        .arg(QString::fromUtf8(factKindId(FactKind::PackageConfigFiles)), QString::fromUtf8(name),
             QString::fromUtf8(version), QString::fromUtf8(status));
}

// The message a damaged text is refused with ("" when it is accepted).
QString refusal(std::string_view text)
{
    try {
        readDpkgStatus(text, everything);
    } catch (const ProbeError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

QString damaged(int line, const char* what)
{
    return QStringLiteral("/var/lib/dpkg/status line %1: %2 \u2014 the dpkg database looks damaged")
        .arg(line)
        .arg(QString::fromUtf8(what));
}

// Writes into a pipe from another thread; a failure shows as a mismatch in what the reader got.
void writeQuietly(const fs::path& path, const std::string& text)
{
    try {
        offramp::test::writeFile(path, text);
    } catch (const std::exception&) {
    }
}

constexpr std::string_view kSample = "Package: kesl\n"
                                     "Status: install ok installed\n"
                                     "Priority: optional\n"
                                     "Section: admin\n"
                                     "Installed-Size: 812345\n"
                                     "Maintainer: AO Kaspersky Lab <support@kaspersky.com>\n"
                                     "Architecture: amd64\n"
                                     "Version: 12.1.0-1297\n"
                                     "Depends: libc6 (>= 2.17), perl\n"
                                     "Conffiles:\n"
                                     " /etc/opt/kaspersky/kesl/kesl.ini 0123456789abcdef0123456789abcdef\n"
                                     "Description: Kaspersky Endpoint Security for Linux\n"
                                     " Kaspersky Endpoint Security for Linux protects Linux computers.\n"
                                     " .\n"
                                     " It has more lines: Field-like: text in a continuation is not a field.\n"
                                     "\n"
                                     "Package: kesl-gui\n"
                                     "Status: deinstall ok config-files\n"
                                     "Priority: optional\n"
                                     "Architecture: amd64\n"
                                     "Version: 12.1.0-1297\n"
                                     "Config-Version: 12.1.0-1297\n"
                                     "Depends: kesl\n"
                                     "Description: Kaspersky Endpoint Security for Linux (graphical interface)\n"
                                     "\n"
                                     "Package: klnagent64\n"
                                     "Status: purge ok not-installed\n"
                                     "Priority: optional\n"
                                     "Architecture: amd64\n"
                                     "\n"
                                     "Package: kav4fs\n"
                                     "Status: install reinstreq half-installed\n"
                                     "Architecture: i386\n"
                                     "Version: 8.0.4-312\n"
                                     "\n"
                                     "Package: clamav\n"
                                     "Status: install ok unpacked\n"
                                     "Version: 1.0.7+dfsg-1~deb12u1\n"
                                     "Description: anti-virus utility for Unix - command-line interface\n";

} // namespace

class TestDpkgStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A pipe closed early by the reader must fail the writer's write, not end the test.
        static_cast<void>(std::signal(SIGPIPE, SIG_IGN));
    }

    void readsEveryState()
    {
        const auto facts = readDpkgStatus(kSample, everything);
        QCOMPARE(describe(facts), QStringList({
                                      installed("kesl", "12.1.0-1297"),
                                      configFiles("kesl-gui", "12.1.0-1297"),
                                      // half-installed and unpacked still have files on the machine.
                                      installed("kav4fs", "8.0.4-312", "install reinstreq half-installed"),
                                      installed("clamav", "1.0.7+dfsg-1~deb12u1", "install ok unpacked"),
                                  }));
    }

    void keepsOnlyWhatTheFilterWants()
    {
        std::vector<std::string> asked;
        const auto facts = readDpkgStatus(kSample, [&asked](std::string_view name) {
            asked.emplace_back(name);
            return name.starts_with("kesl");
        });
        QCOMPARE(describe(facts),
                 QStringList({installed("kesl", "12.1.0-1297"), configFiles("kesl-gui", "12.1.0-1297")}));
        // Packages that are not installed are not even asked about.
        QCOMPARE(asked.size(), std::size_t{4});
        QVERIFY(readDpkgStatus(kSample, [](std::string_view) { return false; }).empty());
    }

    void everyOtherStateCounts()
    {
        const std::string text = "Package: a\nStatus: install ok half-configured\nVersion: 1\n\n"
                                 "Package: b\nStatus: install ok triggers-awaited\nVersion: 2\n\n"
                                 "Package: c\nStatus: install ok triggers-pending\nVersion: 3\n\n"
                                 "Package: d\nStatus: hold ok installed\nVersion: 4\n\n"
                                 "Package: e\nStatus: purge ok config-files\nVersion: 5\n\n"
                                 "Package: f\nStatus: install ok not-installed\n\n"
                                 "Package: g\nVersion: 7\n";
        QCOMPARE(
            describe(readDpkgStatus(text, everything)),
            QStringList({installed("a", "1", "install ok half-configured"),
                         installed("b", "2", "install ok triggers-awaited"),
                         installed("c", "3", "install ok triggers-pending"), installed("d", "4", "hold ok installed"),
                         configFiles("e", "5", "purge ok config-files")}));
    }

    void acceptsTheShapesDpkgAccepts()
    {
        // Fields in any order and letter case, extra blank lines, whitespace-only lines between stanzas,
        // spaces around values, a missing final newline.
        const std::string text = "\n\nversion:   2.0-1  \nSTATUS:\tinstall  ok   installed\npackage: kesl\n"
                                 "Description: x\n continued\n\tcontinued with a tab\n"
                                 "\n\n   \n\t\n"
                                 "Package: klnagent64\nStatus: install ok installed\nVersion: 15.1.0-20748";
        QCOMPARE(describe(readDpkgStatus(text, everything)),
                 QStringList(
                     {installed("kesl", "2.0-1", "install  ok   installed"), installed("klnagent64", "15.1.0-20748")}));
        QVERIFY(readDpkgStatus("", everything).empty());
        QVERIFY(readDpkgStatus("\n\n\n", everything).empty());
        QCOMPARE(describe(readDpkgStatus("Package: a\nStatus: install ok installed\nVersion: 1\n\n\n", everything)),
                 QStringList({installed("a", "1")}));
    }

    void acceptsCrlfLineEnds()
    {
        const std::string text = "Package: kesl\r\nStatus: install ok installed\r\nVersion: 12.1.0-1297\r\n"
                                 "Description: x\r\n more\r\n\r\n"
                                 "Package: kesl-gui\r\nStatus: deinstall ok config-files\r\nVersion: 12.1.0-1297\r\n";
        QCOMPARE(describe(readDpkgStatus(text, everything)),
                 QStringList({installed("kesl", "12.1.0-1297"), configFiles("kesl-gui", "12.1.0-1297")}));
        // The line numbers of a CRLF file are still right.
        QCOMPARE(refusal("Package: a\r\nStatus: install ok installed\r\n\r\nbroken\r\n"),
                 damaged(4, "a line that is not \"Field: value\", a continuation or a blank line"));
    }

    void namesTheDamagedLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString notAField = QStringLiteral("a line that is not \"Field: value\", a continuation or a blank line");
        const char* noPackage = "a stanza has no Package field";
        QTest::newRow("NUL byte") << QStringLiteral("Package: a\nStatus: install ok installed\nVers")
                                         .append(QChar(u'\0'))
                                         .append(QStringLiteral("ion: 1\n"))
                                  << damaged(3, "a NUL byte");
        QTest::newRow("NUL in a continuation")
            << QStringLiteral("Package: a\nStatus: install ok installed\n\nPackage: b\nDescription: x\n y")
                   .append(QChar(u'\0'))
                   .append(QStringLiteral("\n"))
            << damaged(6, "a NUL byte");
        QTest::newRow("NUL on a line of its own")
            << QStringLiteral("Package: a\n").append(QChar(u'\0')) << damaged(2, "a NUL byte");
        QTest::newRow("stanza without Package")
            << QStringLiteral("Package: a\nStatus: install ok installed\n\nStatus: install ok installed\nVersion: 1\n")
            << damaged(4, noPackage);
        QTest::newRow("last stanza without Package, no final newline")
            << QStringLiteral("Package: a\n\n\nVersion: 1\nArchitecture: all") << damaged(4, noPackage);
        QTest::newRow("empty Package") << QStringLiteral("Version: 1\nPackage:   \n")
                                       << damaged(2, "an empty Package field");
        QTest::newRow("two Package fields")
            << QStringLiteral("Package: a\nPackage: b\n") << damaged(2, "a second Package field in one stanza");
        QTest::newRow("line without colon") << QStringLiteral("Package: a\nStatus: install ok installed\ngarbage\n")
                                            << damaged(3, notAField.toUtf8().constData());
        QTest::newRow("space in a field name")
            << QStringLiteral("Package: a\nInstalled Size: 3\n") << damaged(2, notAField.toUtf8().constData());
        QTest::newRow("colon first") << QStringLiteral("Package: a\n: value\n")
                                     << damaged(2, notAField.toUtf8().constData());
        QTest::newRow("control character") << QStringLiteral("Package: a\n\x01Status: install ok installed\n")
                                           << damaged(2, notAField.toUtf8().constData());
        QTest::newRow("continuation before any field")
            << QStringLiteral("Package: a\n\n continued\n") << damaged(3, "an indented line that belongs to no field");
        QTest::newRow("Status of two words")
            << QStringLiteral("Package: a\nVersion: 1\nStatus: install installed\n")
            << damaged(3, "a Status of 2 words where dpkg writes three (\"want flag state\")");
        QTest::newRow("Status of four words")
            << QStringLiteral("Package: a\nStatus: install ok installed now\n")
            << damaged(2, "a Status of 4 words where dpkg writes three (\"want flag state\")");
        QTest::newRow("empty Status") << QStringLiteral("Package: a\nStatus:\n")
                                      << damaged(2,
                                                 "a Status of 0 words where dpkg writes three (\"want flag state\")");
        // Damage after many good stanzas is still found, with the right line.
        QString longText;
        for (int i = 0; i < 2000; ++i) {
            longText +=
                QStringLiteral("Package: p%1\nStatus: install ok installed\nVersion: 1\nDescription: d\n x\n\n").arg(i);
        }
        longText += QStringLiteral("Package: last\nthis is not a field\n");
        QTest::newRow("far down") << longText << damaged(2000 * 6 + 2, notAField.toUtf8().constData());
    }

    void namesTheDamagedLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const QByteArray bytes = text.toUtf8();
        QCOMPARE(refusal(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))), message);
    }

    void namesTheFileItWasGiven()
    {
        try {
            readDpkgStatus("junk\n", everything, "/custom/status");
            QFAIL("a damaged text was accepted");
        } catch (const ProbeError& error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("/custom/status line 1: a line that is not \"Field: value\", a continuation or a "
                                    "blank line \u2014 the dpkg database looks damaged"));
        }
    }

    void readsFilesInPieces()
    {
        // Larger than the reader's buffer, with stanzas across every piece boundary, a stanza larger than
        // a piece and a final stanza without a blank line: the file gives what the whole text gives.
        std::string text;
        for (int i = 0; i < 30000; ++i) {
            text += "Package: pkg" + std::to_string(i) +
                    "\nStatus: install ok installed\nVersion: " + std::to_string(i) +
                    "\nDescription: something\n line one\n line two\n\n";
            if (i == 15000) {
                text += "Package: huge\nStatus: deinstall ok config-files\nVersion: 9\nDescription: big\n";
                for (int j = 0; j < 60000; ++j) {
                    text += " a description line that goes on and on\n";
                }
                text += "\r\n";
            }
        }
        text += "Package: kesl\nStatus: install ok installed\nVersion: 12.1.0-1297";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path file = fs::path(dir.path().toStdString()) / "status";
        offramp::test::writeFile(file, text);
        const auto wanted = [](std::string_view name) {
            return name == "kesl" || name == "huge" || name == "pkg0" || name == "pkg29999" || name == "pkg20000";
        };
        const auto fromFile = readDpkgStatusFile(file, wanted);
        QCOMPARE(describe(fromFile), describe(readDpkgStatus(text, wanted)));
        // A pipe cannot be mapped: it is read in pieces.
        const fs::path fifo = fs::path(dir.path().toStdString()) / "status-fifo";
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        std::thread writer([&fifo, &text] { writeQuietly(fifo, text); });
        std::vector<Fact> fromPipe;
        try {
            fromPipe = readDpkgStatusFile(fifo, wanted);
        } catch (...) {
            writer.join();
            throw;
        }
        writer.join();
        QCOMPARE(describe(fromPipe), describe(fromFile));
        QCOMPARE(describe(fromFile),
                 QStringList({installed("pkg0", "0"), configFiles("huge", "9"), installed("pkg20000", "20000"),
                              installed("pkg29999", "29999"), installed("kesl", "12.1.0-1297")}));

        // Damage deep in the file is reported with its line in the whole file, mapped or piped.
        text += "\n\nPackage: broken\nnot a field\n";
        offramp::test::writeFile(file, text);
        const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
        const QString expected = damaged(lines, "a line that is not \"Field: value\", a continuation or a blank line");
        try {
            readDpkgStatusFile(file, wanted);
            QFAIL("a damaged file was accepted");
        } catch (const ProbeError& error) {
            QCOMPARE(QString::fromUtf8(error.what()), expected);
        }
        // The damage is in the last stanza, which is only scanned once the writer has closed the pipe.
        std::thread damagedWriter([&fifo, &text] { writeQuietly(fifo, text); });
        QString fromDamagedPipe;
        try {
            readDpkgStatusFile(fifo, wanted);
        } catch (const ProbeError& error) {
            fromDamagedPipe = QString::fromUtf8(error.what());
        }
        damagedWriter.join();
        QCOMPARE(fromDamagedPipe, expected);
    }

    void reportsFilesItCannotRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        try {
            readDpkgStatusFile(fs::path(dir.path().toStdString()) / "missing", everything);
            QFAIL("a missing file was read");
        } catch (const ProbeError& error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("cannot read /var/lib/dpkg/status: No such file or directory"));
        }
        try {
            readDpkgStatusFile(fs::path(dir.path().toStdString()), everything);
            QFAIL("a folder was read as a file");
        } catch (const ProbeError& error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("cannot read /var/lib/dpkg/status: Is a directory"));
        }
    }

    // A dpkg killed during a purge leaves the newest states in updates/NNNN; they win over the status file.
    void appliesPendingUpdatesInNumericOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path updates = fs::path(dir.path().toStdString()) / "updates";
        fs::create_directories(updates);
        offramp::test::writeFile(updates / "0002", "Package: kesl\n"
                                                   "Status: purge ok half-installed\n"
                                                   "Version: 12.1.0-1297\n");
        // Applied before 0002 although listed after it by name length, and then overridden by it.
        offramp::test::writeFile(updates / "1", "Package: kesl\n"
                                                "Status: deinstall ok config-files\n"
                                                "Version: 12.1.0-1297\n"
                                                "\n"
                                                "Package: kesl-gui\n"
                                                "Status: purge ok not-installed\n");
        // Half-written: dpkg itself ignores it, and so must a scan.
        offramp::test::writeFile(updates / "tmp.i", "Package: kav4fs\nStatus: purge ok not-installed\n");
        offramp::test::writeFile(updates / "0003", "Package: kesl-new\n"
                                                   "Status: install ok unpacked\n"
                                                   "Version: 12.2.0-1\n");

        std::vector<Fact> facts = readDpkgStatus(kSample, everything);
        applyDpkgUpdates(updates, everything, facts);
        std::ranges::sort(facts, {}, &Fact::name);
        QCOMPARE(describe(facts),
                 (QStringList{
                     installed("clamav", "1.0.7+dfsg-1~deb12u1", "install ok unpacked"),
                     installed("kav4fs", "8.0.4-312", "install reinstreq half-installed"),
                     QStringLiteral("%1 kesl 12.1.0-1297 [purge ok half-installed] @/var/lib/dpkg/updates/0002")
                         .arg(QString::fromUtf8(factKindId(FactKind::Package))),
                     QStringLiteral("%1 kesl-new 12.2.0-1 [install ok unpacked] @/var/lib/dpkg/updates/0003")
                         .arg(QString::fromUtf8(factKindId(FactKind::Package))),
                 }));
    }

    void missingUpdatesFolderChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<Fact> facts = readDpkgStatus(kSample, everything);
        const QStringList before = describe(facts);
        applyDpkgUpdates(fs::path(dir.path().toStdString()) / "updates", everything, facts);
        QCOMPARE(describe(facts), before);
    }

    void namesTheDamagedUpdate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path updates = fs::path(dir.path().toStdString()) / "updates";
        fs::create_directories(updates);
        offramp::test::writeFile(updates / "0000", "Package: kesl\nStatus: purge\n");
        std::vector<Fact> facts;
        try {
            applyDpkgUpdates(updates, everything, facts);
            QFAIL("a damaged update was applied");
        } catch (const ProbeError& error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("/var/lib/dpkg/updates/0000 line 2: a Status of 1 words where dpkg writes three "
                                    "(\"want flag state\") \u2014 the dpkg database looks damaged"));
        }
    }
};

QTEST_APPLESS_MAIN(TestDpkgStatus)
#include "tst_dpkg_status.moc"
