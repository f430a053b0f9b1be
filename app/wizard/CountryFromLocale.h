// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_COUNTRYFROMLOCALE_H
#define OFFRAMP_WIZARD_COUNTRYFROMLOCALE_H

#include <QString>

class QLocale;

namespace offramp {
class Catalog;
}

// The country whose rules the wizard shows first: the one the locale is set to, as the catalog's code, when
// the catalog lists it. Otherwise empty, which the Rules page shows as "My country is not listed": a person
// is never shown another country's rules as their own.
QString countryFromLocale(const offramp::Catalog& catalog, const QLocale& locale);

#endif
