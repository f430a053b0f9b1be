// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_EVIDENCETEXT_H
#define OFFRAMP_WIZARD_EVIDENCETEXT_H

#include <QString>

namespace offramp {
struct Fact;
} // namespace offramp

// What the scan saw, in the person's language: "package kesl 12.1.0-1297 (install ok installed)". Names,
// versions and the package manager's own state words stay as the computer wrote them.
QString describeEvidence(const offramp::Fact& fact);

#endif
