// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/RemovalJournal.h"
#include "engine/RemovalPlan.h"
#include "wizard/MigrationWizard.h"
#include "wizard/ScreenshotTour.h"
#include "wizard/StepFailureText.h"
#include "wizard/Translations.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>
#include <QTreeWidget>

#include <initializer_list>
#include <utility>

namespace {

// The English source strings of a language's catalogue that read differently in that language.
QStringList englishSources(const QString& language)
{
    const auto ts = QString::fromStdString(offramp::test::readFile(
        (QStringLiteral(OFFRAMP_SOURCE_DIR "/translations/offramp_") + language + QStringLiteral(".ts"))
            .toStdString()));
    QStringList sources;
    const QRegularExpression message(QStringLiteral("<source>(.*?)</source>\\s*<translation[^>]*>(.*?)</translation>"),
                                     QRegularExpression::DotMatchesEverythingOption);
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto match = it.next();
        QString source = match.captured(1);
        // Only whole sentences: a fragment such as a product name may rightly appear in both languages.
        if (source != match.captured(2) && source.contains(QLatin1Char(' ')) && !source.contains(QLatin1Char('%'))) {
            sources << source.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                           .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                           .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                           .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        }
    }
    return sources;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>()) {
        // What screen readers read too: the full titles of the sources a label links to.
        texts << label->text() << label->accessibleDescription();
    }
    for (auto* button : root->findChildren<QAbstractButton*>()) {
        texts << button->text();
    }
    for (auto* box : root->findChildren<QGroupBox*>()) {
        texts << box->title();
    }
    if (auto* page = qobject_cast<QWizardPage*>(root)) {
        texts << page->title() << page->subTitle();
    }
    return texts;
}

} // namespace

