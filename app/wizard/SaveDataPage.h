// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SAVEDATAPAGE_H
#define OFFRAMP_WIZARD_SAVEDATAPAGE_H

#include "wizard/WizardPage.h"

class PasswordHandover;
class QPushButton;
class QVBoxLayout;
class RescueSection;
class WarningNote;

// What removing the products found would destroy, from the catalog's data at risk written for this computer's
// system, with how to save each and what happens if it is skipped. The user ticks what they have saved.
// When Kaspersky Password Manager is installed, its passwords come first: a warning, their item and the password
// hand-over. Otherwise the hand-over waits behind "I have a Password Manager export". Last, a copy of the files
// at risk. The hand-over and the copy tick the items they cover.
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
    // Puts the sections in the order they are read, for the eye, the keyboard and screen readers.
    void arrange(bool passwordsFirst);
    void revealHandover();

    WarningNote* m_passwordWarning;
    QWidget* m_passwordItem; // the password manager's own item, first
    QVBoxLayout* m_passwordItemLayout;
    QWidget* m_itemsWidget;
    QVBoxLayout* m_items;
    QWidget* m_reveal; // a sentence and the button that shows the hand-over
    QPushButton* m_revealHandover;
    PasswordHandover* m_passwords;
    RescueSection* m_rescue;
    bool m_handoverRevealed = false;
};

#endif
