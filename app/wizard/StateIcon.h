// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_STATEICON_H
#define OFFRAMP_WIZARD_STATEICON_H

#include <QIcon>

class QWidget;

// The icons that stand beside a state's words (found, saved, removed, needs attention), so that no state is told
// by colour alone. They are the style's own, so they look as the system's do and need no files of their own.
enum class StateIcon
{
    Done,        // saved, removed, finished
    Attention,   // found installed, not saved yet, did not work
    Information, // leftovers only, not banned
    Current,     // the step or the removal under way now
    Skipped,     // a step not needed on this computer
};

QIcon stateIcon(StateIcon kind, const QWidget* widget);

#endif
