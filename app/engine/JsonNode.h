// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_JSONNODE_H
#define OFFRAMP_ENGINE_JSONNODE_H

#include "engine/LocalizedText.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offramp {

// A position in a JSON document that knows its JSON pointer, so that every check can say where
// it failed. Failing throws through the handler given at the root (a CatalogError, a ProbeError...).
class JsonNode
{
public:
    using FailHandler = std::function<void(const std::string& pointer, const std::string& reason)>;

    JsonNode(const nlohmann::json& value, FailHandler fail);

    const nlohmann::json& value() const { return *m_value; }
    const std::string& pointer() const { return m_pointer; }

    [[noreturn]] void fail(const std::string& reason) const;

    // Requires an object whose keys are all in `allowed`.
    const JsonNode& requireObject(std::initializer_list<std::string_view> allowed) const;
    JsonNode at(std::string_view key) const; // required member
    std::optional<JsonNode> find(std::string_view key) const;
    std::vector<JsonNode> array(bool allowEmpty = false) const;

    std::string string(bool allowEmpty = false) const;
    bool boolean() const;
    long long integer() const;
    // This object's "schema_version", which must be `readable`, the one version this Offramp reads.
    void requireSchemaVersion(long long readable) const;
    // A lower-case kebab-case id.
    std::string id() const;
    // {"en": "...", ...}: English required, two-letter language codes, non-empty texts.
    LocalizedText localized() const;
    std::vector<std::string> strings() const;

private:
    JsonNode(const nlohmann::json& value, std::string pointer, FailHandler fail);

    const nlohmann::json* m_value;
    std::string m_pointer;
    FailHandler m_fail;
};

bool isKebabId(std::string_view text);

// Parses JSON text; on a syntax error, calls fail("", "not valid JSON at line L, column C: ...").
nlohmann::json parseJsonText(std::string_view text, const JsonNode::FailHandler& fail);
// JSON as Offramp writes what holds names from the computer (scan and plan output, the journal): indented by two,
// and a name that is not UTF-8 (a Latin-1 file name from an old system) with U+FFFD for its bad bytes rather than
// an error.
std::string jsonText(const nlohmann::json& value);

} // namespace offramp

#endif
