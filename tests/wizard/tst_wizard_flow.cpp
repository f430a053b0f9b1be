// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "TestSupport.h"
#include "engine/CatalogLoader.h"
#include "engine/Finding.h"
#include "wizard/AboutDialog.h"
#include "wizard/CountryFromLocale.h"
#include "wizard/LinkTitles.h"
#include "wizard/MigrationWizard.h"
#include "wizard/RemovePage.h"
#include "wizard/ReportWriter.h"
#include "wizard/ScreenshotTour.h"
#include "wizard/StateIcon.h"
#include "wizard/StateLabel.h"
#include "wizard/StepList.h"
#include "wizard/SummaryPage.h"
#include "wizard/SystemSupportText.h"
#include "wizard/TextHelpers.h"
#include "wizard/TimelineWidget.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

namespace {

struct Fixture
{
    explicit Fixture(const QString& demo, const QString& jurisdiction = QStringLiteral("US"),
                     offramp::Catalog catalog = offramp::CatalogLoader::loadEmbedded())
        : state(std::move(catalog))
    {
        state.setDemoName(demo);
        state.setJurisdiction(jurisdiction);
        state.setToday(QDate(2026, 11, 23));
        wizard = std::make_unique<MigrationWizard>(&state);
        wizard->show();
    }
    ~Fixture()
    {
        wizard.reset();
        QThreadPool::globalInstance()->waitForDone(10000);
    }
    QAbstractButton* next() const { return wizard->button(QWizard::NextButton); }
    QWizardPage* page() const { return wizard->currentPage(); }
    bool waitComplete() const
    {
        return QTest::qWaitFor([this] { return page()->isComplete(); }, 10000);
    }
    void goNext()
    {
        QVERIFY(waitComplete());
        QVERIFY(next()->isEnabled());
        next()->click();
    }

    WizardState state;
    std::unique_ptr<MigrationWizard> wizard;
};

// Every control a person can operate must have a name that assistive technology reads out.
void checkAccessibleNames(QWidget* page)
{
    const auto widgets = page->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QProgressBar*>(widget);
        // What the keyboard reaches; a tree's header, for one, is read through the tree.
        if (!interactive || !widget->isVisible() || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible != nullptr);
        const QString name = accessible->text(QAccessible::Name);
        QVERIFY2(!name.trimmed().isEmpty(),
                 qPrintable(page->objectName() + QLatin1Char('/') + widget->metaObject()->className() +
                            QLatin1Char(' ') + widget->objectName()));
    }
}

// The same picture as the style's icon for `kind`: the state is shown by that icon.
bool showsIcon(const QIcon& icon, StateIcon kind, const QWidget* widget)
{
    const QImage shown = icon.pixmap(16, 16).toImage();
    return !icon.isNull() && shown == stateIcon(kind, widget).pixmap(16, 16).toImage();
}

// What a screen reader reads for the step list's row.
QString spokenStep(StepList* steps, int row)
{
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(steps);
    if (list == nullptr || list->childCount() <= row) {
        return {};
    }
    return list->child(row)->text(QAccessible::Name);
}

// The source links of a page: each names its site, never "source" nor a whole address, and its label gives the
// links' titles to screen readers (its accessible description is that of its current text).
void checkSourceLinks(QWidget* page)
{
    int titled = 0;
    for (auto* label : page->findChildren<QLabel*>()) {
        const QString text = label->text();
        if (!label->isVisible() || !text.contains(QStringLiteral("<a href="))) {
            continue;
        }
        QVERIFY2(!text.contains(QStringLiteral(">source</a>")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(">https://")), qPrintable(text));
        const QStringList titles = linkTitles(text);
        titled += titles.isEmpty() ? 0 : 1;
        if (!titles.isEmpty()) {
            QCOMPARE(label->accessibleDescription(), titles.join(QLatin1Char('\n')));
        }
    }
    QVERIFY2(titled > 0, qPrintable(page->objectName()));
}

} // namespace

