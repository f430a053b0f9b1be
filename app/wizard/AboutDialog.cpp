// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/AboutDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Offramp"));
    auto* layout = new QVBoxLayout(this);

    auto* summary =
        new QLabel(tr("Offramp %1\n\n"
                      "Offramp is free software: you may use it, share it and change it under the GNU General Public "
                      "License, version 3 or later. It comes with no warranty.\n\n"
                      "It contains software made by others, each under its own licence. Their notices and the full "
                      "licence texts follow, in English as they were written.")
                       .arg(QStringLiteral(OFFRAMP_VERSION)),
                   this);
    summary->setObjectName(QStringLiteral("aboutSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(summary);

    auto* text = new QPlainTextEdit(licenses(), this);
    text->setObjectName(QStringLiteral("licenseText"));
    text->setReadOnly(true);
    // The notices are laid out for a fixed-width font, as Debian writes them; long lines wrap.
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(tr("Licences of Offramp and of the software it contains"));
    layout->addWidget(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    // Roomy, but never larger than the screen (a laptop at 200% has 683 by 384 points).
    const QRect screenArea = screen()->availableGeometry();
    resize(qMin(720, screenArea.width() * 9 / 10), qMin(520, screenArea.height() * 9 / 10));
}

QString AboutDialog::licenses()
{
    QFile file(QStringLiteral(":/licenses/LICENSES.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
