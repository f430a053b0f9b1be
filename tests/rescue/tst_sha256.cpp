// SPDX-License-Identifier: GPL-3.0-or-later
// The SHA-256 of the rescue bundle: the FIPS 180-4 examples, every way of cutting the input into pieces, both
// block functions (the processor's SHA instructions where present, and the portable rounds) and, for many
// lengths around the block boundaries, agreement with coreutils' sha256sum.
#include "Sha256.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <string>

using offramp::Sha256;

namespace {

using Engine = Sha256::Engine;

std::string hexOf(std::string_view data, Engine engine)
{
    Sha256 hash(engine);
    hash.update(data);
    return Sha256::hex(hash.finish());
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

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void fipsExamples_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        // FIPS 180-4 / the NIST example values for SHA-256.
        QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("896 bits")
            << QByteArray(
                   "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmn"
                   "opqrstnopqrstu")
            << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }

    void fipsExamples()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        const std::string_view data(message.constData(), static_cast<std::size_t>(message.size()));
        QCOMPARE(QString::fromStdString(hexOf(data, Engine::Portable)), digest);
        QCOMPARE(QString::fromStdString(hexOf(data, Engine::Fastest)), digest);
        QCOMPARE(QString::fromStdString(Sha256::hex(Sha256::of(data))), digest);
    }

    void piecesOfAnySizeGiveTheSameDigest()
    {
        const std::string data = randomBytes(1000, 7);
        const std::string whole = hexOf(data, Engine::Portable);
        for (const std::size_t piece : {1, 3, 55, 56, 63, 64, 65, 127, 128, 999}) {
            for (const auto engine : {Engine::Portable, Engine::Fastest}) {
                Sha256 hash(engine);
                for (std::size_t at = 0; at < data.size(); at += piece) {
                    hash.update(std::string_view(data).substr(at, piece));
                }
                QCOMPARE(Sha256::hex(hash.finish()), whole);
            }
        }
        // finish() starts over.
        Sha256 hash;
        hash.update("abc");
        static_cast<void>(hash.finish());
        hash.update("abc");
        QCOMPARE(Sha256::hex(hash.finish()), hexOf("abc", Engine::Portable));
    }

    void agreesWithSha256sum()
    {
        const std::string tool = offramp::test::requireTool("sha256sum");
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        std::vector<std::size_t> lengths;
        for (std::size_t length = 0; length <= 200; ++length) {
            lengths.push_back(length);
        }
        for (const std::size_t length : {511, 512, 513, 4095, 4096, 65536 + 17, 3 * 1024 * 1024 + 5}) {
            lengths.push_back(length);
        }
        QStringList arguments;
        std::vector<std::string> expected;
        for (const std::size_t length : lengths) {
            const std::string data = randomBytes(length, static_cast<unsigned>(length) + 1);
            const std::filesystem::path file =
                std::filesystem::path(folder.path().toStdString()) / ("data-" + std::to_string(length));
            offramp::test::writeFile(file, data);
            arguments << offramp::test::qPath(file);
            expected.push_back(hexOf(data, Engine::Portable));
            QCOMPARE(hexOf(data, Engine::Fastest), expected.back());
        }
        const auto result = offramp::test::run(QString::fromStdString(tool), arguments);
        QCOMPARE(result.exitCode, 0);
        const auto lines = result.out.trimmed().split('\n');
        QCOMPARE(static_cast<std::size_t>(lines.size()), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(lines[static_cast<qsizetype>(i)].left(64).toStdString(), expected[i]);
        }
    }

    void hexDigests()
    {
        QVERIFY(offramp::isSha256Hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(!offramp::isSha256Hex("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"));
        QVERIFY(!offramp::isSha256Hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85"));
        QVERIFY(!offramp::isSha256Hex("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
