// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveDataPage.h"

#include "Catalog.h"
#include "Finding.h"
#include "PasswordHandover.h"
#include "RescueSection.h"
#include "TextHelpers.h"
#include "WizardState.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// The data at risk that Kaspersky Password Manager's text export carries over: its passwords, logins and notes.
const QString kPasswordData = QStringLiteral("kaspersky-password-manager/passwords");

} // namespace

SaveDataPage::SaveDataPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_itemsWidget(new QWidget)
    , m_items(new QVBoxLayout(m_itemsWidget))
    , m_passwords(new PasswordHandover)
    , m_rescue(new RescueSection(state))
{
    setTitle(tr("Save your data"));
    setSubTitle(tr("Removing Kaspersky deletes what it keeps. Save what you need first."));
    // The items live in a widget of their own, made before the sections below, so that they come first in the
    // page's widget tree, as on the screen.
    m_itemsWidget->setObjectName(QStringLiteral("dataAtRisk"));
    m_items->setContentsMargins(0, 0, 0, 0);
    content()->addWidget(m_itemsWidget);
    content()->addWidget(m_passwords);
    content()->addWidget(m_rescue);
    content()->addStretch();
    connect(m_passwords, &PasswordHandover::passwordsConverted, this, [this] { markSaved({kPasswordData}); });
    connect(m_rescue, &RescueSection::saved, this, &SaveDataPage::markSaved);
    connect(m_rescue, &RescueSection::runningChanged, this, &SaveDataPage::completeChanged);
}

bool SaveDataPage::isComplete() const
{
    return !m_rescue->isRunning() && WizardPage::isComplete();
}

void SaveDataPage::markSaved(const QStringList& covered)
{
    for (auto* box : findChildren<QCheckBox*>()) {
        if (!box->objectName().startsWith(QStringLiteral("saved:"))) {
            continue;
        }
        // "saved:product/component/data" covers "product/data".
        const QStringList parts = box->objectName().mid(6).split(QLatin1Char('/'));
        if (parts.size() == 3 && covered.contains(parts[0] + QLatin1Char('/') + parts[2])) {
            box->setChecked(true);
        }
    }
}

void SaveDataPage::initializePage()
{
    while (QLayoutItem* item = m_items->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString language = state()->language();
    const auto& catalog = state()->catalog();
    QStringList seen;
    int count = 0;
    for (const auto& finding : state()->findings()) {
        if (!finding.product->banned || finding.state != offramp::FindingState::Installed) {
            continue;
        }
        for (const auto& component : finding.product->components) {
            for (const auto& risk : component.dataAtRisk) {
                const QString key = toQString(finding.product->id + "/" + component.id + "/" + risk.id);
                if (seen.contains(key)) {
                    continue;
                }
                seen << key;
                ++count;
                auto* box = new QGroupBox(QStringLiteral("%1 — %2").arg(
                    localizedText(risk.what, language), localizedText(finding.product->name, language)));
                box->setObjectName(QStringLiteral("risk:") + key);
                auto* layout = new QVBoxLayout(box);
                auto* text = new QLabel(
                    QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p>"
                                   "<p><small>%7 %8</small></p>")
                        .arg(escaped(tr("Where it is:")), escaped(localizedText(risk.where, language)),
                             escaped(tr("How to save it:")), escaped(localizedText(risk.howToSave, language)),
                             escaped(tr("If you skip this:")), escaped(localizedText(risk.ifSkipped, language)),
                             escaped(tr("Source:")), sourceLinks(catalog, risk.sources)));
                text->setWordWrap(true);
                text->setTextFormat(Qt::RichText);
                text->setOpenExternalLinks(true);
                text->setTextInteractionFlags(Qt::TextBrowserInteraction);
                layout->addWidget(text);
                auto* saved = new QCheckBox(tr("I have saved this, or I do not need it"));
                saved->setObjectName(QStringLiteral("saved:") + key);
                saved->setAccessibleName(tr("Saved: %1").arg(localizedText(risk.what, language)));
                saved->setChecked(state()->savedItems().contains(key));
                connect(saved, &QCheckBox::toggled, this,
                        [this, key](bool on) { this->state()->setItemSaved(key, on); });
                layout->addWidget(saved);
                m_items->addWidget(box);
            }
        }
    }
    if (count == 0) {
        auto* none = new QLabel(tr("Nothing that Offramp knows of needs saving before removal."));
        none->setObjectName(QStringLiteral("nothingToSave"));
        none->setWordWrap(true);
        m_items->addWidget(none);
    }
    m_rescue->refresh();

    // The items are made anew each time, so they would come last for the keyboard: the sections follow them.
    QWidget* previous = nullptr;
    for (auto* widget : m_itemsWidget->findChildren<QWidget*>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) != 0) {
            previous = widget;
        }
    }
    for (auto* widget : m_passwords->focusOrder() + m_rescue->focusOrder()) {
        if (previous != nullptr) {
            setTabOrder(previous, widget);
        }
        previous = widget;
    }
}
