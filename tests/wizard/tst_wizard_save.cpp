// SPDX-License-Identifier: GPL-3.0-or-later
// The "Save your data" page driven as a person would: the password hand-over (read, count, convert to every
// format, never overwrite, a malformed export, secure deletion only after confirmation) and the rescue bundle
// (progress, check, byte-identical copies, a cancel that leaves nothing verify would accept).
#include "CsvReader.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "platform/RescueBundle.h"
#include "wizard/MigrationWizard.h"
#include "wizard/StateLabel.h"
#include "wizard/Translations.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <filesystem>
#include <random>
#include <set>

namespace {

namespace fs = std::filesystem;
using offramp::test::qPath;
using offramp::test::readFile;
using offramp::test::writeFile;

// Every section, a website without a login (Google cannot take it), an application and an account without an
// address, and a note over several lines with a blank line and colons, as Kaspersky Password Manager writes it.
const std::string kExport = "Websites\n"
                            "\n"
                            "Website name: Example\n"
                            "Website URL: https://example.com/\n"
                            "Login name: Work\n"
                            "Login: jane@example.com\n"
                            "Password: pa,ss\"1\n"
                            "Comment: one\n"
                            "\n"
                            "---\n"
                            "\n"
                            "Website name: No login\n"
                            "Website URL: https://nologin.example/\n"
                            "Login name: \n"
                            "Login: \n"
                            "Password: x\n"
                            "Comment: \n"
                            "\n"
                            "---\n"
                            "\n"
                            "Applications\n"
                            "\n"
                            "Application: Steam\n"
                            "Login name: \n"
                            "Login: player1\n"
                            "Password: s3cret\n"
                            "Comment: \n"
                            "\n"
                            "---\n"
                            "\n"
                            "Other Accounts\n"
                            "\n"
                            "Account name: Router\n"
                            "Login name: \n"
                            "Login: admin\n"
                            "Password: admin,admin\n"
                            "Comment: Wi-Fi: 5 GHz\n"
                            "\n"
                            "---\n"
                            "\n"
                            "Notes\n"
                            "\n"
                            "Name: Recovery codes\n"
                            "Text: code one: 1234\n"
                            "\n"
                            "code two: \"5678\"\n"
                            "\n"
                            "---\n";
const std::string kNoteText = "code one: 1234\n\ncode two: \"5678\"";
const QString kPasswordsItem = QStringLiteral("kaspersky-password-manager/password-vault/passwords");
const QString kBackupsItem = QStringLiteral("kaspersky-password-manager/password-vault/vault-backups");

std::set<std::string> listing(const fs::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.insert(entry.path().filename().string());
    }
    return names;
}

void writeRandom(const fs::path& path, std::size_t size, unsigned seed)
{
    std::mt19937 generator(seed);
    std::string bytes(size, '\0');
    for (auto& byte : bytes) {
        byte = static_cast<char>(generator() & 0xFFU);
    }
    writeFile(path, bytes);
}

// Presses a button of the next message box that opens (a modal dialog runs its own event loop).
void answerNextDialog(const QString& buttonName, bool* shown)
{
    *shown = false;
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, buttonName, shown] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (box != nullptr && box->isVisible() && box->objectName() == QStringLiteral("confirmSecureDelete")) {
                *shown = true;
                timer->stop();
                timer->deleteLater();
                box->findChild<QAbstractButton*>(buttonName)->click();
                return;
            }
        }
    });
    timer->start();
}

struct Fixture
{
    Fixture()
        : state(offramp::CatalogLoader::loadEmbedded())
    {
        QVERIFY(dir.isValid());
        folder = fs::path(dir.path().toStdString());
        state.setDemoName(QStringLiteral("home-windows"));
        state.setToday(QDate(2026, 11, 23));
    }
    ~Fixture()
    {
        wizard.reset();
        QThreadPool::globalInstance()->waitForDone(30000);
    }

