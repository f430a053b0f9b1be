// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

// The Qt-free layers pass the project's .clang-tidy with every check an error.
class TestStyleTidy : public QObject
{
    Q_OBJECT

private slots:
    void qtFreeLayersPassClangTidy()
    {
        const QString clangTidy = QStandardPaths::findExecutable(QStringLiteral("clang-tidy"));
        QVERIFY2(!clangTidy.isEmpty(), "clang-tidy is not installed (scripts/setup-debian.sh installs it)");
        QVERIFY2(QFileInfo::exists(QStringLiteral(OFFRAMP_BUILD_DIR "/compile_commands.json")),
                 "the build has no compile_commands.json");
        QFile database(QStringLiteral(OFFRAMP_BUILD_DIR "/compile_commands.json"));
        QVERIFY(database.open(QIODevice::ReadOnly));
        const QByteArray compiled = database.readAll();
        // Only what this build compiles: another host's platform folder has no compile command here.
        QStringList files;
        for (const auto& file : offramp::test::sourceFiles({"app/engine", "app/platform", "app/cli"})) {
            if (file.endsWith(QStringLiteral(".cpp")) && compiled.contains(file.toUtf8())) {
                files << file;
            }
        }
        QVERIFY(files.size() > 20);
        const auto failures = offramp::test::runForEach(
            clangTidy, files,
            [](const QString& file) {
                return QStringList{"-p", QStringLiteral(OFFRAMP_BUILD_DIR), "--quiet", file};
            },
            2);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestStyleTidy)
#include "tst_style_tidy.moc"
