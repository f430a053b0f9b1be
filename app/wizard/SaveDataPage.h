// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SAVEDATAPAGE_H
#define OFFRAMP_WIZARD_SAVEDATAPAGE_H

#include "WizardPage.h"

class PasswordHandover;
class QVBoxLayout;
class RescueSection;

// What removing the products found would destroy, from the catalog's data at risk, with how to save
// each and what happens if it is skipped. The user ticks what they have saved. Below, the two things Offramp
// does itself: the password hand-over and a copy of the files at risk; each ticks the items it covers.
class SaveDataPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SaveDataPage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;
    // Not while a copy is being made.
    bool isComplete() const override;

private:
    // Ticks the items shown for these data at risk ("product/data").
    void markSaved(const QStringList& covered);

    QWidget* m_itemsWidget;
    QVBoxLayout* m_items;
    PasswordHandover* m_passwords;
    RescueSection* m_rescue;
};

#endif