    // Walks to the Save page as a person does: the scan reads the demo computer first.
    void open()
    {
        wizard = std::make_unique<MigrationWizard>(&state);
        wizard->show();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(QTest::qWaitFor([this] { return wizard->currentPage()->isComplete(); }, 10000));
            wizard->next();
        }
        QCOMPARE(wizard->currentId(), int(MigrationWizard::SaveDataPageId));
    }

    template <typename T>
    T* find(const QString& name) const
    {
        auto* widget = wizard->currentPage()->findChild<T*>(name);
        if (widget == nullptr) {
            qFatal("no widget %s", qPrintable(name));
        }
        return widget;
    }
    QString text(const QString& label) const { return find<QLabel>(label)->text(); }
    // The icon beside a result's words: never the words alone.
    StateIcon icon(const QString& label) const { return find<StateLabel>(label + QStringLiteral("Row"))->icon(); }

    void readExport(const fs::path& path)
    {
        auto* edit = find<QLineEdit>(QStringLiteral("kpmExportPath"));
        edit->setFocus();
        edit->setText(qPath(path));
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void convert(const QString& format, const fs::path& out)
    {
        auto* manager = find<QComboBox>(QStringLiteral("passwordManager"));
        manager->setCurrentIndex(manager->findData(format));
        QCOMPARE(manager->currentData().toString(), format);
        find<QLineEdit>(QStringLiteral("passwordCsvPath"))->setText(qPath(out));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("convertPasswords")), Qt::LeftButton);
    }

    bool saved(const QString& item) const
    {
        return state.savedItems().contains(item) && find<QCheckBox>(QStringLiteral("saved:") + item)->isChecked();
    }

    QTemporaryDir dir;
    fs::path folder;
    WizardState state;
    std::unique_ptr<MigrationWizard> wizard;
};

// Every control the keyboard reaches has a name assistive technology reads out.
void checkAccessibleNames(QWidget* page)
{
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QLineEdit*>(widget) || qobject_cast<QProgressBar*>(widget);
        if (!interactive || !widget->isVisible() || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible != nullptr);
        QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(widget->metaObject()->className() + QLatin1Char(' ') + widget->objectName()));
    }
}

// Everything the page shows a person: the visible labels, group titles and buttons, in plain text.
QString visibleText(QWidget* page)
{
    QStringList texts;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisible()) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts << label->text();
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            texts << box->title();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts << button->text();
        }
    }
    return texts.join(QLatin1Char('\n'));
}

// The next control Tab reaches: hidden ones stay in the focus chain but Tab passes them by.
QWidget* nextShown(QWidget* widget)
{
    QWidget* next = widget->nextInFocusChain();
    while (next != widget && (!next->isVisible() || (next->focusPolicy() & Qt::TabFocus) == 0)) {
        next = next->nextInFocusChain();
    }
    return next;
}

// Where a widget is on the page, from the top.
int top(QWidget* widget)
{
    return widget->mapTo(widget->window(), QPoint(0, 0)).y();
}

} // namespace

