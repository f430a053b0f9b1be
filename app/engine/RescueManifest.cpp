// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RescueManifest.h"

#include "engine/EnumNames.h"
#include "engine/JsonNode.h"
#include "engine/utils/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace offramp {

namespace {

constexpr EnumNames<RescueSkipCause, 5> kSkipCauses{{
    {RescueSkipCause::Unreadable, "unreadable"},
    {RescueSkipCause::SymbolicLink, "symbolic-link"},
    {RescueSkipCause::OutsideRoot, "outside-root"},
    {RescueSkipCause::FolderIncomplete, "folder-incomplete"},
    {RescueSkipCause::NameNotKept, "name-not-kept"},
}};

std::uint64_t size(const JsonNode& node)
{
    if (!node.value().is_number_unsigned()) {
        node.fail("expected a size in bytes (a whole number, 0 or more)");
    }
    return node.value().get<std::uint64_t>();
}

std::string bundlePath(const JsonNode& node, std::set<std::string, std::less<>>& seen)
{
    auto path = node.string();
    if (!isSafeBundlePath(path)) {
        node.fail("\"" + path + "\" is not a path inside the bundle");
    }
    if (!seen.insert(path).second) {
        node.fail("\"" + path + "\" is listed twice");
    }
    return path;
}

std::string sha256(const JsonNode& node)
{
    auto text = node.string();
    if (!isSha256Hex(text)) {
        node.fail("\"" + text + "\" is not a SHA-256 (64 lower-case hex digits)");
    }
    return text;
}

std::string optionalString(const JsonNode& node, std::string_view key)
{
    const auto member = node.find(key);
    return member ? member->string(true) : std::string();
}

} // namespace

std::string_view rescueSkipCauseId(RescueSkipCause cause)
{
    return enumName(kSkipCauses, cause);
}

nlohmann::json rescueManifestToJson(const RescueManifest& manifest)
{
    auto files = nlohmann::json::array();
    for (const auto& file : manifest.files) {
        nlohmann::json item{{"path", file.path},     {"source", file.source},     {"size", file.size},
                            {"sha256", file.sha256}, {"product", file.product},   {"data", file.data},
                            {"what", file.what},     {"use_later", file.useLater}};
        if (file.fromEarlierRun) {
            item["from_earlier_run"] = true;
        }
        files.push_back(std::move(item));
    }
    auto records = nlohmann::json::array();
    for (const auto& record : manifest.records) {
        records.push_back(
            {{"path", record.path}, {"size", record.size}, {"sha256", record.sha256}, {"what", record.what}});
    }
    auto skipped = nlohmann::json::array();
    for (const auto& item : manifest.skipped) {
        skipped.push_back({{"source", item.source}, {"reason", item.reason}, {"cause", rescueSkipCauseId(item.cause)}});
    }
    auto byHand = nlohmann::json::array();
    for (const auto& item : manifest.byHand) {
        byHand.push_back({{"product", item.product},
                          {"data", item.data},
                          {"what", item.what},
                          {"how_to_save", item.howToSave},
                          {"if_skipped", item.ifSkipped}});
    }
    return {{"schema_version", kRescueSchemaVersion},
            {"kind", "offramp-rescue-manifest"},
            {"tool", "offramp-cli"},
            {"tool_version", OFFRAMP_VERSION},
            {"platform", platformId(manifest.platform)},
            {"root", manifest.root},
            {"host", manifest.host},
            {"files", std::move(files)},
            {"records", std::move(records)},
            {"skipped", std::move(skipped)},
            {"by_hand", std::move(byHand)}};
}

