// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_TRANSLATIONS_H
#define OFFRAMP_WIZARD_TRANSLATIONS_H

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs Offramp's catalogue for `locale` from `folder` (the built-in ":/i18n" unless a test points
// elsewhere) and Qt's own (for Back, Next and Cancel), and makes the locale spoken the default. A language
// without a catalogue, or the C locale, gets English everywhere (dates and Qt's buttons too), whose catalogue
// holds the plural forms ("2 products", not "2 product(s)"). Returns the catalogue installed ("offramp_es"),
// or an empty string when none could be; QLocale() then tells the language spoken.
QString installTranslators(QCoreApplication& app, const QLocale& locale,
                           const QString& folder = QStringLiteral(":/i18n"));

#endif
