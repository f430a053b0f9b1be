// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

class TestStyleFormat : public QObject
{
    Q_OBJECT

private slots:
    void everySourceFileIsFormatted()
    {
        const QString clangFormat = QStandardPaths::findExecutable(QStringLiteral("clang-format"));
        QVERIFY2(!clangFormat.isEmpty(), "clang-format is not installed (scripts/setup-debian.sh installs it)");
        const auto files = offramp::test::sourceFiles({"app", "tests", "bench"});
        QVERIFY(files.size() > 40);
        const auto failures = offramp::test::runForEach(
            clangFormat, files,
            [](const QString& file) {
                return QStringList{"--dry-run", "-Werror", file};
            },
            2);
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("not formatted (run clang-format -i):\n") +
                                                failures.join(QLatin1Char('\n'))));
    }

    // Every target lists its files by name (no file(GLOB)): a file that is in a folder of app/ but in no list would be
    // compiled nowhere, unseen.
    void everySourceFileIsListedByName()
    {
        const QDir app(QStringLiteral(OFFRAMP_SOURCE_DIR "/app"));
        QStringList unlisted;
        for (const auto& file : offramp::test::sourceFiles({"app"})) {
            // The nearest CMakeLists.txt above the file names it relative to its own folder.
            QDir folder = QFileInfo(file).dir();
            while (!folder.exists(QStringLiteral("CMakeLists.txt")) && folder != app) {
                folder.cdUp();
            }
            QFile lists(folder.filePath(QStringLiteral("CMakeLists.txt")));
            QVERIFY(lists.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(lists.readAll());
            QVERIFY2(!text.contains(QStringLiteral("GLOB")), qPrintable(lists.fileName()));
            if (!text.contains(folder.relativeFilePath(file))) {
                unlisted << file;
            }
        }
        QVERIFY2(unlisted.isEmpty(),
                 qPrintable(QStringLiteral("in no CMakeLists.txt:\n") + unlisted.join(QLatin1Char('\n'))));
    }

    void noTestPassesBySkipping()
    {
        // A skipped test reports success to ctest; a missing tool must fail instead.
        const QString skip = QStringLiteral("QSK") + QStringLiteral("IP(");
        QStringList offenders;
        for (const auto& file : offramp::test::sourceFiles({"tests"})) {
            QFile source(file);
            QVERIFY(source.open(QIODevice::ReadOnly));
            if (QString::fromUtf8(source.readAll()).contains(skip)) {
                offenders << file;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestStyleFormat)
#include "tst_style_format.moc"
