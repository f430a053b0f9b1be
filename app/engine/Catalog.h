// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_CATALOG_H
#define OFFRAMP_ENGINE_CATALOG_H

#include "engine/Date.h"
#include "engine/Fact.h"
#include "engine/LocalizedText.h"
#include "engine/Platform.h"
#include "engine/RemovalRecipe.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace offramp {

// A public source: every fact shown to a user names one.
struct Source
{
    std::string id;
    // What it is, in words a person understands in each language; an official title kept where it is a name.
    LocalizedText title;
    std::string url;
};

// What the user would lose if a component went without being saved first.
struct DataAtRisk
{
    std::string id;
    LocalizedText what;
    LocalizedText where;
    LocalizedText howToSave;
    LocalizedText ifSkipped;
    std::vector<std::string> sources;
    // Where copies of it can be taken from, per platform, for the rescue bundle: absolute paths in the
    // platform's form, '*' within one component, a folder meaning everything in it. Empty when it cannot be
    // copied as files (it lives inside the app, or in an account).
    std::map<Platform, std::vector<std::string>> rescuePaths;
    // What the copy is and how to use it later; present exactly when rescuePaths is.
    LocalizedText useLater;
    // The systems its text is written for (a Windows command, a Windows folder): shown only on these. Empty
    // when it holds on every system the product runs on.
    std::vector<Platform> platforms;

    // Whether it is shown to a person whose computer runs this platform.
    bool appliesTo(Platform platform) const;
};

struct Component
{
    std::string id;
    LocalizedText name;
    std::vector<DataAtRisk> dataAtRisk;
};

// The signature kinds a product lists per platform, keyed by the catalog's JSON names.
enum class SignatureKind
{
    Packages,       // linux: dpkg/rpm package names
    SystemdUnits,   // linux: unit file names
    Paths,          // all: absolute paths; '*' matches within one path component
    BundleIds,      // macos: CFBundleIdentifier
    BundleNames,    // macos: .app folder name without ".app"
    LaunchdJobs,    // macos: launchd labels
    UninstallNames, // windows: DisplayName of uninstall entries
    RegistryKeys,   // windows: full key paths
    Services,       // windows: service names
    Drivers,        // windows: kernel driver service names
};

std::string_view signatureKindId(SignatureKind kind);

// Glob patterns ('*', '?', case-insensitive) for each signature kind on one platform.
using PlatformSignatures = std::map<SignatureKind, std::vector<std::string>>;

struct Product
{
    std::string id;
    std::string vendor; // who sells it, e.g. "Kaspersky", "Parallels"
    std::string maker;  // whose engine it is, e.g. "kaspersky" (white-label builds differ from vendor)
    LocalizedText name;
    std::string family; // consumer, business, white-label, other
    bool banned = false;
    // A fallback product only collects evidence no specific product claimed (e.g. "unidentified Kaspersky").
    bool fallback = false;
    LocalizedText note;
    std::map<Platform, PlatformSignatures> signatures;
    std::vector<Component> components;
    std::map<Platform, RemovalRecipe> removal; // how it is removed, where the catalog knows
    std::vector<std::string> sources;
};

struct RegulationStep
{
    Date date;
    LocalizedText what;
    // The rule starts to bind, or binds more, from this day; not an announcement or an event around it.
    bool takesEffect = false;
    std::vector<std::string> sources;
};

struct Regulation
{
    std::string id;
    std::string jurisdiction; // ISO 3166-1 alpha-2 code, e.g. "US"
    std::string kind;         // ban, government-ban, sanction, advisory
    LocalizedText title;
    LocalizedText authority;
    LocalizedText binds; // who is bound, in plain words
    bool bindsHomeUsers = false;
    LocalizedText summary;
    std::vector<std::string> covers; // "maker:kaspersky" or "product:<id>"
    std::vector<RegulationStep> steps;
    std::vector<std::string> sources;
};

// A fact about an alternative, shown with its source.
struct SourcedText
{
    LocalizedText text;
    std::vector<std::string> sources;
};

// A product people can move to. Listed neutrally: the built-in protection of the user's system first,
// then the others by name, command-line tools last; never ranked by money, never with affiliate links.
struct Alternative
{
    std::string id;
    LocalizedText name;
    std::string vendor;
    std::vector<Platform> platforms; // systems it protects
    std::vector<Platform> builtIn;   // systems it comes with
    std::string price;               // free, free-tier, paid or unknown
    bool commandLine = false;        // used by typing commands, with no window of its own (ClamAV)
    LocalizedText headquarters;
    std::vector<SourcedText> facts;
    std::string website; // the vendor's own page, https
    // How to tell that it is installed, per platform, where the catalog knows; often empty.
    std::map<Platform, PlatformSignatures> signatures;
    std::vector<std::string> sources;

    // Whether it comes with the system (Defender on Windows, XProtect on macOS).
    bool comesWith(Platform platform) const { return std::ranges::find(builtIn, platform) != builtIn.end(); }
};

struct Jurisdiction
{
    std::string code; // ISO 3166-1 alpha-2
    LocalizedText name;
    std::vector<std::string> aliases; // e.g. "UK" for "GB"
};

// The whole catalog, validated. Cross-references (sources, regulations, products) are known to resolve.
class Catalog
{
public:
    std::vector<Product> products;
    std::vector<Regulation> regulations;
    std::vector<Jurisdiction> jurisdictions;
    std::vector<Alternative> alternatives;
    std::map<std::string, Source, std::less<>> sources;

    const Product* product(std::string_view id) const;
    const Regulation* regulation(std::string_view id) const;
    // Accepts the code or an alias, in any letter case.
    const Jurisdiction* jurisdiction(std::string_view codeOrAlias) const;
    const Source* source(std::string_view id) const;
    const Alternative* alternative(std::string_view id) const;
    // The alternatives that protect this platform: the ones built into it first, then the others in alphabetical
    // order of their English names, command-line tools last (a home user looks for a program with a window).
    std::vector<const Alternative*> alternativesFor(Platform platform) const;
    // Ids of the regulations that name this product, directly or through its maker.
    std::vector<std::string> regulationsCovering(const Product& product) const;
};

} // namespace offramp

#endif
