// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CountryFromLocale.h"

#include "engine/Catalog.h"

#include <QLocale>

QString countryFromLocale(const offramp::Catalog& catalog, const QLocale& locale)
{
    if (locale.territory() == QLocale::AnyTerritory) {
        return {};
    }
    const auto* known = catalog.jurisdiction(QLocale::territoryToCode(locale.territory()).toStdString());
    return known != nullptr ? QString::fromStdString(known->code) : QString();
}
