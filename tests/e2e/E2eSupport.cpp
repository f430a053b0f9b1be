// SPDX-License-Identifier: GPL-3.0-or-later
#include "E2eSupport.h"

#include <QCryptographicHash>
#include <QJsonParseError>

#include <fstream>
#include <set>
#include <sstream>

namespace offramp::e2e {

std::string macInfoPlist()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
           "\t<key>CFBundleIdentifier</key>\n\t<string>com.kaspersky.kav</string>\n"
           "\t<key>CFBundleName</key>\n\t<string>Kaspersky Anti-Virus</string>\n"
           "\t<key>CFBundleShortVersionString</key>\n\t<string>21.0.27</string>\n"
           "</dict>\n</plist>\n";
}

std::vector<TestPackage> kasperskyPackages(const std::string& version, bool withGui)
{
    std::vector<TestPackage> packages;
    packages.push_back(
        {"kesl",
         version,
         {{"/opt/kaspersky/kesl/bin/kesl-control", "kesl-control, a test file\n"},
          {"/opt/kaspersky/kesl/lib/libkesl.so", std::string("\x7f"
                                                             "ELF test library\n")},
          {"/usr/lib/systemd/system/kesl.service", "[Service]\nExecStart=/opt/kaspersky/kesl/bin/kesl\n"},
          {"/etc/opt/kaspersky/kesl/kesl.ini", "[General]\nTest=1\n", true}},
         {}});
    if (withGui) {
        packages.push_back({"kesl-gui",
                            version,
                            {{"/opt/kaspersky/kesl-gui/bin/kesl-gui", "kesl-gui, a test file\n"},
                             {"/opt/kaspersky/kesl-gui/share/kesl-gui.desktop", "[Desktop Entry]\nName=KESL\n"}},
                            "kesl"});
    }
    packages.push_back({"klnagent64",
                        version,
                        {{"/opt/kaspersky/klnagent64/bin/klnagchk", "klnagchk, a test file\n"},
                         {"/lib/systemd/system/klnagent64.service", "[Service]\nExecStart=/bin/true\n"}},
                        {}});
    return packages;
}

std::string dpkgScript(const std::string& script, const std::string& name)
{
    const std::string flags = "\"$DPKG_ROOT/.e2e/";
    std::string text = "#!/bin/sh\necho \"" + name + " " + script + " $1\" >> " + flags + "scripts.log\"\n";
    if (script == "prerm") {
        text += "if [ -e " + flags + "crash-" + name + "\" ]; then rm -f " + flags + "crash-" + name +
                "\"; kill -SEGV \"$PPID\"; fi\n";
        text += "if [ -e " + flags + "hang-" + name + "\" ]; then sleep 1000; fi\n";
        text += "if [ -e " + flags + "slow-" + name + "\" ]; then sleep 30; fi\n";
        text += "while [ -e " + flags + "wait-" + name + "\" ]; do sleep 0.1; done\n";
        text += "echo \"Stopping " + name + ".\"\necho \"" + name + ": nothing left to stop\" >&2\n";
        text += "echo \"" + name + " wrote $1\" >> " + flags + "scripts.log\"\n";
    } else {
        text += "if [ -e " + flags + "slow-" + script + "-" + name + "\" ]; then sleep 30; fi\n";
    }
    return text + "exit 0\n";
}

fs::path buildDeb(const fs::path& work, const TestPackage& package)
{
    const fs::path tree = work / ("deb-" + package.name);
    std::string conffiles;
    for (const PackageFile& file : package.files) {
        test::writeFile(tree / file.path.substr(1), file.contents);
        if (file.conffile) {
            conffiles += file.path + '\n';
        }
    }
    test::writeFile(tree / "DEBIAN/control",
                    "Package: " + package.name + "\nVersion: " + package.version +
                        "\nArchitecture: all\nMaintainer: Offramp Tests <tests@offramp.invalid>\n" +
                        (package.depends.empty() ? std::string() : "Depends: " + package.depends + "\n") +
                        "Description: test package " + package.name +
                        "\n A package built by the Offramp end-to-end tests.\n");
    if (!conffiles.empty()) {
        test::writeFile(tree / "DEBIAN/conffiles", conffiles);
    }
    for (const char* script : {"prerm", "postrm"}) {
        test::writeFile(tree / "DEBIAN" / script, dpkgScript(script, package.name));
        fs::permissions(tree / "DEBIAN" / script, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                                      fs::perms::others_read | fs::perms::others_exec);
    }
    fs::path deb = work / (package.name + "_" + package.version + "_all.deb");
    test::runOrThrow(test::requireTool("dpkg-deb"), {QStringLiteral("--root-owner-group"), QStringLiteral("--build"),
                                                     test::qPath(tree), test::qPath(deb)});
    return deb;
}

