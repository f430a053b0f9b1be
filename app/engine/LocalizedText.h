// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_LOCALIZEDTEXT_H
#define OFFRAMP_ENGINE_LOCALIZEDTEXT_H

#include <map>
#include <string>
#include <string_view>

namespace offramp {

// Catalog text in several languages ({"en": "...", "es": "..."}); English is always present.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(std::map<std::string, std::string, std::less<>> texts);

    // The text for a language such as "es" or "es_MX", falling back to the base language, then English.
    const std::string& text(std::string_view language = "en") const;
    bool hasLanguage(std::string_view language) const;
    const std::map<std::string, std::string, std::less<>>& all() const { return m_texts; }
    bool empty() const { return m_texts.empty(); }

private:
    std::map<std::string, std::string, std::less<>> m_texts;
};

} // namespace offramp

#endif
