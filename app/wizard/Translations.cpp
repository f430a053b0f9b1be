// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

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
    auto* qt = new QTranslator(&app);
    // Built in for the languages Offramp speaks; else where Qt is installed.
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return installed;
}
