// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SYSTEMSUPPORTTEXT_H
#define OFFRAMP_WIZARD_SYSTEMSUPPORTTEXT_H

#include <QString>

class WizardState;

// On Windows 10, from the day Microsoft's support for it ended: that Windows itself no longer gets security
// fixes, and until when Microsoft Defender still gets virus definitions there, with the source. A paragraph of
// rich text; empty on any other system or before that day.
QString windows10Notice(const WizardState& state);

#endif
