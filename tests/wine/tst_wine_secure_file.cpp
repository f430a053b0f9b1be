// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows file writing of offramp-cli.exe under Wine: convert-passwords writes its CSV through
// SecureFile (CREATE_NEW with an owner-only security descriptor, flush, MoveFileExW without replacing) and
// refuses to overwrite it on a second run; rescue and verify copy, hash and check a bundle through the
// Windows RescueCopier.
#include "WineSupport.h"

#include <QCryptographicHash>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <string>

using namespace offramp::test::wine;

namespace {

namespace fs = std::filesystem;

const std::string kExport = "Websites\n"
                            "\n"
                            "Website name: Example\n"
                            "Website URL: https://example.org/login\n"
                            "Login name: Work\n"
                            "Login: jane@example.org\n"
                            "Password: correct horse, \"battery\"\n"
                            "Comment: \n"
                            "\n"
                            "---\n"
                            "\n"
                            "Notes\n"
                            "\n"
                            "Name: Door code\n"
                            "Text: 1234\n"
                            "\n"
                            "---\n";

void write(const fs::path& path, const std::string& contents)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << contents;
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::string read(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string randomBytes(std::size_t size, unsigned seed)
{
    std::mt19937 generator(seed);
    std::string bytes(size, '\0');
    for (auto& byte : bytes) {
        byte = static_cast<char>(generator() & 0xFFU);
    }
    return bytes;
}

bool hasTemporaries(const fs::path& folder)
{
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.path().filename().string().find(".offramp-tmp-") != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestWineSecureFile : public QObject
{
    Q_OBJECT

private slots:
    void convertPasswordsWritesOnceAndNeverOverwrites()
    {
        OFFRAMP_WINE_STEP({
            Prefix prefix;
            write(prefix.hostPath(QStringLiteral("C:\\export\\passwords.txt")), kExport);
            fs::create_directories(prefix.hostPath(QStringLiteral("C:\\out")));
            const QStringList arguments{cliExe(),
                                        QStringLiteral("convert-passwords"),
                                        QStringLiteral("--from"),
                                        QStringLiteral("kpm-txt"),
                                        QStringLiteral("C:\\export\\passwords.txt"),
                                        QStringLiteral("--to"),
                                        QStringLiteral("bitwarden-csv"),
                                        QStringLiteral("C:\\out\\bitwarden.csv")};
            const auto first = prefix.wine(arguments);
            QVERIFY2(first.exitCode == 0, first.err.constData());
            QVERIFY(first.out.contains("readable by you only"));
            const fs::path csv = prefix.hostPath(QStringLiteral("C:\\out\\bitwarden.csv"));
            QVERIFY(fs::exists(csv));
            const std::string written = read(csv);
            QVERIFY(written.starts_with("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,"
                                        "login_password,login_totp"));
            QVERIFY(written.find("jane@example.org") != std::string::npos);
            QVERIFY(written.find("\"correct horse, \"\"battery\"\"\"") != std::string::npos);
            QVERIFY(!hasTemporaries(csv.parent_path()));

            const auto second = prefix.wine(arguments);
            QVERIFY2(second.exitCode == 3, (second.out + second.err).constData());
            QVERIFY2(second.err.contains("already exists") && second.err.contains("never overwrites"),
                     second.err.constData());
            QCOMPARE(read(csv), written);
            QVERIFY(!hasTemporaries(csv.parent_path()));

            // A folder that is not there: nothing is written, and the error says where.
            const auto missing = prefix.wine({cliExe(), QStringLiteral("convert-passwords"), QStringLiteral("--from"),
                                              QStringLiteral("kpm-txt"), QStringLiteral("C:\\export\\passwords.txt"),
                                              QStringLiteral("--to"), QStringLiteral("bitwarden-csv"),
                                              QStringLiteral("C:\\nowhere\\bitwarden.csv")});
            QVERIFY2(missing.exitCode == 3, (missing.out + missing.err).constData());
            QVERIFY2(missing.err.contains("nowhere"), missing.err.constData());
        });
    }

    void rescueAndVerifyUnderWindows()
    {
        OFFRAMP_WINE_STEP({
            Prefix prefix;
            const std::string vault = randomBytes(3 * 1024 * 1024 + 17, 5);
            const std::string store = randomBytes(40000, 6);
            write(prefix.hostPath(QStringLiteral(
                      "C:\\oldpc\\Users\\alice\\Documents\\Kaspersky Password Manager\\Backup\\vault.edb")),
                  vault);
            write(prefix.hostPath(QStringLiteral("C:\\oldpc\\ProgramData\\Kaspersky Lab\\KES.21.9\\QB\\obj.klq")),
                  store);
            write(prefix.hostPath(QStringLiteral("C:\\oldpc\\Users\\alice\\Documents\\letter.txt")), "not at risk");
            const QStringList rescue{cliExe(),
                                     QStringLiteral("rescue"),
                                     QStringLiteral("--root"),
                                     QStringLiteral("C:\\oldpc"),
                                     QStringLiteral("--to"),
                                     QStringLiteral("C:\\bundle")};
            const auto first = prefix.wine(rescue);
            QVERIFY2(first.exitCode == 0, first.err.constData());
            QVERIFY2(first.out.contains("Copied 2 files"), first.out.constData());
            const fs::path bundle = prefix.hostPath(QStringLiteral("C:\\bundle"));
            QCOMPARE(read(bundle / "files/Users/alice/Documents/Kaspersky Password Manager/Backup/vault.edb"), vault);
            QCOMPARE(read(bundle / "files/ProgramData/Kaspersky Lab/KES.21.9/QB/obj.klq"), store);
            QVERIFY(!fs::exists(bundle / "files/Users/alice/Documents/letter.txt"));
            QVERIFY(!hasTemporaries(bundle));
            const auto manifest = nlohmann::json::parse(read(bundle / "manifest.json"));
            QCOMPARE(manifest.at("files").size(), std::size_t(2));
            QCOMPARE(manifest.at("files").at(1).at("source").get<std::string>(),
                     std::string("C:\\Users\\alice\\Documents\\Kaspersky Password Manager\\Backup\\vault.edb"));
            // The Windows build's SHA-256 (libgcrypt, linked statically) against Qt's own on Linux.
            const auto sha256 = [](const std::string& bytes) {
                return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
                    .toHex()
                    .toStdString();
            };
            for (const auto& file : manifest.at("files")) {
                const auto path = file.at("path").get<std::string>();
                QCOMPARE(file.at("sha256").get<std::string>(), sha256(path.ends_with("vault.edb") ? vault : store));
            }
            const auto license = nlohmann::json::parse(read(bundle / "license.json"));
            QVERIFY(!license.at("scanned").get<bool>());

            const auto verified = prefix.wine({cliExe(), QStringLiteral("verify"), QStringLiteral("C:\\bundle")});
            QVERIFY2(verified.exitCode == 0, verified.err.constData());
            const auto again = prefix.wine(rescue);
            QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
            QVERIFY(again.out.contains("2 files already in the bundle, identical"));

            // The same size, one byte changed: only the hash can tell.
            std::string changed = store;
            changed[20000] = static_cast<char>(changed[20000] ^ 1);
            write(bundle / "files/ProgramData/Kaspersky Lab/KES.21.9/QB/obj.klq", changed);
            const auto flipped = prefix.wine({cliExe(), QStringLiteral("verify"), QStringLiteral("C:\\bundle")});
            QVERIFY2(flipped.exitCode == 3, (flipped.out + flipped.err).constData());
            QVERIFY2(flipped.err.contains(QByteArray::fromStdString(
                         "files/ProgramData/Kaspersky Lab/KES.21.9/QB/obj.klq: its SHA-256 is " + sha256(changed))),
                     flipped.err.constData());

            write(bundle / "files/ProgramData/Kaspersky Lab/KES.21.9/QB/obj.klq", store + "x");
            const auto damaged = prefix.wine({cliExe(), QStringLiteral("verify"), QStringLiteral("C:\\bundle")});
            QVERIFY2(damaged.exitCode == 3, (damaged.out + damaged.err).constData());
            QVERIFY2(damaged.err.contains("files/ProgramData/Kaspersky Lab/KES.21.9/QB/obj.klq: its size is 40001"),
                     damaged.err.constData());
        });
    }

    // Paths beyond Windows' 260 characters. Wine, as Windows with long paths turned on, opens and creates files
    // there, but std::filesystem lists folders through the C runtime's _wopendir, which cannot take such a path and
    // listed the current folder in its place: a rescue from a tree that deep found nothing and said so without a
    // word of why. Such a folder is now refused with the sentence POSIX systems give. A name longer than 255
    // characters, which no Windows file system holds, is refused as too long too.
    void longPathsUnderWindows()
    {
        OFFRAMP_WINE_STEP({
            Prefix prefix;
            QString deep = QStringLiteral("C:");
            for (int i = 0; i < 4; ++i) {
                deep += QLatin1Char('\\') + QString(60, QLatin1Char('d'));
            }
            const QString root = deep + QStringLiteral("\\oldpc"); // 253 characters; its files' paths are longer
            write(
                prefix.hostPath(
                    root + QStringLiteral("\\Users\\alice\\Documents\\Kaspersky Password Manager\\Backup\\vault.edb")),
                "vault");
            const auto fromDeep = prefix.wine({cliExe(), QStringLiteral("rescue"), QStringLiteral("--root"), root,
                                               QStringLiteral("--to"), QStringLiteral("C:\\from-deep")});
            QVERIFY2(fromDeep.exitCode == 3, (fromDeep.out + fromDeep.err).constData());
            QVERIFY2(fromDeep.err.contains("offramp-cli: /Users/alice could not be read: with the folder being read in "
                                           "front of it, its path is longer than this system allows (File name too "
                                           "long). Read the files from a folder with a shorter path"),
                     fromDeep.err.constData());
            QVERIFY(!fs::exists(prefix.hostPath(QStringLiteral("C:\\from-deep\\manifest.json"))));

            // A bundle whose copies' paths pass 260 characters: written, and verified.
            write(prefix.hostPath(QStringLiteral(
                      "C:\\oldpc\\Users\\alice\\Documents\\Kaspersky Password Manager\\Backup\\vault.edb")),
                  "vault");
            const QString bundle = deep.left(190) + QStringLiteral("\\bundle");
            const auto intoDeep = prefix.wine({cliExe(), QStringLiteral("rescue"), QStringLiteral("--root"),
                                               QStringLiteral("C:\\oldpc"), QStringLiteral("--to"), bundle});
            QVERIFY2(intoDeep.exitCode == 0, intoDeep.err.constData());
            QVERIFY2(intoDeep.out.contains("Copied 1 file"), intoDeep.out.constData());
            QCOMPARE(read(prefix.hostPath(bundle + QStringLiteral("\\files\\Users\\alice\\Documents\\Kaspersky "
                                                                  "Password Manager\\Backup\\vault.edb"))),
                     std::string("vault"));
            const auto verified = prefix.wine({cliExe(), QStringLiteral("verify"), bundle});
            QVERIFY2(verified.exitCode == 0, verified.err.constData());

            // A folder name of 300 characters for the bundle: the rescue says the path is too long and what to do.
            const QString tooLong = QStringLiteral("C:\\") + QString(300, QLatin1Char('b'));
            const auto named = prefix.wine({cliExe(), QStringLiteral("rescue"), QStringLiteral("--root"),
                                            QStringLiteral("C:\\oldpc"), QStringLiteral("--to"), tooLong});
            QVERIFY2(named.exitCode == 3, (named.out + named.err).constData());
            QVERIFY2(named.err.contains("offramp-cli: rescue: cannot create the folder C:\\bbb"),
                     named.err.constData());
            QVERIFY2(named.err.contains("but the bundle is not finished: a path in it would be longer than this system "
                                        "allows. Choose a folder with a shorter path with --to, then run the command "
                                        "again"),
                     named.err.constData());

            // scan --root of a Linux tree that deep: refused with the reason, not taken for a clean computer.
            const QString tree = deep + QStringLiteral("\\") + QString(40, QLatin1Char('t'));
            write(prefix.hostPath(tree + QStringLiteral("\\var\\lib\\dpkg\\status")),
                  "Package: kesl\nStatus: install ok installed\nVersion: 12.0.0.6672\n\n");
            const auto scanned = prefix.wine({cliExe(), QStringLiteral("scan"), QStringLiteral("--platform"),
                                              QStringLiteral("linux"), QStringLiteral("--root"), tree});
            QVERIFY2(scanned.exitCode == 3, (scanned.out + scanned.err).constData());
            QVERIFY2(scanned.err.contains("longer than this system allows") ||
                         scanned.err.contains("File name too long"),
                     scanned.err.constData());
            QVERIFY(scanned.out.isEmpty());

            // A journal beyond 260 characters is written where it was asked for; one whose name has 300 characters
            // is refused before anything is done.
            const QString journal = tree + QStringLiteral("\\journal.json"); // 300 characters
            const auto removed = prefix.wine(
                {cliExe(), QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--journal"), journal});
            QVERIFY2(removed.exitCode == 0, (removed.out + removed.err).constData());
            QCOMPARE(journal.size(), 300);
            QVERIFY(fs::is_regular_file(prefix.hostPath(journal)));
            const QString longName = QStringLiteral("C:\\") + QString(300, QLatin1Char('j')) + QStringLiteral(".json");
            const auto refused = prefix.wine(
                {cliExe(), QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("--journal"), longName});
            QVERIFY2(refused.exitCode == 4, (refused.out + refused.err).constData());
            QVERIFY2(refused.err.contains("cannot create the lock file") &&
                         refused.err.contains("its path or name is longer than Windows allows") &&
                         refused.err.contains("so nothing was done. Choose another place with --journal."),
                     refused.err.constData());
        });
    }
};

QTEST_GUILESS_MAIN(TestWineSecureFile)
#include "tst_wine_secure_file.moc"
