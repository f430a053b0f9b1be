// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLoader.h"
#include "MigrationWizard.h"
#include "WizardState.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

// Loads Offramp's own strings (built in) and Qt's (for Back, Next, Cancel), for the first language that has them.
void installTranslators(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("offramp"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    QLocale::setDefault(locale);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Offramp"));
    QApplication::setApplicationVersion(QStringLiteral(OFFRAMP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Leave Kaspersky safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Use the demo computer NAME."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Use the language CODE (en, es)."),
                                        QStringLiteral("CODE"));
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString language = parser.value(langOption);
    installTranslators(app, language);

    offramp::Catalog catalog;
    try {
        catalog = offramp::CatalogLoader::loadEmbedded();
    } catch (const std::exception& error) {
        QMessageBox::critical(nullptr, QObject::tr("Offramp cannot start"),
                              QObject::tr("Offramp’s built-in catalog is damaged (%1). Please download Offramp again.")
                                  .arg(QString::fromStdString(error.what())));
        return 3;
    }
    WizardState state(std::move(catalog));
    state.setDemoName(parser.value(demoOption));
    state.setLanguage(language.isEmpty() ? QLocale().name() : language);

    MigrationWizard wizard(&state);
    wizard.show();
    return QApplication::exec();
}