void makeDpkgRoot(const fs::path& root)
{
    for (const char* folder : {"var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"}) {
        fs::create_directories(root / folder);
    }
    test::writeFile(root / "var/lib/dpkg/status", "");
    test::writeFile(root / "var/lib/dpkg/available", "");
    fs::create_directories(root / kTestFolder);
}

void dpkgInstall(const fs::path& root, const std::vector<fs::path>& debs)
{
    QStringList arguments{QStringLiteral("--root=") + test::qPath(root), QStringLiteral("--force-script-chrootless"),
                          QStringLiteral("--force-not-root"), QStringLiteral("--log=/dev/null"), QStringLiteral("-i")};
    for (const fs::path& deb : debs) {
        arguments << test::qPath(deb);
    }
    test::runOrThrow(test::requireTool("dpkg"), arguments);
}

std::map<QString, QString> dpkgPackages(const fs::path& root)
{
    const auto result = test::run(QString::fromStdString(test::requireTool("dpkg-query")),
                                  {QStringLiteral("--admindir=") + test::qPath(root / "var/lib/dpkg"),
                                   QStringLiteral("-W"), QStringLiteral("-f=${Package}\\t${Status}\\n")});
    if (result.exitCode != 0 && !result.err.isEmpty() && !result.err.contains("no packages found")) {
        throw std::runtime_error("dpkg-query failed: " + result.err.toStdString());
    }
    std::map<QString, QString> packages;
    for (const QString& line : QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto fields = line.split(QLatin1Char('\t'));
        packages[fields.front()] = fields.size() > 1 ? fields[1] : QString();
    }
    return packages;
}

fs::path buildRpm(const fs::path& top, const TestPackage& package)
{
    const auto dash = package.version.rfind('-');
    const std::string version = package.version.substr(0, dash);
    const std::string release = dash == std::string::npos ? "1" : package.version.substr(dash + 1);
    std::string install;
    std::string files;
    std::set<std::string> folders;
    for (const PackageFile& file : package.files) {
        const fs::path path(file.path);
        install += "mkdir -p %{buildroot}" + path.parent_path().string() + "\necho '" +
                   file.contents.substr(0, file.contents.find('\n')) + "' > %{buildroot}" + file.path + "\n";
        files += (file.conffile ? "%config(noreplace) " : "") + file.path + "\n";
        // The package owns its folders below Kaspersky's, so that removing it removes them, as a real one does.
        for (fs::path folder = path.parent_path(); folder.string().find("kaspersky") != std::string::npos;
             folder = folder.parent_path()) {
            folders.insert(folder.string());
        }
    }
    for (const std::string& folder : folders) {
        files += "%dir " + folder + "\n";
    }
    const std::string spec = "Name: " + package.name + "\nVersion: " + version + "\nRelease: " + release +
                             "\nSummary: test package " + package.name +
                             "\nLicense: GPL-3.0-or-later\nBuildArch: noarch\n\n"
                             "%description\nA package built by the Offramp end-to-end tests.\n\n"
                             "%install\n" +
                             install +
                             "\n%preun -p <lua>\n"
                             "local log = io.open(\"/.e2e/scripts.log\", \"a\")\n"
                             "log:write(\"" +
                             package.name +
                             " preun\\n\")\n"
                             "log:close()\n"
                             "if posix.access(\"/.e2e/crash-" +
                             package.name + "\") then os.remove(\"/.e2e/crash-" + package.name +
                             "\") posix.kill(posix.getprocessid(\"pid\"), 11) end\n"
                             "if posix.access(\"/.e2e/hang-" +
                             package.name +
                             "\") then posix.sleep(1000) end\n"
                             "if posix.access(\"/.e2e/slow-" +
                             package.name + "\") then posix.sleep(30) end\n\n%files\n" + files;
    const fs::path specFile = top / "SPECS" / (package.name + ".spec");
    test::writeFile(specFile, spec);
    test::runOrThrow(test::requireTool("rpmbuild"),
                     {QStringLiteral("--define"), QStringLiteral("_topdir ") + test::qPath(top),
                      QStringLiteral("--nodeps"), QStringLiteral("--quiet"), QStringLiteral("-bb"),
                      test::qPath(specFile)});
    fs::path rpm = top / "RPMS/noarch" / (package.name + "-" + version + "-" + release + ".noarch.rpm");
    if (!fs::exists(rpm)) {
        throw std::runtime_error("rpmbuild did not write " + rpm.string());
    }
    return rpm;
}

