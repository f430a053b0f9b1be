// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RescueSection.h"

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/RescueManifest.h"
#include "engine/RescueSources.h"
#include "wizard/ErrorText.h"
#include "wizard/ReturnKeyFilter.h"
#include "wizard/TextHelpers.h"
#include "wizard/WizardState.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

RescueSection::RescueSection(WizardState* state, QWidget* parent)
    : QGroupBox(tr("Save a copy of these files"), parent)
    , m_state(state)
    , m_intro(new QLabel)
    , m_folder(new QLineEdit)
    , m_choose(new QPushButton(tr("Choose a &folder…")))
    , m_start(new QPushButton(tr("Save a &copy")))
    , m_cancel(new QPushButton(tr("Cancel cop&ying")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_watcher(new QFutureWatcher<RescueTaskOutcome>(this))
{
    setObjectName(QStringLiteral("rescueBundle"));
    m_intro->setObjectName(QStringLiteral("rescueIntro"));
    m_intro->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("rescueFolder"));
    m_folder->setAccessibleName(tr("Folder to save the copy in"));
    // Under the field, not as its placeholder: a placeholder is cut off at 200% and gone once the person types.
    auto* folderHint = new QLabel(tr("A new or empty folder, on a USB drive if you can"));
    folderHint->setObjectName(QStringLiteral("rescueFolderHint"));
    folderHint->setWordWrap(true);
    m_folder->setAccessibleDescription(folderHint->text());
    m_choose->setObjectName(QStringLiteral("chooseRescueFolder"));
    m_choose->setAccessibleName(tr("Choose the folder to save the copy in"));
    m_start->setObjectName(QStringLiteral("startRescue"));
    m_start->setAccessibleName(tr("Save a copy of these files"));
    m_cancel->setObjectName(QStringLiteral("cancelRescue"));
    m_cancel->setAccessibleName(tr("Cancel copying"));
    m_progress->setObjectName(QStringLiteral("rescueProgress"));
    m_progress->setAccessibleName(tr("Copy progress"));
    m_progress->setRange(0, kRescueProgressSteps);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("rescueStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("Save the copy &in:"));
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(folderRow);
    layout->addWidget(folderHint);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    new ReturnKeyFilter(m_folder, {});
    connect(m_choose, &QPushButton::clicked, this, &RescueSection::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, [this] { setRunning(m_running); });
    connect(m_start, &QPushButton::clicked, this, &RescueSection::start);
    connect(m_cancel, &QPushButton::clicked, this, &RescueSection::cancel);
    connect(m_watcher, &QFutureWatcher<RescueTaskOutcome>::progressValueChanged, this, [this](int value) {
        m_progress->setValue(value);
        if (value == kRescueProgressSteps) {
            m_cancel->setEnabled(false); // the copies are done; only the check is left
            m_status->setText(tr("Checking every copy against its original…"));
        }
    });
    connect(m_watcher, &QFutureWatcher<RescueTaskOutcome>::progressTextChanged, this, [this](const QString& text) {
        if (m_progress->value() < kRescueProgressSteps) {
            m_status->setText(tr("Copying… %1").arg(text));
        }
    });
    connect(m_watcher, &QFutureWatcher<RescueTaskOutcome>::finished, this, &RescueSection::finish);
}

RescueSection::~RescueSection()
{
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
}

QList<QWidget*> RescueSection::focusOrder() const
{
    return {m_folder, m_choose, m_start, m_cancel};
}

bool RescueSection::available() const
{
    return !m_state->isDemo() || !m_state->rescueRoot().isEmpty();
}

void RescueSection::refresh()
{
    // Named are the files of the products found here; the copy also takes what other Kaspersky products leave
    // behind (a vault backup whose app is gone), but a home PC is not told of Endpoint Security's Backup.
    QStringList what;
    bool others = false;
    const QString language = m_state->language();
    const auto& findings = m_state->findings();
    for (const auto& location : offramp::rescueLocations(m_state->catalog(), m_state->platform(), findings)) {
        const bool found = std::ranges::any_of(
            findings, [&location](const offramp::Finding& finding) { return finding.product == location.product; });
        const QString item = localizedText(location.data->what, language);
        if (!found) {
            others = true;
        } else if (!what.contains(item)) {
            what << item;
        }
    }
    QString list = what.join(QStringLiteral("; "));
    if (what.isEmpty() && others) {
        list = tr("the files Kaspersky products leave behind, in the places Offramp knows of");
    } else if (others) {
        list = tr("%1; and what other Kaspersky products leave behind, in the places Offramp knows of").arg(list);
    }
    if (list.isEmpty()) {
        m_intro->setText(tr("Offramp knows of no files to copy on this kind of computer: save what is listed above "
                            "by hand."));
    } else if (!available()) {
        m_intro->setText(tr("This is a demonstration computer: it has no real files, so nothing can be copied here. "
                            "On a real computer, Offramp copies these files into a folder you choose and checks "
                            "every copy: %1.")
                             .arg(list));
    } else {
        m_intro->setText(tr("Offramp can copy these files into a folder you choose, with a list of their checksums, "
                            "and then check every copy: %1. The originals are only read.")
                             .arg(list));
    }
    setVisible(!list.isEmpty());
    if (!m_running) {
        setRunning(false);
    }
}

void RescueSection::chooseFolder()
{
    QString folder = QFileDialog::getExistingDirectory(this, tr("Choose where to save the copy"), m_folder->text());
    if (folder.isEmpty()) {
        return;
    }
    // A folder with other files in it (Documents, a USB drive) gets a new folder of its own inside.
    const QDir chosen(folder);
    const bool bundle = chosen.exists(QString::fromUtf8(offramp::kRescueMarkerName.data(),
                                                        static_cast<qsizetype>(offramp::kRescueMarkerName.size())));
    if (!bundle && !chosen.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        folder = chosen.filePath(tr("Kaspersky rescue %1").arg(m_state->today().toString(Qt::ISODate)));
    }
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void RescueSection::setRunning(bool running)
{
    const bool changed = running != m_running;
    m_running = running;
    const bool ready = available() && !running;
    m_folder->setEnabled(ready);
    m_choose->setEnabled(ready);
    m_start->setEnabled(ready && !m_folder->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_progress->setVisible(available());
    if (changed) {
        emit runningChanged(running);
    }
}

bool RescueSection::start()
{
    if (m_running || !available() || m_folder->text().trimmed().isEmpty()) {
        return false;
    }
    m_bundle = QDir::fromNativeSeparators(m_folder->text().trimmed());
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    RescueJob job{m_state->sharedCatalog(),
                  m_state->findings(),
                  m_state->platform(),
                  m_state->rescueRoot(),
                  m_bundle,
                  m_cancelFlag};
    m_progress->setValue(0);
    m_status->setText(tr("Looking for the files…"));
    setRunning(true);
    m_watcher->setFuture(QtConcurrent::run(runRescueTask, std::move(job)));
    return true;
}

void RescueSection::cancel()
{
    if (m_running && m_cancelFlag) {
        m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping…"));
    }
}

void RescueSection::finish()
{
    const QString folder = QDir::toNativeSeparators(m_bundle);
    const RescueTaskOutcome outcome = m_watcher->future().resultCount() > 0 ? m_watcher->result() : RescueTaskOutcome{};
    setRunning(false);
    if (outcome.cancelled) {
        m_status->setText(tr("Stopped. The originals are untouched. %1 holds the copies made so far, but it is not a "
                             "finished copy: press Save a copy again with the same folder to finish it.")
                              .arg(folder));
        return;
    }
    if (!outcome.error.isEmpty()) {
        // The rescue's own words come last and apart, for whoever helps the person.
        m_status->setText(outcome.errorDetails.isEmpty()
                              ? outcome.error
                              : outcome.error + QStringLiteral("\n\n") + outcome.errorDetails);
        return;
    }
    m_progress->setValue(kRescueProgressSteps);
    QStringList lines;
    if (outcome.files == 0) {
        lines << tr("Offramp found none of these files on this computer, so there was nothing to copy. %1 holds the "
                    "record of the products found.")
                     .arg(folder);
    } else if (outcome.verified) {
        lines << tr("%n file(s) saved in %1 (%2) and checked: every copy matches its original.", nullptr, outcome.files)
                     .arg(folder, QLocale().formattedDataSize(outcome.bytes));
    } else {
        lines << tr("%n file(s) saved in %1, but the check found copies that do not match. Press Save a copy again "
                    "to copy them anew:",
                    nullptr, outcome.files)
                     .arg(folder);
        for (const auto& problem : outcome.problems) {
            lines << QStringLiteral("  ") + problem;
        }
    }
    if (!outcome.skipped.isEmpty()) {
        lines << tr("These were not copied:");
        for (const auto& skipped : outcome.skipped) {
            lines << QStringLiteral("  ") + skipped;
        }
    }
    for (const auto& warning : outcome.warnings) {
        lines << tr("Warning: %1.").arg(warning);
    }
    if (!outcome.details.isEmpty()) {
        lines << QString() << technicianDetails(outcome.details.join(QStringLiteral("; ")));
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    if (outcome.verified && outcome.files > 0) {
        m_state->setRescueBundle(folder);
        emit saved(outcome.rescuedData);
    }
}
