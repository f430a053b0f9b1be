// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TimelineWidget.h"

#include "wizard/ClearLayout.h"
#include "wizard/TextHelpers.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace {

// The rail beside each row: a line through a marker, filled for steps in effect, hollow for those to
// come, a diamond for today.
class Marker : public QWidget
{
public:
    enum Kind
    {
        InEffect,
        Upcoming,
        Today
    };
    Marker(Kind kind, bool first, bool last)
        : m_kind(kind)
        , m_first(first)
        , m_last(last)
    {
        setFixedWidth(fontMetrics().height() * 2);
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent* /*event*/) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor ink = palette().color(QPalette::WindowText);
        const int x = width() / 2;
        const int y = fontMetrics().height() / 2 + 2;
        const int r = std::max(4, fontMetrics().height() / 4);
        painter.setPen(QPen(palette().color(QPalette::Mid), 2));
        painter.drawLine(x, m_first ? y : 0, x, m_last ? y : height());
        painter.setPen(QPen(ink, 2));
        if (m_kind == Today) {
            const QPolygon diamond(
                {QPoint(x, y - r - 2), QPoint(x + r + 2, y), QPoint(x, y + r + 2), QPoint(x - r - 2, y)});
            painter.setBrush(palette().color(QPalette::Highlight));
            painter.drawPolygon(diamond);
        } else {
            painter.setBrush(m_kind == InEffect ? QBrush(ink) : QBrush(palette().color(QPalette::Base)));
            painter.drawEllipse(QPoint(x, y), r, r);
        }
    }

private:
    Kind m_kind;
    bool m_first;
    bool m_last;
};

} // namespace

// An event around a rule (an announcement, a company's decision) is not "in effect": it happened.
QString TimelineWidget::statusText(const Step& step)
{
    if (!step.inEffect) {
        return step.takesEffect ? tr("Comes into effect in %n day(s)", nullptr, int(step.days))
                                : tr("In %n day(s)", nullptr, int(step.days));
    }
    if (step.days == 0) {
        return step.takesEffect ? tr("In effect from today") : tr("Happens today");
    }
    return step.takesEffect ? tr("In effect since %1").arg(longDate(step.date)) : tr("Already happened");
}

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("timeline"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(0);
    m_grid->setColumnStretch(2, 1);
}

void TimelineWidget::clear()
{
    clearLayout(m_grid);
}

void TimelineWidget::setSteps(QList<Step> steps, const QDate& today)
{
    clear();
    // Newest first: what matters now is at the top. Steps of one rule stay together within a day.
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.date > b.date; });
    m_steps = steps;

    // Today goes before the first step already in effect.
    const auto todayRow =
        static_cast<int>(std::count_if(steps.begin(), steps.end(), [](const Step& s) { return !s.inEffect; }));
    const int rows = static_cast<int>(steps.size()) + 1;
    QStringList spoken;
    int row = 0;
    for (int i = 0; i <= steps.size(); ++i) {
        if (i == todayRow) {
            auto* date = new QLabel(longDate(today));
            date->setObjectName(QStringLiteral("timelineToday"));
            QFont bold = date->font();
            bold.setBold(true);
            date->setFont(bold);
            auto* what = new QLabel(tr("Today"));
            what->setFont(bold);
            m_grid->addWidget(new Marker(Marker::Today, row == 0, row == rows - 1), row, 0);
            m_grid->addWidget(date, row, 1, Qt::AlignTop);
            m_grid->addWidget(what, row, 2, Qt::AlignTop);
            spoken << tr("Today, %1.").arg(longDate(today));
            ++row;
        }
        if (i == steps.size()) {
            break;
        }
        const Step& step = steps[i];
        const QString status = statusText(step);
        auto* date = new QLabel(longDate(step.date));
        const bool sameRuleAsAbove = i > 0 && steps[i - 1].title == step.title && i != todayRow;
        const QString heading = sameRuleAsAbove ? QString() : QStringLiteral("<b>%1</b><br>").arg(escaped(step.title));
        auto* what = new QLabel(QStringLiteral("%1%2<br><i>%3</i>").arg(heading, escaped(step.what), escaped(status)));
        what->setWordWrap(true);
        what->setTextFormat(Qt::RichText);
        what->setContentsMargins(0, 0, 0, fontMetrics().height() / 2);
        m_grid->addWidget(new Marker(step.inEffect ? Marker::InEffect : Marker::Upcoming, row == 0, row == rows - 1),
                          row, 0);
        m_grid->addWidget(date, row, 1, Qt::AlignTop);
        m_grid->addWidget(what, row, 2, Qt::AlignTop);
        spoken << QStringLiteral("%1: %2. %3. %4.").arg(longDate(step.date), step.title, step.what, status);
        ++row;
    }
    setAccessibleName(tr("Timeline of the rules"));
    setAccessibleDescription(spoken.join(QLatin1Char(' ')));
}
