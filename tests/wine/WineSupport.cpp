// SPDX-License-Identifier: GPL-3.0-or-later
#include "WineSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <set>
#include <stdexcept>
#include <string>

namespace offramp::test::wine {

namespace fs = std::filesystem;

QString windowsBuildDir()
{
    return QStringLiteral(OFFRAMP_SOURCE_DIR "/build-windows");
}

QString cliExe()
{
    return windowsBuildDir() + QStringLiteral("/offramp-cli.exe");
}

QString wizardExe()
{
    return windowsBuildDir() + QStringLiteral("/offramp.exe");
}

QString helperExe(const QString& name)
{
    return windowsBuildDir() + QLatin1Char('/') + name + QStringLiteral(".exe");
}

QString workDir()
{
    return QStringLiteral(OFFRAMP_WINE_WORK_DIR);
}

QString basePrefix()
{
    return workDir() + QStringLiteral("/base-prefix");
}

QString requireProgram(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        throw std::runtime_error(name.toStdString() +
                                 " is not installed: the Wine tests need wine, wine64 and g++-mingw-w64-x86-64-posix "
                                 "(scripts/setup-debian.sh installs them)");
    }
    return path;
}

RunResult run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
              int timeoutMs, const QString& workingDirectory, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(program, arguments);
    const QString command = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    if (!process.waitForStarted(30000)) {
        throw std::runtime_error("could not start " + command.toStdString() + ": " +
                                 process.errorString().toStdString());
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error(command.toStdString() + " did not finish within " + std::to_string(timeoutMs / 1000) +
                                 " s; what it printed: " + process.readAllStandardError().left(2000).toStdString());
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        throw std::runtime_error(command.toStdString() + " crashed");
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString throughDriveZ(const QString& hostPath)
{
    return QStringLiteral("Z:") + QString(hostPath).replace(QLatin1Char('/'), QLatin1Char('\\'));
}

QProcessEnvironment wineEnvironment(const QString& prefix)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WINEPREFIX"), prefix);
    environment.insert(QStringLiteral("WINEARCH"), QStringLiteral("win64"));
    environment.insert(QStringLiteral("WINEDEBUG"), QStringLiteral("-all"));
    // No dialog offering to download Mono or Gecko: nothing here needs them.
    environment.insert(QStringLiteral("WINEDLLOVERRIDES"), QStringLiteral("mscoree,mshtml="));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return environment;
}

void copyPrefix(const fs::path& from, const fs::path& to)
{
    // Wine rewrites these in place; everything else (DLLs, fonts, folders) the tests only read or add to.
    static const std::set<std::string> kRewritten{"system.reg", "user.reg", "userdef.reg", ".update-timestamp"};
    fs::create_directories(to);
    for (auto it = fs::recursive_directory_iterator(from); it != fs::recursive_directory_iterator(); ++it) {
        // Lexically: the prefix links to folders outside it (users/<name>/Documents leads to $HOME).
        const fs::path target = to / it->path().lexically_relative(from);
        const auto status = it->symlink_status();
        if (fs::is_symlink(status)) {
            fs::copy_symlink(it->path(), target); // e.g. dosdevices/z:, which leads to "/"
        } else if (fs::is_directory(status)) {
            fs::create_directory(target);
        } else if (kRewritten.contains(it->path().filename().string())) {
            fs::copy_file(it->path(), target);
        } else {
            std::error_code error;
            fs::create_hard_link(it->path(), target, error);
            if (error) {
                fs::copy_file(it->path(), target);
            }
        }
    }
}

Prefix::Prefix()
    : m_dir(workDir() + QStringLiteral("/prefix-XXXXXX"))
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot make a folder under " + workDir().toStdString());
    }
    // Removed with std::filesystem::remove_all, which never follows the prefix's links to "/" and $HOME.
    m_dir.setAutoRemove(false);
    if (!QFileInfo::exists(basePrefix() + QStringLiteral("/system.reg"))) {
        throw std::runtime_error("there is no base Wine prefix at " + basePrefix().toStdString() +
                                 ": test_wine_build makes it (ctest runs it first)");
    }
    m_prefix = m_dir.path() + QStringLiteral("/prefix");
    copyPrefix(basePrefix().toStdString(), m_prefix.toStdString());
}

Prefix::~Prefix()
{
    try {
        run(QStandardPaths::findExecutable(QStringLiteral("wineserver")), {QStringLiteral("-k")},
            wineEnvironment(m_prefix), 30000);
    } catch (const std::exception&) {
        // Nothing was running there.
    }
    std::error_code error;
    fs::remove_all(m_dir.path().toStdString(), error);
}

