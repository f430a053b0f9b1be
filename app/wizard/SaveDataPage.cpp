// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SaveDataPage.h"

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "wizard/ClearLayout.h"
#include "wizard/LinkTitles.h"
#include "wizard/PasswordHandover.h"
#include "wizard/RescueSection.h"
#include "wizard/StateLabel.h"
#include "wizard/TextHelpers.h"
#include "wizard/WarningNote.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The data at risk that Kaspersky Password Manager's text export carries over: its passwords, logins and notes.
const QString kPasswordData = QStringLiteral("kaspersky-password-manager/passwords");

} // namespace

SaveDataPage::SaveDataPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_passwordWarning(new WarningNote(QStringLiteral("passwordWarning")))
    , m_passwordItem(new QWidget)
    , m_passwordItemLayout(new QVBoxLayout(m_passwordItem))
    , m_itemsWidget(new QWidget)
    , m_items(new QVBoxLayout(m_itemsWidget))
    , m_reveal(new QWidget)
    , m_revealHandover(new QPushButton(tr("I have a &Password Manager export")))
    , m_passwords(new PasswordHandover)
    , m_rescue(new RescueSection(state))
{
    setTitle(tr("Save your data"));
    m_passwordItem->setObjectName(QStringLiteral("passwordItem"));
    m_passwordItemLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsWidget->setObjectName(QStringLiteral("dataAtRisk"));
    m_items->setContentsMargins(0, 0, 0, 0);
    m_reveal->setObjectName(QStringLiteral("revealPasswordHandoverSection"));
    auto* revealHint =
        new QLabel(tr("Did you use Kaspersky Password Manager, on this computer or another one, and export your "
                      "passwords to a text file? Offramp can turn that file into one your new password manager "
                      "imports."));
    revealHint->setObjectName(QStringLiteral("revealPasswordHandoverHint"));
    revealHint->setWordWrap(true);
    m_revealHandover->setObjectName(QStringLiteral("revealPasswordHandover"));
    m_revealHandover->setAccessibleName(tr("I have a Kaspersky Password Manager export: show the password hand-over"));
    auto* revealLayout = new QVBoxLayout(m_reveal);
    revealLayout->setContentsMargins(0, 0, 0, 0);
    revealLayout->addWidget(revealHint);
    revealLayout->addWidget(m_revealHandover, 0, Qt::AlignLeft);
    for (QWidget* section : {static_cast<QWidget*>(m_passwordWarning), m_passwordItem, m_itemsWidget, m_reveal,
                             static_cast<QWidget*>(m_passwords), static_cast<QWidget*>(m_rescue)}) {
        content()->addWidget(section);
    }
    content()->addStretch();
    connect(m_passwords, &PasswordHandover::passwordsConverted, this, [this] { markSaved({kPasswordData}); });
    connect(m_passwords, &PasswordHandover::plaintextFilesChanged, this,
            [this](const QStringList& files) { this->state()->setPlaintextPasswordFiles(files); });
    connect(m_rescue, &RescueSection::saved, this, &SaveDataPage::markSaved);
    connect(m_rescue, &RescueSection::runningChanged, this, &SaveDataPage::completeChanged);
    connect(m_revealHandover, &QPushButton::clicked, this, &SaveDataPage::revealHandover);
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

void SaveDataPage::revealHandover()
{
    m_handoverRevealed = true;
    m_reveal->setVisible(false);
    m_passwords->setVisible(true);
    m_passwords->focusOrder().constFirst()->setFocus(Qt::OtherFocusReason);
}

void SaveDataPage::initializePage()
{
    clearLayout(m_items);
    clearLayout(m_passwordItemLayout);
    const QString language = state()->language();
    const auto& catalog = state()->catalog();
    const auto platform = state()->platform();
    const QString passwordItem = WizardState::passwordItem();
    // Where Kaspersky is gone already (UltraAV put in its place), removing it deletes nothing more.
    setSubTitle(state()->bannedInstalled()
                    ? tr("Removing Kaspersky deletes what it keeps. Save what you need first.")
                    : tr("Kaspersky is not installed here any more. You can still save what it left behind."));
    QStringList seen;
    int count = 0;
    for (const auto& finding : state()->findings()) {
        if (!finding.product->banned || finding.state != offramp::FindingState::Installed) {
            continue;
        }
        for (const auto& component : finding.product->components) {
            for (const auto& risk : component.dataAtRisk) {
                // Only what is written for this computer's system: no Windows command on a Mac.
                if (!risk.appliesTo(platform)) {
                    continue;
                }
                const QString key = toQString(finding.product->id + "/" + component.id + "/" + risk.id);
                if (seen.contains(key)) {
                    continue;
                }
                seen << key;
                ++count;
                const QString heading = QStringLiteral("%1 — %2").arg(localizedText(risk.what, language),
                                                                      localizedText(finding.product->name, language));
                // The heading is a wrapped label: a group box's title does not wrap, and would make the page
                // wider than a small screen at 200%.
                auto* box = new QGroupBox;
                box->setObjectName(QStringLiteral("risk:") + key);
                box->setAccessibleName(heading);
                auto* layout = new QVBoxLayout(box);
                auto* top = new QWidget;
                auto* topLayout = new QVBoxLayout(top);
                topLayout->setContentsMargins(0, 0, 0, 0);
                auto* title = new QLabel(heading);
                title->setObjectName(QStringLiteral("riskTitle:") + key);
                title->setWordWrap(true);
                title->setTextFormat(Qt::PlainText);
                QFont bold = title->font();
                bold.setBold(true);
                title->setFont(bold);
                topLayout->addWidget(title);
                // Where the card stands, under its name, with its icon: what still needs saving is seen at a glance.
                auto* standing = new StateLabel(QStringLiteral("savedState:") + key);
                topLayout->addWidget(standing);
                layout->addWidget(top);
                auto* text = new QLabel;
                setTextWithLinkTitles(
                    text, QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p>"
                                         "<p><small>%7 %8</small></p>")
                              .arg(escaped(tr("Where it is:")), escaped(localizedText(risk.where, language)),
                                   escaped(tr("How to save it:")), escaped(localizedText(risk.howToSave, language)),
                                   escaped(tr("If you skip this:")), escaped(localizedText(risk.ifSkipped, language)),
                                   escaped(risk.sources.size() > 1 ? tr("Sources:") : tr("Source:")),
                                   sourceLinks(catalog, risk.sources, language)));
                text->setWordWrap(true);
                text->setTextFormat(Qt::RichText);
                text->setOpenExternalLinks(true);
                text->setTextInteractionFlags(Qt::TextBrowserInteraction);
                layout->addWidget(text);
                auto* saved = new QCheckBox(tr("I have saved this, or I do not need it"));
                saved->setObjectName(QStringLiteral("saved:") + key);
                saved->setAccessibleName(tr("Saved: %1").arg(localizedText(risk.what, language)));
                const auto showStanding = [standing](bool on) {
                    standing->setState(on ? StateIcon::Done : StateIcon::Attention,
                                       on ? tr("Saved, or not needed") : tr("Not saved yet"));
                };
                saved->setChecked(state()->savedItems().contains(key));
                showStanding(saved->isChecked());
                connect(saved, &QCheckBox::toggled, this, [this, key, showStanding](bool on) {
                    this->state()->setItemSaved(key, on);
                    showStanding(on);
                });
                layout->addWidget(saved);
                (key == passwordItem ? m_passwordItemLayout : m_items)->addWidget(box);
            }
        }
    }
    if (count == 0) {
        // Where Kaspersky is gone already, nothing is removed: "before removal" would promise a removal.
        auto* none = new QLabel(state()->bannedInstalled()
                                    ? tr("Nothing that Offramp knows of needs saving before removal.")
                                    : tr("No Kaspersky product is installed here, so there is nothing to save before "
                                         "a removal."));
        none->setObjectName(QStringLiteral("nothingToSave"));
        none->setWordWrap(true);
        m_items->addWidget(none);
    }
    const bool passwordsFirst = state()->passwordManagerFound();
    m_passwordWarning->setText(
        tr("<b>Save your passwords first.</b> Kaspersky Password Manager is on this computer. Once it is removed, "
           "the passwords kept in it are lost: no other program can open its vault. Save them now, with the steps "
           "below."));
    m_passwordWarning->setVisible(passwordsFirst);
    m_passwordItem->setVisible(passwordsFirst && m_passwordItemLayout->count() > 0);
    // Without Password Manager here, the hand-over waits until the person says they have an export.
    m_reveal->setVisible(!passwordsFirst && !m_handoverRevealed);
    m_passwords->setVisible(passwordsFirst || m_handoverRevealed);
    m_rescue->refresh();
    arrange(passwordsFirst);
}

void SaveDataPage::arrange(bool passwordsFirst)
{
    QList<QWidget*> order{m_passwordWarning, m_passwordItem, m_itemsWidget, m_reveal, m_passwords, m_rescue};
    if (passwordsFirst) {
        order = {m_passwordWarning, m_passwordItem, m_passwords, m_itemsWidget, m_reveal, m_rescue};
    }
    // The layout for the eye; the order of the widgets for screen readers, which read them as siblings.
    for (qsizetype i = 0; i < order.size(); ++i) {
        content()->removeWidget(order[i]);
        content()->insertWidget(static_cast<int>(i), order[i]);
        order[i]->raise();
    }
    // The keyboard follows the same order. The items are made anew each time, so they need it too.
    QList<QWidget*> chain;
    for (QWidget* section : order) {
        if (section == m_passwords) {
            chain << m_passwords->focusOrder();
        } else if (section == m_rescue) {
            chain << m_rescue->focusOrder();
        } else {
            for (auto* widget : section->findChildren<QWidget*>()) {
                if ((widget->focusPolicy() & Qt::TabFocus) != 0) {
                    chain << widget;
                }
            }
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        setTabOrder(chain[i - 1], chain[i]);
    }
}
