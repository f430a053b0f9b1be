// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/CatalogLoader.h"

#include "engine/EmbeddedFiles.h"
#include "engine/JsonNode.h"
#include "engine/RescueSources.h"
#include "engine/utils/WindowsPath.h"

#include <algorithm>
#include <set>
#include <utility>

namespace offramp {

namespace {

constexpr long long kSchemaVersion = 1;
constexpr std::string_view kProducts = "products";
constexpr std::string_view kRegulations = "regulations";
constexpr std::string_view kSources = "sources";
constexpr std::string_view kAlternatives = "alternatives";

std::string describeError(const std::string& file, const std::string& pointer, const std::string& reason)
{
    std::string text = file;
    if (!pointer.empty()) {
        text += " at " + pointer;
    }
    return text + ": " + reason;
}

bool isCountryCode(std::string_view code)
{
    return code.size() == 2 && std::ranges::all_of(code, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Windows paths in the catalog separate folders with '\' alone: the Windows probe splits them at '\' only, so
// a path written with '/' would never match anything.
bool isAbsolutePath(Platform platform, std::string_view path)
{
    if (platform == Platform::Windows) {
        const bool drive = utils::startsAtDriveRoot(path, utils::DriveSeparator::Backslash);
        const bool environment = path.size() >= 3 && path[0] == '%' && path.find('%', 1) != std::string_view::npos;
        return drive || environment;
    }
    return !path.empty() && path[0] == '/';
}

// The signature keys a platform accepts, by their JSON names.
std::vector<SignatureKind> signatureKindsFor(Platform platform)
{
    switch (platform) {
    case Platform::Linux:
        return {SignatureKind::Packages, SignatureKind::SystemdUnits, SignatureKind::Paths};
    case Platform::MacOS:
        return {SignatureKind::BundleIds, SignatureKind::BundleNames, SignatureKind::LaunchdJobs, SignatureKind::Paths};
    case Platform::Windows:
        return {SignatureKind::UninstallNames, SignatureKind::RegistryKeys, SignatureKind::Services,
                SignatureKind::Drivers, SignatureKind::Paths};
    }
    return {};
}

class FileReader
{
public:
    FileReader(const CatalogFile& file, Catalog& catalog)
        : m_file(file)
        , m_catalog(catalog)
        , m_document(parseJsonText(file.contents, failHandler()))
    {}

    JsonNode root() const { return {m_document, failHandler()}; }
    const std::string& name() const { return m_file.name; }

    std::string kind() const
    {
        const auto node = root();
        node.requireObject(
            {"schema_version", "kind", "products", "regulations", "jurisdictions", "sources", "alternatives"});
        node.requireSchemaVersion(kSchemaVersion);
        const auto kindNode = node.at("kind");
        auto kind = kindNode.string();
        if (kind != kProducts && kind != kRegulations && kind != kSources && kind != kAlternatives) {
            kindNode.fail("unknown kind \"" + kind + "\" (expected products, regulations, sources or alternatives)");
        }
        return kind;
    }

    void readSources() const
    {
        const auto node = root();
        node.requireObject({"schema_version", "kind", "sources"});
        for (const auto& item : node.at("sources").array()) {
            item.requireObject({"id", "title", "url"});
            Source source{item.at("id").id(), item.at("title").localized(), item.at("url").string()};
            if (!source.url.starts_with("https://") && !source.url.starts_with("http://")) {
                item.at("url").fail("\"" + source.url + "\" is not a web address (http:// or https://)");
            }
            if (!m_catalog.sources.emplace(source.id, source).second) {
                item.at("id").fail("the source id \"" + source.id + "\" is used twice");
            }
        }
    }

    void readRegulations() const
    {
        const auto node = root();
        node.requireObject({"schema_version", "kind", "jurisdictions", "regulations"});
        std::set<std::string, std::less<>> codes;
        for (const auto& item : node.at("jurisdictions").array()) {
            item.requireObject({"code", "name", "aliases"});
            Jurisdiction jurisdiction;
            jurisdiction.code = countryCode(item.at("code"), codes);
            jurisdiction.name = item.at("name").localized();
            if (const auto aliases = item.find("aliases")) {
                for (const auto& alias : aliases->array(true)) {
                    jurisdiction.aliases.push_back(countryCode(alias, codes));
                }
            }
            m_catalog.jurisdictions.push_back(std::move(jurisdiction));
        }
        std::set<std::string, std::less<>> ids;
        for (const auto& item : node.at("regulations").array()) {
            m_catalog.regulations.push_back(readRegulation(item, ids));
        }
    }

    void readProducts() const
    {
        const auto node = root();
        node.requireObject({"schema_version", "kind", "products"});
        std::set<std::string, std::less<>> ids;
        for (const auto& item : node.at("products").array()) {
            m_catalog.products.push_back(readProduct(item, ids));
        }
    }

    void readAlternatives() const
    {
        const auto node = root();
        node.requireObject({"schema_version", "kind", "alternatives"});
        std::set<std::string, std::less<>> ids;
        for (const auto& item : node.at("alternatives").array()) {
            item.requireObject({"id", "name", "vendor", "platforms", "built_in", "price", "command_line",
                                "headquarters", "facts", "website", "signatures", "sources"});
            Alternative alternative;
            alternative.id = uniqueId(item.at("id"), ids, "alternative");
            alternative.name = item.at("name").localized();
            alternative.vendor = item.at("vendor").string();
            alternative.platforms = platforms(item.at("platforms"), false);
            alternative.builtIn = platforms(item.at("built_in"), true);
            for (std::size_t i = 0; i < alternative.builtIn.size(); ++i) {
                if (std::ranges::find(alternative.platforms, alternative.builtIn[i]) == alternative.platforms.end()) {
                    item.at("built_in").array()[i].fail("built into a system it is not listed for in \"platforms\"");
                }
            }
            const auto price = item.at("price");
            alternative.price = price.string();
            static const std::set<std::string, std::less<>> prices{"free", "free-tier", "paid", "unknown"};
            if (!prices.contains(alternative.price)) {
                price.fail("unknown price \"" + alternative.price + "\" (expected free, free-tier, paid or unknown)");
            }
            if (const auto commandLine = item.find("command_line")) {
                alternative.commandLine = commandLine->boolean();
            }
            if (const auto headquarters = item.find("headquarters")) {
                alternative.headquarters = headquarters->localized();
            }
            for (const auto& fact : item.at("facts").array()) {
                fact.requireObject({"text", "sources"});
                alternative.facts.push_back({fact.at("text").localized(), fact.at("sources").strings()});
            }
            const auto website = item.at("website");
            alternative.website = website.string();
            if (!alternative.website.starts_with("https://")) {
                website.fail("\"" + alternative.website + "\" is not a secure web address (https://)");
            }
            // How to tell that it is installed, where the catalog knows: for the check after the removal.
            if (const auto signatures = item.find("signatures")) {
                alternative.signatures = readSignatures(*signatures, "an alternative with \"signatures\"");
                for (const auto& entry : alternative.signatures) {
                    if (std::ranges::find(alternative.platforms, entry.first) == alternative.platforms.end()) {
                        signatures->at(platformId(entry.first))
                            .fail("signatures for a system it is not listed for in "
                                  "\"platforms\"");
                    }
                }
            }
            alternative.sources = item.at("sources").strings();
            m_catalog.alternatives.push_back(std::move(alternative));
        }
    }

    // Checks that need the whole catalog: what regulations cover must exist.
    void checkCovers() const
    {
        for (const auto& regulation : root().at("regulations").array()) {
            for (const auto& cover : regulation.at("covers").array()) {
                const auto text = cover.string();
                if (text.starts_with("product:")) {
                    if (m_catalog.product(text.substr(8)) == nullptr) {
                        cover.fail("no product has the id \"" + text.substr(8) + "\"");
                    }
                } else {
                    const auto maker = text.substr(6);
                    const bool known = std::ranges::any_of(
                        m_catalog.products, [&](const Product& product) { return product.maker == maker; });
                    if (!known) {
                        cover.fail("no product is made by \"" + maker + "\"");
                    }
                }
            }
        }
    }

    // Sources are read from their own file; references are checked once all files are in.
    void checkSourceReferences() const { checkSourceReferencesIn(root()); }

private:
    JsonNode::FailHandler failHandler() const
    {
        return [name = m_file.name](const std::string& pointer, const std::string& reason) {
            throw CatalogError(name, pointer, reason);
        };
    }

    static std::vector<Platform> platforms(const JsonNode& node, bool allowEmpty)
    {
        std::vector<Platform> list;
        for (const auto& item : node.array(allowEmpty)) {
            const auto text = item.string();
            const auto platform = platformFromId(text);
            if (!platform) {
                item.fail("\"" + text + "\" is not a platform (linux, macos or windows)");
            }
            if (std::ranges::find(list, *platform) != list.end()) {
                item.fail("\"" + text + "\" is listed twice");
            }
            list.push_back(*platform);
        }
        return list;
    }

    std::string countryCode(const JsonNode& node, std::set<std::string, std::less<>>& seen) const
    {
        auto code = node.string();
        if (!isCountryCode(code)) {
            node.fail("\"" + code + "\" is not a two-letter country code in capitals, such as \"US\"");
        }
        if (!seen.insert(code).second) {
            node.fail("the country code \"" + code + "\" is listed twice");
        }
        return code;
    }

    static std::string uniqueId(const JsonNode& node, std::set<std::string, std::less<>>& ids, std::string_view what)
    {
        auto id = node.id();
        if (!ids.insert(id).second) {
            node.fail("the " + std::string(what) + " id \"" + id + "\" is used twice");
        }
        return id;
    }

    Regulation readRegulation(const JsonNode& item, std::set<std::string, std::less<>>& ids) const
    {
        item.requireObject({"id", "jurisdiction", "kind", "title", "authority", "binds", "binds_home_users", "summary",
                            "covers", "steps", "sources"});
        Regulation regulation;
        regulation.id = uniqueId(item.at("id"), ids, "regulation");
        const auto jurisdiction = item.at("jurisdiction");
        regulation.jurisdiction = jurisdiction.string();
        const bool known = std::ranges::any_of(
            m_catalog.jurisdictions, [&](const Jurisdiction& j) { return j.code == regulation.jurisdiction; });
        if (!known) {
            jurisdiction.fail("\"" + regulation.jurisdiction + "\" is not one of the listed jurisdictions");
        }
        const auto kind = item.at("kind");
        regulation.kind = kind.string();
        static const std::set<std::string, std::less<>> kinds{"ban", "government-ban", "sanction", "advisory"};
        if (!kinds.contains(regulation.kind)) {
            kind.fail("unknown kind \"" + regulation.kind + "\" (expected ban, government-ban, sanction or advisory)");
        }
        regulation.title = item.at("title").localized();
        regulation.authority = item.at("authority").localized();
        regulation.binds = item.at("binds").localized();
        regulation.bindsHomeUsers = item.at("binds_home_users").boolean();
        if (const auto summary = item.find("summary")) {
            regulation.summary = summary->localized();
        }
        for (const auto& cover : item.at("covers").array()) {
            auto text = cover.string();
            const bool product = text.starts_with("product:") && isKebabId(std::string_view(text).substr(8));
            const bool maker = text.starts_with("maker:") && isKebabId(std::string_view(text).substr(6));
            if (!product && !maker) {
                cover.fail("\"" + text + "\" should be \"maker:<maker id>\" or \"product:<product id>\"");
            }
            regulation.covers.push_back(std::move(text));
        }
        for (const auto& stepNode : item.at("steps").array()) {
            stepNode.requireObject({"date", "what", "takes_effect", "sources"});
            RegulationStep step;
            if (const auto takesEffect = stepNode.find("takes_effect")) {
                step.takesEffect = takesEffect->boolean();
            }
            const auto dateNode = stepNode.at("date");
            const auto dateText = dateNode.string();
            const auto date = Date::parse(dateText);
            if (!date) {
                dateNode.fail("\"" + dateText + "\" is not a real date written YYYY-MM-DD");
            }
            if (!regulation.steps.empty() && *date < regulation.steps.back().date) {
                dateNode.fail("steps must be in date order, but " + dateText + " comes after " +
                              regulation.steps.back().date.toString());
            }
            step.date = *date;
            step.what = stepNode.at("what").localized();
            if (const auto sources = stepNode.find("sources")) {
                step.sources = sources->strings();
            }
            regulation.steps.push_back(std::move(step));
        }
        regulation.sources = item.at("sources").strings();
        return regulation;
    }

    Product readProduct(const JsonNode& item, std::set<std::string, std::less<>>& ids) const
    {
        item.requireObject({"id", "vendor", "maker", "name", "family", "banned", "fallback", "note", "signatures",
                            "components", "removal", "sources"});
        Product product;
        product.id = uniqueId(item.at("id"), ids, "product");
        product.vendor = item.at("vendor").string();
        product.maker = item.at("maker").id();
        product.name = item.at("name").localized();
        const auto family = item.at("family");
        product.family = family.string();
        static const std::set<std::string, std::less<>> families{"consumer", "business", "white-label", "other"};
        if (!families.contains(product.family)) {
            family.fail("unknown family \"" + product.family +
                        "\" (expected consumer, business, white-label or other)");
        }
        product.banned = item.at("banned").boolean();
        if (const auto fallback = item.find("fallback")) {
            product.fallback = fallback->boolean();
        }
        if (const auto note = item.find("note")) {
            product.note = note->localized();
        }
        product.signatures = readSignatures(item.at("signatures"), "a product");
        if (const auto components = item.find("components")) {
            std::set<std::string, std::less<>> componentIds;
            for (const auto& componentNode : components->array(true)) {
                product.components.push_back(readComponent(componentNode, componentIds));
                checkDataPlatforms(componentNode, product);
            }
        }
        if (const auto removal = item.find("removal")) {
            readRemoval(*removal, product);
        }
        product.sources = item.at("sources").strings();
        return product;
    }

    // Data at risk written for a system the product is never found on would never be shown.
    static void checkDataPlatforms(const JsonNode& componentNode, const Product& product)
    {
        const auto& data = product.components.back().dataAtRisk;
        if (data.empty()) {
            return;
        }
        const auto items = componentNode.at("data_at_risk").array(true);
        for (std::size_t i = 0; i < data.size() && i < items.size(); ++i) {
            for (const auto platform : data[i].platforms) {
                if (!product.signatures.contains(platform)) {
                    items[i]
                        .at("platforms")
                        .fail("the product has no " + std::string(platformDisplayName(platform)) +
                              " signatures, so this would never be shown");
                }
            }
        }
    }

    // {"linux": {...}, "windows": {...}}: one recipe per platform the product has signatures on.
    static void readRemoval(const JsonNode& node, Product& product)
    {
        node.requireObject({"linux", "macos", "windows"});
        for (const auto platform : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
            const auto recipeNode = node.find(platformId(platform));
            if (!recipeNode) {
                continue;
            }
            if (!product.signatures.contains(platform)) {
                recipeNode->fail("the product has no " + std::string(platformDisplayName(platform)) +
                                 " signatures, so it can never be found there to be removed");
            }
            product.removal.emplace(platform, readRecipe(*recipeNode, platform));
        }
    }

    static RemovalRecipe readRecipe(const JsonNode& node, Platform platform)
    {
        node.requireObject({"method", "order", "packages", "programs", "scripts", "password", "restart", "sources"});
        RemovalRecipe recipe;
        const auto methodNode = node.at("method");
        const auto method = removalMethodFromId(methodNode.string());
        const RemovalMethod expected = platform == Platform::Linux   ? RemovalMethod::PackageManager
                                       : platform == Platform::MacOS ? RemovalMethod::UninstallScript
                                                                     : RemovalMethod::WindowsUninstaller;
        if (!method || *method != expected) {
            methodNode.fail("on " + std::string(platformDisplayName(platform)) + " the method must be \"" +
                            std::string(removalMethodId(expected)) + "\"");
        }
        recipe.method = *method;
        if (const auto order = node.find("order")) {
            const long long value = order->integer();
            if (value < 0 || value > 1000) {
                order->fail("the order must be between 0 and 1000");
            }
            recipe.order = static_cast<int>(value);
        }
        const auto list = [&](std::string_view key, RemovalMethod owner) {
            std::vector<std::string> values;
            if (const auto listNode = node.find(key)) {
                if (recipe.method != owner) {
                    listNode->fail("\"" + std::string(key) + "\" belongs to the \"" +
                                   std::string(removalMethodId(owner)) + "\" method");
                }
                for (const auto& valueNode : listNode->array()) {
                    values.push_back(valueNode.string());
                    if (key == "scripts" && !isAbsolutePath(platform, values.back())) {
                        valueNode.fail("\"" + values.back() + "\" is not an absolute path");
                    }
                    if (key == "programs" && values.back().find_first_of("\\/") != std::string::npos) {
                        valueNode.fail(
                            "a program is named by its file name alone; its folder comes from the signatures");
                    }
                }
            }
            return values;
        };
        recipe.packages = list("packages", RemovalMethod::PackageManager);
        recipe.programs = list("programs", RemovalMethod::WindowsUninstaller);
        recipe.scripts = list("scripts", RemovalMethod::UninstallScript);
        if (recipe.method == RemovalMethod::UninstallScript && recipe.scripts.empty()) {
            node.fail("an uninstall-script recipe needs at least one script");
        }
        const auto passwordNode = node.at("password");
        const auto password = uninstallPasswordFromId(passwordNode.string());
        if (!password) {
            passwordNode.fail("unknown password kind \"" + passwordNode.string() +
                              "\" (expected none, kaspersky-login, kaspersky-hex or system-admin)");
        }
        recipe.password = *password;
        const auto restartNode = node.at("restart");
        const auto restart = restartNeedFromId(restartNode.string());
        if (!restart) {
            restartNode.fail("unknown restart need \"" + restartNode.string() +
                             "\" (expected never, maybe or required)");
        }
        recipe.restart = *restart;
        recipe.sources = node.at("sources").strings();
        return recipe;
    }

    // {"linux": {"packages": [...]}, ...}: glob patterns per platform and signature kind; never empty.
    static std::map<Platform, PlatformSignatures> readSignatures(const JsonNode& node, const std::string& whatFor)
    {
        node.requireObject({"linux", "macos", "windows"});
        std::map<Platform, PlatformSignatures> result;
        std::size_t patterns = 0;
        for (const auto platform : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
            const auto platformNode = node.find(platformId(platform));
            if (!platformNode) {
                continue;
            }
            const auto kinds = signatureKindsFor(platform);
            if (!platformNode->value().is_object()) {
                platformNode->fail("expected an object of signature lists");
            }
            for (const auto& item : platformNode->value().items()) {
                const std::string& key = item.key();
                const bool allowed =
                    std::ranges::any_of(kinds, [&](SignatureKind k) { return signatureKindId(k) == key; });
                if (!allowed) {
                    platformNode->find(key)->fail("\"" + key + "\" is not a " +
                                                  std::string(platformDisplayName(platform)) + " signature kind");
                }
            }
            PlatformSignatures signatures;
            for (const auto kind : kinds) {
                const auto list = platformNode->find(signatureKindId(kind));
                if (!list) {
                    continue;
                }
                for (const auto& patternNode : list->array()) {
                    auto pattern = patternNode.string();
                    if (kind == SignatureKind::Paths && !isAbsolutePath(platform, pattern)) {
                        patternNode.fail("\"" + pattern + "\" is not an absolute " +
                                         std::string(platformDisplayName(platform)) + " path");
                    }
                    if (pattern.find_first_not_of("*?") == std::string::npos) {
                        patternNode.fail("a pattern of wildcards alone would match everything");
                    }
                    signatures[kind].push_back(std::move(pattern));
                    ++patterns;
                }
            }
            result.emplace(platform, std::move(signatures));
        }
        if (patterns == 0) {
            node.fail(whatFor + " needs at least one signature, or it can never be found");
        }
        return result;
    }

    // Rescue paths are copied with everything they match, so each must name its place precisely.
    static void readRescuePaths(const JsonNode& item, DataAtRisk& risk)
    {
        const auto paths = item.find("rescue_paths");
        const auto useLater = item.find("use_later");
        if (paths.has_value() != useLater.has_value()) {
            item.fail(paths ? "\"rescue_paths\" needs \"use_later\" (what the copy is and how to use it later)"
                            : "\"use_later\" belongs only to data with \"rescue_paths\"");
        }
        if (!paths) {
            return;
        }
        paths->requireObject({"linux", "macos", "windows"});
        for (const auto platform : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
            const auto list = paths->find(platformId(platform));
            if (!list) {
                continue;
            }
            for (const auto& pathNode : list->array()) {
                auto path = pathNode.string();
                if (const auto checked = checkRescuePath(platform, path); !checked) {
                    pathNode.fail(checked.error().what());
                }
                risk.rescuePaths[platform].push_back(std::move(path));
            }
        }
        if (risk.rescuePaths.empty()) {
            paths->fail("lists no platform; leave \"rescue_paths\" out instead");
        }
        risk.useLater = useLater->localized();
    }

    // "platforms": the systems the text is written for; a rescue path must be for one of them.
    static void readDataPlatforms(const JsonNode& item, DataAtRisk& risk)
    {
        const auto list = item.find("platforms");
        if (!list) {
            return;
        }
        for (const auto& platformNode : list->array()) {
            const auto id = platformNode.string();
            const auto platform = platformFromId(id);
            if (!platform) {
                platformNode.fail("unknown platform \"" + id + "\" (expected linux, macos or windows)");
            }
            if (std::ranges::find(risk.platforms, *platform) != risk.platforms.end()) {
                platformNode.fail("\"" + id + "\" is listed twice");
            }
            risk.platforms.push_back(*platform);
        }
        for (const auto& [platform, unused] : risk.rescuePaths) {
            if (!risk.appliesTo(platform)) {
                item.at("rescue_paths")
                    .fail("names " + std::string(platformDisplayName(platform)) + " paths, but \"platforms\" leaves " +
                          std::string(platformDisplayName(platform)) + " out");
            }
        }
    }

    static Component readComponent(const JsonNode& node, std::set<std::string, std::less<>>& ids)
    {
        node.requireObject({"id", "name", "data_at_risk"});
        Component component;
        component.id = uniqueId(node.at("id"), ids, "component");
        component.name = node.at("name").localized();
        if (const auto data = node.find("data_at_risk")) {
            std::set<std::string, std::less<>> dataIds;
            for (const auto& item : data->array(true)) {
                item.requireObject({"id", "what", "where", "how_to_save", "if_skipped", "sources", "rescue_paths",
                                    "use_later", "platforms"});
                DataAtRisk risk;
                risk.id = uniqueId(item.at("id"), dataIds, "data");
                risk.what = item.at("what").localized();
                risk.where = item.at("where").localized();
                risk.howToSave = item.at("how_to_save").localized();
                risk.ifSkipped = item.at("if_skipped").localized();
                risk.sources = item.at("sources").strings();
                readRescuePaths(item, risk);
                readDataPlatforms(item, risk);
                component.dataAtRisk.push_back(std::move(risk));
            }
        }
        return component;
    }

    // Walks the document for every "sources" list and checks each id exists.
    void checkSourceReferencesIn(const JsonNode& node) const
    {
        if (node.value().is_object()) {
            for (const auto& [key, unused] : node.value().items()) {
                const auto member = *node.find(key);
                if (key == "sources" && member.value().is_array() && !member.value().empty() &&
                    member.value().front().is_string()) {
                    for (const auto& reference : member.array()) {
                        const auto id = reference.string();
                        if (m_catalog.source(id) == nullptr) {
                            reference.fail("no source has the id \"" + id + "\"");
                        }
                    }
                } else {
                    checkSourceReferencesIn(member);
                }
            }
        } else if (node.value().is_array()) {
            for (const auto& item : node.array(true)) {
                checkSourceReferencesIn(item);
            }
        }
    }

    const CatalogFile& m_file;
    Catalog& m_catalog;
    nlohmann::json m_document;
};

} // namespace

CatalogError::CatalogError(std::string file, std::string pointer, std::string reason)
    : Error(ErrorKind::Damaged, describeError(file, pointer, reason), file)
    , m_file(std::move(file))
    , m_pointer(std::move(pointer))
    , m_reason(std::move(reason))
{}

Catalog CatalogLoader::load(const std::vector<CatalogFile>& files)
{
    Catalog catalog;
    std::vector<FileReader> readers;
    readers.reserve(files.size());
    for (const auto& file : files) {
        readers.emplace_back(file, catalog);
    }
    std::map<std::string, const FileReader*, std::less<>> byKind;
    for (const auto& reader : readers) {
        const auto kind = reader.kind();
        if (const auto [it, inserted] = byKind.emplace(kind, &reader); !inserted) {
            throw CatalogError(reader.name(), "/kind",
                               "a second \"" + kind + "\" file (the first is " + it->second->name() +
                                   "); a catalog takes exactly one file of each kind");
        }
    }
    for (const auto kind : {kSources, kRegulations, kProducts, kAlternatives}) {
        if (!byKind.contains(kind)) {
            throw CatalogError("catalog", "",
                               "no \"" + std::string(kind) +
                                   "\" file; a catalog needs one products, regulations, sources and alternatives file");
        }
    }
    // Order matters: regulations name jurisdictions they list, products are checked against regulations.
    byKind.at(std::string(kSources))->readSources();
    byKind.at(std::string(kRegulations))->readRegulations();
    byKind.at(std::string(kProducts))->readProducts();
    byKind.at(std::string(kRegulations))->checkCovers();
    byKind.at(std::string(kRegulations))->checkSourceReferences();
    byKind.at(std::string(kAlternatives))->readAlternatives();
    byKind.at(std::string(kProducts))->checkSourceReferences();
    byKind.at(std::string(kAlternatives))->checkSourceReferences();
    return catalog;
}

std::vector<CatalogFile> CatalogLoader::embeddedFilesWith(const std::vector<CatalogFile>& overrides)
{
    std::vector<CatalogFile> files;
    for (const auto& embedded : embeddedCatalogFiles()) {
        files.push_back({std::string(embedded.name), std::string(embedded.contents)});
    }
    // An override replaces the embedded file of its kind; an override with an unreadable kind is kept
    // as it is, so that loading it reports what is wrong with it.
    const auto kindOf = [](const CatalogFile& file) -> std::string {
        try {
            const auto document = nlohmann::json::parse(file.contents);
            return document.at("kind").get<std::string>();
        } catch (const nlohmann::json::exception&) {
            return {};
        }
    };
    for (const auto& file : overrides) {
        const auto kind = kindOf(file);
        if (!kind.empty()) {
            std::erase_if(files, [&](const CatalogFile& existing) { return kindOf(existing) == kind; });
        }
    }
    files.insert(files.end(), overrides.begin(), overrides.end());
    return files;
}

Catalog CatalogLoader::loadEmbedded()
{
    return load(embeddedFilesWith({}));
}

} // namespace offramp
