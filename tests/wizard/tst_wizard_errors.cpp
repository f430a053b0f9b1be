// SPDX-License-Identifier: GPL-3.0-or-later
// Errors on the wizard's pages: in a language other than English they are told in that language, from the error's
// kind (ErrorText), with the English line of the engine or offramp-cli kept apart as a detail for a technician; a
// removal program that stops before it writes its journal is told from its exit code, with what it said as the
// detail. The Remove page starts a real program (offramp-cli, or one that does nothing) on a file tree.
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/Detector.h"
#include "engine/RescueManifest.h"
#include "engine/Watchlist.h"
#include "engine/utils/Error.h"
#include "platform/RescueBundle.h"
#include "platform/linux/LinuxProbe.h"
#include "wizard/ErrorText.h"
#include "wizard/MigrationWizard.h"
#include "wizard/RescueTask.h"
#include "wizard/Translations.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <filesystem>
#include <memory>

namespace fs = std::filesystem;

namespace {

// The English source sentences of a language's catalogue that read differently in that language.
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
        // The words before or after a placeholder, where they make a phrase: "The removal could not start: ".
        for (const QString& part : match.captured(1).split(QRegularExpression(QStringLiteral("%[0-9n]")))) {
            if (match.captured(1) != match.captured(2) && part.trimmed().count(QLatin1Char(' ')) >= 2) {
                sources << QString(part).replace(QStringLiteral("&amp;"), QStringLiteral("&")).trimmed();
            }
        }
    }
    return sources;
}

// The wizard at the Remove page for a Linux file tree where dpkg lists kesl, as the Scan page would leave it.
struct RemovePageFixture
{
    RemovePageFixture(const fs::path& root, const fs::path& journal, const QString& program,
                      const QStringList& extraArguments, const QString& language)
        : state(offramp::CatalogLoader::loadEmbedded())
    {
        offramp::test::writeFile(root / "var/lib/dpkg/status",
                                 "Package: kesl\nStatus: install ok installed\nVersion: 11.0\n");
        state.setLanguage(language);
        state.setJurisdiction(QStringLiteral("US"));
        state.setToday(QDate(2026, 11, 23));
        offramp::platform::LinuxProbe probe(root);
        const auto facts = probe.probe(offramp::Watchlist(state.catalog(), offramp::Platform::Linux));
        state.setScanResult(offramp::detect(state.catalog(), facts), offramp::Platform::Linux,
                            QStringLiteral("the Linux files under ") + offramp::test::qPath(root));
        state.setRemovalProgram(program);
        state.setElevateRemoval(false);
        state.setRemovalExtraArguments(extraArguments);
        state.setJournalPath(offramp::test::qPath(journal));
        wizard = std::make_unique<MigrationWizard>(&state);
        wizard->setStartId(MigrationWizard::RemovePageId);
        wizard->show();
        status = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("removalStatus"));
        details = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("removalDetails"));
    }
    ~RemovePageFixture()
    {
        wizard.reset();
        QThreadPool::globalInstance()->waitForDone(60000);
    }
    RemovePageFixture(const RemovePageFixture&) = delete;
    RemovePageFixture& operator=(const RemovePageFixture&) = delete;

    // Presses Remove now and waits until the page may be started again (the removal ended without a journal).
    bool removeAndWait()
    {
        auto* start = wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"));
        wizard->currentPage()->findChild<QCheckBox*>(QStringLiteral("removalConsent"))->setChecked(true);
        start->click();
        return QTest::qWaitFor([&] { return start->isEnabled(); }, 60000);
    }

    WizardState state;
    std::unique_ptr<MigrationWizard> wizard;
    QLabel* status = nullptr;
    QLabel* details = nullptr;
};

} // namespace

