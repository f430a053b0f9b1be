// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

WizardPage::WizardPage(WizardState* state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_fixed(new QVBoxLayout)
{
    auto* inner = new QWidget;
    m_content = new QVBoxLayout(inner);
    m_content->setContentsMargins(0, 0, 8, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(m_fixed);
}

QLabel* WizardPage::addParagraph(const QString& text, const QString& objectName, bool rich)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    if (rich) {
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    m_content->addWidget(label);
    return label;
}
