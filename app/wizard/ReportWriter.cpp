// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ReportWriter.h"

#include "engine/Catalog.h"
#include "engine/Finding.h"
#include "engine/RuleExplainer.h"
#include "wizard/EvidenceText.h"
#include "wizard/TextHelpers.h"
#include "wizard/TimelineWidget.h"
#include "wizard/WhatToDoNow.h"
#include "wizard/WizardState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace report {

namespace {

QString findingLine(const offramp::Finding& finding, const QString& language)
{
    QString line = localizedText(finding.product->name, language);
    if (!finding.version.empty()) {
        line += QLatin1Char(' ') + toQString(finding.version);
    }
    line += QStringLiteral(" — ") + (finding.state == offramp::FindingState::Installed
                                         ? QCoreApplication::translate("report", "installed")
                                         : QCoreApplication::translate("report", "leftovers only"));
    return line;
}

// A saved item ("product/component/data", as the Save page records it) as people read it:
// "Kaspersky Password Manager: Passwords and notes".
QString savedLine(const offramp::Catalog& catalog, const QString& item, const QString& language)
{
    const QStringList ids = item.split(QLatin1Char('/'));
    const auto* product = ids.size() == 3 ? catalog.product(ids[0].toStdString()) : nullptr;
    if (product == nullptr) {
        return item;
    }
    for (const auto& component : product->components) {
        for (const auto& risk : component.dataAtRisk) {
            if (toQString(component.id) == ids[1] && toQString(risk.id) == ids[2]) {
                return QStringLiteral("%1: %2").arg(localizedText(product->name, language),
                                                    localizedText(risk.what, language));
            }
        }
    }
    return item;
}

// A heading over a list of plain lines, or over the one line that says the list is empty.
QString listSection(const QString& heading, const QStringList& items, const QString& whenEmpty)
{
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(escaped(heading));
    for (const auto& item : items.isEmpty() ? QStringList{whenEmpty} : items) {
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    }
    return html + QStringLiteral("</ul>");
}

// The rules of the person's country as they stand on the report's day: each rule, whom it binds, and where each
// of its steps stands, worded as on the Rules page.
QString rulesSection(const WizardState& state)
{
    const QString language = state.language();
    const auto& catalog = state.catalog();
    const auto* jurisdiction = catalog.jurisdiction(state.jurisdiction().toStdString());
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("report", "Rules that apply")));
    const auto rules = jurisdiction != nullptr ? offramp::explainRules(catalog, *jurisdiction, toDate(state.today()))
                                               : std::vector<offramp::ExplainedRule>{};
    if (rules.empty()) {
        const QString country = jurisdiction != nullptr ? localizedText(jurisdiction->name, language) : QString();
        return html +
               QStringLiteral("<p>%1</p>")
                   .arg(escaped(
                       country.isEmpty()
                           ? QCoreApplication::translate("report", "Offramp knows of no rule on Kaspersky in the "
                                                                   "country chosen.")
                           : QCoreApplication::translate("report", "Offramp knows of no rule on Kaspersky in %1.")
                                 .arg(country)));
    }
    html += QStringLiteral("<p>%1</p><ul>")
                .arg(escaped(QCoreApplication::translate("report", "In %1, on %2:")
                                 .arg(localizedText(jurisdiction->name, language), longDate(state.today()))));
    for (const auto& rule : rules) {
        html += QStringLiteral("<li><b>%1</b><br>%2<ul>")
                    .arg(escaped(localizedText(rule.rule->title, language)),
                         escaped(QCoreApplication::translate("report", "Who it binds: %1")
                                     .arg(localizedText(rule.rule->binds, language))));
        for (const auto& step : rule.steps) {
            const TimelineWidget::Step shown{
                toQDate(step.step->date), {},       {}, step.status == offramp::StepStatus::InEffect,
                step.step->takesEffect,   step.days};
            html += QStringLiteral("<li>%1: %2 <i>(%3)</i></li>")
                        .arg(escaped(longDate(shown.date)), escaped(localizedText(step.step->what, language)),
                             escaped(TimelineWidget::statusText(shown)));
        }
        html += QStringLiteral("</ul></li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString supportCode(const WizardState& state)
{
    // Crockford's base 32 without I, L, O and U, so that it reads well over the phone.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(state.today().toString(Qt::ISODate).toUtf8());
    hash.addData(state.machineDescription().toUtf8());
    for (const auto& finding : state.findings()) {
        hash.addData(QByteArray::fromStdString(finding.product->id + "|" + finding.version + "|" + finding.user));
    }
    hash.addData(state.removedProducts().join(QLatin1Char(',')).toUtf8());
    hash.addData(state.chosenAlternative().toUtf8());
    const QByteArray digest = hash.result();
    QString code = QStringLiteral("OFR-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(alphabet[static_cast<unsigned char>(digest[i]) % 32]);
    }
    return code;
}

QString html(const WizardState& state)
{
    const QString language = state.language();
    const auto& catalog = state.catalog();
    QString body;
    body += QStringLiteral("<h1>%1</h1>").arg(escaped(QCoreApplication::translate("report", "Offramp report")));
    body += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(escaped(QCoreApplication::translate("report", "Date: %1").arg(longDate(state.today()))),
                     escaped(QCoreApplication::translate("report", "Computer: %1").arg(state.machineDescription())),
                     escaped(QCoreApplication::translate("report", "Support code: %1").arg(supportCode(state))));

    body += QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("report", "What was found")));
    if (state.findings().empty()) {
        body +=
            QStringLiteral("<p>%1</p>").arg(escaped(QCoreApplication::translate("report", "No Kaspersky product.")));
    } else {
        body += QStringLiteral("<ul>");
        for (const auto& finding : state.findings()) {
            body += QStringLiteral("<li>%1<ul>").arg(escaped(findingLine(finding, language)));
            for (const auto& evidence : finding.evidence) {
                // Where it was seen, unless the description already names it (a folder, a registry key).
                QString line = describeEvidence(evidence.fact);
                if (evidence.where != evidence.fact.name) {
                    line += QStringLiteral(" — ") + toQString(evidence.where);
                }
                body += QStringLiteral("<li><small>%1</small></li>").arg(escaped(line));
            }
            body += QStringLiteral("</ul></li>");
        }
        body += QStringLiteral("</ul>");
    }

    QStringList saved;
    for (const auto& item : state.savedItems()) {
        saved << savedLine(catalog, item, language);
    }
    saved.sort();
    body += listSection(QCoreApplication::translate("report", "What you marked as saved, or not needed"), saved,
                        QCoreApplication::translate("report", "Nothing was marked."));

    QStringList removed;
    for (const auto& id : state.removedProducts()) {
        const auto* product = catalog.product(id.toStdString());
        const QString name = product ? localizedText(product->name, language) : id;
        removed << (state.isDemo()
                        ? QCoreApplication::translate("report", "%1 removed (simulated on a demo computer)").arg(name)
                        : QCoreApplication::translate("report", "%1 removed").arg(name));
    }
    body += listSection(QCoreApplication::translate("report", "What was done"), removed,
                        QCoreApplication::translate("report", "Nothing was removed."));

    if (state.protectionChecked()) {
        body += listSection(QCoreApplication::translate("report", "Antivirus found by the check"),
                            state.installedProtection(),
                            QCoreApplication::translate("report", "None that Offramp recognises."));
    } else if (state.chosenAlternative().isEmpty() && !WhatToDoNow::protectionLeft(state).isEmpty()) {
        // No removal and no check (no Kaspersky here): what the scan found protecting the computer.
        body += listSection(QCoreApplication::translate("report", "Antivirus found by the scan"),
                            WhatToDoNow::protectionLeft(state), {});
    }
    if (const auto* chosen = catalog.alternative(state.chosenAlternative().toStdString())) {
        const bool kept = state.keepsInstalledAlternative();
        body += QStringLiteral("<h2>%1</h2><p>%2 — <a href=\"%3\">%3</a></p>")
                    .arg(escaped(kept ? QCoreApplication::translate("report", "Protection, already installed and kept")
                                      : QCoreApplication::translate("report", "New protection")),
                         escaped(localizedText(chosen->name, language)), escaped(toQString(chosen->website)));
    }
    // What Offramp found and did not remove: leftovers, or a product the person kept.
    QStringList left;
    for (const auto& finding : state.findings()) {
        if (!state.removedProducts().contains(toQString(finding.product->id))) {
            left << findingLine(finding, language);
        }
    }
    if (!state.findings().empty()) {
        body += listSection(QCoreApplication::translate("report", "Not removed"), left,
                            QCoreApplication::translate("report", "Everything that was found was removed."));
    }
    body += rulesSection(state);
    body += listSection(QCoreApplication::translate("report", "What to do now"),
                        WhatToDoNow::steps(state, WhatToDoNow::Where::Report), {});
    body += QStringLiteral("<p><small>%1</small></p>")
                .arg(escaped(QCoreApplication::translate(
                    "report", "Made by Offramp on this computer; nothing was sent anywhere.")));
    return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>"
                          "<body>%3</body></html>")
        .arg(escaped(language.left(2)), escaped(QCoreApplication::translate("report", "Offramp report")), body);
}

bool writeHtml(const WizardState& state, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(html(state).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool writePdf(const WizardState& state, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QCoreApplication::translate("report", "Offramp report"));
        writer.setCreator(QStringLiteral("Offramp"));
        QTextDocument document;
        document.setHtml(html(state));
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace report
