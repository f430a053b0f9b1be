// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/StateLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include <algorithm>

StateLabel::StateLabel(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
{
    setObjectName(objectName + QStringLiteral("Row"));
    m_icon->setObjectName(objectName + QStringLiteral("Icon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(objectName);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void StateLabel::setState(StateIcon icon, const QString& text)
{
    m_kind = icon;
    m_text->setText(text);
    m_icon->setVisible(!text.isEmpty());
    showIcon();
}

void StateLabel::showIcon()
{
    // As tall as a line of the text beside it, and drawn again when the style changes.
    const int size = std::max(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this), fontMetrics().height());
    m_icon->setPixmap(stateIcon(m_kind, this).pixmap(size, size));
}

void StateLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        showIcon();
    }
    QWidget::changeEvent(event);
}
