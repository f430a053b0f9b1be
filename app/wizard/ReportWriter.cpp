// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "Catalog.h"
#include "EvidenceText.h"
#include "Finding.h"
#include "TextHelpers.h"
#include "WizardState.h"

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
    body += listSection(QCoreApplication::translate("report", "What was saved"), saved,
                        QCoreApplication::translate("report", "Nothing was marked as saved."));

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
    }
    if (const auto* chosen = catalog.alternative(state.chosenAlternative().toStdString())) {
        const bool kept = state.keepsInstalledAlternative();
        body += QStringLiteral("<h2>%1</h2><p>%2 — <a href=\"%3\">%3</a></p>")
                    .arg(escaped(kept ? QCoreApplication::translate("report", "Protection, already installed and kept")
                                      : QCoreApplication::translate("report", "New protection")),
                         escaped(localizedText(chosen->name, language)), escaped(toQString(chosen->website)));
    }
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
