// SPDX-License-Identifier: GPL-3.0-or-later
// The SHA-256 of the rescue bundle (libgcrypt through platform/Sha256.h): the FIPS 180-4 examples, a long message
// streamed in pieces of odd sizes against its known digest, every way of cutting the input into pieces, starting
// over after finish() and, for many lengths around the block boundaries, agreement with coreutils' sha256sum.
#include "TestSupport.h"
#include "platform/Sha256.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <string>

using offramp::platform::Sha256;

namespace {

std::string hexOf(std::string_view data)
{
    Sha256 hash;
    hash.update(data);
    return Sha256::hex(hash.finish());
}

// The digest of data given to update() in pieces of `piece` bytes (the last one shorter).
std::string hexInPieces(std::string_view data, std::size_t piece)
{
    Sha256 hash;
    for (std::size_t at = 0; at < data.size(); at += piece) {
        hash.update(data.substr(at, piece));
    }
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

// FIPS 180-4 / NIST's example values for SHA-256.
const std::string kEmptyDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const std::string kAbcDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const std::string kMillionA(1000000, 'a');
const std::string kMillionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void fipsExamples_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray() << QString::fromStdString(kEmptyDigest);
        QTest::newRow("abc") << QByteArray("abc") << QString::fromStdString(kAbcDigest);
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("896 bits")
            << QByteArray(
                   "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmn"
                   "opqrstnopqrstu")
            << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
        QTest::newRow("a million a") << QByteArray::fromStdString(kMillionA) << QString::fromStdString(kMillionADigest);
    }

    void fipsExamples()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        const std::string_view data(message.constData(), static_cast<std::size_t>(message.size()));
        QCOMPARE(QString::fromStdString(hexOf(data)), digest);
        QCOMPARE(QString::fromStdString(Sha256::hex(Sha256::of(data))), digest);
        // One byte at a time, as well.
        QCOMPARE(QString::fromStdString(hexInPieces(data, 1)), digest);
    }

    void aLongMessageStreamedInOddPiecesGivesItsKnownDigest()
    {
        // Pieces that never line up with the 64-byte block: primes, one short of and one past a block or a page.
        for (const std::size_t piece : {3, 7, 63, 65, 127, 1021, 4097, 65537, 999983}) {
            QCOMPARE(hexInPieces(kMillionA, piece), kMillionADigest);
        }
        // Pieces of changing sizes, 0 among them.
        Sha256 hash;
        std::size_t at = 0;
        for (std::size_t piece = 0; at < kMillionA.size(); piece = (piece * 7 + 13) % 1500) {
            hash.update(std::string_view(kMillionA).substr(at, piece));
            at += piece;
        }
        QCOMPARE(Sha256::hex(hash.finish()), kMillionADigest);
    }

    void piecesOfAnySizeGiveTheSameDigest()
    {
        const std::string data = randomBytes(1000, 7);
        const std::string whole = hexOf(data);
        for (const std::size_t piece : {1, 3, 55, 56, 63, 64, 65, 127, 128, 999}) {
            QCOMPARE(hexInPieces(data, piece), whole);
        }
    }

    void finishStartsOver()
    {
        Sha256 hash;
        hash.update("abc");
        QCOMPARE(Sha256::hex(hash.finish()), kAbcDigest);
        QCOMPARE(Sha256::hex(hash.finish()), kEmptyDigest);
        hash.update("ab");
        hash.update("c");
        QCOMPARE(Sha256::hex(hash.finish()), kAbcDigest);
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
            expected.push_back(hexOf(data));
        }
        const auto result = offramp::test::run(QString::fromStdString(tool), arguments);
        QCOMPARE(result.exitCode, 0);
        const auto lines = result.out.trimmed().split('\n');
        QCOMPARE(static_cast<std::size_t>(lines.size()), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(lines[static_cast<qsizetype>(i)].left(64).toStdString(), expected[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