class TestWizardFlow : public QObject
{
    Q_OBJECT

private slots:
    void walksEveryPageOfTheHomeDemo()
    {
        Fixture f(QStringLiteral("home-windows"));
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::WelcomePageId));
        checkAccessibleNames(f.page());
        f.goNext();

        // Scan: Next waits for the scan.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::ScanPageId));
        QVERIFY(f.waitComplete());
        auto* results = f.page()->findChild<QTreeWidget*>(QStringLiteral("scanResults"));
        QCOMPARE(results->topLevelItemCount(), 3);
        auto* details = f.page()->findChild<QCheckBox*>(QStringLiteral("showDetails"));
        QVERIFY(!results->topLevelItem(0)->isExpanded());
        details->setChecked(true);
        QVERIFY(results->topLevelItem(0)->isExpanded());
        checkAccessibleNames(f.page());
        f.goNext();

        // Rules: the US, with the update stop 785 days before 2026-11-23, today on the timeline, and sources.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RulesPageId));
        auto* headline = f.page()->findChild<QLabel*>(QStringLiteral("rulesHeadline"));
        QVERIFY(headline->text().contains(QStringLiteral("not a crime")));
        auto* timeline = f.page()->findChild<TimelineWidget*>(QStringLiteral("timeline"));
        QVERIFY(timeline->accessibleDescription().contains(QStringLiteral("Today")));
        const auto& steps = timeline->steps();
        const auto updateStop = std::find_if(
            steps.begin(), steps.end(), [](const TimelineWidget::Step& s) { return s.date == QDate(2024, 9, 29); });
        QVERIFY(updateStop != steps.end());
        QVERIFY(updateStop->inEffect);
        QCOMPARE(updateStop->days, 785);
        QVERIFY(std::is_sorted(
            steps.begin(), steps.end(),
            [](const TimelineWidget::Step& a, const TimelineWidget::Step& b) { return a.date > b.date; }));
        bool linked = false;
        for (auto* label : f.page()->findChildren<QLabel*>()) {
            linked = linked || label->text().contains(QStringLiteral("href=\"https://"));
        }
        QVERIFY(linked);
        // Changing the country changes the rules.
        auto* country = f.page()->findChild<QComboBox*>(QStringLiteral("jurisdiction"));
        country->setCurrentIndex(country->findData(QStringLiteral("DE")));
        QCOMPARE(f.state.jurisdiction(), QStringLiteral("DE"));
        QVERIFY(!headline->text().contains(QStringLiteral("may no longer be sold")));
        checkAccessibleNames(f.page());
        f.goNext();

        // Save your data: the Password Manager's vault is at risk; ticking records it.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SaveDataPageId));
        const auto boxes = f.page()->findChildren<QCheckBox*>();
        QVERIFY(!boxes.isEmpty());
        bool passwords = false;
        for (auto* box : f.page()->findChildren<QGroupBox*>()) {
            passwords = passwords || box->accessibleName().contains(QStringLiteral("Password Manager"));
        }
        QVERIFY(passwords);
        boxes.first()->setChecked(true);
        QCOMPARE(f.state.savedItems().size(), 1);
        checkAccessibleNames(f.page());
        f.goNext();

        // Choose: Windows' own protection comes first and is chosen by default.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::ChoosePageId));
        auto* list = f.page()->findChild<QListWidget*>(QStringLiteral("alternatives"));
        QVERIFY(list->count() >= 3);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("microsoft-defender"));
        QCOMPARE(f.state.chosenAlternative(), QStringLiteral("microsoft-defender"));
        // How to choose, in one sentence, then the order, which no vendor can buy: by name, ClamAV (a
        // command-line tool) last rather than second.
        QCOMPARE(f.page()->subTitle(), QStringLiteral("For most home computers, the protection that comes with "
                                                      "Windows is enough; some of the others add more, such as a VPN "
                                                      "or a password manager."));
        QCOMPARE(f.page()->findChild<QLabel*>(QStringLiteral("listOrder"))->text(),
                 QStringLiteral("The others follow in alphabetical order, tools used by typing commands last; "
                                "Offramp earns nothing from any of them."));
        QCOMPARE(list->item(list->count() - 1)->data(Qt::UserRole).toString(), QStringLiteral("clamav"));
        QCOMPARE(list->item(list->count() - 1)->text(), QStringLiteral("ClamAV\n(used by typing commands)"));
        QVERIFY(list->item(1)->data(Qt::UserRole).toString() != QStringLiteral("clamav"));
        QStringList others;
        for (int row = 1; row < list->count() - 1; ++row) {
            others << list->item(row)->text();
        }
        QVERIFY(others.size() >= 2);
        QStringList alphabetical = others;
        alphabetical.sort(Qt::CaseInsensitive);
        QCOMPARE(others, alphabetical);
        // The official site reads as its site's name, linked to the whole address.
        const QString defender = f.page()->findChild<QLabel*>(QStringLiteral("alternativeDetails"))->text();
        QVERIFY2(defender.contains(QStringLiteral("<a href=\"https://support.microsoft.com/en-us/topic/getting-started-"
                                                  "with-microsoft-defender-9df0cb0f-4866-4433-9cbc-f83e5cf77693\">"
                                                  "support.microsoft.com</a>")),
                 qPrintable(defender));
        QVERIFY2(!defender.contains(QStringLiteral(">https://")), qPrintable(defender));
        // Windows 11: nothing about Windows 10's end of support.
        QVERIFY(!f.page()->findChild<QLabel*>(QStringLiteral("systemNotice"))->isVisible());
        list->setCurrentRow(1);
        QCOMPARE(f.state.chosenAlternative(), list->item(1)->data(Qt::UserRole).toString());
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("alternativeDetails"))
                    ->text()
                    .contains(QStringLiteral("https://")));
        checkAccessibleNames(f.page());
        f.goNext();

        // Remove: Next stays off until consent and the (simulated) removal.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QVERIFY(!f.page()->isComplete());
        QVERIFY(!f.next()->isEnabled());
        auto* start = f.page()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"));
        QVERIFY(!start->isEnabled());
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("removalStatus"))
                    ->text()
                    .contains(QStringLiteral("simulated")));
        f.page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"))->setChecked(true);
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(f.waitComplete());
        QCOMPARE(f.state.removedProducts().size(), 3);
        checkAccessibleNames(f.page());
        f.goNext();

        // Check: nothing banned is left on the demo computer; the new protection is named.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(f.waitComplete());
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("checkResult"))
                    ->text()
                    .contains(QStringLiteral("No Kaspersky product is left")));
        // Windows Security is a button away; on a demo computer, pressing it says that nothing is opened.
        auto* settings = f.page()->findChild<QPushButton*>(QStringLiteral("openSecuritySettings"));
        QVERIFY(settings->isVisible());
        QCOMPARE(settings->text(), QStringLiteral("Open Windows &Security"));
        QCOMPARE(settings->property("target").toUrl(), QUrl(QStringLiteral("windowsdefender:")));
        settings->click();
        auto* settingsNote = f.page()->findChild<QLabel*>(QStringLiteral("settingsNote"));
        QVERIFY(settingsNote->isVisible());
        QCOMPARE(settingsNote->text(), QStringLiteral("This is a demo computer, so nothing is opened. On a real one, "
                                                      "this button opens Windows Security."));
        // Offramp recognises no antivirus on Windows by its files (Security Center tells there): it says nothing
        // it cannot know, and names the person's choice.
        const QString protection = f.page()->findChild<QLabel*>(QStringLiteral("checkProtection"))->text();
        QVERIFY2(!protection.contains(QStringLiteral("Antivirus installed")) &&
                     !protection.contains(QStringLiteral("finds none")) &&
                     protection.contains(QStringLiteral("Your new protection: ")),
                 qPrintable(protection));
        f.goNext();

        // Summary: counts, a support code, and a report that opens as HTML and as PDF.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SummaryPageId));
        const QString code = f.page()->findChild<QLabel*>(QStringLiteral("supportCode"))->text();
        QVERIFY(QRegularExpression(QStringLiteral("OFR-[0-9A-Z]{4}-[0-9A-Z]{4}")).match(code).hasMatch());
        const QString counts = f.page()->findChild<QLabel*>(QStringLiteral("summaryText"))->text();
        QVERIFY(counts.contains(QStringLiteral("Removed: 3 product")));
        QVERIFY(f.state.hasDataToSave()); // the passwords, among others, on this Windows computer
        // The Save page's boxes say "saved, or not needed": so does the count, never "saved" alone.
        QVERIFY2(counts.contains(QStringLiteral("Saved, or not needed: %1 item").arg(f.state.savedItems().size())) &&
                     !counts.contains(QStringLiteral("Saved:")),
                 qPrintable(counts));
        QTemporaryDir dir;
        auto* summary = qobject_cast<SummaryPage*>(f.page());
        QVERIFY(summary->saveReport(dir.filePath(QStringLiteral("report.html"))));
        QVERIFY(summary->saveReport(dir.filePath(QStringLiteral("report.pdf"))));
        const auto html =
            QString::fromStdString(offramp::test::readFile(dir.filePath(QStringLiteral("report.html")).toStdString()));
        QVERIFY(html.contains(code.mid(code.indexOf(QStringLiteral("OFR-")))));
        QVERIFY(html.contains(QStringLiteral("Kaspersky Password Manager")));
        // What was saved reads as the Save page named it, not as an internal id.
        const QString savedKey = *f.state.savedItems().cbegin();
        const QStringList ids = savedKey.split(QLatin1Char('/'));
        QCOMPARE(ids.size(), 3);
        const auto* savedProduct = f.state.catalog().product(ids[0].toStdString());
        QVERIFY(savedProduct != nullptr);
        QString savedWhat;
        for (const auto& component : savedProduct->components) {
            for (const auto& risk : component.dataAtRisk) {
                if (QString::fromStdString(component.id) == ids[1] && QString::fromStdString(risk.id) == ids[2]) {
                    savedWhat = QString::fromStdString(risk.what.text("en"));
                }
            }
        }
        QVERIFY(!savedWhat.isEmpty());
        const QString savedLine =
            QString::fromStdString(savedProduct->name.text("en")) + QStringLiteral(": ") + savedWhat;
        QVERIFY2(html.contains(QStringLiteral("<h2>What you marked as saved, or not needed</h2><ul><li>") +
                               savedLine.toHtmlEscaped() + QStringLiteral("</li></ul>")),
                 qPrintable(html));
        QVERIFY(!html.contains(savedKey));
        // Offramp recognises no antivirus on Windows by its files: the record claims nothing about it.
        QVERIFY2(!html.contains(QStringLiteral("Antivirus found by the check")), qPrintable(html));
        // Evidence in the report is worded as on the Scan page, with where it was seen where that says more.
        QVERIFY2(html.contains(
                     QStringLiteral("<li><small>registry key HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab</small></li>")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("entry “Kaspersky” (version 21.9.6.465) in the list of installed "
                                              "programs — HKLM\\SOFTWARE\\")),
                 qPrintable(html));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        const auto pdf = offramp::test::readFile(dir.filePath(QStringLiteral("report.pdf")).toStdString());
        QVERIFY(pdf.starts_with("%PDF-"));
        QVERIFY(pdf.size() > 1000);
        // An unwritable place gets a clear sentence, not a crash.
        QVERIFY(!summary->saveReport(QStringLiteral("/nonexistent/folder/report.html")));
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("reportSaved"))
                    ->text()
                    .contains(QStringLiteral("could not be saved")));
        // What to do now asks to check that Defender is on: Windows Security is a button away here too.
        auto* summarySettings = f.page()->findChild<QPushButton*>(QStringLiteral("openSecuritySettings"));
        QVERIFY(summarySettings->isVisible());
        QCOMPARE(summarySettings->text(), QStringLiteral("Open Windows &Security"));
        summarySettings->click();
        QCOMPARE(f.page()->findChild<QLabel*>(QStringLiteral("settingsNote"))->text(),
                 QStringLiteral("This is a demo computer, so nothing is opened. On a real one, this button opens "
                                "Windows Security."));
        checkAccessibleNames(f.page());
        QCOMPARE(f.wizard->nextId(), -1);
    }

    // The Summary page and the report end with what the person still has to do, most urgent first; a step that
    // does not apply (no restart owed, no password files left, no copy made) is not there.
    void summaryAndReportEndWithWhatToDoNow()
    {
        Fixture f(QStringLiteral("home-windows"));
        f.goNext();
        QVERIFY(f.waitComplete());
        f.state.setChosenAlternative(QStringLiteral("microsoft-defender"));
        const QString kasperskyId = QString::fromStdString(f.state.findings().front().product->id);
        f.state.setRemovedProducts({kasperskyId});
        auto* summary = qobject_cast<SummaryPage*>(f.wizard->page(MigrationWizard::SummaryPageId));
        auto* toDo = summary->findChild<QLabel*>(QStringLiteral("whatToDoNow"));

        summary->initializePage();
        const QString plain = toDo->text();
        QVERIFY2(plain.startsWith(QStringLiteral("<p><b>What to do now</b></p><ol><li>Open your system's security "
                                                 "settings and check that Microsoft Defender Antivirus is turned on.")),
                 qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("Save the report with the buttons above")));
        QVERIFY(plain.contains(report::supportCode(f.state)));
        QVERIFY(!plain.contains(QStringLiteral("restart")));
        QVERIFY(!plain.contains(QStringLiteral("plain text")));
        QVERIFY(!plain.contains(QStringLiteral("copy of your data")));

        f.state.setRestartPending(true);
        f.state.setPlaintextPasswordFiles({QStringLiteral("C:\\Users\\ana\\passwords.csv")});
        f.state.setRescueBundle(QStringLiteral("E:\\rescue"));
        summary->initializePage();
        const QString owed = toDo->text();
        QVERIFY2(owed.startsWith(QStringLiteral("<p><b>What to do now</b></p><ol><li>On a real computer, you would "
                                                "now restart it")),
                 qPrintable(owed));
        QVERIFY(owed.contains(QStringLiteral("they hold your passwords in plain text")));
        QVERIFY(owed.contains(QStringLiteral("C:\\Users\\ana\\passwords.csv")));
        QVERIFY(owed.contains(QStringLiteral("Keep the copy of your data in E:\\rescue")));
        QVERIFY(owed.indexOf(QStringLiteral("restart")) < owed.indexOf(QStringLiteral("Microsoft Defender")));

        // The report carries the same list, the rules that apply on its day and what was not removed; off the
        // demo computer, the restart is owed for real.
        f.state.setDemoName({});
        const QString html = report::html(f.state);
        QVERIFY2(html.contains(QStringLiteral("<h2>What to do now</h2><ul><li>Restart the computer: the removal "
                                              "finishes when it starts again.</li>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Keep this report")));
        QVERIFY(!html.contains(QStringLiteral("buttons above")));
        QVERIFY(html.contains(QStringLiteral("<h2>Rules that apply</h2>")));
        QVERIFY2(html.contains(QStringLiteral("(In effect since %1)").arg(longDate(QDate(2024, 9, 29)))),
                 qPrintable(html));
        const auto from = html.indexOf(QStringLiteral("<h2>Not removed</h2>"));
        QVERIFY(from > 0);
        const QString left = html.mid(from, html.indexOf(QStringLiteral("<h2>Rules that apply</h2>")) - from);
        for (const auto& finding : f.state.findings()) {
            const QString line = QStringLiteral("<li>") +
                                 QString::fromStdString(finding.product->name.text("en")).toHtmlEscaped() +
                                 QLatin1Char(' ');
            QCOMPARE(left.contains(line), QString::fromStdString(finding.product->id) != kasperskyId);
        }

        // A country without rules is said to have none, not given another country's.
        f.state.setJurisdiction(QStringLiteral("MX"));
        QVERIFY(report::html(f.state).contains(QStringLiteral("Offramp knows of no rule on Kaspersky in Mexico.")));
    }

    void nothingFoundGoesStraightToTheCheck()
    {
        Fixture f(QStringLiteral("clean-linux"));
        f.state.setChosenAlternative(QStringLiteral("clamav"));
        f.goNext();
        QVERIFY(f.waitComplete());
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("scanStatus"))
                    ->text()
                    .contains(QStringLiteral("no Kaspersky product was found")));
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(f.waitComplete());
        // Nothing was there to begin with: nothing is "left".
        const QString result = f.page()->findChild<QLabel*>(QStringLiteral("checkResult"))->text();
        QCOMPARE(result, QStringLiteral("Offramp finds no Kaspersky product on the demo computer “clean-linux”."));
        // It still checks the protection: ClamAV, installed on this demo computer, is named, not its packages.
        const QString protection = f.page()->findChild<QLabel*>(QStringLiteral("checkProtection"))->text();
        QVERIFY2(protection.contains(QStringLiteral("<b>Antivirus installed on the demo computer “clean-linux”:</b> "
                                                    "ClamAV.</p>")) &&
                     !protection.contains(QStringLiteral("found as")) &&
                     !protection.contains(QStringLiteral("clamav-freshclam")),
                 qPrintable(protection));
        // Linux desktops share no security settings to open: no button.
        QVERIFY(!f.page()->findChild<QPushButton*>(QStringLiteral("openSecuritySettings"))->isVisible());
        QCOMPARE(f.state.installedProtection().size(), 1);
        QVERIFY2(f.state.installedProtection().front().startsWith(
                     QStringLiteral("ClamAV (what Offramp saw: package clamav ")),
                 qPrintable(f.state.installedProtection().front()));
        // Chosen and already there: nothing to install, only to keep turned on.
        QVERIFY2(protection.contains(QStringLiteral("<b>Your protection: ClamAV.</b> It was already installed")),
                 qPrintable(protection));
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SummaryPageId));
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("summaryText"))
                    ->text()
                    .contains(QStringLiteral("no Kaspersky product")));
        // The report keeps what the check found, for the office's records.
        QTemporaryDir dir;
        QVERIFY(qobject_cast<SummaryPage*>(f.page())->saveReport(dir.filePath(QStringLiteral("report.html"))));
        const auto html =
            QString::fromStdString(offramp::test::readFile(dir.filePath(QStringLiteral("report.html")).toStdString()));
        QVERIFY2(html.contains(QStringLiteral(
                     "<h2>Antivirus found by the check</h2><ul><li>ClamAV (what Offramp saw: package clamav ")),
                 qPrintable(html));
    }

    // With no Kaspersky there is nothing to choose, but ClamAV is installed: the Summary and the report speak of what
    // was found, never ask the person to "make sure some protection is installed".
    void nothingFoundSpeaksOfTheProtectionFound()
    {
        Fixture f(QStringLiteral("clean-linux"));
        f.goNext();
        QVERIFY(f.waitComplete());
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(f.waitComplete());
        QVERIFY(f.state.chosenAlternative().isEmpty());
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SummaryPageId));
        const QString summary = f.page()->findChild<QLabel*>(QStringLiteral("summaryText"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Protection found: ClamAV.")), qPrintable(summary));
        const QString toDo = f.page()->findChild<QLabel*>(QStringLiteral("whatToDoNow"))->text();
        QVERIFY2(toDo.contains(QStringLiteral("Keep ClamAV up to date: Offramp found it installed on this computer.")),
                 qPrintable(toDo));
        QVERIFY2(!toDo.contains(QStringLiteral("Make sure")), qPrintable(toDo));
        const QString html = report::html(f.state);
        QVERIFY2(html.contains(QStringLiteral("Keep ClamAV up to date: Offramp found it installed")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("Make sure")), qPrintable(html));
        // Without the check (the report made from the scan alone), the report still names what the scan found.
        Fixture scanned(QStringLiteral("clean-linux"));
        scanned.goNext();
        QVERIFY(scanned.waitComplete());
        QVERIFY(!scanned.state.protectionChecked());
        const QString early = report::html(scanned.state);
        QVERIFY2(early.contains(QStringLiteral("<h2>Antivirus found by the scan</h2><ul><li>ClamAV</li></ul>")),
                 qPrintable(early));
    }

    // Going on with the passwords not saved, the Remove page says so before the consent, with a way back; once
    // they are marked saved, it says nothing of them.
    void removeWarnsOfPasswordsNotSaved()
    {
        Fixture f(QStringLiteral("home-windows"));
        for (int i = 0; i < 5; ++i) {
            f.goNext();
        }
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        auto* warning = f.page()->findChild<QWidget*>(QStringLiteral("passwordsNotSaved"));
        auto* consent = f.page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"));
        QVERIFY(warning != nullptr && warning->isVisible());
        const QString said = f.page()->findChild<QLabel*>(QStringLiteral("passwordsNotSavedText"))->text();
        QVERIFY2(said.contains(QStringLiteral("Your passwords are not saved.")) &&
                     said.contains(QStringLiteral("Removing Kaspersky Password Manager loses the passwords kept in "
                                                  "it")),
                 qPrintable(said));
        QVERIFY(warning->mapTo(f.page(), QPoint()).y() < consent->mapTo(f.page(), QPoint()).y());
        checkAccessibleNames(f.page());

        // The way back leads to the passwords, through the pages between.
        auto* back = f.page()->findChild<QAbstractButton*>(QStringLiteral("backToSaveData"));
        QVERIFY(back->isVisible() && back->isEnabled());
        back->click();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SaveDataPageId));
        f.page()
            ->findChild<QCheckBox*>(QStringLiteral("saved:kaspersky-password-manager/password-vault/passwords"))
            ->setChecked(true);
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QVERIFY(!f.page()->findChild<QWidget*>(QStringLiteral("passwordsNotSaved"))->isVisible());

        // Without Password Manager there is nothing to warn of.
        Fixture office(QStringLiteral("office-linux"));
        for (int i = 0; i < 5; ++i) {
            office.goNext();
        }
        QCOMPARE(office.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QVERIFY(!office.page()->findChild<QWidget*>(QStringLiteral("passwordsNotSaved"))->isVisible());
    }

    void officeDemoRemovesEndpointSecurityBeforeTheAgent()
    {
        Fixture f(QStringLiteral("office-linux"));
        f.goNext();
        f.goNext();
        f.goNext();
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        auto* plan = f.page()->findChild<QListWidget*>(QStringLiteral("removalPlan"));
        // One step per package: the GUI before the main package, Endpoint Security before the Network Agent.
        QCOMPARE(plan->count(), 3);
        QVERIFY(plan->item(0)->text().contains(QStringLiteral("kesl-gui (Kaspersky Endpoint Security")));
        QVERIFY(plan->item(1)->text().contains(QStringLiteral("kesl (Kaspersky Endpoint Security")));
        QVERIFY(plan->item(2)->text().contains(QStringLiteral("klnagent64 (Kaspersky Security Center Network Agent")));
        // Everything found is removed: nothing is said to be left alone but the person's own files.
        QCOMPARE(f.page()->findChild<QLabel*>(QStringLiteral("removalUntouched"))->text(),
                 QStringLiteral("Your documents and other files are never touched."));
        // The journal drives the progress: each step ends up removed (simulated).
        f.page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"))->setChecked(true);
        f.page()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"))->click();
        QVERIFY(f.waitComplete());
        for (int row = 0; row < plan->count(); ++row) {
            QVERIFY2(plan->item(row)->text().endsWith(QStringLiteral("removed (simulated)")),
                     qPrintable(plan->item(row)->text()));
        }
        QCOMPARE(f.page()->findChild<QProgressBar*>(QStringLiteral("removalProgress"))->value(), 3);

        // Check: the office computer's ClamAV package is what protects it now.
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(f.waitComplete());
        const QString protection = f.page()->findChild<QLabel*>(QStringLiteral("checkProtection"))->text();
        QVERIFY2(protection.contains(QStringLiteral("<b>Antivirus installed on the demo computer “office-linux”:</b> "
                                                    "ClamAV.</p>")),
                 qPrintable(protection));
        // Kaspersky was here at the start, and is gone now.
        QCOMPARE(f.page()->findChild<QLabel*>(QStringLiteral("checkResult"))->text(),
                 QStringLiteral("No Kaspersky product is left on the demo computer “office-linux”."));
        QVERIFY(!f.page()->findChild<QPushButton*>(QStringLiteral("openSecuritySettings"))->isVisible());
    }

    // On a Mac, the advice is what is true there, and the button leads to Privacy & Security in System Settings.
    void macDemoSaysWhatIsTrueOnAMac()
    {
        Fixture f(QStringLiteral("home-mac"));
        for (int i = 0; i < 4; ++i) {
            f.goNext();
        }
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::ChoosePageId));
        QVERIFY2(f.page()->subTitle().startsWith(
                     QStringLiteral("The protection that comes with macOS works in the background, with nothing to "
                                    "install; ")),
                 qPrintable(f.page()->subTitle()));
        auto* list = f.page()->findChild<QListWidget*>(QStringLiteral("alternatives"));
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("apple-xprotect"));
        QCOMPARE(list->item(list->count() - 1)->data(Qt::UserRole).toString(), QStringLiteral("clamav"));
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("alternativeDetails"))
                    ->text()
                    .contains(QStringLiteral("\">support.apple.com</a>")));
        // Another protection than the one that comes with macOS: the button leads to where it is allowed to run.
        list->setCurrentRow(1);
        QVERIFY(list->currentItem()->data(Qt::UserRole).toString() != QStringLiteral("apple-xprotect"));
        f.goNext();
        f.page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"))->setChecked(true);
        f.page()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"))->click();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(f.waitComplete());
        auto* settings = f.page()->findChild<QPushButton*>(QStringLiteral("openSecuritySettings"));
        QVERIFY(settings->isVisible());
        QCOMPARE(settings->property("target").toUrl(),
                 QUrl(QStringLiteral("x-apple.systempreferences:com.apple.preference.security")));
        QVERIFY(!f.state.hasDataToSave());
        // Nothing on this Mac needed saving (the Save page said so): the summary does not sound as if it was missed.
        f.goNext();
        const QString summary = f.page()->findChild<QLabel*>(QStringLiteral("summaryText"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Saved: nothing needed saving, as far as Offramp knows.")),
                 qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("nothing marked")));
    }

    // Where Offramp can recognise antivirus on a system but finds none, it says so rather than nothing.
    void noRecognisedAntivirusIsSaid()
    {
        auto catalog = offramp::CatalogLoader::loadEmbedded();
        auto clamav = std::ranges::find(catalog.alternatives, std::string("clamav"), &offramp::Alternative::id);
        QVERIFY(clamav != catalog.alternatives.end());
        clamav->signatures[offramp::Platform::Linux] = {{offramp::SignatureKind::Packages, {"clamav-elsewhere"}}};
        Fixture f(QStringLiteral("clean-linux"), QStringLiteral("US"), std::move(catalog));
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(f.waitComplete());
        const QString protection = f.page()->findChild<QLabel*>(QStringLiteral("checkProtection"))->text();
        QVERIFY2(protection.contains(QStringLiteral("<p>Offramp finds none of the antivirus products it can recognise "
                                                    "installed on the demo computer “clean-linux”.</p>")),
                 qPrintable(protection));
        QVERIFY2(!protection.contains(QStringLiteral("Antivirus installed")), qPrintable(protection));
        QVERIFY(f.state.protectionChecked() && f.state.installedProtection().isEmpty());
        // Linux comes with no antivirus of its own: nothing suggests it does.
        QVERIFY2(
            protection.endsWith(QStringLiteral("<p>Make sure that some protection is installed and turned on.</p>")),
            qPrintable(protection));
    }

    void countryComesFromTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("country");
        QTest::newRow("Mexico: listed, no rule found") << "es_MX"
                                                       << "MX";
        QTest::newRow("Spain") << "es_ES"
                               << "ES";
        QTest::newRow("Germany") << "de_DE"
                                 << "DE";
        QTest::newRow("United States") << "en_US"
                                       << "US";
        QTest::newRow("United Kingdom") << "en_GB"
                                        << "GB";
        QTest::newRow("Japan: not listed") << "ja_JP"
                                           << "";
        QTest::newRow("France") << "fr_FR"
                                << "FR";
        QTest::newRow("Portugal: not listed") << "pt_PT"
                                              << "";
        QTest::newRow("no country") << "C"
                                    << "";
    }
    void countryComesFromTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, country);
        QCOMPARE(countryFromLocale(offramp::CatalogLoader::loadEmbedded(), QLocale(locale)), country);
    }

    // A person whose country has no rule, or is not listed, is told so and never shown the US rules as theirs.
    void aCountryWithoutRulesIsToldSo_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("named");
        QTest::newRow("Mexico") << "MX"
                                << "in Mexico.";
        QTest::newRow("Japan (not listed)") << ""
                                            << "in your country.";
    }
    void aCountryWithoutRulesIsToldSo()
    {
        QFETCH(QString, country);
        QFETCH(QString, named);
        Fixture f(QStringLiteral("home-windows"), country);
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RulesPageId));
        auto* combo = f.page()->findChild<QComboBox*>(QStringLiteral("jurisdiction"));
        if (country.isEmpty()) {
            QCOMPARE(combo->currentIndex(), combo->count() - 1);
            QCOMPARE(combo->currentText(), QStringLiteral("My country is not listed"));
        } else {
            QCOMPARE(combo->currentData().toString(), country);
        }
        const QString headline = f.page()->findChild<QLabel*>(QStringLiteral("rulesHeadline"))->text();
        QVERIFY2(headline.contains(QStringLiteral("Offramp knows of no rule on Kaspersky ") + named),
                 qPrintable(headline));
        QVERIFY(headline.contains(QStringLiteral("US citizens living abroad")));
        QVERIFY(headline.contains(QStringLiteral("choose “United States” above")));
        for (const char* usOnly : {"may no longer be sold", "not a crime", " here"}) {
            QVERIFY2(!headline.contains(QLatin1String(usOnly)), usOnly);
        }
        QVERIFY(!f.page()->findChild<TimelineWidget*>(QStringLiteral("timeline"))->isVisible());
        for (auto* label : f.page()->findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("Kaspersky sales and updates")), qPrintable(label->text()));
            QVERIFY2(!label->text().contains(QStringLiteral("89 FR 52434")), qPrintable(label->text()));
        }
        checkAccessibleNames(f.page());

        // Choosing the United States shows its rules; choosing "not listed" again takes them away.
        combo->setCurrentIndex(combo->findData(QStringLiteral("US")));
        QVERIFY(f.page()->findChild<TimelineWidget*>(QStringLiteral("timeline"))->isVisible());
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("rulesHeadline"))
                    ->text()
                    .contains(QStringLiteral("may no longer be sold or updated here")));
        combo->setCurrentIndex(combo->count() - 1);
        QCOMPARE(f.state.jurisdiction(), QString());
        QVERIFY(!f.page()->findChild<TimelineWidget*>(QStringLiteral("timeline"))->isVisible());
    }

    // The Rules page says first what this means for the person; the rules that bind only governments, their
    // contractors or named companies are folded under their own heading; what is in effect says since when.
    void rulesForGovernmentsAndCompaniesAreFolded()
    {
        Fixture f(QStringLiteral("home-windows"), QStringLiteral("US"));
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RulesPageId));
        QCOMPARE(f.page()->findChild<QLabel*>(QStringLiteral("rulesMeaningHeading"))->text(),
                 QStringLiteral("What this means for you"));
        auto* timeline = f.page()->findChild<TimelineWidget*>(QStringLiteral("timeline"));
        auto* folded = f.page()->findChild<TimelineWidget*>(QStringLiteral("organizationTimeline"));
        auto* toggle = f.page()->findChild<QToolButton*>(QStringLiteral("organizationRulesToggle"));
        auto* section = f.page()->findChild<QWidget*>(QStringLiteral("organizationRules"));
        const auto has = [](const TimelineWidget* line, const char* fragment) {
            return std::ranges::any_of(line->steps(), [fragment](const TimelineWidget::Step& step) {
                return step.title.contains(QLatin1String(fragment));
            });
        };
        // The ban on sales and updates concerns everyone; BOD 17-01 and NDAA section 1634 bind the government and
        // its contractors, the OFAC sanctions twelve executives: each is in one place only.
        QVERIFY(has(timeline, "US ban on Kaspersky sales and updates"));
        QVERIFY(!has(timeline, "17-01"));
        QVERIFY(!has(timeline, "1634"));
        QVERIFY(has(folded, "17-01"));
        QVERIFY(has(folded, "1634"));
        QVERIFY(!has(folded, "US ban on Kaspersky sales and updates"));
        QVERIFY(toggle->isVisible());
        QVERIFY2(toggle->text().startsWith(QStringLiteral("Rules for governments and companies (")),
                 qPrintable(toggle->text()));
        QVERIFY(!section->isVisible());
        toggle->click();
        QVERIFY(section->isVisible());
        toggle->click();
        QVERIFY(!section->isVisible());
        // In effect since a date, not for a number of days; an event around the rule just happened.
        QVERIFY2(timeline->accessibleDescription().contains(QStringLiteral("In effect since ") +
                                                            longDate(QDate(2024, 9, 29))),
                 qPrintable(timeline->accessibleDescription()));
        QVERIFY(!timeline->accessibleDescription().contains(QStringLiteral("day(s)")));
        QVERIFY(!timeline->accessibleDescription().contains(QStringLiteral(" days")));
        QVERIFY(timeline->accessibleDescription().contains(QStringLiteral("Already happened")));

        // Germany has only advice for everyone: nothing is folded.
        auto* country = f.page()->findChild<QComboBox*>(QStringLiteral("jurisdiction"));
        country->setCurrentIndex(country->findData(QStringLiteral("DE")));
        QVERIFY(!toggle->isVisible());
        QVERIFY(timeline->isVisible());
        // Lithuania has only a rule for its government: the timeline for everyone is gone, the rule is folded.
        country->setCurrentIndex(country->findData(QStringLiteral("LT")));
        QVERIFY(!timeline->isVisible());
        QVERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Rules for governments and companies (1)"));
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("rulesHeadline"))
                    ->text()
                    .contains(QStringLiteral("the rules bind governments and some organizations")));
    }

    // A catalog without the US rules (a test's, or a trimmed one) still tells an unlisted country the truth.
    void anUnlistedCountryWithoutUsRulesInTheCatalog()
    {
        auto catalog = offramp::CatalogLoader::loadEmbedded();
        std::erase_if(catalog.jurisdictions, [](const offramp::Jurisdiction& j) { return j.code == "US"; });
        std::erase_if(catalog.regulations, [](const offramp::Regulation& r) { return r.jurisdiction == "US"; });
        Fixture f(QStringLiteral("home-windows"), QString(), std::move(catalog));
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RulesPageId));
        const QString headline = f.page()->findChild<QLabel*>(QStringLiteral("rulesHeadline"))->text();
        QVERIFY2(headline.contains(QStringLiteral("Offramp knows of no rule on Kaspersky in your country.")),
                 qPrintable(headline));
        QVERIFY2(!headline.contains(QStringLiteral("US citizens")), qPrintable(headline));
    }

    // The headline counts only the days on which the ban binds (sales on 20 July, updates on 29 September 2024),
    // not its announcement or the events around it (Kaspersky's own exit on 15 July, the UltraAV move on 19
    // September).
    void theBanHeadlineCountsOnlyTheDaysItTakesEffect_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QDate>("named");
        QTest::newRow("before it was announced") << QDate(2024, 6, 19) << "bind governments" << QDate();
        QTest::newRow("announced") << QDate(2024, 6, 20) << "has been decided" << QDate(2024, 7, 20);
        QTest::newRow("the day Kaspersky announced its exit")
            << QDate(2024, 7, 15) << "has been decided" << QDate(2024, 7, 20);
        QTest::newRow("the day before sales end") << QDate(2024, 7, 19) << "has been decided" << QDate(2024, 7, 20);
        QTest::newRow("sales ended") << QDate(2024, 7, 20) << "more of the ban takes effect" << QDate(2024, 9, 29);
        QTest::newRow("the UltraAV move") << QDate(2024, 9, 19) << "more of the ban takes effect" << QDate(2024, 9, 29);
        QTest::newRow("the day before updates end")
            << QDate(2024, 9, 28) << "more of the ban takes effect" << QDate(2024, 9, 29);
        QTest::newRow("updates ended") << QDate(2024, 9, 29) << "may no longer be sold or updated"
                                       << QDate(2024, 9, 29);
        QTest::newRow("today") << QDate(2026, 11, 23) << "may no longer be sold or updated" << QDate(2024, 9, 29);
    }
    void theBanHeadlineCountsOnlyTheDaysItTakesEffect()
    {
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        QFETCH(QDate, named);
        Fixture f(QStringLiteral("home-windows"));
        f.state.setToday(today);
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RulesPageId));
        const QString headline = f.page()->findChild<QLabel*>(QStringLiteral("rulesHeadline"))->text();
        QVERIFY2(headline.contains(expected), qPrintable(headline));
        if (named.isValid()) {
            QVERIFY2(headline.contains(longDate(named)), qPrintable(headline));
        }
        for (const QDate& other : {QDate(2024, 7, 15), QDate(2024, 9, 19), QDate(2024, 6, 24)}) {
            QVERIFY2(!headline.contains(longDate(other)), qPrintable(headline));
        }
    }

    // Kaspersky was replaced by UltraAV without asking: the Scan page says what happened, the Choose page starts
    // on keeping it, and the Check page, the summary and the report name it as the protection kept.
    void ultraAvSwapKeepsUltraAv()
    {
        Fixture f(QStringLiteral("ultraav-swap"));
        f.goNext();
        QVERIFY(f.waitComplete());
        auto* notes = f.page()->findChild<QLabel*>(QStringLiteral("scanNotes"));
        QVERIFY(notes->isVisible());
        for (const char* said : {"UltraAV is not Kaspersky and is not banned", "In September 2024", "without asking",
                                 "use its own uninstaller", "href=\"https://"}) {
            QVERIFY2(notes->text().contains(QLatin1String(said)), said);
        }
        QCOMPARE(f.state.installedAlternatives(), QStringList{QStringLiteral("ultraav")});
        f.goNext();
        f.goNext();
        // Kaspersky is gone already: the Save page does not warn that removing it deletes anything.
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SaveDataPageId));
        QCOMPARE(f.page()->subTitle(),
                 QStringLiteral("Kaspersky is not installed here any more. You can still save what it left behind."));
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::ChoosePageId));
        auto* list = f.page()->findChild<QListWidget*>(QStringLiteral("alternatives"));
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("ultraav"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Keep UltraAV\n(installed now)"));
        QCOMPARE(f.state.chosenAlternative(), QStringLiteral("ultraav"));
        QCOMPARE(f.page()->title(), QStringLiteral("Choose your protection"));
        QVERIFY(f.page()->subTitle().startsWith(QStringLiteral("For most home computers, the protection that comes "
                                                               "with Windows is enough")));
        // The demo computer runs Windows 10, whose support has ended: said here and on the Check page.
        auto* notice = f.page()->findChild<QLabel*>(QStringLiteral("systemNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("Windows 10 on the demo computer “ultraav-swap” no longer gets "
                                                        "security fixes")),
                 qPrintable(notice->text()));
        QVERIFY(notice->text().contains(QStringLiteral("href=\"https://techcommunity.microsoft.com/")));
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(f.waitComplete());
        const QString protection = f.page()->findChild<QLabel*>(QStringLiteral("checkProtection"))->text();
        QVERIFY2(protection.contains(QStringLiteral("<b>Your protection: UltraAV.</b> It was already installed")),
                 qPrintable(protection));
        QVERIFY2(!protection.contains(QStringLiteral("Your new protection")), qPrintable(protection));
        QVERIFY2(!protection.contains(QStringLiteral("takes over")), qPrintable(protection));
        // Below the button that opens Windows Security, so that the button stays in view at 200%.
        const QString checkNotice = f.page()->findChild<QLabel*>(QStringLiteral("checkSystemNotice"))->text();
        QVERIFY2(checkNotice.contains(QStringLiteral("no longer gets security fixes")), qPrintable(checkNotice));
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SummaryPageId));
        bool kept = false;
        for (auto* label : f.page()->findChildren<QLabel*>()) {
            kept = kept || label->text().contains(QStringLiteral("Protection: UltraAV, already installed and kept."));
            QVERIFY2(!label->text().contains(QStringLiteral("New protection")), qPrintable(label->text()));
        }
        QVERIFY(kept);
        // Nothing banned was installed and nothing removed: the summary says so in words, not with zeros.
        const QString summary = f.page()->findChild<QLabel*>(QStringLiteral("summaryText"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Found: no Kaspersky product installed.")) &&
                     summary.contains(QStringLiteral("Removed: nothing.")) && !summary.contains(QStringLiteral(" 0 ")),
                 qPrintable(summary));
        const QString written = report::html(f.state);
        QVERIFY(written.contains(QStringLiteral("Protection, already installed and kept")));
        QVERIFY(!written.contains(QStringLiteral("New protection")));
    }

    // Leaving UltraAV for Windows' own protection: Defender takes over only once UltraAV is gone.
    void ultraAvSwapLeavingUltraAvSaysWhatToDo()
    {
        Fixture f(QStringLiteral("ultraav-swap"));
        for (int i = 0; i < 4; ++i) {
            f.goNext();
        }
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::ChoosePageId));
        auto* list = f.page()->findChild<QListWidget*>(QStringLiteral("alternatives"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("microsoft-defender")) {
                list->setCurrentRow(i);
            }
        }
        QCOMPARE(f.state.chosenAlternative(), QStringLiteral("microsoft-defender"));
        f.goNext();
        f.goNext();
        QVERIFY(f.waitComplete());
        const QString protection = f.page()->findChild<QLabel*>(QStringLiteral("checkProtection"))->text();
        QVERIFY2(protection.contains(QStringLiteral("takes over once UltraAV is removed")), qPrintable(protection));
        QVERIFY2(protection.contains(QStringLiteral("Remove UltraAV with its own uninstaller, and cancel its "
                                                    "subscription")),
                 qPrintable(protection));
        QVERIFY2(!protection.contains(QStringLiteral("once Kaspersky is gone")), qPrintable(protection));
    }

    // Every link to a source reads as the site it leads to, on every page that links sources, never as the word
    // "source"; its full title in the language is its tooltip and is read by screen readers. Two pages of one site
    // are told apart by number.
    void sourceLinksNameTheirSiteAndTellWhatTheyAre()
    {
        Fixture f(QStringLiteral("home-windows"));
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RulesPageId));
        const auto& catalog = f.state.catalog();
        const auto* ban = catalog.regulation("us-commerce-final-determination-2024");
        QLabel* banText = nullptr;
        for (auto* label : f.page()->findChildren<QLabel*>()) {
            if (label->accessibleName() == QString::fromStdString(ban->title.text())) {
                banText = label;
            }
        }
        QVERIFY(banText != nullptr);
        // The Final Determination in the Federal Register, on justia.com: its citation is in its title.
        QVERIFY2(banText->text().contains(
                     QStringLiteral("<a href=\"https://regulations.justia.com/regulations/fedreg/2024/06/24/"
                                    "2024-13532.html\" title=\"")),
                 qPrintable(banText->text()));
        QVERIFY2(banText->text().contains(QStringLiteral(">regulations.justia.com</a>")), qPrintable(banText->text()));
        QVERIFY2(banText->accessibleDescription().contains(QStringLiteral("89 FR 52434")),
                 qPrintable(banText->accessibleDescription()));
        QCOMPARE(linkTitles(banText->text()).size(), int(ban->sources.size()));
        checkSourceLinks(f.page());
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SaveDataPageId));
        checkSourceLinks(f.page());
        // Two pages of Kaspersky's support site beside the passwords.
        bool numbered = false;
        for (auto* label : f.page()->findChildren<QLabel*>()) {
            numbered = numbered || (label->text().contains(QStringLiteral(">support.kaspersky.com (1)</a>")) &&
                                    label->text().contains(QStringLiteral(">support.kaspersky.com (2)</a>")));
        }
        QVERIFY(numbered);

        // The alternatives' facts, and the note on a product that is not banned (UltraAV), likewise.
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::ChoosePageId));
        checkSourceLinks(f.page());
        Fixture swap(QStringLiteral("ultraav-swap"));
        swap.goNext();
        QCOMPARE(swap.wizard->currentId(), int(MigrationWizard::ScanPageId));
        QVERIFY(swap.waitComplete());
        checkSourceLinks(swap.page());
    }

    // From the day Microsoft's support for Windows 10 ended, on Windows 10 only.
    void windows10NoticeFromTheDaySupportEnded()
    {
        WizardState state(offramp::CatalogLoader::loadEmbedded());
        state.setRunsWindows10(true);
        state.setToday(QDate(2025, 10, 13));
        QCOMPARE(windows10Notice(state), QString());
        state.setToday(QDate(2025, 10, 14));
        const QString notice = windows10Notice(state);
        QVERIFY2(notice.contains(QStringLiteral("Microsoft’s support for Windows 10 ended on ") +
                                 longDate(QDate(2025, 10, 14))),
                 qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("until October 2028")));
        // Its source is named by its site, with what it is as the link's title.
        QVERIFY2(notice.contains(QStringLiteral(">techcommunity.microsoft.com</a>")), qPrintable(notice));
        QCOMPARE(linkTitles(notice), QStringList(QString::fromStdString(
                                         state.catalog().source("microsoft-windows-10-end-of-support")->title.text())));
        state.setRunsWindows10(false);
        QCOMPARE(windows10Notice(state), QString());
    }

    void ultraAvSwapHasNothingToRemove()
    {
        Fixture f(QStringLiteral("ultraav-swap"));
        f.goNext();
        f.goNext();
        f.goNext();
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QVERIFY(f.page()->isComplete());
        QVERIFY(f.page()
                    ->findChild<QLabel*>(QStringLiteral("removalStatus"))
                    ->text()
                    .contains(QStringLiteral("nothing to remove")));
        QCOMPARE(f.page()->subTitle(), QStringLiteral("Nothing needs removing."));
        QVERIFY(!f.page()->findChild<QListWidget*>(QStringLiteral("removalPlan"))->isVisible());
        // UltraAV and UltraVPN are installed and kept, not traces; Kaspersky left only leftovers.
        const QString untouched = f.page()->findChild<QLabel*>(QStringLiteral("removalUntouched"))->text();
        QCOMPARE(untouched, QStringLiteral("What is not banned is not removed: UltraAV, UltraVPN. To remove one "
                                           "anyway, use its own uninstaller. Left alone, because only leftovers "
                                           "remain: Unidentified Kaspersky product. Offramp never deletes files, "
                                           "drivers or registry keys by hand; the next page lists what remains. Your "
                                           "documents and other files are never touched."));
    }

    // Beside the pages, the step list marks the current step (bold, an arrow) and the finished ones (a tick), and
    // says the same to a screen reader.
    // offramp.exe travels alone: its version and the licences of what is built into it are in the wizard.
    void aboutShowsTheLicencesOfWhatIsBuiltIn()
    {
        Fixture f(QStringLiteral("home-windows"));
        auto* about = f.page()->findChild<QPushButton*>(QStringLiteral("aboutButton"));
        QVERIFY(about != nullptr && about->isVisible());
        about->click();
        auto* dialog = f.page()->findChild<AboutDialog*>();
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("aboutSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Offramp " OFFRAMP_VERSION "\n")));
        const QString licenses = dialog->findChild<QPlainTextEdit*>(QStringLiteral("licenseText"))->toPlainText();
        QVERIFY(licenses.startsWith(QStringLiteral("Offramp " OFFRAMP_VERSION "\n")));
        QVERIFY(licenses.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE\n                       Version 3")));
        // A section for each component this build links in, with its notice: its own copyright lines.
        const QStringList components = QStringLiteral(OFFRAMP_BUILT_IN_COMPONENTS).split(QLatin1Char('|'));
        QVERIFY(!components.isEmpty());
        for (const QString& component : components) {
            const qsizetype section = licenses.indexOf(QLatin1Char('\n') + component + QStringLiteral("\n(Debian's "));
            QVERIFY2(section > 0, qPrintable(component));
            QVERIFY2(licenses.indexOf(QStringLiteral("Copyright:"), section) > section, qPrintable(component));
        }
        checkAccessibleNames(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([dialog = QPointer<AboutDialog>(dialog)] { return dialog.isNull(); }, 5000));
    }

    void stepListFollowsTheWizard()
    {
        Fixture f(QStringLiteral("home-windows"));
        auto* steps = f.wizard->findChild<StepList*>(QStringLiteral("stepList"));
        QVERIFY(steps != nullptr && steps->isVisible());
        QCOMPARE(steps->count(), 7);
        QCOMPARE(MigrationWizard::stepPages().size(), 7);
        const QStringList names{"Scan", "Rules", "Save", "Choose", "Remove", "Check", "Done"};
        for (int row = 0; row < steps->count(); ++row) {
            QCOMPARE(steps->item(row)->text(), names[row]);
            QCOMPARE(steps->state(row), StepList::State::Upcoming); // the welcome page is before the steps
        }
        QCOMPARE(spokenStep(steps, 0), QStringLiteral("Step 1 of 7, What is on this computer, to do"));
        for (int step = 0; step < 7; ++step) {
            f.goNext();
            if (f.wizard->currentId() == MigrationWizard::RemovePageId) {
                f.page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"))->setChecked(true);
                f.page()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"))->click();
            }
            QCOMPARE(f.wizard->currentId(), MigrationWizard::stepPages()[step]);
            for (int row = 0; row < 7; ++row) {
                const auto expected = row < step    ? StepList::State::Finished
                                      : row == step ? StepList::State::Current
                                                    : StepList::State::Upcoming;
                QCOMPARE(steps->state(row), expected);
                QCOMPARE(steps->item(row)->font().bold(), row == step);
                if (row < step) {
                    QVERIFY(showsIcon(steps->item(row)->icon(), StateIcon::Done, steps));
                }
            }
            QVERIFY(showsIcon(steps->item(step)->icon(), StateIcon::Current, steps));
            QVERIFY(spokenStep(steps, step).endsWith(QStringLiteral(", current")));
            QVERIFY(steps->accessibleDescription() == spokenStep(steps, step));
            if (step == 2) {
                QCOMPARE(spokenStep(steps, 2), QStringLiteral("Step 3 of 7, Save your data, current"));
                QCOMPARE(spokenStep(steps, 1), QStringLiteral("Step 2 of 7, What the rules say, finished"));
                QCOMPARE(spokenStep(steps, 3), QStringLiteral("Step 4 of 7, Choose your new protection, to do"));
            }
        }
        QCOMPARE(spokenStep(steps, 6), QStringLiteral("Step 7 of 7, Summary, current"));

        // Going back makes the step current again, and the steps after it to do.
        f.wizard->back();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QCOMPARE(steps->state(5), StepList::State::Current);
        QCOMPARE(steps->state(6), StepList::State::Upcoming);

        // With nothing found, the steps between the scan and the check are marked as not needed.
        Fixture clean(QStringLiteral("clean-linux"));
        clean.goNext();
        clean.goNext();
        QCOMPARE(clean.wizard->currentId(), int(MigrationWizard::CheckPageId));
        auto* cleanSteps = clean.wizard->findChild<StepList*>(QStringLiteral("stepList"));
        QCOMPARE(cleanSteps->state(0), StepList::State::Finished);
        for (int row = 1; row <= 4; ++row) {
            QCOMPARE(cleanSteps->state(row), StepList::State::Skipped);
            QVERIFY(showsIcon(cleanSteps->item(row)->icon(), StateIcon::Skipped, cleanSteps));
            QVERIFY(spokenStep(cleanSteps, row).endsWith(QStringLiteral(", not needed")));
        }
        QCOMPARE(cleanSteps->state(5), StepList::State::Current);
    }

    // Opened again after a restart, at the check: the steps before it were done before the restart.
    void stepListAfterARestart()
    {
        WizardState state(offramp::CatalogLoader::loadEmbedded());
        state.setDemoName(QStringLiteral("home-windows"));
        MigrationWizard wizard(&state);
        wizard.setStartId(MigrationWizard::CheckPageId);
        wizard.show();
        auto* steps = wizard.findChild<StepList*>(QStringLiteral("stepList"));
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(steps->state(row), StepList::State::Finished);
        }
        QCOMPARE(steps->state(5), StepList::State::Current);
        QVERIFY(QTest::qWaitFor([&wizard] { return wizard.currentPage()->isComplete(); }, 10000));
        QThreadPool::globalInstance()->waitForDone(10000);
    }

    // A removal cannot be undone: Back is off while it runs and after it finished. Remove now is the page's
    // default button until then.
    void backIsOffDuringAndAfterTheRemoval()
    {
        Fixture f(QStringLiteral("office-linux"));
        for (int i = 0; i < 5; ++i) {
            f.goNext();
        }
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QAbstractButton* back = f.wizard->button(QWizard::BackButton);
        auto* start = f.page()->findChild<QPushButton*>(QStringLiteral("startRemoval"));
        auto* consent = f.page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"));
        QVERIFY(back->isVisible() && back->isEnabled());
        QVERIFY(start->isDefault());
        QVERIFY(start->font().bold());
        QVERIFY(start->height() > f.next()->height());
        consent->setChecked(true);
        QVERIFY(start->isDefault());
        QVERIFY(back->isEnabled());
        start->click();
        QVERIFY(!back->isEnabled());
        // QWizard turns Back on again whenever a page says it may be complete: it stays off.
        emit f.page()->completeChanged();
        QVERIFY(!back->isEnabled());
        QVERIFY(f.waitComplete());
        QVERIFY(!back->isEnabled());
        emit f.page()->completeChanged();
        QVERIFY(!back->isEnabled());
        QVERIFY(f.next()->isEnabled());
        QVERIFY(qobject_cast<QPushButton*>(f.next())->isDefault());
        // From the check one may look back at what was done, but not go back past it.
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::CheckPageId));
        QVERIFY(back->isEnabled());
        back->click();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QVERIFY(!back->isEnabled());

        // Nothing to remove is no removal: Back stays on.
        Fixture swap(QStringLiteral("ultraav-swap"));
        for (int i = 0; i < 5; ++i) {
            swap.goNext();
        }
        QCOMPARE(swap.wizard->currentId(), int(MigrationWizard::RemovePageId));
        QVERIFY(swap.page()->isComplete());
        QVERIFY(swap.wizard->button(QWizard::BackButton)->isEnabled());
    }

    // Every state the wizard shows has an icon beside its words: found on the scan, saved or not on the save
    // cards, removed in the plan, and what the check found.
    void statesHaveIcons()
    {
        Fixture f(QStringLiteral("home-windows"));
        f.goNext();
        QVERIFY(f.waitComplete());
        auto* results = f.page()->findChild<QTreeWidget*>(QStringLiteral("scanResults"));
        for (int row = 0; row < results->topLevelItemCount(); ++row) {
            QTreeWidgetItem* item = results->topLevelItem(row);
            const bool installed = item->text(1) == QStringLiteral("Installed");
            QVERIFY2(showsIcon(item->icon(1), installed ? StateIcon::Attention : StateIcon::Information, results),
                     qPrintable(item->text(1)));
        }
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::SaveDataPageId));
        const QString key = QStringLiteral("kaspersky-password-manager/password-vault/passwords");
        auto* standing = f.page()->findChild<StateLabel*>(QStringLiteral("savedState:") + key + QStringLiteral("Row"));
        QVERIFY(standing != nullptr && standing->isVisible());
        auto* icon = standing->findChild<QLabel*>(QStringLiteral("savedState:") + key + QStringLiteral("Icon"));
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(standing->icon(), StateIcon::Attention);
        QCOMPARE(standing->textLabel()->text(), QStringLiteral("Not saved yet"));
        f.page()->findChild<QCheckBox*>(QStringLiteral("saved:") + key)->setChecked(true);
        QCOMPARE(standing->icon(), StateIcon::Done);
        QCOMPARE(standing->textLabel()->text(), QStringLiteral("Saved, or not needed"));
        f.goNext();
        f.goNext();
        QCOMPARE(f.wizard->currentId(), int(MigrationWizard::RemovePageId));
        f.page()->findChild<QCheckBox*>(QStringLiteral("removalConsent"))->setChecked(true);
        f.page()->findChild<QAbstractButton*>(QStringLiteral("startRemoval"))->click();
        QVERIFY(f.waitComplete());
        auto* plan = f.page()->findChild<QListWidget*>(QStringLiteral("removalPlan"));
        for (int row = 0; row < plan->count(); ++row) {
            QVERIFY2(showsIcon(plan->item(row)->icon(), StateIcon::Done, plan), qPrintable(plan->item(row)->text()));
        }
        f.goNext();
        QVERIFY(f.waitComplete());
        auto* result = f.page()->findChild<StateLabel*>(QStringLiteral("checkResultRow"));
        QVERIFY(result->textLabel()->text().contains(QStringLiteral("No Kaspersky product is left")));
        QCOMPARE(result->icon(), StateIcon::Done);
        QVERIFY(!f.page()->findChild<QLabel*>(QStringLiteral("checkResultIcon"))->pixmap().isNull());
    }

    void screenshotTourSavesEveryPage()
    {
        Fixture f(QStringLiteral("home-mac"));
        QTemporaryDir dir;
        ScreenshotTour tour(f.wizard.get(), dir.path());
        QVERIFY2(tour.run(), qPrintable(tour.error()));
        const QStringList expected{"01-welcome.png", "02-scan.png",   "03-rules.png", "04-save-data.png",
                                   "05-choose.png",  "06-remove.png", "07-check.png", "08-summary.png"};
        QCOMPARE(tour.saved().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY(tour.saved()[i].endsWith(expected[i]));
            const QImage image(tour.saved()[i]);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 500);
        }
        // The tour ends on the Summary with XProtect chosen: it has no switch, so nothing tells the person to turn
        // it on.
        const QString toDo =
            f.wizard->page(MigrationWizard::SummaryPageId)->findChild<QLabel*>(QStringLiteral("whatToDoNow"))->text();
        QVERIFY2(toDo.contains(QStringLiteral("Nothing to install or turn on: Apple XProtect comes with macOS")) &&
                     !toDo.contains(QStringLiteral("is turned on")),
                 qPrintable(toDo));
        // The Check page says the same, not "check that it is turned on".
        const QString protection =
            f.wizard->page(MigrationWizard::CheckPageId)->findChild<QLabel*>(QStringLiteral("checkProtection"))->text();
        QVERIFY2(
            protection.contains(QStringLiteral("<b>Your new protection: Apple XProtect.</b> It comes with macOS")) &&
                protection.contains(QStringLiteral("nothing to install or turn on")) &&
                !protection.contains(QStringLiteral("turned on")),
            qPrintable(protection));
        // Nor is there a button to settings with nothing in them to look at, on either page.
        for (const int id : {int(MigrationWizard::CheckPageId), int(MigrationWizard::SummaryPageId)}) {
            QVERIFY(f.wizard->page(id)->findChild<QPushButton*>(QStringLiteral("openSecuritySettings"))->isHidden());
        }
    }
};

OFFRAMP_TEST_MAIN(TestWizardFlow)
#include "tst_wizard_flow.moc"