void rpmInstall(const fs::path& root, const std::vector<fs::path>& rpms)
{
    fs::create_directories(root / kTestFolder);
    const std::string rpm = test::requireTool("rpm");
    const QStringList base{QStringLiteral("--root=") + test::qPath(root), QStringLiteral("--dbpath=/var/lib/rpm")};
    test::runOrThrow(rpm, QStringList(base) << QStringLiteral("--initdb"));
    QStringList arguments = QStringList(base) << QStringLiteral("--nodeps") << QStringLiteral("-i");
    for (const fs::path& file : rpms) {
        arguments << test::qPath(file);
    }
    test::runOrThrow(rpm, arguments);
}

QStringList rpmPackages(const fs::path& root)
{
    const auto result = test::run(QString::fromStdString(test::requireTool("rpm")),
                                  {QStringLiteral("--dbpath"), test::qPath(root / "var/lib/rpm"), QStringLiteral("-qa"),
                                   QStringLiteral("--qf"), QStringLiteral("%{NAME}\\n")});
    if (result.exitCode != 0) {
        throw std::runtime_error("rpm -qa failed: " + result.err.toStdString());
    }
    QStringList names = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.sort();
    return names;
}

int scriptStarts(const fs::path& root, const QString& package, const std::string& script)
{
    std::ifstream log(root / kTestFolder / "scripts.log");
    int count = 0;
    const std::string prefix = package.toStdString() + " " + script;
    for (std::string line; std::getline(log, line);) {
        count += line.starts_with(prefix) ? 1 : 0;
    }
    return count;
}

void setScriptFlag(const fs::path& root, const char* flag, const QString& package, bool on)
{
    const fs::path file = root / kTestFolder / (std::string(flag) + "-" + package.toStdString());
    if (on) {
        test::writeFile(file, "");
    } else {
        fs::remove(file);
    }
}

void writeUserFiles(const fs::path& root)
{
    std::string binary;
    for (int i = 0; i < 4096; ++i) {
        binary.push_back(static_cast<char>((i * 37) % 256));
    }
    test::writeFile(root / "home/user/Documents/taxes-2025.ods", binary);
    test::writeFile(root / "home/user/Documents/kaspersky-password-export.txt",
                    "Websites\n\nWebsite name: example\nLogin: me\nPassword: secret\n");
    test::writeFile(root / "home/user/Downloads/kesl_12.1.0-1297_amd64.deb", "not really a package\n");
    test::writeFile(root / "home/user/.config/kaspersky-notes.txt", "keep me\n");
    test::writeFile(root / "etc/hostname", "office-pc-07\n");
    test::writeFile(root / "opt/other-vendor/bin/tool", "another vendor's program\n");
}

TreeDigest digestTree(const fs::path& root, bool withFolders)
{
    TreeDigest digest;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
        const fs::path& path = it->path();
        const std::string relative = fs::relative(path, root).generic_string();
        const auto status = it->symlink_status();
        const auto mode = std::to_string(static_cast<int>(status.permissions()));
        if (fs::is_symlink(status)) {
            digest[relative] = "link " + fs::read_symlink(path).string();
        } else if (fs::is_directory(status)) {
            if (withFolders) {
                digest[relative] = "dir " + mode;
            }
        } else {
            const std::string contents = test::readFile(path);
            digest[relative] = "file " +
                               QCryptographicHash::hash(QByteArray::fromStdString(contents), QCryptographicHash::Sha256)
                                   .toHex()
                                   .toStdString() +
                               " " + mode;
        }
    }
    return digest;
}

