// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for the wizard's start-up: a bare QWizard with seven pages, shown and left at once.
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 0; i < 7; ++i) {
        auto* page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i + 1));
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Text of page %1").arg(i + 1)));
        wizard.addPage(page);
    }
    wizard.show();
    QApplication::processEvents();
    return 0;
}
