// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ChoosePage.h"

#include "engine/Catalog.h"
#include "wizard/ChoiceAdvice.h"
#include "wizard/LinkTitles.h"
#include "wizard/SystemSupportText.h"
#include "wizard/TextHelpers.h"
#include "wizard/WizardState.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString priceText(const std::string& price)
{
    if (price == "free") {
        return ChoosePage::tr("Free");
    }
    if (price == "free-tier") {
        return ChoosePage::tr("Free version and paid versions");
    }
    if (price == "paid") {
        return ChoosePage::tr("Paid");
    }
    return ChoosePage::tr("Price not confirmed");
}

} // namespace

ChoosePage::ChoosePage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_list(new QListWidget)
    , m_details(new QLabel)
    , m_website(new QPushButton(tr("Open the official &website")))
{
    setTitle(tr("Choose your new protection"));

    m_list->setObjectName(QStringLiteral("alternatives"));
    m_list->setAccessibleName(tr("Protection products"));
    m_list->setMinimumHeight(fontMetrics().height() * 8);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setObjectName(QStringLiteral("alternativeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_website->setObjectName(QStringLiteral("openWebsite"));
    m_website->setAccessibleName(tr("Open the official website of the chosen product"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 2);
    // The facts scroll on their own beside the list: on a small screen at 200% they are never cut off.
    auto* details = new QScrollArea;
    details->setObjectName(QStringLiteral("alternativeDetailsArea"));
    details->setWidget(m_details);
    details->setWidgetResizable(true);
    details->setFrameShape(QFrame::NoFrame);
    details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* side = new QVBoxLayout;
    side->addWidget(details, 1);
    side->addWidget(m_website, 0, Qt::AlignLeft);
    row->addLayout(side, 3);
    content()->addLayout(row);
    // Below the choice, which stays the first thing on the page.
    m_listOrder = addParagraph({}, QStringLiteral("listOrder"));
    m_systemNotice = addParagraph({}, QStringLiteral("systemNotice"), true);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        this->state()->setChosenAlternative(m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString()
                                                                  : QString());
        showDetails();
        emit completeChanged();
    });
    connect(m_website, &QPushButton::clicked, this, [this] {
        if (const auto* alternative =
                this->state()->catalog().alternative(this->state()->chosenAlternative().toStdString())) {
            QDesktopServices::openUrl(QUrl(toQString(alternative->website)));
        }
    });
}

void ChoosePage::initializePage()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    setTextWithLinkTitles(m_systemNotice, windows10Notice(*state()));
    m_systemNotice->setVisible(!m_systemNotice->text().isEmpty());
    const QString language = state()->language();
    const QStringList& installedNow = state()->installedAlternatives();
    setTitle(installedNow.isEmpty() ? tr("Choose your new protection") : tr("Choose your protection"));
    setSubTitle(choiceAdvice(*state()));
    m_listOrder->setText(listOrderNote(*state()));
    for (const auto* alternative : state()->catalog().alternativesFor(state()->platform())) {
        const QString id = toQString(alternative->id);
        const QString name = localizedText(alternative->name, language);
        const bool builtIn = alternative->comesWith(state()->platform());
        const bool installed = installedNow.contains(id);
        auto* item = new QListWidgetItem(installed                  ? tr("Keep %1\n(installed now)").arg(name)
                                         : builtIn                  ? tr("%1\n(comes with your system)").arg(name)
                                         : alternative->commandLine ? tr("%1\n(used by typing commands)").arg(name)
                                                                    : name);
        item->setData(Qt::UserRole, id);
        // What protects the computer now comes first: keeping it is the sensible default.
        installed ? m_list->insertItem(0, item) : m_list->addItem(item);
    }
    // The first entry (installed now, else the built-in protection) is the default; an earlier choice is kept.
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == state()->chosenAlternative()) {
            row = i;
        }
    }
    m_list->setCurrentRow(m_list->count() > 0 ? row : -1);
    state()->setChosenAlternative(m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString()
                                                        : QString());
    showDetails();
}

bool ChoosePage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

void ChoosePage::showDetails()
{
    const auto& catalog = state()->catalog();
    const auto* alternative = catalog.alternative(state()->chosenAlternative().toStdString());
    m_website->setEnabled(alternative != nullptr);
    if (alternative == nullptr) {
        setTextWithLinkTitles(m_details, tr("No product is listed for this system."));
        return;
    }
    const QString language = state()->language();
    QString html =
        QStringLiteral("<p><b>%1</b><br>%2</p><ul>")
            .arg(escaped(localizedText(alternative->name, language)),
                 escaped(tr("By %1 · %2").arg(toQString(alternative->vendor), priceText(alternative->price))));
    for (const auto& fact : alternative->facts) {
        html += QStringLiteral("<li>%1 <small>(%2)</small></li>")
                    .arg(escaped(localizedText(fact.text, language)), sourceLinks(catalog, fact.sources, language));
    }
    const QString website = toQString(alternative->website);
    html += QStringLiteral("</ul><p>%1 <a href=\"%2\">%3</a></p>")
                .arg(escaped(tr("Official website:")), escaped(website), escaped(siteName(website)));
    setTextWithLinkTitles(m_details, html);
}
