// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_RETURNKEYFILTER_H
#define OFFRAMP_WIZARD_RETURNKEYFILTER_H

#include <QEvent>
#include <QKeyEvent>
#include <QObject>

#include <functional>
#include <utility>

// Return in a text field of a wizard page would press Next and leave the page; in a field that names a file,
// it does the field's own action instead (read the file, or nothing). Install it on the field.
class ReturnKeyFilter : public QObject
{
public:
    ReturnKeyFilter(QObject* field, std::function<void()> action)
        : QObject(field)
        , m_action(std::move(action))
    {
        field->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                if (m_action) {
                    m_action();
                }
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
};

#endif
