// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SAVEDATAPAGE_H
#define OFFRAMP_WIZARD_SAVEDATAPAGE_H

#include "WizardPage.h"

class QVBoxLayout;

// What removing the products found would destroy, from the catalog's data at risk, with how to save
// each and what happens if it is skipped. The user ticks what they have saved.
class SaveDataPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SaveDataPage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;

private:
    QVBoxLayout* m_items;
};

#endif
