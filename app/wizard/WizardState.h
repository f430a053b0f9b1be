// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_WIZARDSTATE_H
#define OFFRAMP_WIZARD_WIZARDSTATE_H

#include "wizard/RemovalProgram.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

// Engine types are only declared here: moc cannot parse the C++20 standard headers they pull in.
namespace offramp {
class Catalog;
struct Finding;
enum class Platform;
} // namespace offramp

// What the pages share: the catalog, which computer is read, what the scan found and what the user
// chose. Pages get it from the wizard; none of them reaches for globals.
class WizardState : public QObject
{
    Q_OBJECT

public:
    explicit WizardState(offramp::Catalog catalog, QObject* parent = nullptr);
    ~WizardState() override;

    const offramp::Catalog& catalog() const { return *m_catalog; }
    // Shared, so that a scan still running in a worker keeps the catalog alive if the wizard closes.
    std::shared_ptr<const offramp::Catalog> sharedCatalog() const { return m_catalog; }

    // Empty when scanning this computer.
    QString demoName() const { return m_demoName; }
    void setDemoName(const QString& name) { m_demoName = name; }
    bool isDemo() const { return !m_demoName.isEmpty(); }
    QString language() const { return m_language; }
    void setLanguage(const QString& language) { m_language = language; }
    // The date the rules are read for: today, unless a test or a guide fixes it.
    QDate today() const { return m_today; }
    void setToday(const QDate& date) { m_today = date; }
    // The Linux or macOS file tree the scans read as the computer, as offramp-cli scan --root does: empty for
    // this computer itself. A demo computer comes first. Tests point it at a tree.
    QString scanRoot() const { return m_scanRoot; }
    offramp::Platform scanRootPlatform() const { return m_scanRootPlatform; }
    void setScanRoot(const QString& root, offramp::Platform platform)
    {
        m_scanRoot = root;
        m_scanRootPlatform = platform;
    }

    // An ISO country code the catalog knows, e.g. "US"; empty when the person's country is not listed.
    QString jurisdiction() const { return m_jurisdiction; }
    void setJurisdiction(const QString& code);

    const std::vector<offramp::Finding>& findings() const { return m_findings; }
    offramp::Platform platform() const { return m_platform; }
    QString machineDescription() const { return m_machineDescription; }
    bool hasScanned() const { return m_scanned; }
    void setScanResult(std::vector<offramp::Finding> findings, offramp::Platform platform,
                       const QString& machineDescription);
    // Whether the scan found Windows 10 (SystemSupport.h).
    bool runsWindows10() const { return m_windows10; }
    void setRunsWindows10(bool windows10) { m_windows10 = windows10; }
    // Whether a banned product is still installed.
    bool bannedInstalled() const;
    // Whether an installed banned product keeps data at risk on this computer's system: what the Save page lists.
    bool hasDataToSave() const;

    // Data-at-risk items ("product/component/data") the user has marked as saved.
    const QSet<QString>& savedItems() const { return m_savedItems; }
    void setItemSaved(const QString& item, bool saved);
    // The passwords kept in Kaspersky Password Manager, as a saved item.
    static QString passwordItem();
    // Whether Kaspersky Password Manager is installed here, so that removing it would lose the passwords in it.
    bool passwordManagerFound() const;
    // It is found, and the person has not marked its passwords as saved (a converted export marks them).
    bool passwordsUnsaved() const { return passwordManagerFound() && !m_savedItems.contains(passwordItem()); }

    QString chosenAlternative() const { return m_chosenAlternative; }
    void setChosenAlternative(const QString& id);
    // The catalog's alternatives the scan found installed (ids): UltraAV, where it replaced Kaspersky.
    const QStringList& installedAlternatives() const { return m_installedAlternatives; }
    void setInstalledAlternatives(const QStringList& ids) { m_installedAlternatives = ids; }
    // Whether the chosen protection is one that was installed before Offramp ran: it is kept, not new.
    bool keepsInstalledAlternative() const { return m_installedAlternatives.contains(m_chosenAlternative); }

    // Product ids the removal step took care of (on a demo computer: simulated).
    const QStringList& removedProducts() const { return m_removedProducts; }
    void setRemovedProducts(const QStringList& ids);

    // How a real removal is run: defaultRemovalProgram(), elevated, with its journal where the platform keeps
    // it. Tests point it at a file tree and may run it directly.
    QString removalProgram() const { return m_removalProgram.program; }
    // The words before the command: "--cli" when the wizard's own file does the removal.
    QStringList removalLeadingArguments() const { return m_removalProgram.leadingArguments; }
    void setRemovalProgram(const QString& program, const QStringList& leadingArguments = {})
    {
        m_removalProgram = {program, leadingArguments};
    }
    QStringList removalExtraArguments() const { return m_removalExtraArguments; }
    void setRemovalExtraArguments(const QStringList& arguments) { m_removalExtraArguments = arguments; }
    bool elevateRemoval() const { return m_elevateRemoval; }
    void setElevateRemoval(bool elevate) { m_elevateRemoval = elevate; }
    QString journalPath() const { return m_journalPath; }
    void setJournalPath(const QString& path) { m_journalPath = path; }
    // The folder the rescue reads as the computer's files: empty for this computer's own (its system root).
    // A demo computer has no files, so its rescue runs only when a test or a guide points this at a copy.
    QString rescueRoot() const { return m_rescueRoot; }
    void setRescueRoot(const QString& root) { m_rescueRoot = root; }
    // The antivirus the Check page found installed, one line each ("ClamAV, found as clamav"); whether the
    // check has run at all, since an empty list then means it recognised none.
    const QStringList& installedProtection() const { return m_installedProtection; }
    bool protectionChecked() const { return m_protectionChecked; }
    void setInstalledProtection(const QStringList& lines)
    {
        m_installedProtection = lines;
        m_protectionChecked = true;
    }
    // Whether the removal asked for a restart to finish.
    bool restartPending() const { return m_restartPending; }
    void setRestartPending(bool pending) { m_restartPending = pending; }
    // The folder holding the finished copy of the person's data, once the rescue has made one.
    QString rescueBundle() const { return m_rescueBundle; }
    void setRescueBundle(const QString& folder) { m_rescueBundle = folder; }
    // The password files in plain text (the export and the CSV files written from it) not deleted yet.
    const QStringList& plaintextPasswordFiles() const { return m_plaintextPasswordFiles; }
    void setPlaintextPasswordFiles(const QStringList& files) { m_plaintextPasswordFiles = files; }

signals:
    void scanResultChanged();
    void jurisdictionChanged();
    void choicesChanged();

private:
    std::shared_ptr<const offramp::Catalog> m_catalog;
    QString m_demoName;
    QString m_scanRoot;
    offramp::Platform m_scanRootPlatform;
    QString m_language = QStringLiteral("en");
    QDate m_today = QDate::currentDate();
    QString m_jurisdiction;
    std::vector<offramp::Finding> m_findings;
    offramp::Platform m_platform;
    QString m_machineDescription;
    bool m_scanned = false;
    bool m_windows10 = false;
    QStringList m_installedProtection;
    bool m_protectionChecked = false;
    QSet<QString> m_savedItems;
    QString m_chosenAlternative;
    QStringList m_installedAlternatives;
    QStringList m_removedProducts;
    RemovalProgram m_removalProgram;
    QStringList m_removalExtraArguments;
    bool m_elevateRemoval = true;
    QString m_journalPath;
    bool m_restartPending = false;
    QString m_rescueRoot;
    QString m_rescueBundle;
    QStringList m_plaintextPasswordFiles;
};

#endif
