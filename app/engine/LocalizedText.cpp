// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LocalizedText.h"

#include <utility>

namespace offramp {

LocalizedText::LocalizedText(std::map<std::string, std::string, std::less<>> texts)
    : m_texts(std::move(texts))
{}

const std::string& LocalizedText::text(std::string_view language) const
{
    static const std::string empty;
    if (auto it = m_texts.find(language); it != m_texts.end()) {
        return it->second;
    }
    // "es_MX" and "es-MX" fall back to "es".
    const auto separator = language.find_first_of("_-");
    if (separator != std::string_view::npos) {
        if (auto it = m_texts.find(language.substr(0, separator)); it != m_texts.end()) {
            return it->second;
        }
    }
    if (auto it = m_texts.find("en"); it != m_texts.end()) {
        return it->second;
    }
    return empty;
}

bool LocalizedText::hasLanguage(std::string_view language) const
{
    return m_texts.find(language) != m_texts.end();
}

} // namespace offramp