QStringList treeChanges(const TreeDigest& before, const TreeDigest& after,
                        const std::function<bool(const std::string&)>& ignore)
{
    QStringList changes;
    for (const auto& [path, what] : before) {
        if (ignore && ignore(path)) {
            continue;
        }
        const auto now = after.find(path);
        if (now == after.end()) {
            changes << QString::fromStdString("gone: " + path);
        } else if (now->second != what) {
            changes << QString::fromStdString("changed: " + path);
        }
    }
    for (const auto& [path, what] : after) {
        if (!before.contains(path) && !(ignore && ignore(path))) {
            changes << QString::fromStdString("new: " + path);
        }
    }
    return changes;
}

bool sqliteSharedMemory(const std::string& path)
{
    return path.ends_with(".sqlite-shm");
}

std::function<bool(const std::string&)> packagesOwn(const std::vector<TestPackage>& packages,
                                                    std::vector<std::string> databasePrefixes)
{
    std::set<std::string> files;
    for (const auto& package : packages) {
        for (const auto& file : package.files) {
            files.insert(file.path.substr(1));
        }
    }
    databasePrefixes.emplace_back(std::string(kTestFolder) + "/");
    return [files = std::move(files), prefixes = std::move(databasePrefixes)](const std::string& path) {
        if (files.contains(path)) {
            return true;
        }
        for (const auto& prefix : prefixes) {
            if (path.starts_with(prefix)) {
                return true;
            }
        }
        return false;
    };
}

QStringList presentFiles(const fs::path& root, const std::vector<TestPackage>& packages)
{
    QStringList present;
    for (const auto& package : packages) {
        for (const auto& file : package.files) {
            if (fs::exists(fs::symlink_status(root / file.path.substr(1)))) {
                present << QString::fromStdString(file.path);
            }
        }
    }
    return present;
}

std::vector<ProcessInfo> sessionProcesses(pid_t session, bool withDead)
{
    std::vector<ProcessInfo> processes;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/proc", error)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        std::ifstream file(entry.path() / "stat");
        std::string text;
        if (!std::getline(file, text)) {
            continue; // gone meanwhile
        }
        // "pid (name) state ppid pgrp session ...": the name may hold spaces and parentheses.
        const auto open = text.find('(');
        const auto close = text.rfind(')');
        if (open == std::string::npos || close == std::string::npos || close < open) {
            continue;
        }
        ProcessInfo info;
        info.pid = std::stoi(name);
        info.name = text.substr(open + 1, close - open - 1);
        std::istringstream rest(text.substr(close + 1));
        rest >> info.state >> info.parent >> info.group >> info.session;
        if (!rest || info.session != session) {
            continue;
        }
        if (!withDead && (info.state == 'Z' || info.state == 'X')) {
            continue;
        }
        processes.push_back(info);
    }
    return processes;
}

QString describeProcesses(const std::vector<ProcessInfo>& processes)
{
    QStringList lines;
    for (const auto& process : processes) {
        lines << QStringLiteral("%1 %2 [%3] group %4")
                     .arg(process.pid)
                     .arg(QString::fromStdString(process.name))
                     .arg(QLatin1Char(process.state))
                     .arg(process.group);
    }
    return lines.join(QStringLiteral("; "));
}

std::vector<ProcessInfo> killSession(pid_t session)
{
    std::map<pid_t, ProcessInfo> stopped;
    for (bool found = true; found;) {
        found = false;
        for (const auto& process : sessionProcesses(session)) {
            if (stopped.emplace(process.pid, process).second) {
                ::kill(process.pid, SIGSTOP);
                found = true;
            }
        }
    }
    std::vector<ProcessInfo> killed;
    for (const auto& [pid, process] : stopped) {
        ::kill(pid, SIGKILL);
        killed.push_back(process);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!sessionProcesses(session).empty() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return killed;
}

QJsonObject parseObject(const QByteArray& text, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a JSON object (%1): %2").arg(parseError.errorString(), QString::fromUtf8(text));
        return {};
    }
    error->clear();
    return document.object();
}

