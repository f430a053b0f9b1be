// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

QString installTranslators(QCoreApplication& app, const QLocale& locale, const QString& folder)
{
    QString installed;
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("offramp"), QStringLiteral("_"), folder) ||
        own->load(QStringLiteral("offramp_en"), folder)) {
        QCoreApplication::installTranslator(own);
        installed = QFileInfo(own->filePath()).completeBaseName();
    } else {
        delete own;
    }
    // The language Offramp speaks to this person ("offramp_es" speaks Spanish), in the person's own country's
    // way of writing dates where Qt knows one; a language without a catalogue gets English throughout.
    const QLocale catalogueLanguage(installed.isEmpty() ? QStringLiteral("en")
                                                        : installed.section(QLatin1Char('_'), 1));
    const QLocale spoken = catalogueLanguage.language() == locale.language()
                               ? locale
                               : QLocale(catalogueLanguage.language(), locale.territory());
    // Qt's own buttons and dialogs in that language too, never in another: built in for the languages Offramp
    // speaks, else where Qt is installed.
    if (spoken.language() != QLocale::English) {
        auto* qt = new QTranslator(&app);
        if (qt->load(spoken, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
            qt->load(spoken, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(spoken);
    return installed;
}