class TestWizardLanguage : public QObject
{
    Q_OBJECT

private slots:
    void theExecutableSavesEveryPageInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        for (const char* language : offramp::test::kTranslatedLanguages) {
            QTest::newRow(language) << language;
        }
    }
    void theExecutableSavesEveryPageInEveryLanguage()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const auto result = offramp::test::run(
            QStringLiteral(OFFRAMP_WIZARD_PATH),
            {"--demo", "home-windows", "--lang", language, "--screenshots", dir.path(), "-platform", "offscreen"});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const auto files = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{"01-welcome.png", "02-scan.png", "03-rules.png", "04-save-data.png",
                                     "05-choose.png", "06-remove.png", "07-check.png", "08-summary.png"}));
        for (const auto& file : files) {
            QVERIFY(!QImage(dir.filePath(file)).isNull());
        }
    }

    // Plural forms come from a catalogue, English's too: without one a person would read "2 product(s)".
    void everyLanguageGetsPluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QString>("text");
        QTest::newRow("C locale") << QLocale::c() << "offramp_en"
                                  << "Done (simulated): 2 products removed.";
        QTest::newRow("English") << QLocale(QStringLiteral("en_US")) << "offramp_en"
                                 << "Done (simulated): 2 products removed.";
        QTest::newRow("Japanese, which Offramp does not speak") << QLocale(QStringLiteral("ja_JP")) << "offramp_en"
                                                                << "Done (simulated): 2 products removed.";
        QTest::newRow("Spanish") << QLocale(QStringLiteral("es_US")) << "offramp_es"
                                 << "Listo (simulado): se quitaron 2 productos.";
        QTest::newRow("French") << QLocale(QStringLiteral("fr_FR")) << "offramp_fr"
                                << QStringLiteral("Terminé (simulation)\u00a0: 2 produits supprimés.");
        QTest::newRow("German") << QLocale(QStringLiteral("de_DE")) << "offramp_de"
                                << QStringLiteral("Fertig (simuliert): 2 Produkte entfernt.");
    }
    void everyLanguageGetsPluralForms()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, catalogue);
        QFETCH(QString, text);
        QCOMPARE(installTranslators(*qApp, locale, QStringLiteral(OFFRAMP_QM_DIR)), catalogue);
        QCOMPARE(QCoreApplication::translate("RemovePage", "Done (simulated): %n product(s) removed.", nullptr, 2),
                 text);
        offramp::test::removeTranslators();
    }

    // A language Offramp does not speak gets English everywhere: not English text with Qt's buttons or the dates in
    // that language.
    void aLanguageOfframpDoesNotSpeakGetsEnglishThroughout()
    {
        // Qt itself speaks Japanese: where Qt is installed, its catalogue would turn Cancel into Japanese.
        QTranslator japanese;
        QVERIFY(japanese.load(QLocale(QStringLiteral("ja_JP")), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QStringLiteral(OFFRAMP_QT_QM_DIR)));
        const QString japaneseCancel = japanese.translate("QWizard", "Cancel");
        QVERIFY(!japaneseCancel.isEmpty() && japaneseCancel != QStringLiteral("Cancel"));

        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("ja_JP")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("QWizard", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(QLocale().monthName(12), QStringLiteral("December"));
        offramp::test::removeTranslators();

        // A language it speaks keeps the way the person's country writes dates: Mexico's Spanish.
        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("es_MX")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_es"));
        QCOMPARE(QLocale().name(), QStringLiteral("es_MX"));
        QCOMPARE(QLocale().monthName(12), QStringLiteral("diciembre"));
        offramp::test::removeTranslators();
    }

    // A failed removal step is told from the journal's problem in the person's language, one sentence for
    // each problem, with the journal's English words kept as a detail for a technician.
    void removalFailuresAreToldInTheUsersLanguage()
    {
        const auto catalog = offramp::CatalogLoader::loadEmbedded();
        const auto* product = catalog.product("kaspersky-anti-virus");
        QVERIFY(product != nullptr);
        const QList<offramp::StepProblem> problems{offramp::StepProblem::None,       offramp::StepProblem::Refused,
                                                   offramp::StepProblem::NotStarted, offramp::StepProblem::TimedOut,
                                                   offramp::StepProblem::Busy,       offramp::StepProblem::ExitCode,
                                                   offramp::StepProblem::StillThere, offramp::StepProblem::Crashed};
        const auto describeAll = [&](const QString& language) {
            QStringList sentences;
            for (const auto problem : problems) {
                offramp::JournalStep step;
                step.product = product->id;
                step.name = product->name.text();
                step.action = offramp::stepActionId(offramp::StepAction::RunUninstaller);
                step.exitCode = 1603;
                step.message = "exit code 1603: a fatal error occurred";
                step.problem = problem;
                sentences << describeStepFailure(step, catalog, language);
                if (!stepFailureDetails(step).endsWith(QStringLiteral(": exit code 1603: a fatal error occurred"))) {
                    return QStringList();
                }
            }
            return sentences;
        };
        const QStringList english = describeAll(QStringLiteral("en"));
        QCOMPARE(english.size(), problems.size());
        QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), problems.size());
        QVERIFY2(english[5].contains(QStringLiteral("error code 1603")), qPrintable(english[5]));

        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("es_US")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_es"));
        const QStringList spanish = describeAll(QStringLiteral("es"));
        offramp::test::removeTranslators();
        QCOMPARE(spanish.size(), problems.size());
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QVERIFY2(spanish[i] != english[i], qPrintable(spanish[i]));
        }
        QVERIFY2(spanish[5].contains(QStringLiteral("código de error 1603")), qPrintable(spanish[5]));
    }

    // Every page of every demo computer in each language, as the tour fills it in, with the catalog's text in that
    // language and the names of a country with no rule found and of the United States as that language writes them.
    void noEnglishIsLeftInAnyLanguage_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("yourCountry");
        QTest::addColumn<QString>("mexico");
        QTest::addColumn<QString>("unitedStates");
        for (const char* demo : {"home-windows", "home-mac", "ultraav-swap", "office-linux", "clean-linux"}) {
            QTest::addRow("%s es", demo) << demo << "es"
                                         << "su país"
                                         << "México"
                                         << "Estados Unidos";
            QTest::addRow("%s fr", demo) << demo << "fr"
                                         << "votre pays"
                                         << "Mexique"
                                         << "États-Unis";
            QTest::addRow("%s de", demo) << demo << "de"
                                         << "Ihrem Land"
                                         << "Mexiko"
                                         << "Vereinigte Staaten";
        }
    }
    void noEnglishIsLeftInAnyLanguage()
    {
        QFETCH(QString, demo);
        QFETCH(QString, language);
        QFETCH(QString, yourCountry);
        QFETCH(QString, mexico);
        QFETCH(QString, unitedStates);
        auto* own = new QTranslator(qApp);
        QVERIFY(own->load(QStringLiteral(OFFRAMP_QM_DIR "/offramp_") + language + QStringLiteral(".qm")));
        QApplication::installTranslator(own);
        auto* qt = new QTranslator(qApp);
        // Qt's own catalogue, from where the build takes the one it builds into offramp.
        QVERIFY(qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QStringLiteral(OFFRAMP_QT_QM_DIR)));
        QApplication::installTranslator(qt);
        QLocale::setDefault(QLocale(language));

        const QStringList english = englishSources(language);
        QVERIFY(english.size() > 20);
        WizardState state(offramp::CatalogLoader::loadEmbedded());
        state.setDemoName(demo);
        state.setLanguage(language);
        state.setJurisdiction(QStringLiteral("US"));
        state.setToday(QDate(2026, 11, 23));
        const auto& catalog = state.catalog();
        MigrationWizard wizard(&state);
        QTemporaryDir dir;
        ScreenshotTour tour(&wizard, dir.path());
        QVERIFY2(tour.run(), qPrintable(tour.error()));

        // Every page, as the tour left it filled in.
        QStringList texts;
        for (const int id : wizard.pageIds()) {
            texts << visibleTexts(wizard.page(id));
        }
        texts << wizard.button(QWizard::BackButton)->text() << wizard.button(QWizard::CancelButton)->text()
              << wizard.button(QWizard::FinishButton)->text();
        // The step list beside the pages: seven steps, none in English (one word each, so not among the sentences).
        auto* steps = wizard.findChild<QListWidget*>(QStringLiteral("stepList"));
        QVERIFY(steps != nullptr);
        QCOMPARE(steps->count(), 7);
        for (int row = 0; row < steps->count(); ++row) {
            const QString step = steps->item(row)->text();
            QVERIFY2(!QStringList({"Scan", "Rules", "Save", "Choose", "Remove", "Check", "Done"}).contains(step),
                     qPrintable(step));
        }
        // The Summary ends with what to do now, in the language.
        const auto* toDo =
            wizard.page(MigrationWizard::SummaryPageId)->findChild<QLabel*>(QStringLiteral("whatToDoNow"));
        QVERIFY(toDo != nullptr && !toDo->text().isEmpty());
        // The evidence behind "details" too: what the scan saw is worded in the language around the computer's names.
        auto* results =
            wizard.page(MigrationWizard::ScanPageId)->findChild<QTreeWidget*>(QStringLiteral("scanResults"));
        QVERIFY(results != nullptr);
        int evidence = 0;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            for (int j = 0; j < results->topLevelItem(i)->childCount(); ++j, ++evidence) {
                const QString what = results->topLevelItem(i)->child(j)->text(0);
                // Each English word, unless the language writes the same word ("service" in French).
                for (const auto& [word, sentence] : std::initializer_list<std::pair<const char*, const char*>>{
                         {"entry", "entry “%1” in the list of installed programs"},
                         {"registry key", "registry key %1"},
                         {"service ", "service %1"},
                         {"driver ", "driver %1"},
                         {"package ", "package %1"},
                         {"folder", "folder or file %1"},
                         {"app ", "app %1"}}) {
                    if (QCoreApplication::translate("EvidenceText", sentence) != QString::fromUtf8(sentence)) {
                        QVERIFY2(!what.contains(QLatin1String(word)), qPrintable(what));
                    }
                }
            }
        }
        QVERIFY(demo == QStringLiteral("clean-linux") || evidence > 2);
        const QString all = texts.join(QLatin1Char('\n'));
        for (const auto& source : english) {
            QVERIFY2(!all.contains(source), qPrintable(QStringLiteral("English left: ") + source));
        }
        // Qt's own buttons are translated too, and the catalog's text is in the language.
        QVERIFY(!all.contains(QStringLiteral("Cancel\n")));
        QVERIFY2(!wizard.button(QWizard::BackButton)->text().contains(QStringLiteral("Back")),
                 qPrintable(wizard.button(QWizard::BackButton)->text()));
        QVERIFY2(!wizard.button(QWizard::FinishButton)->text().contains(QStringLiteral("Finish")),
                 qPrintable(wizard.button(QWizard::FinishButton)->text()));
        // The rules, where the Rules step is shown (a computer without Kaspersky skips it).
        if (!wizard.visitedIds().contains(MigrationWizard::RulesPageId)) {
            QCOMPARE(demo, QStringLiteral("clean-linux"));
            wizard.close();
            QThreadPool::globalInstance()->waitForDone(10000);
            return;
        }
        const auto* rule = catalog.regulation("us-commerce-final-determination-2024");
        QVERIFY(rule != nullptr);
        QVERIFY(all.contains(QString::fromStdString(rule->title.text(language.toStdString()))));
        QVERIFY(!all.contains(QString::fromStdString(rule->title.text("en"))));
        // The sources linked under each rule (and beside the data to save and the alternatives' facts) are named in
        // the language too: what each is, not its English title.
        for (const auto& [id, source] : catalog.sources) {
            const QString englishTitle = QString::fromStdString(source.title.text());
            QVERIFY2(!all.contains(englishTitle.toHtmlEscaped()) && !all.contains(englishTitle),
                     qPrintable(QStringLiteral("English source title left: ") + englishTitle));
        }
        for (const auto& id : rule->sources) {
            const QString title = QString::fromStdString(catalog.source(id)->title.text(language.toStdString()));
            QVERIFY2(all.contains(title.toHtmlEscaped()), qPrintable(title));
            // Read out as it is written, where the link itself names the source's site.
            QVERIFY2(all.contains(title), qPrintable(title));
        }

        // A Spanish-speaking country with no rule found, and a country that is not listed: in the language too.
        QWizardPage* rulesPage = wizard.page(MigrationWizard::RulesPageId);
        auto* country = rulesPage->findChild<QComboBox*>(QStringLiteral("jurisdiction"));
        for (const QString& code : {QStringLiteral("MX"), QString()}) {
            country->setCurrentIndex(code.isEmpty() ? country->count() - 1 : country->findData(code));
            const QString page = (visibleTexts(rulesPage) << country->currentText()).join(QLatin1Char('\n'));
            for (const auto& source : english) {
                QVERIFY2(!page.contains(source), qPrintable(QStringLiteral("English left: ") + source));
            }
            QVERIFY2(page.contains(code.isEmpty() ? yourCountry : mexico), qPrintable(page));
            QVERIFY2(page.contains(unitedStates), qPrintable(page));
        }
        wizard.close();
        QThreadPool::globalInstance()->waitForDone(10000);
    }
};

OFFRAMP_TEST_MAIN(TestWizardLanguage)
#include "tst_wizard_language.moc"