QJsonObject readJournal(const fs::path& path, QString* error)
{
    if (!fs::exists(path)) {
        *error = QStringLiteral("no journal at ") + test::qPath(path);
        return {};
    }
    QJsonObject journal = parseObject(QByteArray::fromStdString(test::readFile(path)), error);
    if (error->isEmpty() &&
        journal.value(QStringLiteral("kind")).toString() != QStringLiteral("offramp-removal-journal")) {
        *error = QStringLiteral("not a removal journal: ") + test::qPath(path);
    }
    return journal;
}

QStringList stepStates(const QJsonObject& journal)
{
    QStringList states;
    for (const auto& value : journal.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        states << step.value(QStringLiteral("target")).toString() + QLatin1Char(':') +
                      step.value(QStringLiteral("state")).toString();
    }
    return states;
}

QJsonObject stepFor(const QJsonObject& journal, const QString& target)
{
    for (const auto& value : journal.value(QStringLiteral("steps")).toArray()) {
        if (value.toObject().value(QStringLiteral("target")).toString() == target) {
            return value.toObject();
        }
    }
    return {};
}

QStringList eventsOf(const QJsonObject& journal)
{
    QStringList events;
    for (const auto& value : journal.value(QStringLiteral("events")).toArray()) {
        events << value.toObject().value(QStringLiteral("what")).toString();
    }
    return events;
}

QString storyGap(const QStringList& events, const QStringList& expected)
{
    qsizetype next = 0;
    for (const QString& prefix : expected) {
        while (next < events.size() && !events[next].startsWith(prefix)) {
            ++next;
        }
        if (next == events.size()) {
            return QStringLiteral("the journal's events lack \"%1\" (in this order); they are:\n  %2")
                .arg(prefix, events.join(QStringLiteral("\n  ")));
        }
        ++next;
    }
    return {};
}

int countStarting(const QStringList& lines, const QString& prefix)
{
    int count = 0;
    for (const QString& line : lines) {
        count += line.startsWith(prefix) ? 1 : 0;
    }
    return count;
}

ScanOutcome scanRoot(const fs::path& root)
{
    ScanOutcome outcome;
    const auto result =
        test::runCli({QStringLiteral("scan"), QStringLiteral("--root"), test::qPath(root), QStringLiteral("--json")});
    outcome.exitCode = result.exitCode;
    const QJsonObject scan = parseObject(result.out, &outcome.error);
    for (const auto& value : scan.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        outcome.products << finding.value(QStringLiteral("product")).toString() + QStringLiteral(" (") +
                                finding.value(QStringLiteral("state")).toString() + QLatin1Char(')');
    }
    if (!scan.contains(QStringLiteral("findings")) && outcome.error.isEmpty()) {
        outcome.error = QStringLiteral("the scan printed no findings[]: ") + QString::fromUtf8(result.out + result.err);
    }
    return outcome;
}

QStringList folderEntries(const fs::path& folder)
{
    QStringList names;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        names << QString::fromStdString(entry.path().filename().string());
    }
    names.sort();
    return names;
}

void expectGaveUpOnHungScript(CliInSession& cli, const fs::path& root, const QString& target, int timeoutSeconds)
{
    QVERIFY(cli.started());
    QVERIFY2(cli.waitForFinished(60000), "offramp-cli did not give up on the hung removal script within 60 seconds");
    QVERIFY2(scriptStarts(root, target) == 1, cli.describe());
    QVERIFY2(!cli.crashed() && cli.exitCode() == 4, cli.describe());
    QVERIFY2(cli.elapsedMs() >= timeoutSeconds * 1000 && cli.elapsedMs() < 60000, QByteArray::number(cli.elapsedMs()));
    QVERIFY2(sessionProcesses(cli.session()).empty(), qPrintable(describeProcesses(sessionProcesses(cli.session()))));
    QCOMPARE(scriptStarts(root, target), 1);
}

} // namespace offramp::e2e
