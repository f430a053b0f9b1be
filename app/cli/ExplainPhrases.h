// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_CLI_EXPLAINPHRASES_H
#define OFFRAMP_CLI_EXPLAINPHRASES_H

#include <string>
#include <string_view>

namespace offramp::cli {

// A phrase with a count: `one` where the language's rule takes the singular, `other` elsewhere; %1 is the count.
struct CountedPhrase
{
    std::string_view one;
    std::string_view other;
};

// The words of `explain`'s human output in one language, around the catalog's own text. %1, %2... are filled
// in by fillIn (Placeholders.h). Dates stay YYYY-MM-DD in every language.
struct ExplainPhrases
{
    std::string_view language;              // "en", "es": the catalog text shown with these is in it too
    bool (*takesSingular)(long long count); // which counts take CountedPhrase::one
    std::string_view heading;               // %1 the country, %2 the date
    std::string_view noRuleKnown;           // a country listed with no rule: whole lines, each ending in '\n'
    std::string_view authority;             // label, as wide as `binds` so that their text lines up
    std::string_view binds;
    std::string_view step; // %1 its date, %2 inEffect or upcoming, %3 when, %4 what it does
    std::string_view inEffect;
    std::string_view upcoming;
    CountedPhrase inDays;
    CountedPhrase daysAgo;
    std::string_view fromToday;
    std::string_view source; // %1 its title, %2 its address
    std::string_view noHomeOffence;

    // The phrase with the count in it, singular or plural as the language takes it: "in 1 day", "in 2 days".
    std::string counted(const CountedPhrase& phrase, long long count) const;
};

// The phrases for a language such as "es", "es_MX" or "es-MX"; for a language Offramp does not speak, English,
// so that the output is never a mix of two languages.
const ExplainPhrases& explainPhrases(std::string_view language);

} // namespace offramp::cli

#endif
