// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/recorded/RecordedProbe.h"

#include "engine/JsonNode.h"

#include <utility>

namespace offramp::platform {

RecordedProbe::RecordedProbe(const std::string& json, std::string origin)
{
    const JsonNode::FailHandler fail = [&origin](const std::string& pointer, const std::string& reason) {
        throw ProbeError(origin + (pointer.empty() ? "" : " at " + pointer) + ": " + reason);
    };
    const auto document = parseJsonText(json, fail);
    const JsonNode root(document, fail);
    root.requireObject({"schema_version", "kind", "name", "platform", "title", "system_version", "facts"});
    if (root.at("schema_version").integer() != 1) {
        root.at("schema_version").fail("this Offramp reads recorded machines of schema_version 1");
    }
    if (root.at("kind").string() != "demo-machine") {
        root.at("kind").fail("expected \"demo-machine\"");
    }
    m_name = root.at("name").id();
    const auto platformNode = root.at("platform");
    const auto platform = platformFromId(platformNode.string());
    if (!platform) {
        platformNode.fail("expected linux, macos or windows");
    }
    m_facts.platform = *platform;
    m_facts.root = "demo:" + m_name;
    m_facts.description = root.at("title").localized().text("en");
    if (const auto version = root.find("system_version")) {
        m_facts.systemVersion = version->string();
    }
    for (const auto& item : root.at("facts").array(true)) {
        item.requireObject({"kind", "name", "id", "version", "publisher", "state", "where", "user"});
        const auto kindNode = item.at("kind");
        const auto kind = factKindFromId(kindNode.string());
        if (!kind) {
            kindNode.fail("unknown fact kind \"" + kindNode.string() + "\"");
        }
        Fact fact;
        fact.kind = *kind;
        fact.name = item.at("name").string();
        fact.where = item.at("where").string();
        const auto optional = [&item](std::string_view key) {
            const auto member = item.find(key);
            return member ? member->string(true) : std::string();
        };
        fact.id = optional("id");
        fact.version = optional("version");
        fact.publisher = optional("publisher");
        fact.state = optional("state");
        fact.user = optional("user");
        m_facts.facts.push_back(std::move(fact));
    }
}

MachineFacts RecordedProbe::probe(const Watchlist& /*watchlist*/)
{
    // The recorded facts are reported whole: deciding what they mean is the detector's job.
    return m_facts;
}

} // namespace offramp::platform
