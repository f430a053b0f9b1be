// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WarningNote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocumentFragment>

WarningNote::WarningNote(const QString& objectName, QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    m_icon->setObjectName(objectName + QStringLiteral("Icon"));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setAccessibleName(tr("Warning"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void WarningNote::setText(const QString& text)
{
    m_text->setText(text);
    const QString plain = QTextDocumentFragment::fromHtml(text).toPlainText();
    setAccessibleName(tr("Warning: %1").arg(plain));
}

void WarningNote::addButton(QWidget* button)
{
    layout()->addWidget(button);
    layout()->setAlignment(button, Qt::AlignBottom);
}

QString WarningNote::text() const
{
    return QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}
