// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/macos/MacProbe.h"

#include "engine/utils/AsciiCase.h"
#include "platform/FolderListing.h"
#include "platform/macos/Plist.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <system_error>

namespace offramp::platform {
namespace {

namespace fs = std::filesystem;

// Info.plist and launchd files are a few kilobytes; a huge one is damaged or hostile.
constexpr std::uintmax_t kMaxPlistFileSize = 16ULL * 1024 * 1024;

// The file exists but could not be read at all (as opposed to being read and found damaged).
class UnreadableFile : public Error
{
public:
    explicit UnreadableFile(const std::string& message)
        : Error(ErrorKind::Unreadable, message)
    {}
};

std::string utf8(const fs::path& path)
{
    const std::u8string text = path.u8string();
    return {text.begin(), text.end()};
}

bool isDirectory(const fs::path& path)
{
    std::error_code error;
    return fs::is_directory(path, error);
}

bool isRegularFile(const fs::path& path)
{
    std::error_code error;
    return fs::is_regular_file(path, error);
}

// The account a machine path belongs to: "bob" for "/Users/bob/...".
std::string userOf(std::string_view machinePath)
{
    constexpr std::string_view kUsers = "/Users/";
    if (machinePath.substr(0, kUsers.size()) != kUsers) {
        return {};
    }
    const std::string_view rest = machinePath.substr(kUsers.size());
    const std::size_t slash = rest.find('/');
    return slash == std::string_view::npos ? std::string() : std::string(rest.substr(0, slash));
}

// Reads and parses a plist file. Throws UnreadableFile when it cannot be read, PlistError when it is damaged.
PlistValue readPlistFile(const fs::path& host)
{
    std::error_code error;
    const fs::file_status status = fs::status(host, error);
    if (error) {
        throw UnreadableFile(error.message());
    }
    if (!fs::is_regular_file(status)) {
        throw UnreadableFile("it is not a file");
    }
    const std::uintmax_t size = fs::file_size(host, error);
    if (error) {
        throw UnreadableFile(error.message());
    }
    if (size > kMaxPlistFileSize) {
        throw PlistError("it is " + std::to_string(size) + " bytes, far too large for a property list");
    }
    std::ifstream stream(host, std::ios::binary);
    if (!stream) {
        throw UnreadableFile("it could not be opened");
    }
    std::string bytes((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    if (stream.bad()) {
        throw UnreadableFile("it could not be read to the end");
    }
    return parsePlist(bytes);
}

struct FolderEntry
{
    std::string name;
    fs::path host;
};

class MacScanner
{
public:
    MacScanner(const RootedPath& root, const Watchlist& watchlist, MachineFacts& facts)
        : m_root(root)
        , m_watchlist(watchlist)
        , m_facts(facts)
    {}

    void scan()
    {
        scanApplications("/Applications");
        scanLaunchd("/Library/LaunchDaemons");
        scanLaunchd("/Library/LaunchAgents");
        for (const FolderEntry& account : list("/Users")) {
            if (account.name.starts_with('.') || !isDirectory(account.host)) {
                continue;
            }
            const std::string home = "/Users/" + account.name;
            scanApplications(home + "/Applications");
            scanLaunchd(home + "/Library/LaunchAgents");
        }
        scanPaths();
    }

private:
    // The entries of a folder of the machine, sorted by name. A missing folder is simply empty;
    // one that exists but cannot be read is worth a warning, since something may hide there.
    std::vector<FolderEntry> list(const std::string& machineFolder)
    {
        std::vector<FolderEntry> entries;
        fs::path host;
        try {
            host = m_root.host(machineFolder);
        } catch (const RootLinkError& outside) {
            m_facts.warnings.emplace_back(outside.what());
            return entries;
        }
        std::error_code error;
        fs::directory_iterator it = listFolder(host, error);
        if (error) {
            if (error == std::errc::filename_too_long) {
                throw pathTooLong(machineFolder, error);
            }
            if (error != std::errc::no_such_file_or_directory && error != std::errc::not_a_directory) {
                m_facts.warnings.push_back("could not read " + machineFolder + ": " + error.message());
            }
            return entries;
        }
        for (; it != fs::directory_iterator(); it.increment(error)) {
            // The folder is resolved already; an entry that is itself a link is resolved through the root too, so
            // that a link in a mounted disk never leads to this Mac's files.
            std::string name = utf8(it->path().filename());
            // An entry too long to reach would be passed over as if it were not a folder: a Mac that could not be
            // read through must not look clean.
            std::error_code lengthError;
            static_cast<void>(fs::symlink_status(it->path(), lengthError));
            if (lengthError == std::errc::filename_too_long) {
                std::string machinePath = machineFolder;
                machinePath += '/';
                machinePath += name;
                throw pathTooLong(machinePath, lengthError);
            }
            std::error_code linkError;
            if (!it->is_symlink(linkError)) {
                entries.push_back({std::move(name), it->path()});
                continue;
            }
            std::string machinePath = machineFolder;
            machinePath += '/';
            machinePath += name;
            try {
                fs::path entryHost = m_root.host(machinePath);
                entries.push_back({std::move(name), std::move(entryHost)});
            } catch (const RootLinkError& outside) {
                m_facts.warnings.emplace_back(outside.what());
            }
        }
        if (error) {
            m_facts.warnings.push_back("could not read all of " + machineFolder + ": " + error.message());
        }
        std::sort(entries.begin(), entries.end(),
                  [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; });
        return entries;
    }

    // Bundles directly in the folder and one level down, in vendor folders such as "/Applications/Utilities".
    void scanApplications(const std::string& machineFolder)
    {
        for (const FolderEntry& entry : list(machineFolder)) {
            if (!isDirectory(entry.host)) {
                continue;
            }
            const std::string machinePath = machineFolder + "/" + entry.name;
            if (utils::endsWithIgnoringCase(entry.name, ".app")) {
                considerBundle(entry, machinePath);
                continue;
            }
            for (const FolderEntry& inner : list(machinePath)) {
                if (utils::endsWithIgnoringCase(inner.name, ".app") && isDirectory(inner.host)) {
                    considerBundle(inner, machinePath + "/" + inner.name);
                }
            }
        }
    }

    void considerBundle(const FolderEntry& bundle, const std::string& machinePath)
    {
        const std::string name = bundle.name.substr(0, bundle.name.size() - 4);
        const bool nameWanted = m_watchlist.wants(SignatureKind::BundleNames, name);
        const std::string infoMachine = machinePath + "/Contents/Info.plist";
        fs::path infoHost;
        try {
            infoHost = m_root.host(infoMachine);
        } catch (const RootLinkError& outside) {
            m_facts.warnings.emplace_back(outside.what());
            return;
        }
        std::error_code error;
        if (fs::status(infoHost, error).type() == fs::file_type::not_found) {
            return; // not a bundle after all (or an unfinished copy): nothing to identify it by
        }
        PlistValue info;
        try {
            info = readPlistFile(infoHost);
            if (info.asDict() == nullptr) {
                throw PlistError("its top level is " + std::string(plistTypeName(info.type())) + ", not a dictionary");
            }
        } catch (const PlistError& damaged) {
            if (nameWanted) {
                throw ProbeError(infoMachine + ": " + damaged.what() +
                                     " \u2014 this Kaspersky app's information file is damaged",
                                 ErrorKind::Damaged, infoMachine);
            }
            m_facts.warnings.push_back("skipped " + machinePath + ": its Info.plist could not be read (" +
                                       damaged.what() + ")");
            return;
        } catch (const UnreadableFile& unreadable) {
            if (nameWanted) {
                throw ProbeError(infoMachine + ": " + unreadable.what() +
                                     " \u2014 this Kaspersky app's information file cannot be read",
                                 ErrorKind::Unreadable, infoMachine);
            }
            m_facts.warnings.push_back("skipped " + machinePath + ": its Info.plist could not be read (" +
                                       unreadable.what() + ")");
            return;
        }

        const std::string* id = info.stringFor("CFBundleIdentifier");
        const std::string* bundleName = info.stringFor("CFBundleName");
        const std::string* displayName = info.stringFor("CFBundleDisplayName");
        const bool wanted = nameWanted || (id != nullptr && m_watchlist.wants(SignatureKind::BundleIds, *id)) ||
                            (bundleName != nullptr && m_watchlist.wants(SignatureKind::BundleNames, *bundleName)) ||
                            (displayName != nullptr && m_watchlist.wants(SignatureKind::BundleNames, *displayName));
        if (!wanted) {
            return;
        }
        Fact fact;
        fact.kind = FactKind::AppBundle;
        fact.name = name;
        fact.id = id != nullptr ? *id : std::string();
        const std::string* shortVersion = info.stringFor("CFBundleShortVersionString");
        const std::string* bundleVersion = info.stringFor("CFBundleVersion");
        if (shortVersion != nullptr && !shortVersion->empty()) {
            fact.version = *shortVersion;
        } else if (bundleVersion != nullptr) {
            fact.version = *bundleVersion;
        }
        fact.where = machinePath;
        fact.user = userOf(machinePath);
        m_facts.facts.push_back(std::move(fact));
    }

    void scanLaunchd(const std::string& machineFolder)
    {
        for (const FolderEntry& entry : list(machineFolder)) {
            if (!utils::endsWithIgnoringCase(entry.name, ".plist") || !isRegularFile(entry.host)) {
                continue;
            }
            const std::string machinePath = machineFolder + "/" + entry.name;
            const std::string fileLabel = entry.name.substr(0, entry.name.size() - 6);
            const bool fileWanted = m_watchlist.wants(SignatureKind::LaunchdJobs, fileLabel);
            PlistValue job;
            try {
                job = readPlistFile(entry.host);
            } catch (const PlistError& damaged) {
                if (fileWanted) {
                    throw ProbeError(machinePath + ": " + damaged.what() +
                                         " \u2014 this Kaspersky launchd job's file is damaged",
                                     ErrorKind::Damaged, machinePath);
                }
                m_facts.warnings.push_back("skipped " + machinePath + ": it could not be read as a property list (" +
                                           damaged.what() + ")");
                continue;
            } catch (const UnreadableFile& unreadable) {
                if (fileWanted) {
                    throw ProbeError(machinePath + ": " + unreadable.what() +
                                         " \u2014 this Kaspersky launchd job's file cannot be read",
                                     ErrorKind::Unreadable, machinePath);
                }
                m_facts.warnings.push_back("skipped " + machinePath + ": it could not be read (" + unreadable.what() +
                                           ")");
                continue;
            }
            const std::string* declared = job.stringFor("Label");
            const std::string label = declared != nullptr && !declared->empty() ? *declared : fileLabel;
            if (!fileWanted && !m_watchlist.wants(SignatureKind::LaunchdJobs, label)) {
                continue;
            }
            Fact fact;
            fact.kind = FactKind::LaunchdJob;
            fact.name = label;
            fact.where = machinePath;
            fact.user = userOf(machinePath);
            m_facts.facts.push_back(std::move(fact));
        }
    }

    void scanPaths()
    {
        std::set<std::string> seen;
        for (const std::string& pattern : m_watchlist.paths()) {
            std::vector<std::string> found;
            try {
                found = m_root.expand(pattern);
            } catch (const std::filesystem::filesystem_error& error) {
                m_facts.warnings.push_back("could not look for " + pattern + ": " + error.code().message());
                continue;
            }
            for (std::string& machinePath : found) {
                if (!seen.insert(machinePath).second) {
                    continue;
                }
                Fact fact;
                fact.kind = FactKind::Path;
                fact.name = machinePath;
                fact.user = userOf(machinePath);
                fact.where = std::move(machinePath);
                m_facts.facts.push_back(std::move(fact));
            }
        }
    }

    const RootedPath& m_root;
    const Watchlist& m_watchlist;
    MachineFacts& m_facts;
};

} // namespace

MacProbe::MacProbe(std::filesystem::path root)
    : m_root(std::move(root))
{}

MachineFacts MacProbe::probe(const Watchlist& watchlist)
{
    const fs::path& root = m_root.root();
    const std::string rootText = utf8(root);
    std::error_code error;
    const fs::file_status status = fs::status(root, error);
    if (error) {
        throw ProbeError("cannot read the root folder " + rootText + ": " + error.message(), errorKindOf(error),
                         rootText);
    }
    if (!fs::is_directory(status)) {
        throw ProbeError("cannot read the root folder " + rootText + ": it is not a folder", ErrorKind::NotFound,
                         rootText);
    }
    // Opening it tells a folder that exists apart from one that can also be read.
    const fs::directory_iterator probeOpen = listFolder(root, error);
    if (error) {
        throw ProbeError("cannot read the root folder " + rootText + ": " + error.message(), errorKindOf(error),
                         rootText);
    }

    MachineFacts facts;
    facts.platform = Platform::MacOS;
    facts.root = rootText;
    MacScanner(m_root, watchlist, facts).scan();
    return facts;
}

} // namespace offramp::platform
