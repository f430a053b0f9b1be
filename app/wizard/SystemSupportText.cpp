// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SystemSupportText.h"

#include "engine/SystemSupport.h"
#include "wizard/TextHelpers.h"
#include "wizard/WizardState.h"

#include <QCoreApplication>

QString windows10Notice(const WizardState& state)
{
    if (!state.runsWindows10() || toDate(state.today()) < offramp::kWindows10SupportEnd) {
        return {};
    }
    return QStringLiteral("<p>%1 <small>(%2)</small></p>")
        .arg(QCoreApplication::translate(
                 "SystemSupportText",
                 "<b>Windows 10 on %1 no longer gets security fixes</b>, unless the computer is enrolled in Extended "
                 "Security Updates: Microsoft’s support for Windows 10 ended on %2. Microsoft Defender still gets "
                 "new virus definitions on Windows 10 until October 2028. If the computer can run Windows 11, "
                 "moving to it brings security fixes back.")
                 .arg(escaped(state.machineDescription()), longDate(toQDate(offramp::kWindows10SupportEnd))),
             sourceLinks(state.catalog(), {"microsoft-windows-10-end-of-support"}, state.language()));
}
