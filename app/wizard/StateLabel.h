// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_STATELABEL_H
#define OFFRAMP_WIZARD_STATELABEL_H

#include "wizard/StateIcon.h"

#include <QWidget>

class QLabel;

// A state in words with its icon beside them ("Saved", "Not saved yet", "No Kaspersky product is left"). The words
// are the label named `objectName`, the icon `<objectName>Icon`; a screen reader reads the words.
class StateLabel : public QWidget
{
    Q_OBJECT

public:
    explicit StateLabel(const QString& objectName, QWidget* parent = nullptr);

    // Plain text; an empty text hides the icon as well.
    void setState(StateIcon icon, const QString& text);
    StateIcon icon() const { return m_kind; }
    QLabel* textLabel() const { return m_text; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showIcon();

    QLabel* m_icon;
    QLabel* m_text;
    StateIcon m_kind = StateIcon::Information;
};

#endif
