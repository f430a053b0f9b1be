// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_LINKTITLES_H
#define OFFRAMP_WIZARD_LINKTITLES_H

#include <QString>
#include <QStringList>

class QLabel;

// Links whose short text names a site (sourceLinks in TextHelpers.h) carry what they lead to in their title
// attribute: a source's full title in the person's language.

// The titles of the links in rich text, in order, each once.
QStringList linkTitles(const QString& html);

// Sets a rich-text label's text, and makes each link's title reachable: shown as a tooltip while the pointer
// rests on the link, and read by screen readers from the label's accessible description.
void setTextWithLinkTitles(QLabel* label, const QString& html);

#endif
