// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_STEPFAILURETEXT_H
#define OFFRAMP_WIZARD_STEPFAILURETEXT_H

#include <QString>

namespace offramp {
class Catalog;
struct JournalStep;
} // namespace offramp

// Why a removal step failed and what to do, in the person's language, worded from the journal's problem and
// exit code.
QString describeStepFailure(const offramp::JournalStep& step, const offramp::Catalog& catalog, const QString& language);
// The journal's own English message, as a detail for a technician; empty when it has none.
QString stepFailureDetails(const offramp::JournalStep& step);

#endif
