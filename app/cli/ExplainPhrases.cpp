// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExplainPhrases.h"

#include "cli/Placeholders.h"
#include "engine/utils/AsciiCase.h"

#include <algorithm>
#include <array>

namespace offramp::cli {

namespace {

constexpr bool exactlyOne(long long count)
{
    return count == 1;
}

// French writes 0 and 1 in the singular ("il y a 0 jour", "dans 1 jour").
constexpr bool atMostOne(long long count)
{
    return count == 0 || count == 1;
}

// Every language Offramp's command line speaks; English first, as the fallback. Another language is added
// here, with every phrase written.
constexpr std::array kPhrases{
    ExplainPhrases{
        .language = "en",
        .takesSingular = exactlyOne,
        .heading = "Rules on Kaspersky in %1, as of %2:",
        .noRuleKnown =
            "Offramp knows of no rule on Kaspersky here. Nothing it knows of stops Kaspersky from being sold or\n"
            "updated here, or makes it an offence to keep using it. US citizens living here are covered by the\n"
            "US ban wherever they are: see `explain --jurisdiction US`.\n",
        .authority = "By:    ",
        .binds = "Binds: ",
        .step = "%1  %2, %3: %4",
        .inEffect = "in effect",
        .upcoming = "upcoming",
        .inDays = {.one = "in %1 day", .other = "in %1 days"},
        .daysAgo = {.one = "%1 day ago", .other = "%1 days ago"},
        .fromToday = "from today",
        .source = "Source: %1 <%2>",
        .noHomeOffence = "None of these rules makes it an offence for a person to keep using Kaspersky at home.",
    },
    ExplainPhrases{
        .language = "es",
        .takesSingular = exactlyOne,
        .heading = "Normas sobre Kaspersky en %1, al %2:",
        .noRuleKnown =
            "Offramp no conoce ninguna norma sobre Kaspersky aquí. Nada de lo que conoce impide que Kaspersky se\n"
            "venda o se actualice aquí, ni convierte en infracción seguir usándolo. A los ciudadanos de EE. UU. que\n"
            "viven aquí les alcanza la prohibición de EE. UU. dondequiera que estén: vea\n"
            "`explain --jurisdiction US --lang es`.\n",
        .authority = "Autoridad:      ",
        .binds = "A quién obliga: ",
        .step = "%1  %2, %3: %4",
        .inEffect = "en vigor",
        .upcoming = "pendiente",
        .inDays = {.one = "dentro de %1 día", .other = "dentro de %1 días"},
        .daysAgo = {.one = "hace %1 día", .other = "hace %1 días"},
        .fromToday = "desde hoy",
        .source = "Fuente: %1 <%2>",
        .noHomeOffence =
            "Ninguna de estas normas convierte en infracción que una persona siga usando Kaspersky en su casa.",
    },
    ExplainPhrases{
        .language = "fr",
        .takesSingular = atMostOne,
        .heading = "Règles concernant Kaspersky (%1), au %2 :",
        .noRuleKnown =
            "Offramp ne connaît aucune règle concernant Kaspersky ici. Rien de ce qu'il connaît n'empêche Kaspersky\n"
            "d'être vendu ou mis à jour ici, ni ne qualifie d'infraction le fait de continuer à l'utiliser. Les\n"
            "citoyens américains qui vivent ici sont couverts par l'interdiction américaine où qu'ils se trouvent :\n"
            "voir `explain --jurisdiction US --lang fr`.\n",
        .authority = "Autorité :   ",
        .binds = "S'impose à : ",
        .step = "%1  %2, %3 : %4",
        .inEffect = "en vigueur",
        .upcoming = "à venir",
        .inDays = {.one = "dans %1 jour", .other = "dans %1 jours"},
        .daysAgo = {.one = "il y a %1 jour", .other = "il y a %1 jours"},
        .fromToday = "à partir d'aujourd'hui",
        .source = "Source : %1 <%2>",
        .noHomeOffence =
            "Aucune de ces règles ne qualifie d'infraction le fait de continuer à utiliser Kaspersky chez soi.",
    },
    ExplainPhrases{
        .language = "de",
        .takesSingular = exactlyOne,
        .heading = "Regeln zu Kaspersky – %1, Stand %2:",
        .noRuleKnown =
            "Offramp kennt hier keine Regel zu Kaspersky. Nichts, was Offramp kennt, verhindert, dass Kaspersky\n"
            "hier verkauft oder aktualisiert wird, oder macht die weitere Nutzung zu einem Verstoß. US-Bürger, die\n"
            "hier leben, fallen, wo immer sie sind, unter das US-Verbot: siehe\n"
            "`explain --jurisdiction US --lang de`.\n",
        .authority = "Von:             ",
        .binds = "Verbindlich für: ",
        .step = "%1  %2, %3: %4",
        .inEffect = "in Kraft",
        .upcoming = "bevorstehend",
        .inDays = {.one = "in %1 Tag", .other = "in %1 Tagen"},
        .daysAgo = {.one = "vor %1 Tag", .other = "vor %1 Tagen"},
        .fromToday = "ab heute",
        .source = "Quelle: %1 <%2>",
        .noHomeOffence =
            "Nach keiner dieser Regeln ist es ein Verstoß, wenn eine Person Kaspersky zu Hause weiter nutzt.",
    },
};

constexpr bool writtenInFull(const ExplainPhrases& phrases)
{
    const std::array texts{phrases.language,   phrases.heading,      phrases.noRuleKnown,  phrases.authority,
                           phrases.binds,      phrases.step,         phrases.inEffect,     phrases.upcoming,
                           phrases.inDays.one, phrases.inDays.other, phrases.daysAgo.one,  phrases.daysAgo.other,
                           phrases.fromToday,  phrases.source,       phrases.noHomeOffence};
    return phrases.takesSingular != nullptr &&
           std::ranges::none_of(texts, [](std::string_view text) { return text.empty(); });
}

// A phrase left out of a language would print as nothing: caught when Offramp is built.
static_assert(std::ranges::all_of(kPhrases, writtenInFull), "every language writes every phrase of explain");

} // namespace

std::string ExplainPhrases::counted(const CountedPhrase& phrase, long long count) const
{
    return fillIn(takesSingular(count) ? phrase.one : phrase.other, {std::to_string(count)});
}

const ExplainPhrases& explainPhrases(std::string_view language)
{
    // "es_MX", "es-MX" and "ES" speak "es".
    std::string base(language.substr(0, language.find_first_of("_-")));
    std::ranges::transform(base, base.begin(), utils::toLowerAscii);
    for (const auto& phrases : kPhrases) {
        if (phrases.language == base) {
            return phrases;
        }
    }
    return kPhrases.front();
}

} // namespace offramp::cli