RescueManifest rescueManifestFromText(std::string_view text)
{
    const JsonNode::FailHandler fail = [](const std::string& pointer, const std::string& reason) {
        throw RescueManifestError(pointer.empty() ? reason : "at " + pointer + ": " + reason);
    };
    const nlohmann::json document = parseJsonText(text, fail);
    const JsonNode root(document, fail);
    if (!document.is_object()) {
        root.fail("expected a JSON object");
    }
    if (root.at("kind").string() != "offramp-rescue-manifest") {
        root.at("kind").fail("this is not an Offramp rescue manifest");
    }
    root.requireSchemaVersion(kRescueSchemaVersion);
    RescueManifest manifest;
    const auto platform = platformFromId(root.at("platform").string());
    if (!platform) {
        root.at("platform").fail("not a platform (linux, macos or windows)");
    }
    manifest.platform = *platform;
    manifest.root = optionalString(root, "root");
    manifest.host = optionalString(root, "host");
    std::set<std::string, std::less<>> seen;
    for (const auto& item : root.at("files").array(true)) {
        RescuedFile file;
        file.path = bundlePath(item.at("path"), seen);
        file.source = optionalString(item, "source");
        file.size = size(item.at("size"));
        file.sha256 = sha256(item.at("sha256"));
        file.product = optionalString(item, "product");
        file.data = optionalString(item, "data");
        file.what = optionalString(item, "what");
        file.useLater = optionalString(item, "use_later");
        if (const auto earlier = item.find("from_earlier_run")) {
            file.fromEarlierRun = earlier->boolean();
        }
        manifest.files.push_back(std::move(file));
    }
    if (const auto records = root.find("records")) {
        for (const auto& item : records->array(true)) {
            manifest.records.push_back({bundlePath(item.at("path"), seen), size(item.at("size")),
                                        sha256(item.at("sha256")), optionalString(item, "what")});
        }
    }
    if (const auto skipped = root.find("skipped")) {
        for (const auto& item : skipped->array(true)) {
            RescueSkipped entry{optionalString(item, "source"), optionalString(item, "reason")};
            // Manifests from before causes were recorded have none: their reason still tells.
            if (const auto causeNode = item.find("cause")) {
                const auto cause = enumFromName(kSkipCauses, causeNode->string());
                if (!cause) {
                    causeNode->fail("unknown cause \"" + causeNode->string() + "\"");
                }
                entry.cause = *cause;
            }
            manifest.skipped.push_back(std::move(entry));
        }
    }
    if (const auto byHand = root.find("by_hand")) {
        for (const auto& item : byHand->array(true)) {
            manifest.byHand.push_back({optionalString(item, "product"), optionalString(item, "data"),
                                       optionalString(item, "what"), optionalString(item, "how_to_save"),
                                       optionalString(item, "if_skipped")});
        }
    }
    return manifest;
}

bool isSha256Hex(std::string_view text)
{
    return text.size() == 64 &&
           std::ranges::all_of(text, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool isSafeBundlePath(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.back() == '/') {
        return false;
    }
    // A backslash is a separator on Windows, so it could climb out; a colon in the first component could name a
    // drive there. Further in, a colon is an ordinary character of Linux and macOS file names.
    if (std::ranges::any_of(path, [](char c) { return c == '\\' || static_cast<unsigned char>(c) < 0x20U; })) {
        return false;
    }
    if (path.substr(0, path.find('/')).find(':') != std::string_view::npos) {
        return false;
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) {
            end = path.size();
        }
        const std::string_view part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") {
            return false;
        }
        start = end + 1;
    }
    return true;
}

std::string rescueBundlePath(std::string_view machinePath)
{
    std::string path(kRescueFilesFolder);
    if (!machinePath.starts_with('/')) {
        path += '/';
    }
    path += machinePath;
    return path;
}

std::string rescueTemporaryName(std::string_view fileName, std::uint64_t random)
{
    std::array<char, 17> digits{};
    static constexpr std::string_view hex = "0123456789abcdef";
    for (std::size_t i = 0; i < 16; ++i) {
        digits[i] = hex[(random >> (60 - 4 * i)) & 15U];
    }
    return "." + std::string(utils::utf8Prefix(fileName, 64)) + ".offramp-tmp-" + digits.data();
}

bool isRescueTemporaryName(std::string_view fileName)
{
    constexpr std::string_view marker = ".offramp-tmp-";
    if (!fileName.starts_with('.') || fileName.size() < 1 + marker.size() + 16) {
        return false;
    }
    const std::string_view tail = fileName.substr(fileName.size() - 16);
    const bool hexTail =
        std::ranges::all_of(tail, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    return hexTail && fileName.substr(fileName.size() - 16 - marker.size(), marker.size()) == marker;
}

} // namespace offramp
