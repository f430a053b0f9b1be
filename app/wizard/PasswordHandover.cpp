// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PasswordHandover.h"

#include "engine/KpmTextExport.h"
#include "engine/PasswordCsv.h"
#include "platform/PasswordFiles.h"
#include "platform/SecureDelete.h"
#include "platform/SecureFile.h"
#include "wizard/ErrorText.h"
#include "wizard/ReturnKeyFilter.h"
#include "wizard/StateLabel.h"
#include "wizard/TextHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <filesystem>
#include <string_view>

namespace {

namespace fs = std::filesystem;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString sectionName(offramp::KpmSection section)
{
    switch (section) {
    case offramp::KpmSection::Websites:
        return PasswordHandover::tr("Websites");
    case offramp::KpmSection::Applications:
        return PasswordHandover::tr("Applications");
    case offramp::KpmSection::OtherAccounts:
        return PasswordHandover::tr("Other accounts");
    case offramp::KpmSection::Notes:
        return PasswordHandover::tr("Notes");
    }
    return {};
}

// "Websites: 3 · Notes: 1", for the sections that have entries.
QString perSection(const offramp::KpmExport& source)
{
    QStringList parts;
    for (const auto section : offramp::kpmSections) {
        if (source.count(section) > 0) {
            parts << PasswordHandover::tr("%1: %2").arg(sectionName(section)).arg(source.count(section));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

// What is wrong with the export, from the reader's kind of problem: never a value from the file.
QString formatProblem(const offramp::KpmFormatError& error)
{
    using Kind = offramp::KpmFormatError::Kind;
    const QString key = toQString(error.key());
    switch (error.formatKind()) {
    case Kind::WideText:
        return PasswordHandover::tr("the file is UTF-16 or UTF-32 text, but the export is UTF-8; export it again "
                                    "from Kaspersky Password Manager rather than re-saving it in an editor");
    case Kind::BinaryData:
        return PasswordHandover::tr("the file holds binary data, so it is not the text export; the encrypted backup "
                                    "(.edb or .pdb) cannot be converted");
    case Kind::NotUtf8:
        return PasswordHandover::tr("the text is not UTF-8 (was it re-saved in another encoding?)");
    case Kind::NotKeyValue:
        return PasswordHandover::tr("a line that is not “Key: value” (not shown, since it may hold a secret)");
    case Kind::NotEnglish:
        return PasswordHandover::tr("the file has no English section titles (Websites, Applications, Other "
                                    "Accounts, Notes); only exports made in English can be read for now");
    case Kind::NoSection:
        return PasswordHandover::tr("“%1” comes before any section title (Websites, Applications, Other Accounts, "
                                    "Notes)")
            .arg(key);
    case Kind::UnknownKey:
        return PasswordHandover::tr("“%1” is not a key Offramp knows; only exports made in English can be read for "
                                    "now")
            .arg(key);
    case Kind::RepeatedKey:
        return PasswordHandover::tr("“%1” appears twice in one entry").arg(key);
    }
    return describeErrorKind(error.kind(), {});
}

// Why the manager's CSV cannot hold an entry: "it lacks the user name and the password, which ... requires".
QString skipReason(const offramp::SkippedEntry& skipped, const QString& manager)
{
    if (skipped.note) {
        return PasswordHandover::tr("a note: %1's CSV holds only passwords for websites").arg(manager);
    }
    QStringList missing;
    if (skipped.noUrl) {
        missing << (skipped.section == offramp::KpmSection::Websites
                        ? PasswordHandover::tr("the website address")
                        : PasswordHandover::tr("a website address (it is not a website entry)"));
    }
    if (skipped.noLogin) {
        missing << PasswordHandover::tr("the user name");
    }
    if (skipped.noPassword) {
        missing << PasswordHandover::tr("the password");
    }
    return PasswordHandover::tr("it lacks %1, which %2 requires").arg(QLocale().createSeparatedList(missing), manager);
}

// What had no column and went into the notes instead, one sentence each.
QStringList notesSentences(const offramp::NotesTally& notes, const QString& manager)
{
    QStringList sentences;
    if (notes.loginNames > 0) {
        sentences << PasswordHandover::tr("The login name (an alias of the account) is in the notes of %n entries: "
                                          "%1's CSV has no column for it.",
                                          nullptr, static_cast<int>(notes.loginNames))
                         .arg(manager);
    }
    if (notes.sections > 0) {
        sentences << PasswordHandover::tr("The Kaspersky section (Applications or Other accounts) is in the notes of "
                                          "%n entries: %1's CSV has no column for it.",
                                          nullptr, static_cast<int>(notes.sections))
                         .arg(manager);
    }
    if (notes.notesAsItems > 0) {
        sentences << PasswordHandover::tr("%n entries from Notes became items with a title and notes only: %1's CSV "
                                          "has no note type.",
                                          nullptr, static_cast<int>(notes.notesAsItems))
                         .arg(manager);
    }
    return sentences;
}

// "Websites: 2 of 3 · Notes: 0 of 1": what went into the CSV of what was read.
QString writtenPerSection(const offramp::ConversionReport& report)
{
    QStringList parts;
    for (const auto section : offramp::kpmSections) {
        if (report.readIn(section) > 0) {
            parts << PasswordHandover::tr("%1: %2 of %3")
                         .arg(sectionName(section))
                         .arg(report.writtenIn(section))
                         .arg(report.readIn(section));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QLabel* wrapped(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* push = new QPushButton(text);
    push->setObjectName(objectName);
    push->setAccessibleName(accessibleName);
    return push;
}

} // namespace

PasswordHandover::PasswordHandover(QWidget* parent)
    : QGroupBox(tr("Hand your passwords over to another password manager"), parent)
    , m_exportPath(new QLineEdit)
    , m_chooseExport(button(tr("C&hoose…"), QStringLiteral("chooseKpmExport"),
                            tr("Choose Kaspersky Password Manager's text export")))
    , m_exportStatus(new StateLabel(QStringLiteral("kpmExportStatus")))
    , m_manager(new QComboBox)
    , m_outputPath(new QLineEdit)
    , m_chooseOutput(
          button(tr("Choose &where…"), QStringLiteral("choosePasswordCsv"), tr("Choose where to save the CSV file")))
    , m_convert(button(tr("C&onvert"), QStringLiteral("convertPasswords"),
                       tr("Convert the export into the password manager's CSV file")))
    , m_result(new StateLabel(QStringLiteral("conversionResult")))
    , m_importSteps(wrapped(QStringLiteral("importSteps")))
    , m_imported(new QCheckBox(tr("I have imported my passwords and checked them")))
    , m_delete(button(tr("&Delete the export and the CSV securely…"), QStringLiteral("deletePlaintext"),
                      tr("Delete the password export and the CSV file securely")))
    , m_deleted(new StateLabel(QStringLiteral("deleteResult")))
{
    setObjectName(QStringLiteral("passwordHandover"));
    auto* intro = wrapped(QStringLiteral("passwordHandoverIntro"));
    intro->setText(tr("In Kaspersky Password Manager, use Export to text file (Settings → Import/Export) and save the "
                      "file on this computer. That file holds your passwords unencrypted. Offramp turns it into the "
                      "CSV file another password manager imports; nothing is sent anywhere."));

    m_exportPath->setObjectName(QStringLiteral("kpmExportPath"));
    m_exportPath->setAccessibleName(tr("Kaspersky Password Manager text export"));
    m_exportPath->setPlaceholderText(tr("The exported text file"));

    m_manager->setObjectName(QStringLiteral("passwordManager"));
    m_manager->setAccessibleName(tr("Password manager to move to"));
    for (const auto format : offramp::passwordCsvFormats) {
        m_manager->addItem(fromView(offramp::passwordManagerName(format)),
                           fromView(offramp::passwordCsvFormatId(format)));
    }

    m_outputPath->setObjectName(QStringLiteral("passwordCsvPath"));
    m_outputPath->setAccessibleName(tr("Where to save the CSV file"));

    // Labels, fields and their buttons in columns; the export's counts under its field.
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    auto* exportLabel = new QLabel(tr("&Export file:"));
    exportLabel->setBuddy(m_exportPath);
    grid->addWidget(exportLabel, 0, 0);
    grid->addWidget(m_exportPath, 0, 1);
    grid->addWidget(m_chooseExport, 0, 2);
    grid->addWidget(m_exportStatus, 1, 1, 1, 2);
    auto* managerLabel = new QLabel(tr("&Move to:"));
    managerLabel->setBuddy(m_manager);
    grid->addWidget(managerLabel, 2, 0);
    grid->addWidget(m_manager, 2, 1, 1, 2);
    auto* outputLabel = new QLabel(tr("&Save the CSV as:"));
    outputLabel->setBuddy(m_outputPath);
    grid->addWidget(outputLabel, 3, 0);
    grid->addWidget(m_outputPath, 3, 1);
    grid->addWidget(m_chooseOutput, 3, 2);

    m_imported->setObjectName(QStringLiteral("passwordsImported"));
    m_imported->setAccessibleName(tr("I have imported my passwords and checked them"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_convert, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_importSteps);
    layout->addWidget(m_imported);
    layout->addWidget(m_delete, 0, Qt::AlignLeft);
    layout->addWidget(m_deleted);

    m_exportStatus->setVisible(false);
    m_result->setVisible(false);
    m_importSteps->setVisible(false);
    m_imported->setEnabled(false);
    m_delete->setEnabled(false);
    m_deleted->setVisible(false);

    connect(m_chooseExport, &QPushButton::clicked, this, &PasswordHandover::chooseExport);
    connect(m_chooseOutput, &QPushButton::clicked, this, &PasswordHandover::chooseOutput);
    connect(m_exportPath, &QLineEdit::editingFinished, this, [this] {
        if (m_exportPath->text() != m_readPath) {
            readExport();
        }
    });
    new ReturnKeyFilter(m_exportPath, [this] { readExport(); });
    new ReturnKeyFilter(m_outputPath, {});
    connect(m_manager, &QComboBox::currentIndexChanged, this, [this] { proposeOutput(); });
    connect(m_convert, &QPushButton::clicked, this, &PasswordHandover::convert);
    connect(m_imported, &QCheckBox::toggled, this,
            [this](bool on) { m_delete->setEnabled(on && !m_plaintext.isEmpty()); });
    connect(m_delete, &QPushButton::clicked, this, &PasswordHandover::deletePlaintext);
}

PasswordHandover::~PasswordHandover() = default;

QList<QWidget*> PasswordHandover::focusOrder() const
{
    return {m_exportPath, m_chooseExport, m_manager, m_outputPath, m_chooseOutput, m_convert, m_imported, m_delete};
}

void PasswordHandover::chooseExport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Kaspersky Password Manager's text export"),
                                                      m_exportPath->text(), tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_exportPath->setText(QDir::toNativeSeparators(path));
        readExport();
    }
}

void PasswordHandover::chooseOutput()
{
    // Offramp refuses to overwrite on its own, with a clearer message than the dialog's question.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the CSV file as"), m_outputPath->text(), tr("CSV files (*.csv)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_outputPath->setText(QDir::toNativeSeparators(path));
    }
}

// Next to the export, named after the manager ("kpm-export-bitwarden.csv"), unless the user chose a name.
void PasswordHandover::proposeOutput()
{
    if (m_readPath.isEmpty() || (!m_outputPath->text().isEmpty() && m_outputPath->text() != m_proposed)) {
        return;
    }
    const QFileInfo source(m_readPath);
    const QString format = m_manager->currentData().toString().remove(QStringLiteral("-csv"));
    m_proposed = QDir::toNativeSeparators(
        source.dir().filePath(source.completeBaseName() + QLatin1Char('-') + format + QStringLiteral(".csv")));
    m_outputPath->setText(m_proposed);
}

bool PasswordHandover::readExport()
{
    m_export.reset();
    m_readPath = m_exportPath->text();
    m_exportStatus->setVisible(true);
    const QString shown = QDir::toNativeSeparators(m_readPath);
    if (m_readPath.trimmed().isEmpty()) {
        m_exportStatus->setState(StateIcon::Information,
                                 tr("Choose the text file that Kaspersky Password Manager exported."));
        return false;
    }
    std::string text;
    try {
        text = offramp::platform::readPasswordExport(toPath(m_readPath));
    } catch (const offramp::platform::PasswordExportError& error) {
        const ErrorText problem = describeError(error);
        const QString said = tr("Offramp cannot read that file: %1").arg(problem.sentence);
        m_exportStatus->setState(StateIcon::Attention,
                                 problem.details.isEmpty() ? said : said + QStringLiteral("\n\n") + problem.details);
        return false;
    }
    auto source = std::make_unique<offramp::KpmExport>();
    try {
        *source = offramp::parseKpmTextExport(text);
    } catch (const offramp::KpmFormatError& error) {
        m_exportStatus->setState(StateIcon::Attention,
                                 tr("%1 is not a Kaspersky Password Manager text export that Offramp can read. The "
                                    "problem is on line %2: %3. Make sure you chose the file made with Export to text "
                                    "file, not the encrypted backup.")
                                     .arg(shown)
                                     .arg(error.line())
                                     .arg(formatProblem(error)));
        return false;
    }
    if (source->entries.empty()) {
        m_exportStatus->setState(
            StateIcon::Attention,
            tr("%1 holds no entries. Is it Kaspersky Password Manager's text export (Export to text file)?")
                .arg(shown));
        return false;
    }
    QString status = tr("The export holds %n entries.", nullptr, static_cast<int>(source->entries.size())) +
                     QLatin1Char(' ') + perSection(*source);
    if (!source->hadSectionTitles) {
        status += QLatin1Char('\n') + tr("It is an old export without section titles, so every entry is read as a "
                                         "website.");
    }
    m_exportStatus->setState(StateIcon::Done, status);
    m_export = std::move(source);
    proposeOutput();
    return true;
}

bool PasswordHandover::convert()
{
    m_result->setVisible(true);
    m_importSteps->setVisible(false);
    if (!readExport()) {
        m_result->setState(StateIcon::Attention, tr("Nothing was converted: see above."));
        return false;
    }
    const QString output = m_outputPath->text().trimmed();
    if (output.isEmpty()) {
        m_result->setState(StateIcon::Information, tr("Choose where to save the CSV file."));
        return false;
    }
    const auto format = offramp::passwordCsvFormatFromId(m_manager->currentData().toString().toStdString());
    const auto csv = offramp::convertToPasswordCsv(*m_export, *format);
    const QString manager = fromView(offramp::passwordManagerName(*format));
    const auto& report = csv.report;
    if (csv.files.empty()) {
        m_result->setState(StateIcon::Attention,
                           tr("None of the %n entries can be held by %1's CSV file, so nothing was written.", nullptr,
                              static_cast<int>(report.readTotal()))
                               .arg(manager));
        return false;
    }
    std::vector<fs::path> written;
    try {
        written = offramp::platform::writePasswordCsv(csv, toPath(output));
    } catch (const offramp::platform::SecureFileError& error) {
        const QString detail = errorSubjectText(error); // the writer's own line in English
        m_result->setState(StateIcon::Attention,
                           error.reason() == offramp::platform::SecureFileError::Reason::AlreadyExists
                               ? tr("Nothing was written: %1. Offramp never overwrites a file; choose another name, or "
                                    "move the existing file away.")
                                     .arg(detail)
                               : tr("Nothing was written: %1. Choose another folder and try again.").arg(detail));
        return false;
    }

    QStringList lines;
    lines << tr("Written for %1: %n entries.", nullptr, static_cast<int>(report.writtenTotal())).arg(manager) +
                 QLatin1Char(' ') + writtenPerSection(report);
    for (std::size_t i = 0; i < written.size(); ++i) {
        lines << tr("%1 (%n entries, readable by you only)", nullptr, static_cast<int>(csv.files[i].rows))
                     .arg(fromPath(written[i]));
    }
    if (written.size() > 1) {
        lines << tr("%1 takes at most %2 rows per file, so the entries are split over %n files: import each of them.",
                    nullptr, static_cast<int>(written.size()))
                     .arg(manager)
                     .arg(offramp::googleMaxRowsPerFile);
    }
    if (!report.skipped.empty()) {
        lines << tr("%n entries cannot be held by %1's CSV file and were left out; add them there by hand:", nullptr,
                    static_cast<int>(report.skipped.size()))
                     .arg(manager);
        for (const auto& skipped : report.skipped) {
            lines << tr("  line %1, %2 “%3”: %4")
                         .arg(skipped.line)
                         .arg(sectionName(skipped.section), toQString(skipped.name), skipReason(skipped, manager));
        }
    }
    lines << notesSentences(report.inNotes, manager);
    lines << tr("These files, like the export, hold your passwords in plain text. Once the import has worked, "
                "delete them below.");
    // Written; entries left out are for the person to add by hand.
    m_result->setState(report.skipped.empty() ? StateIcon::Done : StateIcon::Attention, lines.join(QLatin1Char('\n')));

    const QString exportFile = QDir::toNativeSeparators(QFileInfo(m_readPath).absoluteFilePath());
    if (!m_plaintext.contains(exportFile)) {
        m_plaintext.prepend(exportFile);
    }
    for (const auto& path : written) {
        const QString file = QDir::toNativeSeparators(QFileInfo(fromPath(path)).absoluteFilePath());
        if (!m_plaintext.contains(file)) {
            m_plaintext << file;
        }
    }
    showImportSteps();
    m_imported->setEnabled(true);
    m_delete->setEnabled(m_imported->isChecked());
    emit plaintextFilesChanged(m_plaintext);
    emit passwordsConverted();
    return true;
}

// Only what the managers' own documentation says (shared facts: alternatives.md, sources P1, P4, P6 and the
// Google row limit); no menu names that could change or differ between versions.
void PasswordHandover::showImportSteps()
{
    const auto format = offramp::passwordCsvFormatFromId(m_manager->currentData().toString().toStdString());
    QString steps;
    switch (*format) {
    case offramp::PasswordCsvFormat::Bitwarden:
        steps = tr("To import into Bitwarden: use Bitwarden's import, choose Bitwarden's own CSV format and pick "
                   "the file above.");
        break;
    case offramp::PasswordCsvFormat::OnePassword:
        steps = tr("To import into 1Password: use 1Password's import of a CSV file and pick the file above.");
        break;
    case offramp::PasswordCsvFormat::KeePassXC:
        steps = tr("To import into KeePassXC: use its CSV import, pick the file above, and confirm that the first "
                   "row holds the field names.");
        break;
    case offramp::PasswordCsvFormat::Google:
        steps = tr("To import into Google Password Manager: use its import of passwords and pick the file above. "
                   "Google takes at most 3,000 rows per file.");
        break;
    }
    m_importSteps->setText(steps + QLatin1Char(' ') +
                           tr("Then open a few entries there and check that the user names and passwords are right."));
    m_importSteps->setVisible(true);
}

void PasswordHandover::deletePlaintext()
{
    if (!m_imported->isChecked() || m_plaintext.isEmpty()) {
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Delete these files for good?"),
                        tr("Offramp overwrites these files and then deletes them; they cannot be recovered:") +
                            QStringLiteral("\n\n") + m_plaintext.join(QLatin1Char('\n')),
                        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("confirmSecureDelete"));
    confirm.setInformativeText(tr("Do this only once your passwords are in the new password manager. Nothing else is "
                                  "touched. On solid-state drives and in backups, traces of the old contents may "
                                  "remain."));
    auto* remove = confirm.addButton(tr("Delete for good"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    auto* keep = confirm.addButton(tr("Keep the files"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepFiles"));
    confirm.setDefaultButton(keep);
    confirm.setEscapeButton(keep);
    confirm.exec();
    if (confirm.clickedButton() != remove) {
        return;
    }
    QStringList lines;
    QStringList remaining;
    for (const auto& file : std::as_const(m_plaintext)) {
        try {
            offramp::platform::secureDelete(toPath(file));
            lines << tr("Deleted: %1").arg(file);
        } catch (const offramp::platform::SecureDeleteError& error) {
            if (error.reason() == offramp::platform::SecureDeleteError::Reason::Missing) {
                lines << tr("Already gone: %1").arg(file);
                continue;
            }
            // In English the deleter's own line; in another language the file and what the kind of error means.
            lines << tr("Not deleted: %1")
                         .arg(speaksEnglish()
                                  ? toQString(error.what())
                                  : file + QStringLiteral(" \u2014 ") + describeErrorKind(error.kind(), {}));
            remaining << file;
        }
    }
    m_plaintext = remaining;
    emit plaintextFilesChanged(m_plaintext);
    m_deleted->setState(remaining.isEmpty() ? StateIcon::Done : StateIcon::Attention, lines.join(QLatin1Char('\n')));
    m_deleted->setVisible(true);
    m_delete->setEnabled(!m_plaintext.isEmpty());
}
