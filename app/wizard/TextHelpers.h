// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_WIZARD_TEXTHELPERS_H
#define OFFRAMP_WIZARD_TEXTHELPERS_H

#include "engine/Catalog.h"
#include "engine/Date.h"
#include "engine/LocalizedText.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

// Small conversions between engine values and what the widgets show.
inline QString toQString(const std::string& text)
{
    return QString::fromStdString(text);
}

// Paths through UTF-16, never the ANSI code page that std::string paths would use on Windows.
inline std::filesystem::path toPath(const QString& path)
{
    return {path.toStdU16String()};
}

// A path as a person reads it ("C:\Users\Zoë\rescue" on Windows).
inline QString fromPath(const std::filesystem::path& path)
{
    return QDir::toNativeSeparators(QString::fromStdU16String(path.u16string()));
}

inline QString localizedText(const offramp::LocalizedText& text, const QString& language)
{
    return QString::fromStdString(text.text(language.toStdString()));
}

inline QDate toQDate(const offramp::Date& date)
{
    return {date.year, static_cast<int>(date.month), static_cast<int>(date.day)};
}

inline offramp::Date toDate(const QDate& date)
{
    return {date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())};
}

// A date as people of this language write it ("September 29, 2024", "29 de septiembre de 2024"),
// without the day of the week.
inline QString longDate(const QDate& date)
{
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd, ")).remove(QStringLiteral("dddd "));
    return QLocale().toString(date, format);
}

// Text for a rich-text label, with the characters that would be read as markup escaped.
inline QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// A web address as a link's short text: its site ("support.microsoft.com", "clamav.net"), which a person can
// read and check against the browser's address bar, instead of the whole address.
inline QString siteName(const QString& url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(QStringLiteral("www."))) {
        host.remove(0, 4);
    }
    return host.isEmpty() ? url : host;
}

// Links to the catalog's sources, for a rich-text label shown with setTextWithLinkTitles: each named by its site
// ("justia.com", "support.kaspersky.com"), which is short enough for a line at 200 % and which a person can check
// against the browser's address bar, with the source's full title in the language as the link's title (a tooltip,
// and what screen readers read). Two pages of one site are told apart by number: "bis.gov (1), bis.gov (2)".
inline QString sourceLinks(const offramp::Catalog& catalog, const std::vector<std::string>& ids,
                           const QString& language)
{
    std::vector<const offramp::Source*> sources;
    for (const auto& id : ids) {
        if (const auto* source = catalog.source(id)) {
            sources.push_back(source);
        }
    }
    const auto site = [](const offramp::Source* source) { return siteName(toQString(source->url)); };
    QHash<QString, int> seen;
    QStringList links;
    for (const auto* source : sources) {
        QString label = site(source);
        const int number = ++seen[label];
        if (std::ranges::count_if(sources, [&](const auto* other) { return site(other) == label; }) > 1) {
            label = QStringLiteral("%1 (%2)").arg(label).arg(number);
        }
        links << QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>")
                     .arg(escaped(toQString(source->url)), escaped(localizedText(source->title, language)),
                          escaped(label));
    }
    return links.join(QStringLiteral(", "));
}

#endif
