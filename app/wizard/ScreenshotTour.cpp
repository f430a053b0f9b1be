// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ScreenshotTour.h"

#include "wizard/MigrationWizard.h"
#include "wizard/RemovePage.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>
#include <QThread>

#include <utility>

ScreenshotTour::ScreenshotTour(MigrationWizard* wizard, QString folder)
    : m_wizard(wizard)
    , m_folder(std::move(folder))
{}

bool ScreenshotTour::waitUntilComplete()
{
    const QDeadlineTimer deadline(30000);
    while (!m_wizard->currentPage()->isComplete()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
    return true;
}

void ScreenshotTour::fillIn()
{
    auto* page = m_wizard->currentPage();
    if (m_wizard->currentId() == MigrationWizard::SaveDataPageId) {
        for (auto* box : page->findChildren<QCheckBox*>()) {
            if (box->objectName().startsWith(QStringLiteral("saved:"))) {
                box->setChecked(true);
            }
        }
    }
    if (auto* remove = qobject_cast<RemovePage*>(page)) {
        if (auto* consent = page->findChild<QCheckBox*>(QStringLiteral("removalConsent"));
            consent && consent->isVisible()) {
            consent->setChecked(true);
        }
        remove->startRemoval();
    }
}

bool ScreenshotTour::run()
{
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot create the folder %1").arg(m_folder);
        return false;
    }
    m_wizard->show();
    for (int number = 1;; ++number) {
        const int id = m_wizard->currentId();
        fillIn();
        if (!waitUntilComplete()) {
            m_error = QStringLiteral("the page \"%1\" did not finish").arg(MigrationWizard::pageName(id));
            return false;
        }
        const QString path = QDir(m_folder).filePath(
            QStringLiteral("%1-%2.png").arg(number, 2, 10, QLatin1Char('0')).arg(MigrationWizard::pageName(id)));
        if (!m_wizard->grab().save(path)) {
            m_error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        m_saved << path;
        if (m_wizard->nextId() == -1) {
            return true;
        }
        m_wizard->next();
        if (m_wizard->currentId() == id) {
            m_error = QStringLiteral("the wizard did not move on from \"%1\"").arg(MigrationWizard::pageName(id));
            return false;
        }
    }
}
