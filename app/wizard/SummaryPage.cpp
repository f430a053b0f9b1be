// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SummaryPage.h"

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "wizard/ReportWriter.h"
#include "wizard/SecuritySettingsButton.h"
#include "wizard/TextHelpers.h"
#include "wizard/WhatToDoNow.h"
#include "wizard/WizardState.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

SummaryPage::SummaryPage(WizardState* state, QWidget* parent)
    : WizardPage(state, parent)
    , m_summary(addParagraph({}, QStringLiteral("summaryText")))
    , m_code(addParagraph({}, QStringLiteral("supportCode")))
    , m_saved(addParagraph({}, QStringLiteral("reportSaved")))
    , m_toDo(addParagraph({}, QStringLiteral("whatToDoNow"), true))
    , m_settings(new SecuritySettingsButton)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What Offramp found and did. Keep the report for your records."));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_html = new QPushButton(tr("Save the report as &HTML…"));
    m_html->setObjectName(QStringLiteral("saveHtml"));
    m_pdf = new QPushButton(tr("Save the report as &PDF…"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_buttons = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttons->addWidget(m_html, 0, Qt::AlignLeft);
    m_buttons->addWidget(m_pdf, 0, Qt::AlignLeft);
    m_buttons->addStretch();
    content()->insertLayout(2, m_buttons);
    content()->addWidget(m_settings);
    content()->addStretch();
    connect(m_html, &QPushButton::clicked, this,
            [this] { chooseAndSave(tr("Web page (*.html)"), QStringLiteral(".html")); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { chooseAndSave(tr("PDF document (*.pdf)"), QStringLiteral(".pdf")); });
}

void SummaryPage::resizeEvent(QResizeEvent* event)
{
    // Side by side where they fit; one above the other where they do not (French at 200% on a small laptop), so
    // that the page never scrolls sideways and What to do now is never cut off at the right.
    const int available = width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) -
                          content()->contentsMargins().right();
    const int needed = m_html->sizeHint().width() + m_pdf->sizeHint().width() + m_buttons->spacing();
    m_buttons->setDirection(needed > available ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    WizardPage::resizeEvent(event);
}

void SummaryPage::initializePage()
{
    const QString language = state()->language();
    QStringList lines;
    int bannedInstalled = 0;
    for (const auto& finding : state()->findings()) {
        bannedInstalled += finding.product->banned && finding.state == offramp::FindingState::Installed ? 1 : 0;
    }
    if (state()->findings().empty()) {
        lines << tr("Found: no Kaspersky product.");
    } else {
        lines << (bannedInstalled == 0 ? tr("Found: no Kaspersky product installed.")
                                       : tr("Found: %n Kaspersky product(s) installed.", nullptr, bannedInstalled));
        const int others = static_cast<int>(state()->findings().size()) - bannedInstalled;
        if (others > 0) {
            lines << tr("Also found: %n other finding(s) (leftovers, or products that are not banned).", nullptr,
                        others);
        }
    }
    const int saved = static_cast<int>(state()->savedItems().size());
    if (saved > 0) {
        // The Save page's box says "I have saved this, or I do not need it": the count says no more than that.
        lines << tr("Saved, or not needed: %n item(s), as you marked them.", nullptr, saved);
    } else {
        // Where the Save page said there was nothing to save, the summary does not sound as if something was missed.
        lines << (state()->hasDataToSave() ? tr("Saved, or not needed: nothing marked.")
                                           : tr("Saved: nothing needed saving, as far as Offramp knows."));
    }
    const int removed = static_cast<int>(state()->removedProducts().size());
    if (removed == 0) {
        lines << tr("Removed: nothing.");
    } else {
        lines << (state()->isDemo() ? tr("Removed: %n product(s) (simulated on the demo computer).", nullptr, removed)
                                    : tr("Removed: %n product(s).", nullptr, removed));
    }
    if (const auto* chosen = state()->catalog().alternative(state()->chosenAlternative().toStdString())) {
        lines << (state()->keepsInstalledAlternative()
                      ? tr("Protection: %1, already installed and kept.").arg(localizedText(chosen->name, language))
                      : tr("New protection: %1.").arg(localizedText(chosen->name, language)));
    } else if (const QStringList found = WhatToDoNow::protectionLeft(*state()); !found.isEmpty()) {
        // Nothing to choose (no Kaspersky here), but the scan found what protects the computer.
        lines << tr("Protection found: %1.").arg(QLocale().createSeparatedList(found));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const QString code = report::supportCode(*state());
    m_code->setText(tr("Support code: %1").arg(code));
    m_code->setAccessibleName(m_code->text());
    m_saved->clear();
    QString toDo = QStringLiteral("<p><b>%1</b></p><ol>").arg(escaped(tr("What to do now")));
    for (const auto& step : WhatToDoNow::steps(*state(), WhatToDoNow::Where::SummaryPage)) {
        // The code is read out to whoever helps: it is never broken over two lines at one of its hyphens.
        toDo += QStringLiteral("<li>%1</li>")
                    .arg(escaped(step).replace(escaped(code), QStringLiteral("<nobr>%1</nobr>").arg(escaped(code))));
    }
    m_toDo->setText(toDo + QStringLiteral("</ol>"));
    m_settings->showFor(*state(), state()->platform());
}

bool SummaryPage::saveReport(const QString& path)
{
    QString error;
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const bool ok = pdf ? report::writePdf(*state(), path, &error) : report::writeHtml(*state(), path, &error);
    m_saved->setText(ok ? tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path))
                        : tr("The report could not be saved to %1 (%2). Choose another folder and try again.")
                              .arg(QDir::toNativeSeparators(path), error));
    return ok;
}

void SummaryPage::chooseAndSave(const QString& filter, const QString& suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + QStringLiteral("/offramp-report-") + state()->today().toString(Qt::ISODate) + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, filter);
    if (!path.isEmpty()) {
        saveReport(path);
    }
}
