// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesPage.h"

#include "Catalog.h"
#include "RuleExplainer.h"
#include "TextHelpers.h"
#include "TimelineWidget.h"
#include "WizardState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

RulesPage::RulesPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_jurisdiction(new QComboBox)
    , m_headline(new QLabel)
    , m_timeline(new TimelineWidget)
    , m_rules(new QVBoxLayout)
{
    setTitle(tr("What the rules say"));
    setSubTitle(tr("The rules about Kaspersky where you live, and where each one stands today."));

    m_jurisdiction->setObjectName(QStringLiteral("jurisdiction"));
    m_jurisdiction->setAccessibleName(tr("Country"));
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Country:"));
    label->setBuddy(m_jurisdiction);
    form->addRow(label, m_jurisdiction);
    content()->addLayout(form);

    m_headline->setObjectName(QStringLiteral("rulesHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    content()->addWidget(m_headline);
    content()->addWidget(m_timeline);
    content()->addLayout(m_rules);
    content()->addStretch();

    connect(m_jurisdiction, &QComboBox::currentIndexChanged, this, [this] {
        this->state()->setJurisdiction(m_jurisdiction->currentData().toString());
        showRules();
    });
}

void RulesPage::initializePage()
{
    const QSignalBlocker blocker(m_jurisdiction);
    m_jurisdiction->clear();
    const QString language = state()->language();
    QList<QPair<QString, QString>> entries;
    for (const auto& jurisdiction : state()->catalog().jurisdictions) {
        entries.append({localizedText(jurisdiction.name, language), toQString(jurisdiction.code)});
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [name, code] : entries) {
        m_jurisdiction->addItem(name, code);
    }
    m_jurisdiction->setCurrentIndex(std::max(0, m_jurisdiction->findData(state()->jurisdiction())));
    showRules();
}

void RulesPage::showRules()
{
    const auto& catalog = state()->catalog();
    const QString language = state()->language();
    const auto* jurisdiction = catalog.jurisdiction(m_jurisdiction->currentData().toString().toStdString());
    while (QLayoutItem* item = m_rules->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (jurisdiction == nullptr) {
        return;
    }
    const auto rules = offramp::explainRules(catalog, *jurisdiction, toDate(state()->today()));

    QList<TimelineWidget::Step> steps;
    bool bindsHomeUsers = false;
    // A ban in force: from its last step on, sales and updates are over (the US Final Determination).
    QDate banComplete;
    QDate banNextStep;
    for (const auto& rule : rules) {
        bindsHomeUsers = bindsHomeUsers || rule.rule->bindsHomeUsers;
        const QString title = localizedText(rule.rule->title, language);
        for (const auto& step : rule.steps) {
            steps.append({toQDate(step.step->date), title, localizedText(step.step->what, language),
                          step.status == offramp::StepStatus::InEffect, step.days});
        }
        if (rule.rule->kind == "ban" && !rule.steps.empty()) {
            const auto upcoming =
                std::ranges::find(rule.steps, offramp::StepStatus::Upcoming, &offramp::ExplainedStep::status);
            if (upcoming == rule.steps.end()) {
                banComplete = toQDate(rule.steps.back().step->date);
            } else if (upcoming != rule.steps.begin()) {
                banNextStep = toQDate(upcoming->step->date);
            }
        }

        // Each rule: who it binds, and its sources as links.
        auto* text = new QLabel(QStringLiteral("<p><b>%1</b><br>%2<br>%3<br><small>%4 %5</small></p>")
                                    .arg(escaped(title),
                                         escaped(tr("Who it binds: %1").arg(localizedText(rule.rule->binds, language))),
                                         escaped(localizedText(rule.rule->summary, language)), escaped(tr("Sources:")),
                                         sourceLinks(catalog, rule.rule->sources)));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setOpenExternalLinks(true);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setAccessibleName(title);
        m_rules->addWidget(text);
    }
    m_timeline->setSteps(steps, state()->today());

    QStringList headline;
    if (!bindsHomeUsers) {
        headline << tr(
            "<b>Using Kaspersky is not a crime.</b> None of these rules binds a person who uses it at home.");
    }
    if (banComplete.isValid()) {
        headline
            << tr("But since %1 it may no longer be sold or updated here, and without updates its protection falls "
                  "further behind every day. Moving to another product is the safe choice.")
                   .arg(longDate(banComplete));
    } else if (banNextStep.isValid()) {
        headline << tr("But it may no longer be sold here, and more of the ban takes effect on %1.")
                        .arg(longDate(banNextStep));
    } else if (!rules.empty()) {
        headline << tr("Here the rules bind governments and some organizations; for everyone else they are advice.");
    }
    m_headline->setText(headline.join(QLatin1Char(' ')));
}
