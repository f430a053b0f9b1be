// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList translationFiles()
{
    return QDir(QStringLiteral(OFFRAMP_SOURCE_DIR "/translations"))
        .entryList({QStringLiteral("offramp_*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

// The translation files stay current: every user-visible string of the wizard is in them, translated.
class TestWizardTranslations : public QObject
{
    Q_OBJECT

private slots:
    void spanishIsThere() { QVERIFY(translationFiles().contains(QStringLiteral("offramp_es.ts"))); }

    void noSourceStringIsMissing()
    {
        QStringList sources;
        QDirIterator it(QStringLiteral(OFFRAMP_SOURCE_DIR "/app/wizard"), {"*.cpp", "*.h"}, QDir::Files);
        while (it.hasNext()) {
            sources << it.next();
        }
        QVERIFY(!sources.isEmpty());
        for (const auto& name : translationFiles()) {
            QTemporaryDir dir;
            const QString copy = dir.filePath(name);
            QVERIFY(QFile::copy(QStringLiteral(OFFRAMP_SOURCE_DIR "/translations/") + name, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            const auto result =
                offramp::test::run(QStringLiteral(OFFRAMP_LUPDATE),
                                   sources + QStringList{"-no-obsolete", "-locations", "none", "-ts", copy});
            QCOMPARE(result.exitCode, 0);
            const QRegularExpression found(QStringLiteral(R"(\((\d+) new and \d+ already existing\))"));
            const auto match = found.match(QString::fromUtf8(result.out + result.err));
            QVERIFY2(match.hasMatch(), result.out.constData());
            QVERIFY2(match.captured(1) == QStringLiteral("0"),
                     qPrintable(name + QStringLiteral(
                                           " lacks strings: run cmake --build build --target update_translations")));
        }
    }

    void everyStringIsTranslated()
    {
        for (const auto& name : translationFiles()) {
            const auto text = QString::fromStdString(
                offramp::test::readFile((QStringLiteral(OFFRAMP_SOURCE_DIR "/translations/") + name).toStdString()));
            QVERIFY2(!text.contains(QStringLiteral("type=\"unfinished\"")), qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("type=\"vanished\"")), qPrintable(name));
            QVERIFY(text.contains(QStringLiteral("<translation>")));
        }
    }
};

QTEST_GUILESS_MAIN(TestWizardTranslations)
#include "tst_wizard_translations.moc"
