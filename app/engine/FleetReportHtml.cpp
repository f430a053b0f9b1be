// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ByteCount.h"
#include "engine/FleetReportWriters.h"

#include <set>

namespace offramp {

namespace {

std::string escaped(std::string_view text)
{
    std::string html;
    html.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            html += "&amp;";
            break;
        case '<':
            html += "&lt;";
            break;
        case '>':
            html += "&gt;";
            break;
        case '"':
            html += "&quot;";
            break;
        case '\'':
            html += "&#39;";
            break;
        default:
            html += c;
        }
    }
    return html;
}

std::string stateText(const std::string& state)
{
    if (state == "installed") {
        return "Installed";
    }
    if (state == "leftovers") {
        return "Leftovers only";
    }
    if (state == "nothing-found") {
        return "Nothing found";
    }
    if (state == "not-scanned") {
        return "Not in a scan";
    }
    if (state == "unreachable") {
        return "Unreachable";
    }
    if (state == "failed") {
        return "Failed";
    }
    return state;
}

std::string removalText(const std::string& removal)
{
    if (removal == "removed") {
        return "Removed";
    }
    if (removal == "restart-needed") {
        return "Removed; a restart finishes it";
    }
    if (removal == "failed") {
        return "Failed";
    }
    if (removal == "interrupted") {
        return "Interrupted";
    }
    if (removal == "not-finished") {
        return "Not finished";
    }
    if (removal == "manual") {
        return "To remove by hand";
    }
    return removal.empty() ? "\u2014" : removal;
}

std::string count(std::size_t number, const char* one, const char* many)
{
    return std::to_string(number) + ' ' + (number == 1 ? one : many);
}

std::string savedText(const FleetRow& row)
{
    if (!row.rescued) {
        return "\u2014";
    }
    std::string text = row.savedFiles == 0
                           ? "Nothing to copy"
                           : count(row.savedFiles, "file", "files") + " (" + byteCount(row.savedBytes) + ")";
    if (row.byHand > 0) {
        text += "; " + count(row.byHand, "item", "items") + " to save by hand";
    }
    return text;
}

bool stillBannedInstalled(const FleetRow& row)
{
    return row.banned && row.state == "installed" && row.removal != "removed" && row.removal != "restart-needed";
}

constexpr const char* kStyle = "body{font-family:sans-serif;margin:2em;color:#222}"
                               "table{border-collapse:collapse;width:100%}"
                               "th,td{border:1px solid #bbb;padding:.35em .6em;text-align:left;vertical-align:top}"
                               "th{background:#eee}"
                               ".bad{background:#fde2e1}.warn{background:#fff4d6}.good{background:#e3f5e1}"
                               ".small{font-size:.85em;color:#555}";

} // namespace

std::string fleetReportToHtml(const FleetReport& report, const std::string& generatedAt)
{
    std::set<std::string> hosts;
    std::set<std::string> bannedHosts;
    std::set<std::string> unreached;
    for (const auto& row : report.rows) {
        hosts.insert(row.host);
        if (stillBannedInstalled(row)) {
            bannedHosts.insert(row.host);
        }
        if (row.state == "unreachable" || row.state == "failed") {
            unreached.insert(row.host);
        }
    }
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\">\n<title>Offramp fleet report</title>\n<style>";
    html += kStyle;
    html += "</style>\n</head>\n<body>\n<h1>Offramp fleet report</h1>\n<p class=\"small\">Made " +
            escaped(generatedAt) + " by offramp-cli " OFFRAMP_VERSION " from " +
            count(report.inputs + report.unreadable.size(), "file", "files") + ".</p>\n<ul>\n";
    html += "<li>" + count(hosts.size(), "computer", "computers") + "</li>\n";
    html +=
        "<li>" + count(bannedHosts.size(), "computer", "computers") + " with a banned product still installed</li>\n";
    html += "<li>" + count(unreached.size(), "computer", "computers") + " unreachable or failed</li>\n";
    if (!report.unreadable.empty()) {
        html += "<li>" + count(report.unreadable.size(), "file", "files") + " could not be read (listed below)</li>\n";
    }
    html += "</ul>\n<table>\n<thead><tr><th>Computer</th><th>Product</th><th>Version</th><th>State</th>"
            "<th>Removal</th><th>Saved</th><th>Note</th></tr></thead>\n<tbody>\n";
    for (const auto& row : report.rows) {
        const char* mark =
            stillBannedInstalled(row) || row.removal == "failed" || row.state == "unreachable" || row.state == "failed"
                ? " class=\"bad\""
            : row.removal == "removed" || row.state == "nothing-found" ? " class=\"good\""
            : row.banned                                               ? " class=\"warn\""
                                                                       : "";
        std::string product = escaped(row.product);
        if (!row.user.empty()) {
            product += " <span class=\"small\">(user " + escaped(row.user) + ")</span>";
        }
        if (row.banned) {
            product += " <span class=\"small\">banned</span>";
        }
        html += "<tr" + std::string(mark) + "><td>" +
                (row.host.empty() ? std::string("<em>not recorded</em>") : escaped(row.host)) + "</td><td>" + product +
                "</td><td>" + escaped(row.version) + "</td><td>" + escaped(stateText(row.state)) + "</td><td>" +
                escaped(removalText(row.removal)) + "</td><td>" + escaped(savedText(row)) + "</td><td>" +
                escaped(row.note) + "</td></tr>\n";
    }
    html += "</tbody>\n</table>\n";
    if (!report.unreadable.empty()) {
        html += "<h2>Files that could not be read</h2>\n<ul>\n";
        for (const auto& input : report.unreadable) {
            html += "<li><code>" + escaped(input.file) + "</code>: " + escaped(input.reason) + "</li>\n";
        }
        html += "</ul>\n";
    }
    html += "</body>\n</html>\n";
    return html;
}

} // namespace offramp
