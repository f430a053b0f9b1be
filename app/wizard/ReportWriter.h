// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_REPORTWRITER_H
#define OFFRAMP_WIZARD_REPORTWRITER_H

#include <QString>

class WizardState;

// The report of what was found, saved and done, for the user, a technician and an office's records.
namespace report {

// A short code a technician can ask for on the phone: the same report always has the same code.
QString supportCode(const WizardState& state);
QString html(const WizardState& state);
// Both write atomically (a temporary file renamed into place); on failure `error` says why.
bool writeHtml(const WizardState& state, const QString& path, QString* error);
bool writePdf(const WizardState& state, const QString& path, QString* error);

} // namespace report

#endif
