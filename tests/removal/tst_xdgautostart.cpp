// SPDX-License-Identifier: GPL-3.0-or-later
// Resume at login on Linux: the XDG autostart entry. Exec quoting follows the Desktop Entry Specification
// and is checked against GLib's own key file reader and argument splitter (the code GNOME runs autostart
// entries with), loaded from libglib-2.0, which Qt itself depends on.
#include "TestSupport.h"
#include "platform/ResumeAtLogin.h"
#include "platform/linux/XdgAutostart.h"

#include <QLibrary>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <vector>

using namespace offramp;
using namespace offramp::platform;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {

// The few GLib functions the oracle needs, declared by hand: no GLib headers are installed for the tests.
class GLibOracle
{
public:
    GLibOracle()
        : m_glib(QStringLiteral("glib-2.0"), 0)
    {
        if (!m_glib.load()) {
            throw std::runtime_error("cannot load libglib-2.0.so.0 (a dependency of Qt): " +
                                     m_glib.errorString().toStdString());
        }
        resolve(m_keyFileNew, "g_key_file_new");
        resolve(m_keyFileFree, "g_key_file_free");
        resolve(m_loadFromData, "g_key_file_load_from_data");
        resolve(m_getString, "g_key_file_get_string");
        resolve(m_shellParseArgv, "g_shell_parse_argv");
        resolve(m_strfreev, "g_strfreev");
        resolve(m_free, "g_free");
        resolve(m_clearError, "g_clear_error");
    }

    // The argument vector GLib starts for the Exec line of a desktop file; nullopt when GLib refuses it.
    std::optional<std::vector<std::string>> execArguments(const std::string& desktopFile) const
    {
        void* error = nullptr;
        void* keyFile = m_keyFileNew();
        std::optional<std::vector<std::string>> result;
        if (m_loadFromData(keyFile, desktopFile.data(), desktopFile.size(), 0, &error) != 0) {
            if (char* exec = m_getString(keyFile, "Desktop Entry", "Exec", &error)) {
                // GDesktopAppInfo expands field codes before splitting; "%%" is the only one in these entries.
                std::string expanded;
                for (const char* p = exec; *p != '\0'; ++p) {
                    if (p[0] == '%' && p[1] == '%') {
                        ++p;
                    }
                    expanded += *p;
                }
                m_free(exec);
                int argc = 0;
                char** argv = nullptr;
                if (m_shellParseArgv(expanded.c_str(), &argc, &argv, &error) != 0) {
                    result.emplace(argv, argv + argc);
                    m_strfreev(argv);
                }
            }
        }
        m_clearError(&error);
        m_keyFileFree(keyFile);
        return result;
    }

private:
    template <typename Function>
    void resolve(Function& function, const char* name)
    {
        function = reinterpret_cast<Function>(m_glib.resolve(name));
        if (function == nullptr) {
            throw std::runtime_error(std::string("libglib-2.0 has no ") + name);
        }
    }

    QLibrary m_glib;
    void* (*m_keyFileNew)() = nullptr;
    void (*m_keyFileFree)(void*) = nullptr;
    int (*m_loadFromData)(void*, const char*, std::size_t, int, void**) = nullptr;
    char* (*m_getString)(void*, const char*, const char*, void**) = nullptr;
    int (*m_shellParseArgv)(const char*, int*, char***, void**) = nullptr;
    void (*m_strfreev)(char**) = nullptr;
    void (*m_free)(void*) = nullptr;
    void (*m_clearError)(void**) = nullptr;
};

QString describe(const std::vector<std::string>& words)
{
    QStringList list;
    for (const auto& word : words) {
        list << QLatin1Char('[') + QString::fromStdString(word) + QLatin1Char(']');
    }
    return list.join(QLatin1Char(' '));
}

// The lines of a file that start with a key.
QStringList linesStartingWith(const std::string& text, const QString& key)
{
    QStringList found;
    for (const auto& line : QString::fromStdString(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(key)) {
            found << line;
        }
    }
    return found;
}

} // namespace

