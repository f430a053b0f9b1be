// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_STEPLIST_H
#define OFFRAMP_WIZARD_STEPLIST_H

#include <QList>
#include <QListWidget>

// The wizard's steps beside its pages. The current step is bold with an arrow, finished steps have a tick and
// steps not needed a skip mark, so that none is told by colour alone; each reads to a screen reader as
// "Step 3 of 7, Save your data, current". It only shows: the wizard's buttons move between the pages.
class StepList : public QListWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Upcoming,
        Current,
        Finished,
        Skipped,
    };

    // The steps' short names, as shown.
    explicit StepList(const QStringList& names, QWidget* parent = nullptr);

    // One state per step; `titles` are the steps' full names (the pages' titles), for screen readers.
    void setStates(const QList<State>& states, const QStringList& titles);
    State state(int step) const { return m_states.value(step); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStates();

    QStringList m_titles;
    QList<State> m_states;
};

#endif
