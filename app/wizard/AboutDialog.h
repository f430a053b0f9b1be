// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_ABOUTDIALOG_H
#define OFFRAMP_WIZARD_ABOUTDIALOG_H

#include <QDialog>

// Which Offramp this is, that it is free software, and the licences of what is built into it
// (LICENSES.txt, made by cmake/ThirdPartyLicenses.cmake): offramp.exe travels alone, so it carries them.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text of the licences as built in; empty if the build lost it.
    static QString licenses();
};

#endif