class TestWizardErrors : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { offramp::test::removeTranslators(); }

    // Every kind has its own sentence, which names the file when there is one; in Spanish none is English.
    void everyKindIsToldInTheLanguage()
    {
        const QList<offramp::ErrorKind> kinds{
            offramp::ErrorKind::Failed,        offramp::ErrorKind::NotFound,     offramp::ErrorKind::NotAFile,
            offramp::ErrorKind::AlreadyExists, offramp::ErrorKind::NoPermission, offramp::ErrorKind::DiskFull,
            offramp::ErrorKind::PathTooLong,   offramp::ErrorKind::Busy,         offramp::ErrorKind::Unreadable,
            offramp::ErrorKind::Damaged,       offramp::ErrorKind::NotText,      offramp::ErrorKind::Unsupported,
            offramp::ErrorKind::InvalidInput};
        const QString file = QStringLiteral("/home/ana/export.txt");
        const auto describeAll = [&](const QString& subject) {
            QStringList sentences;
            for (const auto kind : kinds) {
                sentences << describeErrorKind(kind, subject);
            }
            return sentences;
        };
        const QStringList english = describeAll(file);
        QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), kinds.size());
        QVERIFY2(english[9].contains(file) && english[9].contains(QStringLiteral("damaged")), qPrintable(english[9]));
        const QStringList englishWithout = describeAll({});
        QCOMPARE(QSet<QString>(englishWithout.begin(), englishWithout.end()).size(), kinds.size());

        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("es_US")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_es"));
        const QStringList spanish = describeAll(file) + describeAll({});
        const QStringList sources = englishSources(QStringLiteral("es"));
        for (const QString& sentence : spanish) {
            QVERIFY(!sentence.isEmpty());
            QVERIFY2(!english.contains(sentence) && !englishWithout.contains(sentence), qPrintable(sentence));
            for (const QString& source : sources) {
                QVERIFY2(!sentence.contains(source), qPrintable(sentence + QStringLiteral(" / ") + source));
            }
        }
        QVERIFY2(spanish[9].contains(QStringLiteral("«") + file + QStringLiteral("» está dañado")),
                 qPrintable(spanish[9]));

        // An error caught: in Spanish the kind's sentence, the English line only in the details.
        const offramp::Error error(offramp::ErrorKind::DiskFull, "cannot write /media/usb/x: No space left on device",
                                   "/media/usb/x");
        const ErrorText text = describeError(error);
        QVERIFY2(text.sentence.contains(QStringLiteral("/media/usb/x")) &&
                     !text.sentence.contains(QStringLiteral("No "
                                                            "space")),
                 qPrintable(text.sentence));
        QCOMPARE(text.details, QStringLiteral("Detalles para un técnico (en inglés): cannot write /media/usb/x: No "
                                              "space left on device"));
        offramp::test::removeTranslators();
        // In English the line itself, as a sentence, and no details.
        const ErrorText inEnglish = describeError(error);
        QCOMPARE(inEnglish.sentence, QStringLiteral("cannot write /media/usb/x: No space left on device."));
        QVERIFY(inEnglish.details.isEmpty());
    }

    // A file the rescue could not read, a folder it could not list and a copy the check could not read: in English
    // the system's words in brackets; in Spanish the sentence of the error's kind, the English words only in the
    // details for a technician.
    void anUnreadableFileOfTheRescueIsToldInSpanish()
    {
        const offramp::RescueSkipped skipped{"/home/ana/.kaspersky/db.sqlite",
                                             "cannot open /home/ana/.kaspersky/db.sqlite: Permission denied",
                                             offramp::RescueSkipCause::Unreadable, offramp::ErrorKind::NoPermission};
        const offramp::RescueSkipped folder{"/var/opt/kaspersky/reports",
                                            "the folder could not be read completely: Input/output error",
                                            offramp::RescueSkipCause::FolderIncomplete, offramp::ErrorKind::Unreadable};
        const offramp::platform::BundleProblem problem{
            "files/kaspersky/db.sqlite", "cannot open files/kaspersky/db.sqlite: Device or resource busy",
            offramp::platform::BundleProblem::Kind::Unreadable, offramp::ErrorKind::Busy};
        QStringList details;
        QCOMPARE(describeRescueSkipped(skipped, details),
                 QStringLiteral("/home/ana/.kaspersky/db.sqlite: it could not be read (cannot open "
                                "/home/ana/.kaspersky/db.sqlite: Permission denied)"));
        QCOMPARE(describeBundleProblem(problem, details),
                 QStringLiteral("files/kaspersky/db.sqlite: the copy could not be read (cannot open "
                                "files/kaspersky/db.sqlite: Device or resource busy)"));
        QVERIFY(details.isEmpty());

        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("es_US")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_es"));
        const QStringList lines{describeRescueSkipped(skipped, details), describeRescueSkipped(folder, details),
                                describeBundleProblem(problem, details)};
        const QStringList kinds{describeErrorKind(offramp::ErrorKind::NoPermission, {}),
                                describeErrorKind(offramp::ErrorKind::Unreadable, {}),
                                describeErrorKind(offramp::ErrorKind::Busy, {})};
        const QStringList sources = englishSources(QStringLiteral("es"));
        for (int i = 0; i < lines.size(); ++i) {
            QVERIFY2(lines[i].endsWith(kinds[i]), qPrintable(lines[i]));
            QVERIFY2(!lines[i].contains(QStringLiteral("Permission")) && !lines[i].contains(QStringLiteral("Input/")) &&
                         !lines[i].contains(QStringLiteral("busy")) && !lines[i].contains(QStringLiteral("could not")),
                     qPrintable(lines[i]));
            for (const QString& source : sources) {
                QVERIFY2(!lines[i].contains(source), qPrintable(lines[i] + QStringLiteral(" / ") + source));
            }
        }
        QVERIFY2(lines[0].startsWith(QStringLiteral("/home/ana/.kaspersky/db.sqlite: ")), qPrintable(lines[0]));
        QCOMPARE(details.size(), 3);
        QVERIFY2(details[0].endsWith(QStringLiteral(": cannot open /home/ana/.kaspersky/db.sqlite: Permission denied")),
                 qPrintable(details[0]));
        QVERIFY2(
            details[2].endsWith(QStringLiteral(": cannot open files/kaspersky/db.sqlite: Device or resource busy")),
            qPrintable(details[2]));
    }

    // A damaged journal where the removal left it, in Spanish: the Remove page says in Spanish that the removal could
    // not start because that file is damaged, names the file, and keeps the journal reader's English words apart as
    // a detail. The damaged file stays as it was.
    void aDamagedJournalOnTheRemovePageIsToldInSpanish()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path base(dir.path().toStdString());
        const fs::path journal = base / "journal" / "journal.json";
        const std::string damaged = "{\"kind\": \"offramp-removal-journal\", \"schema_version\": 1, \"st";
        offramp::test::writeFile(journal, damaged);
        // A program that does nothing and ends well: the damaged journal is what the page then reads.
        const QString doNothing = QStandardPaths::findExecutable(QStringLiteral("true"));
        QVERIFY(!doNothing.isEmpty());

        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("es_US")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_es"));
        RemovePageFixture f(base / "root", journal, doNothing, {}, QStringLiteral("es"));
        QVERIFY2(f.removeAndWait(), qPrintable(f.status->text()));
        const QString status = f.status->text();
        QVERIFY2(status.startsWith(QStringLiteral("La desinstalación no pudo empezar: «") +
                                   offramp::test::qPath(journal) + QStringLiteral("» está dañado")),
                 qPrintable(status));
        for (const QString& source : englishSources(QStringLiteral("es"))) {
            QVERIFY2(!status.contains(source), qPrintable(QStringLiteral("English left: ") + source));
        }
        QVERIFY2(!status.contains(QStringLiteral("journal Offramp wrote")), qPrintable(status));
        QVERIFY(f.details->isVisible());
        QVERIFY2(f.details->text().startsWith(QStringLiteral("Detalles para un técnico (en inglés): ")),
                 qPrintable(f.details->text()));
        QVERIFY2(f.details->text().contains(QStringLiteral("it is not a journal Offramp wrote, or it was damaged")),
                 qPrintable(f.details->text()));
        QVERIFY(!f.wizard->currentPage()->isComplete());
        QCOMPARE(offramp::test::readFile(journal), damaged);
    }

    // offramp-cli stops before it writes a journal (a wrong command line, a root that is not there): the page says
    // from its exit code what that means, and shows what offramp-cli said as the detail, not that the journal
    // cannot be read. Nothing is written.
    void aRemovalProgramThatStopsEarlyIsToldFromItsExitCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("details");
        QTest::newRow("a wrong command line (exit 2)")
            << QStringList{QStringLiteral("--no-such-option")}
            << QStringLiteral("Offramp started its removal program the wrong way, so nothing was removed. This is a "
                              "fault in Offramp: please report it, with the details below.")
            << QStringLiteral("Details for a technician: offramp-cli: remove: unknown option --no-such-option");
        QTest::newRow("no such root (exit 3)")
            << QStringList{QStringLiteral("--root"), QStringLiteral("/nonexistent/offramp-test-root")}
            << QStringLiteral("The removal program could not read what it needs on this computer (a damaged database "
                              "or file, or a folder that is missing), so nothing was removed. The details below say "
                              "which; once that is mended, press Remove now again.")
            << QStringLiteral("Details for a technician: offramp-cli: cannot read the root folder "
                              "/nonexistent/offramp-test-root");
    }
    void aRemovalProgramThatStopsEarlyIsToldFromItsExitCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        QFETCH(QString, details);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path base(dir.path().toStdString());
        const fs::path journal = base / "journal" / "journal.json";
        RemovePageFixture f(base / "root", journal, QStringLiteral(OFFRAMP_CLI_PATH), arguments, QStringLiteral("en"));
        QVERIFY2(f.removeAndWait(), qPrintable(f.status->text()));
        QCOMPARE(f.status->text(), said);
        QVERIFY2(!f.status->text().contains(QStringLiteral("journal")), qPrintable(f.status->text()));
        QVERIFY(f.details->isVisible());
        QVERIFY2(f.details->text().startsWith(details), qPrintable(f.details->text()));
        QVERIFY(!fs::exists(journal));
        QVERIFY(!f.wizard->currentPage()->isComplete());
    }
};

QTEST_MAIN(TestWizardErrors)
#include "tst_wizard_errors.moc"
