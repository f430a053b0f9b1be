// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleFiles.h"

#include <QFile>
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
