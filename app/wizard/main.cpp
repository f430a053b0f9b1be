// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliError.h"
#include "cli/CliMain.h"
#include "engine/CatalogLoader.h"
#include "platform/CommandLine.h"
#include "platform/DllSearch.h"
#include "platform/ProcessEnd.h"
#include "platform/ResumeAtLogin.h"
#include "wizard/CountryFromLocale.h"
#include "wizard/MigrationWizard.h"
#include "wizard/ScreenshotTour.h"
#include "wizard/Translations.h"
#include "wizard/WizardState.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QScopeGuard>
#include <QThreadPool>

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

void fail(const QString& message)
{
    std::fprintf(stderr, "offramp: %s\n", qPrintable(message));
}

// "offramp --cli COMMAND ...": the command-line tool, with no window. This is how the wizard runs its removal with
// administrator rights from its own file, where it is a single download (Windows).
int runCommandLine(int argc, char** argv)
{
    // "--cli" is plain ASCII, which argv keeps in every code page; the other words are read as the CLI reads them.
    auto words = offramp::platform::commandLineWords(argc, argv);
    if (!words) {
        std::fprintf(stderr, "offramp: %s\n", words.error().what());
        return offramp::cli::ExitUsage;
    }
    std::vector<std::string> command = std::move(words).value();
    if (!command.empty()) { // "--cli" itself, as Windows splits the command line
        command.erase(command.begin());
    }
    return offramp::cli::runCli(std::move(command));
}

int runWizard(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Declared after the application, so it runs once the window is gone and before the application goes: a
    // task still running (a scan, a copy) ends before the program does.
    const auto waitForTasks = qScopeGuard([] { QThreadPool::globalInstance()->waitForDone(); });
    QApplication::setApplicationName(QStringLiteral("Offramp"));
    QApplication::setApplicationVersion(QStringLiteral(OFFRAMP_VERSION));
    // Installed on Linux: the desktop entry and the icon theme's icon name the window (Wayland matches by the
    // desktop file's name). The Windows program carries its icon in its resources.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.offramp.Offramp"));
    if (QIcon::hasThemeIcon(QStringLiteral("org.offramp.Offramp"))) {
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.offramp.Offramp")));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Leave Kaspersky safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Use the demo computer NAME instead of this one."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Use the language CODE (en, es, fr, de)."), QStringLiteral("CODE"));
    const QCommandLineOption jurisdictionOption(QStringLiteral("jurisdiction"),
                                                QStringLiteral("Explain the rules of the country CC (US, DE, ...)."),
                                                QStringLiteral("CC"));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QStringLiteral("Walk every page and save each as DIR/NN-<page>.png."),
                                               QStringLiteral("DIR"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("Read the rules as of YYYY-MM-DD."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"),
        QStringLiteral("After a restart: check this computer again, as the removal JOURNAL asked."),
        QStringLiteral("JOURNAL"));
    // For the start-up benchmark (scripts/bench.sh): show the first page, then leave.
    QCommandLineOption startupOnlyOption(QStringLiteral("startup-only"));
    startupOnlyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {demoOption, langOption, jurisdictionOption, screenshotsOption, dateOption, resumeOption, startupOnlyOption});
    parser.process(app);

    const QString language = parser.value(langOption);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    installTranslators(app, locale);

    offramp::Catalog catalog;
    try {
        catalog = offramp::CatalogLoader::loadEmbedded();
    } catch (const std::exception& error) {
        // The loader's English line (which file, where, why) goes behind Show Details, for whoever helps.
        QMessageBox box(QMessageBox::Critical, QObject::tr("Offramp cannot start"),
                        QObject::tr("Offramp’s built-in catalog is damaged. Please download Offramp again."));
        box.setDetailedText(QString::fromStdString(error.what()));
        box.exec();
        return 3;
    }

    // The country: as asked, else the one the system is set to (not the language asked for), else none.
    QString jurisdiction = parser.value(jurisdictionOption).toUpper();
    if (!jurisdiction.isEmpty() && catalog.jurisdiction(jurisdiction.toStdString()) == nullptr) {
        fail(QStringLiteral("no rules are recorded for the jurisdiction \"%1\"").arg(jurisdiction));
        return 3;
    }
    if (jurisdiction.isEmpty()) {
        jurisdiction = countryFromLocale(catalog, QLocale::system());
    }

    WizardState state(std::move(catalog));
    state.setDemoName(parser.value(demoOption));
    state.setLanguage(QLocale().name());
    state.setJurisdiction(jurisdiction);
    if (parser.isSet(dateOption)) {
        const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid()) {
            fail(QStringLiteral("--date needs a real date written YYYY-MM-DD"));
            return 2;
        }
        state.setToday(date);
    }

    MigrationWizard wizard(&state);
    if (parser.isSet(resumeOption)) {
        // Opened once after the restart a removal asked for: the entry that opened it goes, and the check runs.
        offramp::platform::cancelResumeAtLogin();
        state.setJournalPath(parser.value(resumeOption));
        wizard.setStartId(MigrationWizard::CheckPageId);
    }
    if (parser.isSet(screenshotsOption)) {
        ScreenshotTour tour(&wizard, parser.value(screenshotsOption));
        if (!tour.run()) {
            fail(tour.error());
            return 3;
        }
        return 0;
    }
    wizard.show();
    if (parser.isSet(startupOnlyOption)) {
        QApplication::processEvents();
        return 0;
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    offramp::platform::loadDllsFromSystemOnly();
    offramp::platform::endProcess(argc > 1 && std::string_view(argv[1]) == "--cli" ? runCommandLine(argc, argv)
                                                                                   : runWizard(argc, argv));
}
