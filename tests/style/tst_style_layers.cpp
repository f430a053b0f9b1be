// SPDX-License-Identifier: GPL-3.0-or-later
// The layers' include rule, read from the sources: app/ is the include root, so every include of Offramp's own
// code names its layer, and a layer includes only the layers below it (engine < platform < cli < wizard).
#include "StyleFiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace {

// The quoted includes of a file, one a line.
QStringList quotedIncludes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("<cannot read>")};
    }
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    QStringList names;
    for (auto found = include.globalMatch(QString::fromUtf8(file.readAll())); found.hasNext();) {
        names << found.next().captured(1);
    }
    return names;
}

} // namespace

class TestStyleLayers : public QObject
{
    Q_OBJECT

private slots:
    void everyIncludeNamesItsLayer_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("engine") << "engine" << QStringList{"engine/"};
        QTest::newRow("platform") << "platform" << QStringList{"engine/", "platform/"};
        QTest::newRow("cli") << "cli" << QStringList{"engine/", "platform/", "cli/"};
        QTest::newRow("wizard") << "wizard" << QStringList{"engine/", "platform/", "cli/", "wizard/"};
    }

    void everyIncludeNamesItsLayer()
    {
        QFETCH(QString, layer);
        QFETCH(QStringList, allowed);
        const QStringList files = offramp::test::sourceFiles({QStringLiteral("app/") + layer});
        QVERIFY(files.size() > 5);
        QStringList wrong;
        for (const QString& file : files) {
            for (const QString& name : quotedIncludes(file)) {
                const bool fromAllowedLayer =
                    std::ranges::any_of(allowed, [&](const QString& prefix) { return name.startsWith(prefix); });
                // moc's output for a source's own classes is the one include that names no layer.
                if (!fromAllowedLayer && !name.endsWith(QStringLiteral(".moc"))) {
                    wrong << file.mid(qsizetype(sizeof(OFFRAMP_SOURCE_DIR))) + QStringLiteral(": ") + name;
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestStyleLayers)
#include "tst_style_layers.moc"