class TestXdgAutostart : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsQuoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "--resume"
                               << "--resume";
        QTest::newRow("path") << "/var/lib/offramp/removal-journal.json"
                              << "/var/lib/offramp/removal-journal.json";
        QTest::newRow("non-ASCII needs no quotes") << "/home/zoë/日記.json"
                                                   << "/home/zoë/日記.json";
        QTest::newRow("percent is not a quoting matter") << "100%"
                                                         << "100%";
        QTest::newRow("empty") << ""
                               << "\"\"";
        QTest::newRow("space") << "My Journal"
                               << "\"My Journal\"";
        QTest::newRow("double quote") << "say \"hi\""
                                      << "\"say \\\"hi\\\"\"";
        QTest::newRow("dollar") << "$HOME"
                                << "\"\\$HOME\"";
        QTest::newRow("backtick") << "`id`"
                                  << "\"\\`id\\`\"";
        QTest::newRow("backslash") << "a\\b"
                                   << "\"a\\\\b\"";
        QTest::newRow("single quote, not escaped inside double quotes") << "it's"
                                                                        << "\"it's\"";
        QTest::newRow("tilde") << "~/x"
                               << "\"~/x\"";
        QTest::newRow("semicolon and ampersand") << "a;b&c"
                                                 << "\"a;b&c\"";
    }
    void quotesOnlyWhatNeedsQuoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(QString::fromStdString(quoteDesktopExecArgument(argument.toStdString())), quoted);
    }

    // The specification's own examples: a literal '$' in a quoted argument is "\\$" in the file, a literal
    // backslash "\\\\", and '%' is "%%".
    void writesTheExecLineAsTheSpecificationSays()
    {
        const std::vector<std::string> words{"/usr/bin/offramp", "--resume",
                                             "/home/zoë/My Journal $1 \"x\" 100% back\\slash.json"};
        QCOMPARE(QString::fromStdString(desktopExecValue(words)),
                 QString::fromUtf8(
                     R"(/usr/bin/offramp --resume "/home/zoë/My Journal \\$1 \\"x\\" 100%% back\\\\slash.json")"));
        QCOMPARE(QString::fromStdString(desktopExecValue({"/opt/a b/offramp", "line\nbreak", "tab\there"})),
                 QStringLiteral(R"("/opt/a b/offramp" "line\nbreak" "tab\there")"));
    }

    void roundTripsThroughOfframpAndGLib_data()
    {
        QTest::addColumn<std::vector<std::string>>("arguments");
        const std::string program = "/usr/bin/offramp";
        QTest::newRow("usual") << std::vector<std::string>{program, "--resume", "/var/lib/offramp/journal.json"};
        QTest::newRow("program with spaces") << std::vector<std::string>{"/opt/My Apps/offramp", "--resume"};
        QTest::newRow("spaces") << std::vector<std::string>{program, "/home/a/My Documents/journal 1.json"};
        QTest::newRow("quotes") << std::vector<std::string>{program, "say \"hi\"", "it's", "\"", "'"};
        QTest::newRow("dollar and backtick") << std::vector<std::string>{program, "$HOME", "$(id)", "`id`", "${X}"};
        QTest::newRow("percent") << std::vector<std::string>{program, "100%", "%f", "%%", "%u%U%", "%"};
        QTest::newRow("backslashes") << std::vector<std::string>{program, "a\\b", "\\", "\\\\", "end\\", "\\\""};
        QTest::newRow("non-ASCII") << std::vector<std::string>{program, "/home/zoë/日記 🙂.json", "Ñandú"};
        QTest::newRow("empty arguments") << std::vector<std::string>{program, "", "x", ""};
        QTest::newRow("whitespace") << std::vector<std::string>{program, " lead", "trail ", "a\tb", "a\nb", "a\rb"};
        QTest::newRow("shell characters")
            << std::vector<std::string>{program, "a;b", "a&b", "a|b", "<in", ">out", "*", "?", "#c", "(x)", "~"};
        QTest::newRow("escapes that are not escapes") << std::vector<std::string>{program, "\\s", "\\n", "\\t", "=x"};
    }
    void roundTripsThroughOfframpAndGLib()
    {
        QFETCH(std::vector<std::string>, arguments);
        const ResumeEntry entry{arguments.front(), {arguments.begin() + 1, arguments.end()}};
        try {
            const std::string file = xdgResumeDesktopEntry(entry);
            const ResumeEntry back = parseXdgResumeDesktopEntry(file, "test.desktop");
            QCOMPARE(describe({back.program}) + QLatin1Char(' ') + describe(back.arguments),
                     describe({entry.program}) + QLatin1Char(' ') + describe(entry.arguments));
            QVERIFY(back == entry);

            const GLibOracle glib;
            const auto started = glib.execArguments(file);
            QVERIFY2(started.has_value(), file.c_str());
            QCOMPARE(describe(*started), describe(arguments));
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void refusesMalformedExecLines_data()
    {
        QTest::addColumn<QString>("exec");
        QTest::newRow("unterminated quote") << "/usr/bin/offramp \"--resume";
        QTest::newRow("field code") << "/usr/bin/offramp %f";
        QTest::newRow("lone percent at the end") << "/usr/bin/offramp 100%";
        QTest::newRow("unknown string escape") << "/usr/bin/offramp \\q";
        QTest::newRow("backslash at the end") << "/usr/bin/offramp \\";
        QTest::newRow("nothing") << "";
    }
    void refusesMalformedExecLines()
    {
        QFETCH(QString, exec);
        QVERIFY(!parseDesktopExecValue(exec.toStdString()).has_value());
        const std::string file = "[Desktop Entry]\nType=Application\nExec=" + exec.toStdString() + "\n";
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, parseXdgResumeDesktopEntry(file, "x.desktop"));
    }

    void readsOnlyTheDesktopEntryGroup()
    {
        const std::string file = "# comment\n[Other]\nExec=/bin/false\n\n[Desktop Entry]\r\nName=Offramp\r\n"
                                 "Exec = /usr/bin/offramp --resume\r\n[Desktop Action x]\nExec=/bin/true\n";
        const auto entry = parseXdgResumeDesktopEntry(file, "x.desktop");
        QCOMPARE(entry.program, std::string("/usr/bin/offramp"));
        QCOMPARE(entry.arguments, std::vector<std::string>{"--resume"});
        try {
            parseXdgResumeDesktopEntry("[Desktop Entry]\nName=Offramp\n", "/home/a/.config/autostart/x.desktop");
            QFAIL("an entry without Exec was accepted");
        } catch (const ResumeAtLoginError& error) {
            QVERIFY2(QByteArray(error.what()).contains("/home/a/.config/autostart/x.desktop has no Exec line"),
                     error.what());
        }
    }

    void theFileHasTheKeysAutostartNeeds()
    {
        const std::string file = xdgResumeDesktopEntry({"/usr/bin/offramp", {"--resume"}});
        QVERIFY(file.starts_with("[Desktop Entry]\n"));
        for (const char* line : {"Type=Application", "Name=Offramp", "NoDisplay=true", "X-GNOME-Autostart-enabled=true",
                                 "Exec=/usr/bin/offramp --resume", "Terminal=false"}) {
            QCOMPARE(
                linesStartingWith(file, QString::fromLatin1(line).section(QLatin1Char('='), 0, 0) + QLatin1Char('=')),
                QStringList{QString::fromLatin1(line)});
        }
        // Every desktop, and enabled: no OnlyShowIn, NotShowIn or Hidden.
        for (const char* key : {"OnlyShowIn", "NotShowIn", "Hidden"}) {
            QVERIFY2(linesStartingWith(file, QString::fromLatin1(key)).isEmpty(), key);
        }
    }

    void refusesWhatCannotBeWritten()
    {
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, xdgResumeDesktopEntry({"offramp", {"--resume"}}));
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, xdgResumeDesktopEntry({"", {}}));
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, xdgResumeDesktopEntry({"/usr/bin/offramp", {"a\x01"}}));
        QVERIFY_THROWS_EXCEPTION(ResumeAtLoginError, xdgResumeDesktopEntry({"/usr/bin/offramp", {"\xC3("}}));
        try {
            xdgResumeDesktopEntry({"offramp", {}});
            QFAIL("a relative program was accepted");
        } catch (const ResumeAtLoginError& error) {
            const QByteArray message(error.what());
            QVERIFY2(message.contains("\"offramp\" is not an absolute path") &&
                         message.contains("open Offramp yourself after the restart") && !message.contains('\n'),
                     error.what());
        }
    }

    // The public functions, with XDG_CONFIG_HOME pointing at a temporary folder.
    void schedulesReadsReplacesAndCancels()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const fs::path expected =
            fs::path(config.path().toStdString()) / "autostart" / "org.offramp.Offramp-resume.desktop";
        QVERIFY(!scheduledResumeAtLogin().has_value());
        QCOMPARE(cancelResumeAtLogin(), false);

        const ResumeEntry first{"/usr/bin/offramp", {"--resume", "/var/lib/offramp/removal journal.json"}};
        QCOMPARE(scheduleResumeAtLogin(first), expected.string());
        QVERIFY(fs::is_regular_file(expected));
        QVERIFY(scheduledResumeAtLogin() == first);
        struct stat before
        {};
        QCOMPARE(::stat(expected.c_str(), &before), 0);

        // Scheduling again replaces the entry by renaming a new file over it, never by rewriting it in place.
        const ResumeEntry second{"/opt/Offramp/offramp", {"--resume", "/home/zoë/journal $1 100%.json"}};
        QCOMPARE(scheduleResumeAtLogin(second), expected.string());
        QVERIFY(scheduledResumeAtLogin() == second);
        struct stat after
        {};
        QCOMPARE(::stat(expected.c_str(), &after), 0);
        QVERIFY(before.st_ino != after.st_ino);
        QStringList names;
        for (const auto& item : fs::directory_iterator(expected.parent_path())) {
            names << QString::fromStdString(item.path().filename().string());
        }
        QCOMPARE(names, QStringList{"org.offramp.Offramp-resume.desktop"});

        QCOMPARE(cancelResumeAtLogin(), true);
        QVERIFY(!fs::exists(expected));
        QVERIFY(!scheduledResumeAtLogin().has_value());
        QCOMPARE(cancelResumeAtLogin(), false);
        qunsetenv("XDG_CONFIG_HOME");
    }

    // The XDG Base Directory specification: unset, empty or relative means ~/.config.
    void fallsBackToDotConfig_data()
    {
        QTest::addColumn<QByteArray>("configHome");
        QTest::newRow("unset") << QByteArray();
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("relative") << QByteArray("relative/config");
    }
    void fallsBackToDotConfig()
    {
        QFETCH(QByteArray, configHome);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        if (configHome.isNull()) {
            qunsetenv("XDG_CONFIG_HOME");
        } else {
            qputenv("XDG_CONFIG_HOME", configHome);
        }
        const std::string where = scheduleResumeAtLogin({"/usr/bin/offramp", {"--resume"}});
        QCOMPARE(QString::fromStdString(where),
                 home.path() + QStringLiteral("/.config/autostart/org.offramp.Offramp-resume.desktop"));
        QVERIFY(cancelResumeAtLogin());
        qputenv("HOME", savedHome);
        qunsetenv("XDG_CONFIG_HOME");
    }

    void aDamagedEntryIsReportedAndCanStillBeCancelled()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const auto path = fs::path(config.path().toStdString()) / "autostart" / "org.offramp.Offramp-resume.desktop";
        test::writeFile(path, "[Desktop Entry]\nExec=/usr/bin/offramp \"unterminated\n");
        try {
            scheduledResumeAtLogin();
            QFAIL("a damaged entry was read");
        } catch (const ResumeAtLoginError& error) {
            QVERIFY2(QByteArray(error.what()).contains(path.c_str()), error.what());
        }
        QCOMPARE(cancelResumeAtLogin(), true);
        QVERIFY(!fs::exists(path));
        qunsetenv("XDG_CONFIG_HOME");
    }

    // Even as root, which no permission stops: the autostart "folder" is a file.
    void aFailedWriteSaysWhereAndWhatToDo()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        test::writeFile(fs::path(config.path().toStdString()) / "autostart", "not a folder");
        try {
            scheduleResumeAtLogin({"/usr/bin/offramp", {"--resume"}});
            QFAIL("writing into a file that is no folder succeeded");
        } catch (const ResumeAtLoginError& error) {
            const QByteArray message(error.what());
            QVERIFY2(message.contains((config.path() + QStringLiteral("/autostart")).toUtf8()) &&
                         message.contains("open Offramp yourself after the restart") && !message.contains('\n'),
                     error.what());
        }
        qunsetenv("XDG_CONFIG_HOME");
    }
};

QTEST_GUILESS_MAIN(TestXdgAutostart)
#include "tst_xdgautostart.moc"