QStringList Prefix::runningPrograms() const
{
    const QByteArray mark = "WINEPREFIX=" + m_prefix.toUtf8();
    QStringList programs;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/proc", error)) {
        const std::string pid = entry.path().filename().string();
        if (pid.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        QFile environ(QString::fromStdString(entry.path().string() + "/environ"));
        if (!environ.open(QIODevice::ReadOnly) || !environ.readAll().split('\0').contains(mark)) {
            continue;
        }
        QFile command(QString::fromStdString(entry.path().string() + "/cmdline"));
        if (command.open(QIODevice::ReadOnly)) {
            programs << QString::fromStdString(pid) + QStringLiteral(": ") +
                            QString::fromUtf8(command.readAll().replace('\0', ' ')).trimmed();
        }
    }
    return programs;
}

fs::path Prefix::driveC() const
{
    return fs::path(m_prefix.toStdString()) / "drive_c";
}

fs::path Prefix::hostPath(const QString& windowsPath) const
{
    QString rest = windowsPath;
    if (!rest.startsWith(QStringLiteral("C:\\"), Qt::CaseInsensitive)) {
        throw std::runtime_error("not a path on C: " + windowsPath.toStdString());
    }
    rest = rest.mid(3).replace(QLatin1Char('\\'), QLatin1Char('/'));
    return driveC() / rest.toStdString();
}

RunResult Prefix::wine(const QStringList& arguments, const QProcessEnvironment& extra, int timeoutMs,
                       const QByteArray& input) const
{
    QProcessEnvironment environment = wineEnvironment(m_prefix);
    for (const auto& name : extra.keys()) {
        environment.insert(name, extra.value(name));
    }
    return run(requireProgram(QStringLiteral("wine")), arguments, environment, timeoutMs, m_prefix, input);
}

void Prefix::importInSession(const QString& regFile) const
{
    // Wine's regedit takes the bytes of a hex(1) value in a file that is not UTF-16 for characters of their own,
    // one each ("C" becomes "C", NUL, ...): such a file goes in through a UTF-16 copy, as regedit writes them.
    QString file = regFile;
    QFile source(regFile);
    if (source.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = source.readAll();
        if (!bytes.startsWith("\xFF\xFE") && bytes.contains("=hex(1):")) {
            file = writeUtf16Reg(m_dir.filePath(QFileInfo(regFile).completeBaseName() + QStringLiteral(".utf16.reg")),
                                 QString::fromLatin1(bytes)
                                     .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                     .replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
        }
    }
    const RunResult imported = wine({QStringLiteral("regedit"), QStringLiteral("/S"), throughDriveZ(file)});
    if (imported.exitCode != 0) {
        throw std::runtime_error("wine regedit could not import " + regFile.toStdString() + ": " +
                                 imported.err.toStdString());
    }
}

void Prefix::importRegistry(const QString& regFile) const
{
    importInSession(regFile);
    waitUntilIdle();
}

void Prefix::startSession() const
{
    run(requireProgram(QStringLiteral("wineserver")), {QStringLiteral("-p")}, wineEnvironment(m_prefix), 30000);
}

void Prefix::waitUntilIdle() const
{
    run(requireProgram(QStringLiteral("wineserver")), {QStringLiteral("-w")}, wineEnvironment(m_prefix), 120000);
}

QString writeUtf16Reg(const QString& path, const QString& text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar unit : text) {
        bytes.append(static_cast<char>(unit.unicode() & 0xFFU));
        bytes.append(static_cast<char>(unit.unicode() >> 8U));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        throw std::runtime_error("cannot write " + path.toStdString());
    }
    return path;
}

void checkScanContract(const nlohmann::json& scan)
{
    QCOMPARE(scan.at("schema_version").get<int>(), 1);
    QCOMPARE(scan.at("platform").get<std::string>(), std::string("windows"));
    QVERIFY(scan.at("root").is_string());
    QVERIFY(scan.at("warnings").is_array());
    QVERIFY(scan.at("findings").is_array());
    static const std::set<std::string> kWindowsKinds{"uninstall-entry", "registry-key", "service", "driver", "path"};
    for (const auto& finding : scan.at("findings")) {
        for (const char* key : {"id", "vendor", "product", "version", "state"}) {
            QVERIFY2(finding.at(key).is_string(), key);
        }
        QVERIFY(finding.at("state") == "installed" || finding.at("state") == "leftovers");
        QVERIFY(finding.at("banned").is_boolean());
        QVERIFY(!finding.at("evidence").empty());
        for (const auto& evidence : finding.at("evidence")) {
            QVERIFY2(kWindowsKinds.contains(evidence.at("kind").get<std::string>()), evidence.dump().c_str());
            QVERIFY(!evidence.at("where").get<std::string>().empty());
            QVERIFY(evidence.at("what").is_string());
        }
        QVERIFY(finding.at("regulations").is_array());
        if (finding.contains("user")) {
            QVERIFY(!finding.at("user").get<std::string>().empty());
        }
    }
    // What protects this PC now: always answered, honestly "not available" where it cannot be asked.
    const auto& center = scan.at("security_center");
    QVERIFY(center.at("available").is_boolean());
    QVERIFY(center.at("antivirus").is_array());
    if (!center.at("available").get<bool>()) {
        QVERIFY(!center.at("reason").get<std::string>().empty());
    }
}

} // namespace offramp::test::wine
