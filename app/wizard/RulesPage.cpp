// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RulesPage.h"

#include "engine/Catalog.h"
#include "engine/RuleExplainer.h"
#include "wizard/ClearLayout.h"
#include "wizard/LinkTitles.h"
#include "wizard/TextHelpers.h"
#include "wizard/TimelineWidget.h"
#include "wizard/WizardState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace {

// Rules that bind governments, their contractors or named companies and people, not the person at home: shown
// folded, after what concerns everyone (a ban on sales and updates, advice to the public).
bool forOrganizations(const offramp::Regulation& rule)
{
    return rule.kind == "government-ban" || rule.kind == "sanction";
}

} // namespace

RulesPage::RulesPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_jurisdiction(new QComboBox)
    , m_headline(new QLabel)
    , m_timeline(new TimelineWidget)
    , m_rules(new QVBoxLayout)
    , m_organizationToggle(new QToolButton)
    , m_organizationSection(new QWidget)
    , m_organizationTimeline(new TimelineWidget)
    , m_organizationRules(new QVBoxLayout)
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

    auto* meaning = new QLabel(tr("What this means for you"));
    meaning->setObjectName(QStringLiteral("rulesMeaningHeading"));
    QFont heading = meaning->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    meaning->setFont(heading);
    content()->addWidget(meaning);
    m_headline->setObjectName(QStringLiteral("rulesHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    content()->addWidget(m_headline);
    content()->addWidget(m_timeline);
    content()->addLayout(m_rules);

    // Folded: what binds governments and companies, open on request.
    m_organizationToggle->setObjectName(QStringLiteral("organizationRulesToggle"));
    m_organizationToggle->setCheckable(true);
    m_organizationToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_organizationToggle->setArrowType(Qt::RightArrow);
    m_organizationToggle->setAutoRaise(true);
    m_organizationTimeline->setObjectName(QStringLiteral("organizationTimeline"));
    m_organizationSection->setObjectName(QStringLiteral("organizationRules"));
    auto* section = new QVBoxLayout(m_organizationSection);
    section->setContentsMargins(0, 0, 0, 0);
    section->addWidget(m_organizationTimeline);
    section->addLayout(m_organizationRules);
    m_organizationSection->setVisible(false);
    content()->addWidget(m_organizationToggle);
    content()->addWidget(m_organizationSection);
    content()->addStretch();
    connect(m_organizationToggle, &QToolButton::toggled, this, [this](bool open) {
        m_organizationToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_organizationSection->setVisible(open);
    });

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
    // Last, for everyone else: they are told what is true for them, never another country's rules.
    m_jurisdiction->addItem(tr("My country is not listed"), QString());
    const QString current = state()->jurisdiction();
    m_jurisdiction->setCurrentIndex(current.isEmpty() ? m_jurisdiction->count() - 1
                                                      : std::max(0, m_jurisdiction->findData(current)));
    showRules();
}

QString RulesPage::noRuleFoundText(const QString& country) const
{
    const QString known = country.isEmpty()
                              ? tr("<b>Offramp knows of no rule on Kaspersky in your country.</b>")
                              : tr("<b>Offramp knows of no rule on Kaspersky in %1.</b>").arg(escaped(country));
    QString text = known + QLatin1Char(' ') +
                   tr("Nothing it knows of stops Kaspersky from being sold or updated there, or makes it an offence "
                      "to keep using it. Whether to move to another product is your choice.");
    // Said where the US rules can be chosen here (the shipped catalog always has them).
    if (const auto* us = state()->catalog().jurisdiction("US")) {
        text += QStringLiteral("<br><br>") +
                tr("US citizens living abroad are covered by the US ban wherever they are: Kaspersky may not sell to "
                   "them or send them updates. To read it, choose “%1” above.")
                    .arg(escaped(localizedText(us->name, state()->language())));
    }
    return text;
}

void RulesPage::showRules()
{
    const auto& catalog = state()->catalog();
    const QString language = state()->language();
    const QString code = m_jurisdiction->currentData().toString();
    const auto* jurisdiction = code.isEmpty() ? nullptr : catalog.jurisdiction(code.toStdString());
    clearLayout(m_rules);
    clearLayout(m_organizationRules);
    const auto rules = jurisdiction != nullptr ? offramp::explainRules(catalog, *jurisdiction, toDate(state()->today()))
                                               : std::vector<offramp::ExplainedRule>{};
    const auto organizationRules =
        std::ranges::count_if(rules, [](const offramp::ExplainedRule& rule) { return forOrganizations(*rule.rule); });
    m_timeline->setVisible(std::cmp_less(organizationRules, rules.size()));
    m_organizationToggle->setVisible(organizationRules > 0);
    m_organizationToggle->setText(
        tr("Rules for governments and companies (%n)", nullptr, static_cast<int>(organizationRules)));
    m_organizationToggle->setChecked(false);
    if (rules.empty()) {
        m_timeline->setSteps({}, state()->today());
        m_organizationTimeline->setSteps({}, state()->today());
        m_headline->setText(
            noRuleFoundText(jurisdiction != nullptr ? localizedText(jurisdiction->name, language) : QString()));
        return;
    }

    QList<TimelineWidget::Step> steps;
    QList<TimelineWidget::Step> organizationSteps;
    bool bindsHomeUsers = false;
    // A ban: decided, partly in effect, or wholly in effect from its last day that takes effect (the US Final
    // Determination: sales from 20 July 2024, updates from 29 September 2024). Announcements and events around
    // it (a company's own decision) do not count.
    QDate banDecided;
    QDate banComplete;
    QDate banNextStep;
    for (const auto& rule : rules) {
        bindsHomeUsers = bindsHomeUsers || rule.rule->bindsHomeUsers;
        const QString title = localizedText(rule.rule->title, language);
        const bool folded = forOrganizations(*rule.rule);
        for (const auto& step : rule.steps) {
            (folded ? organizationSteps : steps)
                .append({toQDate(step.step->date), title, localizedText(step.step->what, language),
                         step.status == offramp::StepStatus::InEffect, step.step->takesEffect, step.days});
        }
        if (rule.rule->kind == "ban") {
            std::vector<offramp::ExplainedStep> effective;
            std::ranges::copy_if(rule.steps, std::back_inserter(effective),
                                 [](const offramp::ExplainedStep& step) { return step.step->takesEffect; });
            const auto upcoming =
                std::ranges::find(effective, offramp::StepStatus::Upcoming, &offramp::ExplainedStep::status);
            const bool announced = !rule.steps.empty() && rule.steps.front().status == offramp::StepStatus::InEffect;
            if (effective.empty() || !announced) {
                // Not decided yet on this day, or nothing in it takes effect: the rule speaks for itself below.
            } else if (upcoming == effective.end()) {
                banComplete = toQDate(effective.back().step->date);
            } else if (upcoming != effective.begin()) {
                banNextStep = toQDate(upcoming->step->date);
            } else {
                banDecided = toQDate(upcoming->step->date);
            }
        }

        // Each rule: who it binds, and its sources as links.
        auto* text = new QLabel;
        setTextWithLinkTitles(text,
                              QStringLiteral("<p><b>%1</b><br>%2<br>%3<br><small>%4 %5</small></p>")
                                  .arg(escaped(title),
                                       escaped(tr("Who it binds: %1").arg(localizedText(rule.rule->binds, language))),
                                       escaped(localizedText(rule.rule->summary, language)), escaped(tr("Sources:")),
                                       sourceLinks(catalog, rule.rule->sources, language)));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setOpenExternalLinks(true);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setAccessibleName(title);
        (folded ? m_organizationRules : m_rules)->addWidget(text);
    }
    m_timeline->setSteps(steps, state()->today());
    m_organizationTimeline->setSteps(organizationSteps, state()->today());

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
    } else if (banDecided.isValid()) {
        headline << tr("But a ban here has been decided: it takes effect on %1.").arg(longDate(banDecided));
    } else if (std::ranges::any_of(rules, [](const auto& rule) { return rule.rule->kind != "advisory"; })) {
        headline << tr("Here the rules bind governments and some organizations; for everyone else they are advice.");
    } else {
        // Only advice (Germany's BSI, France's ANSSI): it binds no one, governments included.
        headline << tr("Here there is only official advice, which binds no one; what it recommends is below.");
    }
    m_headline->setText(headline.join(QLatin1Char(' ')));
}
