// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_PASSWORDHANDOVER_H
#define OFFRAMP_WIZARD_PASSWORDHANDOVER_H

#include <QGroupBox>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StateLabel;

namespace offramp {
struct KpmExport;
} // namespace offramp

// The password hand-over: reads Kaspersky Password Manager's text export, shows what it holds, converts it into
// the CSV the chosen password manager imports (owner-only, never over an existing file), tells how to import
// it, and once the user confirms the import, deletes the plaintext files securely: only the export that was
// converted and the CSV files this box wrote, after a confirmation.
class PasswordHandover : public QGroupBox
{
    Q_OBJECT

public:
    explicit PasswordHandover(QWidget* parent = nullptr);
    ~PasswordHandover() override;

    // Reads the export named in the path field and shows how many entries each section holds, or why it
    // cannot be read (a malformed export with its line). True when it can be converted.
    bool readExport();
    // Reads the export again and writes the CSV; true when written.
    bool convert();
    // Asks for confirmation, then overwrites and removes the export and the CSV files written here.
    void deletePlaintext();
    // The plaintext files the secure deletion would remove.
    QStringList plaintextFiles() const { return m_plaintext; }
    // The controls in the order the eye reads them, for the keyboard.
    QList<QWidget*> focusOrder() const;

signals:
    // A CSV was written: the passwords are on their way to another manager.
    void passwordsConverted();
    // The plaintext files the secure deletion would remove changed (files written, or deleted).
    void plaintextFilesChanged(const QStringList& files);

private:
    void chooseExport();
    void chooseOutput();
    void proposeOutput();
    void showImportSteps();

    QLineEdit* m_exportPath;
    QPushButton* m_chooseExport;
    StateLabel* m_exportStatus; // what the export holds, or why it cannot be read
    QComboBox* m_manager;
    QLineEdit* m_outputPath;
    QPushButton* m_chooseOutput;
    QPushButton* m_convert;
    StateLabel* m_result; // what was written, or why nothing was
    QLabel* m_importSteps;
    QCheckBox* m_imported;
    QPushButton* m_delete;
    StateLabel* m_deleted; // what was deleted, and what could not be
    std::unique_ptr<offramp::KpmExport> m_export;
    QString m_readPath;      // the export m_export was read from
    QString m_proposed;      // the CSV's name Offramp last proposed; a name the user gave stays
    QStringList m_plaintext; // the export(s) converted and the CSV files written
};

#endif
