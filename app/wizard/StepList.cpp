// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/StepList.h"

#include "wizard/StateIcon.h"

#include <QEvent>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

#include <algorithm>

namespace {

QString stateWords(StepList::State state)
{
    switch (state) {
    case StepList::State::Upcoming:
        return StepList::tr("to do");
    case StepList::State::Current:
        return StepList::tr("current");
    case StepList::State::Finished:
        return StepList::tr("finished");
    case StepList::State::Skipped:
        return StepList::tr("not needed");
    }
    return {};
}

} // namespace

StepList::StepList(const QStringList& names, QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setAccessibleName(tr("Steps"));
    // Nothing to choose here: no focus, no selection, no frame, the window's own background.
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_Hover, false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    for (const auto& name : names) {
        auto* item = new QListWidgetItem(name, this);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_states = QList<State>(count(), State::Upcoming);
    m_titles = names;
    showStates();
}

void StepList::setStates(const QList<State>& states, const QStringList& titles)
{
    m_states = states;
    m_titles = titles;
    showStates();
}

void StepList::showStates()
{
    // Icons as tall as a line of text, so that they grow with the font and the screen's scale.
    const int iconSize =
        std::max(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this), fontMetrics().height());
    setIconSize(QSize(iconSize, iconSize));
    setSpacing(std::max(2, fontMetrics().height() / 4));
    QPixmap blank(iconSize, iconSize);
    blank.fill(Qt::transparent);
    QString current;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* step = item(row);
        const State state = m_states.value(row);
        QFont font = this->font();
        font.setBold(state == State::Current);
        step->setFont(font);
        switch (state) {
        case State::Upcoming:
            step->setIcon(QIcon(blank)); // keeps the names in line
            break;
        case State::Current:
            step->setIcon(stateIcon(StateIcon::Current, this));
            break;
        case State::Finished:
            step->setIcon(stateIcon(StateIcon::Done, this));
            break;
        case State::Skipped:
            step->setIcon(stateIcon(StateIcon::Skipped, this));
            break;
        }
        const QString title = m_titles.value(row, step->text());
        const QString spoken = tr("Step %1 of %2, %3, %4").arg(row + 1).arg(count()).arg(title, stateWords(state));
        step->setData(Qt::AccessibleTextRole, spoken);
        step->setToolTip(spoken);
        if (state == State::Current) {
            current = spoken;
        }
    }
    // Read with the list's name, so that "where am I" is one question.
    setAccessibleDescription(current);
    updateGeometry();
}

QSize StepList::sizeHint() const
{
    // Every name in bold, so that the list keeps its width as the current step moves.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) * 2 + 8;
    int width = 0;
    int height = 0;
    for (int row = 0; row < count(); ++row) {
        width = std::max(width, metrics.horizontalAdvance(item(row)->text()));
        height += std::max(sizeHintForRow(row), iconSize().height()) + 2 * spacing();
    }
    const QMargins margins = contentsMargins();
    return {width + iconSize().width() + padding + 2 * spacing() + margins.left() + margins.right(),
            height + margins.top() + margins.bottom()};
}

void StepList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        showStates();
    }
    QListWidget::changeEvent(event);
}
