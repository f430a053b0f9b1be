// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveDataPage.h"

#include "Catalog.h"
#include "Finding.h"
#include "TextHelpers.h"
#include "WizardState.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

SaveDataPage::SaveDataPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_items(new QVBoxLayout)
{
    setTitle(tr("Save your data"));
    setSubTitle(tr("Removing Kaspersky deletes what it keeps. Save what you need first."));
    content()->addLayout(m_items);
    content()->addStretch();
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
}
