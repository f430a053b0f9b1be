// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_SCREENSHOTTOUR_H
#define OFFRAMP_WIZARD_SCREENSHOTTOUR_H

#include <QString>
#include <QStringList>

class MigrationWizard;

// Walks the wizard through every page on its own, with the demo's choices filled in, and saves each
// page as DIR/NN-<page>.png: for guides, for reviewing translations, and for tests.
class ScreenshotTour
{
public:
    ScreenshotTour(MigrationWizard* wizard, QString folder);
    // True when every page was reached and saved; otherwise error() says what went wrong.
    bool run();
    const QString& error() const { return m_error; }
    const QStringList& saved() const { return m_saved; }

private:
    bool waitUntilComplete();
    void fillIn();

    MigrationWizard* m_wizard;
    QString m_folder;
    QString m_error;
    QStringList m_saved;
};

#endif
