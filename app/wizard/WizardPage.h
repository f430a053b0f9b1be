// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WIZARDPAGE_H
#define OFFRAMP_WIZARD_WIZARDPAGE_H

#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;
class WizardState;

// A page whose content scrolls, so that long text fits a small screen or a large font.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardPage(WizardState* state, QWidget* parent = nullptr);

    // False where what the page did cannot be undone (a removal): the wizard keeps Back off.
    virtual bool allowsBack() const { return true; }
    // The page's own main button (Remove now), the default button until the page is complete.
    virtual QPushButton* mainButton() const { return nullptr; }

protected:
    WizardState* state() const { return m_state; }
    QVBoxLayout* content() const { return m_content; }
    // Below the scrolling content, always in view: what the page is for (Remove now and its progress).
    QVBoxLayout* fixedContent() const { return m_fixed; }
    // A wrapped paragraph; rich text only where links are wanted.
    QLabel* addParagraph(const QString& text, const QString& objectName = {}, bool rich = false);

private:
    WizardState* m_state;
    QVBoxLayout* m_content;
    QVBoxLayout* m_fixed;
};

#endif
