// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_CLEARLAYOUT_H
#define OFFRAMP_WIZARD_CLEARLAYOUT_H

#include <QLayout>
#include <QWidget>

// Empties a layout that a page fills anew (the rules of a country, the cards of Save data, the timeline's rows):
// every item goes, with the widget it holds.
inline void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

#endif
