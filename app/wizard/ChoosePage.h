// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_CHOOSEPAGE_H
#define OFFRAMP_WIZARD_CHOOSEPAGE_H

#include "wizard/WizardPage.h"

class QLabel;
class QListWidget;
class QPushButton;

// A neutral choice of new protection: the one built into this system first, then the others in alphabetical
// order, command-line tools last, each with sourced facts and a link to the vendor's own page. No ranking by money.
class ChoosePage : public WizardPage
{
    Q_OBJECT

public:
    explicit ChoosePage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showDetails();

    QLabel* m_listOrder = nullptr;
    QLabel* m_systemNotice = nullptr;
    QListWidget* m_list;
    QLabel* m_details;
    QPushButton* m_website;
};

#endif
