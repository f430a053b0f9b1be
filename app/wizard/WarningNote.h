// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WARNINGNOTE_H
#define OFFRAMP_WIZARD_WARNINGNOTE_H

#include <QFrame>

class QLabel;

// A warning a person must not miss: the system's warning icon beside wrapped text, in a frame, so that it is told
// by a shape and words as well as by colour. Screen readers read it as "Warning: ..." from its accessible name.
class WarningNote : public QFrame
{
    Q_OBJECT

public:
    explicit WarningNote(const QString& objectName, QWidget* parent = nullptr);

    // Rich text (a bold first sentence); the accessible name is its plain form.
    void setText(const QString& text);
    QString text() const;
    // A button beside the text, for what to do about it.
    void addButton(QWidget* button);

private:
    QLabel* m_icon;
    QLabel* m_text;
};

#endif
