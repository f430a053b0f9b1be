// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/LinkTitles.h"

#include <QCursor>
#include <QLabel>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

namespace {

constexpr const char* kShowsTitles = "offrampShowsLinkTitles";

// Each link of the text with its title (the HTML title attribute, which Qt reads as the fragment's tooltip).
QList<QPair<QString, QString>> linksWithTitles(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QList<QPair<QString, QString>> links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.isAnchor() && !format.toolTip().isEmpty()) {
                links.append({format.anchorHref(), format.toolTip()});
            }
        }
    }
    return links;
}

} // namespace

QStringList linkTitles(const QString& html)
{
    QStringList titles;
    for (const auto& link : linksWithTitles(html)) {
        if (!titles.contains(link.second)) {
            titles << link.second;
        }
    }
    return titles;
}

void setTextWithLinkTitles(QLabel* label, const QString& html)
{
    label->setText(html);
    label->setAccessibleDescription(linkTitles(html).join(QLatin1Char('\n')));
    if (label->property(kShowsTitles).toBool()) {
        return;
    }
    label->setProperty(kShowsTitles, true);
    QObject::connect(label, &QLabel::linkHovered, label, [label](const QString& href) {
        QString title;
        for (const auto& link : linksWithTitles(label->text())) {
            if (link.first == href) {
                title = link.second;
                break;
            }
        }
        if (title.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(QCursor::pos(), title, label);
        }
    });
}
