// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SUMMARYPAGE_H
#define OFFRAMP_WIZARD_SUMMARYPAGE_H

#include "wizard/WizardPage.h"

class QBoxLayout;
class QLabel;
class QPushButton;
class SecuritySettingsButton;

// What was found, saved and done; the report as HTML or PDF; the support code; and what to do now.
class SummaryPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(WizardState* state, QWidget* parent = nullptr);
    void initializePage() override;

    // Saves the report to `path` (".pdf" for PDF, otherwise HTML) and says so on the page.
    bool saveReport(const QString& path);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void chooseAndSave(const QString& filter, const QString& suffix);

    QLabel* m_summary;
    QLabel* m_code;
    QLabel* m_saved;
    QLabel* m_toDo;
    // Under What to do now, for its step "check that it is turned on".
    SecuritySettingsButton* m_settings;
    QPushButton* m_html;
    QPushButton* m_pdf;
    QBoxLayout* m_buttons;
};

#endif
