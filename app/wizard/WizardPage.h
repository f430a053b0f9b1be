// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WIZARDPAGE_H
#define OFFRAMP_WIZARD_WIZARDPAGE_H

#include <QWizardPage>

class QLabel;
class QVBoxLayout;
class WizardState;

// A page whose content scrolls, so that long text fits a small screen or a large font.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardPage(WizardState* state, QWidget* parent = nullptr);

protected:
    WizardState* state() const { return m_state; }
    QVBoxLayout* content() const { return m_content; }
    // A wrapped paragraph; rich text only where links are wanted.
    QLabel* addParagraph(const QString& text, const QString& objectName = {}, bool rich = false);

private:
    WizardState* m_state;
    QVBoxLayout* m_content;
};

#endif