class TestWizardSave : public QObject
{
    Q_OBJECT

private slots:
    void convertsTheExportToEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("written");
        QTest::addColumn<QString>("header");
        QTest::newRow("bitwarden") << "bitwarden-csv" << 5 << "folder";
        QTest::newRow("1password") << "1password-csv" << 5 << "Title";
        QTest::newRow("keepassxc") << "keepassxc-csv" << 5 << "Group";
        QTest::newRow("google") << "google-csv" << 1 << "name";
    }

    void convertsTheExportToEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(int, written);
        QFETCH(QString, header);
        Fixture f;
        f.open();
        const fs::path in = f.folder / "kpm export.txt";
        writeFile(in, kExport);
        f.readExport(in);
        const QString counts = f.text(QStringLiteral("kpmExportStatus"));
        for (const char* part : {"5 entries", "Websites: 2", "Applications: 1", "Other accounts: 1", "Notes: 1"}) {
            QVERIFY2(counts.contains(QLatin1String(part)), qPrintable(counts));
        }
        QVERIFY(!f.saved(kPasswordsItem));

        const fs::path out = f.folder / "out.csv";
        f.convert(format, out);
        const QString result = f.text(QStringLiteral("conversionResult"));
        QVERIFY2(result.contains(QStringLiteral("%1 entries").arg(written)) ||
                     result.contains(QStringLiteral("%1 entry").arg(written)),
                 qPrintable(result));
        QVERIFY2(result.contains(QDir::toNativeSeparators(qPath(out))), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("readable by you only")));
        QCOMPARE(f.icon(QStringLiteral("kpmExportStatus")), StateIcon::Done);
        if (offramp::test::fileAccessListsKept()) {
            const std::string notOwnerOnly = offramp::test::ownerOnlyProblem(out);
            QVERIFY2(notOwnerOnly.empty(), notOwnerOnly.c_str());
        }
        const auto rows = offramp::test::parseCsv(readFile(out));
        QCOMPARE(int(rows.size()), written + 1);
        QCOMPARE(QString::fromStdString(rows.front().front()), header);
        QVERIFY(f.text(QStringLiteral("importSteps"))
                    .contains(f.find<QComboBox>(QStringLiteral("passwordManager"))->currentText()));
        QVERIFY(f.saved(kPasswordsItem));

        if (format == QStringLiteral("google-csv")) {
            // Left out, counted and named with their line: never dropped silently.
            QVERIFY2(result.contains(QStringLiteral("4 entries cannot be held")), qPrintable(result));
            for (const char* skipped : {"line 12, Websites “No login”", "line 23, Applications “Steam”",
                                        "line 33, Other accounts “Router”", "line 43, Notes “Recovery codes”"}) {
                QVERIFY2(result.contains(QString::fromUtf8(skipped)), qPrintable(result));
            }
            QVERIFY(result.contains(QStringLiteral("Websites: 1 of 2")));
            // Each with why, worded by the wizard.
            for (const char* why :
                 {"“No login”: it lacks the user name, which Google Password Manager requires",
                  "“Router”: it lacks a website address (it is not a website entry), which Google Password Manager "
                  "requires",
                  "“Recovery codes”: a note: Google Password Manager's CSV holds only passwords for websites"}) {
                QVERIFY2(result.contains(QString::fromUtf8(why)), qPrintable(result));
            }
        } else {
            QVERIFY(!result.contains(QStringLiteral("cannot be held")));
            bool note = false;
            for (const auto& row : rows) {
                note = note || std::find(row.begin(), row.end(), kNoteText) != row.end();
            }
            QVERIFY2(note, "the multi-line note is not in the CSV");
            QVERIFY2(result.contains(QStringLiteral("The login name (an alias of the account) is in the notes of 1 ")),
                     qPrintable(result));
        }
        if (format == QStringLiteral("1password-csv")) {
            // 1Password's CSV has neither a section nor a note type: said, with how many entries it concerns.
            QVERIFY2(result.contains(QStringLiteral("The Kaspersky section (Applications or Other accounts) is in the "
                                                    "notes of 2 entries: 1Password's CSV has no column for it.")),
                     qPrintable(result));
            QVERIFY2(result.contains(QStringLiteral(" from Notes became items with a title and notes only: "
                                                    "1Password's CSV has no note type.")),
                     qPrintable(result));
        }

        // Again to the same file: refused, and the file stays as it was.
        const std::string before = readFile(out);
        f.convert(format, out);
        const QString again = f.text(QStringLiteral("conversionResult"));
        QVERIFY2(again.contains(QStringLiteral("already exists")) && again.contains(QStringLiteral("never overwrites")),
                 qPrintable(again));
        QCOMPARE(readFile(out), before);
        QCOMPARE(listing(f.folder), (std::set<std::string>{"kpm export.txt", "out.csv"}));
    }

    void showsTheLineOfAMalformedExport()
    {
        Fixture f;
        f.open();
        const fs::path in = f.folder / "export.txt";
        writeFile(in, "Websites\n\nWebsite name: Example\nPasswort: geheim\n---\n");
        f.readExport(in);
        const QString status = f.text(QStringLiteral("kpmExportStatus"));
        QVERIFY2(status.contains(QStringLiteral("line 4")), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("geheim")));
        f.convert(QStringLiteral("bitwarden-csv"), f.folder / "out.csv");
        QVERIFY(f.text(QStringLiteral("conversionResult")).contains(QStringLiteral("Nothing was converted")));
        QCOMPARE(f.icon(QStringLiteral("kpmExportStatus")), StateIcon::Attention);
        QCOMPARE(f.icon(QStringLiteral("conversionResult")), StateIcon::Attention);
        QCOMPARE(listing(f.folder), (std::set<std::string>{"export.txt"}));
        QVERIFY(!f.state.savedItems().contains(kPasswordsItem));

        writeFile(f.folder / "empty.txt", "");
        f.readExport(f.folder / "empty.txt");
        QVERIFY(f.text(QStringLiteral("kpmExportStatus")).contains(QStringLiteral("holds no entries")));
    }

    void deletesThePlaintextOnlyAfterConfirmation()
    {
        Fixture f;
        f.open();
        const fs::path in = f.folder / "export.txt";
        writeFile(in, kExport);
        writeFile(f.folder / "unrelated.txt", "keep");
        f.readExport(in);
        f.convert(QStringLiteral("bitwarden-csv"), f.folder / "bw.csv");
        f.convert(QStringLiteral("google-csv"), f.folder / "g.csv");
        QCOMPARE(listing(f.folder), (std::set<std::string>{"bw.csv", "export.txt", "g.csv", "unrelated.txt"}));

        auto* remove = f.find<QPushButton>(QStringLiteral("deletePlaintext"));
        auto* imported = f.find<QCheckBox>(QStringLiteral("passwordsImported"));
        QVERIFY(!remove->isEnabled());
        imported->setChecked(true);
        QVERIFY(remove->isEnabled());

        // Keeping the files: nothing happens.
        bool shown = false;
        answerNextDialog(QStringLiteral("keepFiles"), &shown);
        remove->click();
        QVERIFY(shown);
        QCOMPARE(listing(f.folder), (std::set<std::string>{"bw.csv", "export.txt", "g.csv", "unrelated.txt"}));

        // Confirmed: exactly the export and the two CSV files go.
        answerNextDialog(QStringLiteral("confirmDelete"), &shown);
        remove->click();
        QVERIFY(shown);
        QCOMPARE(listing(f.folder), (std::set<std::string>{"unrelated.txt"}));
        QCOMPARE(readFile(f.folder / "unrelated.txt"), std::string("keep"));
        const QString deleted = f.text(QStringLiteral("deleteResult"));
        QCOMPARE(deleted.count(QStringLiteral("Deleted: ")), 3);
        QCOMPARE(f.icon(QStringLiteral("deleteResult")), StateIcon::Done);
        QVERIFY(!remove->isEnabled());
    }

    void savesAndChecksACopyOfTheFiles()
    {
        Fixture f;
        const fs::path root = f.folder / "root";
        const fs::path backups = root / "Users/alex/Documents/Kaspersky Password Manager/Backup";
        writeRandom(backups / "vault-2026-11-01.edb", 3 * 1024 * 1024 + 17, 1);
        writeRandom(backups / "older/vault-2025.edb", 5000, 2);
        writeFile(root / "Users/alex/Documents/letter.txt", "not at risk");
        // Wine cannot make symbolic links: there the copy is checked without one, and Linux checks the link.
        std::error_code noLink;
        fs::create_symlink(backups / "vault-2026-11-01.edb", backups / "link.edb", noLink);
        f.state.setRescueRoot(qPath(root));
        f.open();

        auto* section = f.find<QGroupBox>(QStringLiteral("rescueBundle"));
        auto* start = f.find<QPushButton>(QStringLiteral("startRescue"));
        auto* progress = f.find<QProgressBar>(QStringLiteral("rescueProgress"));
        QVERIFY(section->isVisible());
        QVERIFY(!start->isEnabled()); // no folder yet
        const fs::path bundle = f.folder / "usb" / "rescue";
        f.find<QLineEdit>(QStringLiteral("rescueFolder"))->setText(qPath(bundle));
        QVERIFY(start->isEnabled());
        int highest = 0;
        QObject::connect(progress, &QProgressBar::valueChanged,
                         [&highest](int value) { highest = std::max(highest, value); });
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!f.wizard->currentPage()->isComplete()); // not while copying
        QVERIFY(f.find<QPushButton>(QStringLiteral("cancelRescue"))->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return f.wizard->currentPage()->isComplete(); }, 60000));

        QCOMPARE(highest, progress->maximum());
        QCOMPARE(progress->value(), progress->maximum());
        const QString status = f.text(QStringLiteral("rescueStatus"));
        QVERIFY2(status.contains(QStringLiteral("2 file(s) saved")) && status.contains(QStringLiteral("checked")),
                 qPrintable(status));
        // The link is not followed, and the page says why in its own words.
        QVERIFY2(noLink || status.contains(QStringLiteral("These were not copied:\n  C:\\Users\\alex\\"
                                                          "Documents\\Kaspersky Password Manager\\Backup\\link.edb: "
                                                          "it is a link; Offramp copies only files themselves")),
                 qPrintable(status));
        const auto verified = offramp::platform::verifyBundle(bundle);
        QVERIFY(verified.problems.empty());
        QCOMPARE(verified.manifest.files.size(), std::size_t{2});
        for (const char* name : {"vault-2026-11-01.edb", "older/vault-2025.edb"}) {
            const fs::path copy = bundle / "files/Users/alex/Documents/Kaspersky Password Manager/Backup" / name;
            QVERIFY2(readFile(copy) == readFile(backups / name), name);
        }
        QVERIFY(!fs::exists(bundle / "files/Users/alex/Documents/letter.txt"));
        QVERIFY(f.saved(kBackupsItem));
        QVERIFY(!f.state.savedItems().contains(kPasswordsItem)); // a backup is not the hand-over
        checkAccessibleNames(f.wizard->currentPage());
    }

    void aCancelLeavesNothingVerifyAccepts()
    {
        Fixture f;
        const fs::path root = f.folder / "root";
        const fs::path backups = root / "Users/alex/Documents/Kaspersky Password Manager/Backup";
        writeRandom(backups / "big.edb", 8 * 1024 * 1024, 3);
        f.state.setRescueRoot(qPath(root));
        f.open();
        const fs::path bundle = f.folder / "rescue";
        f.find<QLineEdit>(QStringLiteral("rescueFolder"))->setText(qPath(bundle));
        f.find<QPushButton>(QStringLiteral("startRescue"))->click();
        f.find<QPushButton>(QStringLiteral("cancelRescue"))->click();
        QVERIFY(QTest::qWaitFor([&] { return f.wizard->currentPage()->isComplete(); }, 60000));

        QVERIFY2(f.text(QStringLiteral("rescueStatus")).startsWith(QStringLiteral("Stopped")),
                 qPrintable(f.text(QStringLiteral("rescueStatus"))));
        QVERIFY(!fs::exists(bundle / "manifest.json"));
        try {
            offramp::platform::verifyBundle(bundle);
            QFAIL("verify accepted a cancelled copy");
        } catch (const offramp::platform::RescueError& error) {
            QCOMPARE(error.reason(), offramp::platform::RescueError::Reason::NotABundle);
        }
        for (const auto& entry : fs::recursive_directory_iterator(bundle)) {
            QVERIFY2(entry.path().filename().string().find("offramp-tmp") == std::string::npos,
                     qPrintable(offramp::test::qPath(entry.path())));
        }
        QVERIFY(!f.state.savedItems().contains(kBackupsItem));

        // The same folder again finishes the copy.
        f.find<QPushButton>(QStringLiteral("startRescue"))->click();
        QVERIFY(QTest::qWaitFor([&] { return f.wizard->currentPage()->isComplete(); }, 60000));
        QVERIFY(offramp::platform::verifyBundle(bundle).problems.empty());
        QVERIFY(readFile(bundle / "files/Users/alex/Documents/Kaspersky Password Manager/Backup/big.edb") ==
                readFile(backups / "big.edb"));
    }

    // A destination that cannot be written (here its parent is a file, which fails for any user on any system):
    // the page says what happened and what to do, marks nothing as saved and leaves the originals as they were.
    void aDestinationThatCannotBeWrittenIsSaid()
    {
        Fixture f;
        const fs::path root = f.folder / "root";
        const fs::path backups = root / "Users/alex/Documents/Kaspersky Password Manager/Backup";
        writeRandom(backups / "vault.edb", 4096, 4);
        const std::string original = readFile(backups / "vault.edb");
        writeFile(f.folder / "not-a-folder", "a file where the folder should be");
        f.state.setRescueRoot(qPath(root));
        f.open();
        f.find<QLineEdit>(QStringLiteral("rescueFolder"))->setText(qPath(f.folder / "not-a-folder" / "rescue"));
        auto* start = f.find<QPushButton>(QStringLiteral("startRescue"));
        start->click();
        QVERIFY(QTest::qWaitFor([&] { return start->isEnabled(); }, 60000));

        const QString status = f.text(QStringLiteral("rescueStatus"));
        QVERIFY2(status.startsWith(QStringLiteral("The copy could not be written: cannot use ")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("not-a-folder: it is not a folder. The originals are untouched, but "
                                                "the copy is not finished.")),
                 qPrintable(status));
        QVERIFY2(status.endsWith(QStringLiteral("or choose another one, then press Save a copy again.")),
                 qPrintable(status));
        QVERIFY(!f.saved(kBackupsItem));
        QVERIFY(readFile(backups / "vault.edb") == original);
        QCOMPARE(readFile(f.folder / "not-a-folder"), std::string("a file where the folder should be"));
    }

    void aDemoComputerHasNoFilesToCopy()
    {
        Fixture f;
        f.open();
        const QString intro = f.text(QStringLiteral("rescueIntro"));
        QVERIFY2(intro.contains(QStringLiteral("demonstration")), qPrintable(intro));
        QVERIFY(!f.find<QPushButton>(QStringLiteral("startRescue"))->isEnabled());
        QVERIFY(!f.find<QLineEdit>(QStringLiteral("rescueFolder"))->isEnabled());
        QVERIFY(!f.find<QPushButton>(QStringLiteral("startRescue"))->isVisible() ||
                !f.find<QPushButton>(QStringLiteral("startRescue"))->isEnabled());
        checkAccessibleNames(f.wizard->currentPage());
    }

    void newControlsHaveNames()
    {
        Fixture f;
        f.open();
        for (const char* name : {"kpmExportPath", "chooseKpmExport", "passwordManager", "passwordCsvPath",
                                 "choosePasswordCsv", "convertPasswords", "passwordsImported", "deletePlaintext",
                                 "rescueFolder", "chooseRescueFolder", "startRescue", "cancelRescue"}) {
            auto* widget = f.find<QWidget>(QString::fromLatin1(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name); // reached with the keyboard
        }
        QVERIFY(!f.find<QProgressBar>(QStringLiteral("rescueProgress"))->accessibleName().isEmpty());

        // Tab goes through the page as it reads: the passwords' item, the hand-over, the other items, the copy.
        QWidget* previous = f.find<QCheckBox>(QStringLiteral("saved:") + kPasswordsItem);
        for (const char* name : {"kpmExportPath", "chooseKpmExport", "passwordManager", "passwordCsvPath",
                                 "choosePasswordCsv", "convertPasswords", "passwordsImported", "deletePlaintext"}) {
            QCOMPARE(nextShown(previous)->objectName(), QString::fromLatin1(name));
            previous = nextShown(previous);
        }
        QCheckBox* lastItem = nullptr;
        for (auto* box : f.find<QWidget>(QStringLiteral("dataAtRisk"))->findChildren<QCheckBox*>()) {
            lastItem = box;
        }
        QVERIFY(lastItem != nullptr);
        QVERIFY(f.find<QWidget>(QStringLiteral("dataAtRisk"))->isAncestorOf(nextShown(previous)));
        previous = lastItem;
        for (const char* name : {"rescueFolder", "chooseRescueFolder", "startRescue", "cancelRescue"}) {
            QCOMPARE(nextShown(previous)->objectName(), QString::fromLatin1(name));
            previous = nextShown(previous);
        }
        checkAccessibleNames(f.wizard->currentPage());
    }

    // With Kaspersky Password Manager installed, its passwords come first: a warning in plain words, their item,
    // then the hand-over, and only then the rest.
    void passwordsComeFirstWhenPasswordManagerIsFound()
    {
        Fixture f;
        f.open();
        auto* warning = f.find<QWidget>(QStringLiteral("passwordWarning"));
        QVERIFY(warning->isVisible());
        const QString said = f.text(QStringLiteral("passwordWarningText"));
        for (const char* words :
             {"Save your passwords first", "Once it is removed", "passwords kept in it are lost", "Save them now"}) {
            QVERIFY2(said.contains(QLatin1String(words)), qPrintable(said));
        }
        QVERIFY(warning->accessibleName().startsWith(QStringLiteral("Warning: Save your passwords first.")));
        auto* item = f.find<QGroupBox>(QStringLiteral("risk:") + kPasswordsItem);
        auto* handover = f.find<QGroupBox>(QStringLiteral("passwordHandover"));
        auto* others = f.find<QWidget>(QStringLiteral("dataAtRisk"));
        QVERIFY(item->isVisible() && handover->isVisible());
        QVERIFY(top(warning) < top(item));
        QVERIFY(top(item) < top(handover));
        QVERIFY(top(handover) < top(others));
        QVERIFY(!others->isAncestorOf(item));
        // Every other item follows, the vault's backups among them.
        QVERIFY(others->isAncestorOf(f.find<QGroupBox>(QStringLiteral("risk:") + kBackupsItem)));
        QVERIFY(!f.find<QPushButton>(QStringLiteral("revealPasswordHandover"))->isVisible());
        // Screen readers meet them in the same order: the warning and the passwords are the page's first widgets.
        const QObjectList siblings = warning->parentWidget()->children();
        QVERIFY(siblings.indexOf(warning) < siblings.indexOf(item->parentWidget()));
        QVERIFY(siblings.indexOf(handover) < siblings.indexOf(others));
        checkAccessibleNames(f.wizard->currentPage());
    }

    // Where Password Manager is not found, no hand-over is shown, only a button for a person who has an export.
    void theHandOverWaitsBehindAButtonWithoutPasswordManager_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::newRow("mac") << QStringLiteral("home-mac");
        QTest::newRow("linux office") << QStringLiteral("office-linux");
        QTest::newRow("ultraav") << QStringLiteral("ultraav-swap");
    }
    void theHandOverWaitsBehindAButtonWithoutPasswordManager()
    {
        QFETCH(QString, demo);
        Fixture f;
        f.state.setDemoName(demo);
        f.open();
        QVERIFY(!f.find<QWidget>(QStringLiteral("passwordWarning"))->isVisible());
        auto* handover = f.find<QGroupBox>(QStringLiteral("passwordHandover"));
        QVERIFY(!handover->isVisible());
        auto* reveal = f.find<QPushButton>(QStringLiteral("revealPasswordHandover"));
        QVERIFY(reveal->isVisible());
        // A sentence says what the button is for, before it.
        auto* hint = f.find<QLabel>(QStringLiteral("revealPasswordHandoverHint"));
        QVERIFY(hint->isVisible() && top(hint) < top(reveal));
        QVERIFY(hint->text().contains(QStringLiteral("export your passwords to a text file")));
        QCOMPARE(reveal->text().remove(QLatin1Char('&')), QStringLiteral("I have a Password Manager export"));
        QVERIFY(!reveal->accessibleName().isEmpty());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(handover->isVisible());
        QVERIFY(!reveal->isVisible());
        QCOMPARE(f.wizard->focusWidget(), f.find<QWidget>(QStringLiteral("kpmExportPath")));
        // It stays open when the person comes back to the page.
        f.wizard->back();
        f.wizard->next();
        QVERIFY(handover->isVisible());
        checkAccessibleNames(f.wizard->currentPage());
    }

    // Each computer is told only what fits its system: no Windows command, folder or uninstall wizard on a Mac or
    // Linux, no Mac command on Windows, no Endpoint Security on a home PC, and no folder jargon before plain words.
    void onlyWhatFitsThisComputerIsShown_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QStringList>("absent");
        const QStringList windows{QStringLiteral("avp.com"),          QStringLiteral("%LocalAppData%"),
                                  QStringLiteral("%USERPROFILE%"),    QStringLiteral("C:\\"),
                                  QStringLiteral("uninstall wizard"), QStringLiteral("KAVSHELL")};
        QTest::newRow("mac") << QStringLiteral("home-mac") << windows;
        QTest::newRow("linux office") << QStringLiteral("office-linux") << windows;
        QTest::newRow("windows home") << QStringLiteral("home-windows")
                                      << QStringList{QStringLiteral("kav export"), QStringLiteral("macOS"),
                                                     QStringLiteral("Endpoint Security"), QStringLiteral("EDB files")};
    }
    void onlyWhatFitsThisComputerIsShown()
    {
        QFETCH(QString, demo);
        QFETCH(QStringList, absent);
        Fixture f;
        f.state.setDemoName(demo);
        f.open();
        const QString shown = visibleText(f.wizard->currentPage());
        for (const QString& text : absent) {
            QVERIFY2(!shown.contains(text, Qt::CaseInsensitive), qPrintable(text + QStringLiteral(" in:\n") + shown));
        }
        if (demo == QStringLiteral("home-windows")) {
            // The vault's folder is named after it is described in plain words.
            const QString where =
                f.find<QGroupBox>(QStringLiteral("risk:") + kPasswordsItem)->findChild<QLabel*>()->text();
            QVERIFY2(where.indexOf(QStringLiteral("hidden folder of your Windows account")) <
                         where.indexOf(QStringLiteral("%LocalAppData%")),
                     qPrintable(where));
        }
    }

    // The conversion's report is the wizard's own text: in Spanish, no English sentence from the engine is left.
    void tellsTheConversionInSpanish()
    {
        QCOMPARE(installTranslators(*qApp, QLocale(QStringLiteral("es_US")), QStringLiteral(OFFRAMP_QM_DIR)),
                 QStringLiteral("offramp_es"));
        QStringList results;
        {
            Fixture f;
            f.state.setLanguage(QStringLiteral("es"));
            f.open();
            const fs::path in = f.folder / "export.txt";
            writeFile(in, kExport);
            f.readExport(in);
            f.convert(QStringLiteral("google-csv"), f.folder / "google.csv");
            results << f.text(QStringLiteral("conversionResult"));
            f.convert(QStringLiteral("1password-csv"), f.folder / "1password.csv");
            results << f.text(QStringLiteral("conversionResult"));
            // An export made in Spanish cannot be read yet, and the page says why in Spanish.
            const fs::path localized = f.folder / "exportacion.txt";
            writeFile(localized, "Sitios web\n\nNombre del sitio web: Ejemplo\nContraseña: hunter2\n");
            f.readExport(localized);
            results << f.text(QStringLiteral("kpmExportStatus"));
        }
        offramp::test::removeTranslators();

        const QString google = results[0];
        for (const char* why : {"“No login”: le falta el nombre de usuario, que Google Password Manager exige",
                                "“Recovery codes”: es una nota: el CSV de Google Password Manager solo admite "
                                "contraseñas de sitios web"}) {
            QVERIFY2(google.contains(QString::fromUtf8(why)), qPrintable(google));
        }
        const QString onePassword = results[1];
        QVERIFY2(onePassword.contains(QStringLiteral("La sección de Kaspersky (Aplicaciones u Otras cuentas) está en "
                                                     "las notas de 2 entradas")),
                 qPrintable(onePassword));
        QVERIFY2(onePassword.contains(QStringLiteral("1 entrada de Notas se convirtió en un elemento")),
                 qPrintable(onePassword));
        const QString refused = results[2];
        QVERIFY2(refused.contains(QStringLiteral("El problema está en la línea 1: el archivo no tiene títulos de "
                                                 "sección en inglés")),
                 qPrintable(refused));
        QVERIFY(!refused.contains(QStringLiteral("hunter2")));
        for (const QString& result : results) {
            for (const char* english :
                 {"lacks", "requires", "notes of", "no column", "Login name", "a note", "expected", "supported"}) {
                QVERIFY2(!result.contains(QLatin1String(english)), qPrintable(result));
            }
        }
    }
};

OFFRAMP_TEST_MAIN(TestWizardSave)
#include "tst_wizard_save.moc"
