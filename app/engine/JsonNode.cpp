// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/JsonNode.h"

#include <algorithm>
#include <map>
#include <utility>

namespace offramp {

namespace {

std::string escapePointerToken(std::string_view token)
{
    std::string escaped;
    for (const char c : token) {
        if (c == '~') {
            escaped += "~0";
        } else if (c == '/') {
            escaped += "~1";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

std::string_view typeName(const nlohmann::json& value)
{
    return value.type_name();
}

bool isLanguageCode(std::string_view code)
{
    const auto lowerPair = [](std::string_view s) {
        return s.size() == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z';
    };
    return lowerPair(code) || (code.size() == 5 && lowerPair(code.substr(0, 2)) && code[2] == '_' && code[3] >= 'A' &&
                               code[3] <= 'Z' && code[4] >= 'A' && code[4] <= 'Z');
}

} // namespace

bool isKebabId(std::string_view text)
{
    if (text.empty() || text.front() == '-' || text.back() == '-') {
        return false;
    }
    char previous = 0;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
        if (!ok) {
            return false;
        }
        previous = c;
    }
    return true;
}

namespace {

// "line L, column C" of a byte offset, for a person to find in an editor.
std::string lineAndColumn(std::string_view text, std::size_t offset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

std::string jsonText(const nlohmann::json& value)
{
    return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json parseJsonText(std::string_view text, const JsonNode::FailHandler& fail)
{
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        std::string reason = error.what();
        // nlohmann's text starts with "[json.exception.parse_error.101] parse error at line ..: ";
        // keep only the part after the last ": " that describes the problem.
        if (const auto cut = reason.rfind(": "); cut != std::string::npos) {
            reason = reason.substr(cut + 2);
        }
        fail("", "not valid JSON at " + lineAndColumn(text, error.byte == 0 ? 0 : error.byte - 1) + ": " + reason);
    } catch (const nlohmann::json::out_of_range& error) {
        // A number no double can hold ("1e999"): nlohmann names it ("number overflow parsing '1e999'") but not
        // where it is, so the first place it appears stands for it.
        const std::string_view reason = error.what();
        const auto open = reason.find('\'');
        const auto close = reason.rfind('\'');
        const std::string_view number =
            open != std::string_view::npos && close > open ? reason.substr(open + 1, close - open - 1) : "";
        const auto at = number.empty() ? std::string_view::npos : text.find(number);
        fail("", "not valid JSON" + (at == std::string_view::npos ? std::string() : " at " + lineAndColumn(text, at)) +
                     ": the number " + std::string(number) + " is too large");
    }
    return {};
}

JsonNode::JsonNode(const nlohmann::json& value, FailHandler fail)
    : JsonNode(value, std::string(), std::move(fail))
{}

JsonNode::JsonNode(const nlohmann::json& value, std::string pointer, FailHandler fail)
    : m_value(&value)
    , m_pointer(std::move(pointer))
    , m_fail(std::move(fail))
{}

void JsonNode::fail(const std::string& reason) const
{
    m_fail(m_pointer, reason);
    // The handler throws; this keeps [[noreturn]] honest if it does not.
    std::terminate();
}

const JsonNode& JsonNode::requireObject(std::initializer_list<std::string_view> allowed) const
{
    if (!m_value->is_object()) {
        fail("expected an object, found " + std::string(typeName(*m_value)));
    }
    for (const auto& [key, member] : m_value->items()) {
        if (std::ranges::find(allowed, std::string_view(key)) == allowed.end()) {
            JsonNode(member, m_pointer + "/" + escapePointerToken(key), m_fail)
                .fail("unknown key \"" + key + "\" (misspelt, or not allowed here)");
        }
    }
    return *this;
}

JsonNode JsonNode::at(std::string_view key) const
{
    auto member = find(key);
    if (!member) {
        fail("missing required key \"" + std::string(key) + "\"");
    }
    return *member;
}

std::optional<JsonNode> JsonNode::find(std::string_view key) const
{
    if (!m_value->is_object()) {
        fail("expected an object, found " + std::string(typeName(*m_value)));
    }
    const auto it = m_value->find(key);
    if (it == m_value->end()) {
        return std::nullopt;
    }
    return JsonNode(*it, m_pointer + "/" + escapePointerToken(key), m_fail);
}

std::vector<JsonNode> JsonNode::array(bool allowEmpty) const
{
    if (!m_value->is_array()) {
        fail("expected an array, found " + std::string(typeName(*m_value)));
    }
    if (!allowEmpty && m_value->empty()) {
        fail("must not be empty");
    }
    std::vector<JsonNode> items;
    items.reserve(m_value->size());
    for (std::size_t i = 0; i < m_value->size(); ++i) {
        items.push_back(JsonNode((*m_value)[i], m_pointer + "/" + std::to_string(i), m_fail));
    }
    return items;
}

std::string JsonNode::string(bool allowEmpty) const
{
    if (!m_value->is_string()) {
        fail("expected a string, found " + std::string(typeName(*m_value)));
    }
    auto text = m_value->get<std::string>();
    if (!allowEmpty && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        fail("must not be empty");
    }
    return text;
}

bool JsonNode::boolean() const
{
    if (!m_value->is_boolean()) {
        fail("expected true or false, found " + std::string(typeName(*m_value)));
    }
    return m_value->get<bool>();
}

long long JsonNode::integer() const
{
    if (!m_value->is_number_integer()) {
        fail("expected a whole number, found " + std::string(typeName(*m_value)));
    }
    return m_value->get<long long>();
}

void JsonNode::requireSchemaVersion(long long readable) const
{
    const JsonNode node = at("schema_version");
    const long long version = node.integer();
    if (version != readable) {
        node.fail("schema_version " + std::to_string(version) + " is not one this Offramp reads (it reads " +
                  std::to_string(readable) + ")");
    }
}

std::string JsonNode::id() const
{
    auto text = string();
    if (!isKebabId(text)) {
        fail("\"" + text + "\" is not a valid id (lower-case letters, digits and single hyphens)");
    }
    return text;
}

LocalizedText JsonNode::localized() const
{
    if (!m_value->is_object()) {
        fail("expected localized text such as {\"en\": \"...\"}, found " + std::string(typeName(*m_value)));
    }
    std::map<std::string, std::string, std::less<>> texts;
    for (const auto& [language, text] : m_value->items()) {
        const JsonNode member(text, m_pointer + "/" + escapePointerToken(language), m_fail);
        if (!isLanguageCode(language)) {
            member.fail("\"" + language + "\" is not a language code such as \"en\" or \"es\"");
        }
        texts.emplace(language, member.string());
    }
    if (texts.find("en") == texts.end()) {
        fail("missing the English text (\"en\")");
    }
    return LocalizedText(std::move(texts));
}

std::vector<std::string> JsonNode::strings() const
{
    std::vector<std::string> values;
    for (const auto& item : array()) {
        values.push_back(item.string());
    }
    return values;
}

} // namespace offramp
