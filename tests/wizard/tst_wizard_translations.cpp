// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
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
    void spanishAndEnglishPluralsAreThere()
    {
        QVERIFY(translationFiles().contains(QStringLiteral("offramp_es.ts")));
        QVERIFY(translationFiles().contains(QStringLiteral("offramp_en.ts")));
    }

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
            // English, the source language, keeps only plural forms.
            QStringList options{"-no-obsolete", "-locations", "none", "-ts", copy};
            if (name == QStringLiteral("offramp_en.ts")) {
                options.prepend(QStringLiteral("-pluralonly"));
            }
            const auto result = offramp::test::run(QStringLiteral(OFFRAMP_LUPDATE), sources + options);
            QCOMPARE(result.exitCode, 0);
            // A catalogue that lupdate leaves unchanged lacks no string and keeps none that is gone.
            const auto before =
                offramp::test::readFile((QStringLiteral(OFFRAMP_SOURCE_DIR "/translations/") + name).toStdString());
            const auto after = offramp::test::readFile(copy.toStdString());
            QVERIFY2(before == after,
                     qPrintable(name + QStringLiteral(
                                           " is not current: run cmake --build build --target update_translations")));
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
