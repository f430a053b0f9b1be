// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_TIMELINEWIDGET_H
#define OFFRAMP_WIZARD_TIMELINEWIDGET_H

#include <QDate>
#include <QList>
#include <QWidget>

class QGridLayout;

// The dated steps of the rules, newest first, with today between what is to come and what is in
// effect; a rule's title stands once above its steps. Each step says its status in words as well as by its marker, so
// nothing rests on colour.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        QDate date;
        QString title;            // which rule
        QString what;             // what happens on that day
        bool inEffect = false;    // on or before today
        bool takesEffect = false; // the day a rule starts to apply, not an event around it
        qint64 days = 0;
    };

    // Where a step stands today, in words: a date, not a count of days, for what is in effect.
    static QString statusText(const Step& step);

    explicit TimelineWidget(QWidget* parent = nullptr);
    void setSteps(QList<Step> steps, const QDate& today);
    const QList<Step>& steps() const { return m_steps; }

private:
    void clear();

    QGridLayout* m_grid;
    QList<Step> m_steps;
};

#endif
