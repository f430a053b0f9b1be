// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/StateIcon.h"

#include <QStyle>
#include <QWidget>

QIcon stateIcon(StateIcon kind, const QWidget* widget)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case StateIcon::Done:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case StateIcon::Attention:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case StateIcon::Information:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case StateIcon::Current:
        // Points at the page beside it, whichever way the language reads.
        pixmap = widget->layoutDirection() == Qt::RightToLeft ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowRight;
        break;
    case StateIcon::Skipped:
        pixmap = QStyle::SP_MediaSkipForward;
        break;
    }
    return widget->style()->standardIcon(pixmap, nullptr, widget);
}
