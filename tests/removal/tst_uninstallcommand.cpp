// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "engine/RemovalPlan.h"
#include "engine/UninstallCommand.h"

#include <QTest>

#include <algorithm>

using namespace offramp;

namespace {

const Product& product(std::string_view id)
{
    const Product* found = test::sourceCatalog().product(id);
    if (found == nullptr) {
        throw std::runtime_error("the catalog has no product " + std::string(id));
    }
    return *found;
}

// The policy the executor builds for a Kaspersky product on a machine with the usual folders, plus the
// Wine tests' stand-in uninstaller.
UninstallPolicy policyFor(const Product& p)
{
    UninstallPolicy policy = uninstallPolicy(test::sourceCatalog(), p, WindowsFolders{});
    policy.allowedPrograms.emplace_back("offramp-test-uninstaller.exe");
    return policy;
}

UninstallDecision decide(std::string_view productId, UninstallEntryValues entry, UninstallCredentials credentials = {})
{
    const Product& p = product(productId);
    return decideUninstall(p, entry, windowsRemovalRecipe(p), policyFor(p), credentials);
}

UninstallEntryValues entry(std::string uninstallString, std::string keyName = "Test", bool windowsInstaller = false)
{
    UninstallEntryValues values;
    values.keyName = std::move(keyName);
    values.uninstallString = std::move(uninstallString);
    values.windowsInstaller = windowsInstaller;
    return values;
}

constexpr const char* kKesCode = "{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}";   // K1's example
constexpr const char* kAgentCode = "{0F05E4E5-5A89-482C-9A62-47CC58643788}"; // R10
constexpr const char* kAllowed = "C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Anti-Virus 21.3\\"
                                 "offramp-test-uninstaller.exe";

QStringList toQt(const std::vector<std::string>& words)
{
    QStringList list;
    for (const auto& word : words) {
        list << QString::fromStdString(word);
    }
    return list;
}

} // namespace

class TestUninstallCommand : public QObject
{
    Q_OBJECT

private slots:
    void splitsLikeTheCRuntime_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("plain") << "a.exe b c" << QStringList{"a.exe", "b", "c"};
        QTest::newRow("quoted program") << "\"C:\\Program Files\\x.exe\" /S"
                                        << QStringList{"C:\\Program Files\\x.exe", "/S"};
        QTest::newRow("program keeps backslashes") << "C:\\a\\b\\ x" << QStringList{"C:\\a\\b\\", "x"};
        QTest::newRow("quoted argument") << "p \"a b\" c" << QStringList{"p", "a b", "c"};
        QTest::newRow("escaped quote") << "p a\\\"b" << QStringList{"p", "a\"b"};
        QTest::newRow("backslashes before quote") << "p \"a\\\\\" b" << QStringList{"p", "a\\", "b"};
        QTest::newRow("odd backslashes") << "p a\\\\\\\"b" << QStringList{"p", "a\\\"b"};
        QTest::newRow("lone backslashes") << "p a\\\\b" << QStringList{"p", "a\\\\b"};
        QTest::newRow("doubled quote in quotes") << "p \"a\"\"b\"" << QStringList{"p", "a\"b"};
        QTest::newRow("empty argument") << "p \"\" x" << QStringList{"p", "", "x"};
        QTest::newRow("leading and trailing blanks") << "  p\t a  " << QStringList{"p", "a"};
        QTest::newRow("msiexec") << "MsiExec.exe /X{0F05E4E5-5A89-482C-9A62-47CC58643788}"
                                 << QStringList{"MsiExec.exe", "/X{0F05E4E5-5A89-482C-9A62-47CC58643788}"};
        QTest::newRow("empty") << "   " << QStringList{};
    }
    void splitsLikeTheCRuntime()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, argv);
        QCOMPARE(toQt(splitWindowsCommandLine(line.toStdString())), argv);
    }

    void quotingRoundTrips()
    {
        const std::vector<std::string> argv{
            "C:\\Program Files (x86)\\Kaspersky Lab\\x.exe",
            "plain",
            "with space",
            "",
            "trailing\\",
            "trailing space\\",
            "quote\"inside",
            "\\\\server\\share\\",
            "back\\\\\"slash",
            "tab\there",
            "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Kaspersky Anti-Virus (test)",
        };
        const std::string line = joinWindowsCommandLine(argv);
        QCOMPARE(toQt(splitWindowsCommandLine(line)), toQt(argv));
        QCOMPARE(quoteWindowsArgument("plain"), std::string("plain"));
        QCOMPARE(quoteWindowsArgument(""), std::string("\"\""));
        QCOMPARE(quoteWindowsArgument("a b\\"), std::string("\"a b\\\\\""));
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("0") << 0 << "removed";
        QTest::newRow("1641") << 1641 << "reboot-required";
        QTest::newRow("3010") << 3010 << "reboot-required";
        QTest::newRow("1605") << 1605 << "already-gone";
        QTest::newRow("1618") << 1618 << "retry-later";
        QTest::newRow("1603") << 1603 << "failed";
        QTest::newRow("1") << 1 << "failed";
        QTest::newRow("-1") << -1 << "failed";
    }
    void exitCodes()
    {
        QFETCH(int, code);
        QFETCH(QString, outcome);
        QCOMPARE(QString::fromUtf8(uninstallOutcomeId(classifyUninstallExit(code))), outcome);
        QVERIFY(describeUninstallExit(code).starts_with("exit code " + std::to_string(code) + ": "));
    }
    // A crash ends a Windows program with an error status of Windows (0xC0000005 and the like): said as a crash,
    // with the code written as it can be looked up. A program's own -1 is not one.
    void crashCodesAreSaidToBeCrashes()
    {
        constexpr auto kAccessViolation = static_cast<int>(0xC0000005U);
        QVERIFY(isWindowsCrashExit(kAccessViolation));
        QVERIFY(isWindowsCrashExit(static_cast<int>(0xC0000409U)));
        QVERIFY(!isWindowsCrashExit(-1));
        QVERIFY(!isWindowsCrashExit(1603));
        QVERIFY(!isWindowsCrashExit(static_cast<int>(0xBFFFFFFFU)));
        QCOMPARE(windowsExitCodeHex(kAccessViolation), std::string("0xC0000005"));
        QCOMPARE(windowsExitCodeHex(1603), std::string("0x00000643"));
        QCOMPARE(classifyUninstallExit(kAccessViolation), UninstallOutcome::Failed);
        QCOMPARE(describeUninstallExit(kAccessViolation),
                 std::string("exit code 0xC0000005: the uninstaller crashed (an access violation)"));
        QCOMPARE(describeUninstallExit(static_cast<int>(0xC0000142U)),
                 std::string("exit code 0xC0000142: the uninstaller crashed"));
        QCOMPARE(describeUninstallExit(-1), std::string("exit code -1: the removal failed"));
    }

    void exitCodeTextSaysWhatToDo()
    {
        QVERIFY(describeUninstallExit(3010).find("restart") != std::string::npos);
        QVERIFY(describeUninstallExit(1618).find("another installation") != std::string::npos);
        QVERIFY(describeUninstallExit(1605).find("already gone") != std::string::npos);
    }

    void productCodes()
    {
        QCOMPARE(normalizeProductCode("{9a017278-f7f4-4df9-a482-0b97b70dd7ed}").value_or(""), std::string(kKesCode));
        QVERIFY(!normalizeProductCode("9A017278-F7F4-4DF9-A482-0B97B70DD7ED"));
        QVERIFY(!normalizeProductCode("{9A017278-F7F4-4DF9-A482-0B97B70DD7E}"));
        QVERIFY(!normalizeProductCode("{9A017278-F7F4-4DF9-A482-0B97B70DD7EG}"));
        QVERIFY(!normalizeProductCode("{9A017278F-7F4-4DF9-A482-0B97B70DD7ED}"));
        QVERIFY(!normalizeProductCode("{9A017278-F7F4-4DF9-A482-0B97B70DD7ED} & calc"));
    }

    void passwordHexIsUtf16LittleEndian()
    {
        QCOMPARE(utf16LeHex("we1c0me!").value_or(""), std::string("770065003100630030006D0065002100"));
        QCOMPARE(utf16LeHex("").value_or("x"), std::string());
        QCOMPARE(utf16LeHex("\xC3\xA9").value_or(""), std::string("E900"));             // é
        QCOMPARE(utf16LeHex("\xE2\x82\xAC").value_or(""), std::string("AC20"));         // €
        QCOMPARE(utf16LeHex("\xF0\x9F\x94\x91").value_or(""), std::string("3DD811DD")); // U+1F511, a surrogate pair
        QVERIFY(!utf16LeHex("\xC3"));                                                   // cut short
        QVERIFY(!utf16LeHex("\xC0\xAF"));                                               // overlong
        QVERIFY(!utf16LeHex("\xED\xA0\x80"));                                           // a surrogate on its own
        QVERIFY(!utf16LeHex("\xF4\x90\x80\x80"));                                       // beyond U+10FFFF
    }

    void policyComesFromTheCatalogsProgramFilesFolders()
    {
        WindowsFolders folders;
        folders.programFiles = "D:\\Programme";
        folders.programFilesX86 = "D:\\Programme (x86)";
        folders.system = "D:\\WINDOWS\\system32";
        const auto policy = uninstallPolicy(test::sourceCatalog(), product("kaspersky-anti-virus"), folders);
        QCOMPARE(policy.msiexec, std::string("D:\\WINDOWS\\system32\\msiexec.exe"));
        const auto has = [&](std::string_view folder) {
            return std::ranges::find(policy.allowedFolders, folder) != policy.allowedFolders.end();
        };
        QVERIFY(has("D:\\Programme (x86)\\Kaspersky Lab\\*"));
        QVERIFY(has("D:\\Programme\\Kaspersky Lab\\*"));
        // Folders ordinary users can write to never hold an uninstaller Offramp runs.
        QVERIFY(std::ranges::none_of(policy.allowedFolders, [](const std::string& folder) {
            return folder.find("ProgramData") != std::string::npos || folder.starts_with("C:\\");
        }));
        // No public source names a Kaspersky uninstaller program yet: only msiexec runs by default.
        QVERIFY(policy.allowedPrograms.empty());
        // Another maker's folders do not count for UltraAV.
        QVERIFY(uninstallPolicy(test::sourceCatalog(), product("ultraav"), folders).allowedFolders.empty());
    }

    void msiexecRemovesTheProductCodeWithOurOwnArguments()
    {
        auto values = entry(std::string("MsiExec.exe /I") + kKesCode, kKesCode, true);
        const auto decision = decide("kaspersky-endpoint-security-windows", values);
        QVERIFY2(decision.command, decision.refusal.c_str());
        QCOMPARE(decision.command->program, std::string("C:\\Windows\\System32\\msiexec.exe"));
        QVERIFY(decision.command->msiexec);
        QCOMPARE(decision.command->productCode, std::string(kKesCode));
        QCOMPARE(toQt(decision.command->arguments), (QStringList{"/x", kKesCode, "/qn", "/norestart"}));
    }

    void msiexecTakesTheCodeFromTheCommandLine()
    {
        // A key that is not a product code, and a doctored tail: only the product code is used.
        const auto decision =
            decide("kaspersky-security-center-network-agent",
                   entry(std::string("C:\\Temp\\msiexec.exe /x ") + kAgentCode + " & calc.exe", "Network Agent"));
        QVERIFY2(decision.command, decision.refusal.c_str());
        QCOMPARE(decision.command->program, std::string("C:\\Windows\\System32\\msiexec.exe"));
        QCOMPARE(toQt(decision.command->arguments), (QStringList{"/x", kAgentCode, "/qn", "/norestart"}));
    }

    void msiexecEntriesThatDisagreeAreRefused()
    {
        auto twoCodes = decide("kaspersky-endpoint-security-windows",
                               entry(std::string("MsiExec.exe /X") + kAgentCode, kKesCode, true));
        QVERIFY(!twoCodes.command);
        QVERIFY(twoCodes.refusal.find("removes " + std::string(kAgentCode)) != std::string::npos);
        auto noCode = decide("kaspersky-endpoint-security-windows", entry("MsiExec.exe /X{not-a-code}", "KES"));
        QVERIFY(!noCode.command);
        QVERIFY(noCode.refusal.find("no product code") != std::string::npos);
    }

    void endpointSecurityPasswordGoesWithItsLogin()
    {
        const auto values = entry(std::string("MsiExec.exe /X") + kKesCode, kKesCode, true);
        const auto decision = decide("kaspersky-endpoint-security-windows", values, {"KLAdmin", "Pa55-w0rd"});
        QVERIFY2(decision.command, decision.refusal.c_str());
        const auto& arguments = decision.command->arguments;
        QCOMPARE(toQt(arguments),
                 (QStringList{"/x", kKesCode, "/qn", "/norestart", "KLLOGIN=KLAdmin", "KLPASSWD=Pa55-w0rd"}));
        QCOMPARE(decision.command->secretArguments, std::vector<std::size_t>{5});
        const std::string shown = decision.command->describe();
        QVERIFY(shown.find("Pa55-w0rd") == std::string::npos);
        QVERIFY(shown.find("KLPASSWD=********") != std::string::npos);
        QVERIFY(shown.find("KLLOGIN=KLAdmin") != std::string::npos);

        const auto noLogin = decide("kaspersky-endpoint-security-windows", values, {"", "Pa55-w0rd"});
        QVERIFY(!noLogin.command);
        QVERIFY(noLogin.refusal.find("KLLOGIN") != std::string::npos);
        QVERIFY(noLogin.refusal.find("Pa55-w0rd") == std::string::npos);
        // msiexec would split these without a shell's quoting: refused rather than half passed.
        for (const char* password : {"two words", "a\"quote", "tab\there"}) {
            const auto unsafe = decide("kaspersky-endpoint-security-windows", values, {"KLAdmin", password});
            QVERIFY(!unsafe.command);
            QVERIFY(unsafe.refusal.find(password) == std::string::npos);
        }
    }

    void networkAgentPasswordIsHex()
    {
        const auto values = entry(std::string("MsiExec.exe /X") + kAgentCode, kAgentCode, true);
        const auto decision = decide("kaspersky-security-center-network-agent", values, {"", "we1c0me!"});
        QVERIFY2(decision.command, decision.refusal.c_str());
        QCOMPARE(decision.command->arguments.back(), std::string("KLUNINSTPASSWD=770065003100630030006D0065002100"));
        QCOMPARE(decision.command->secretArguments, std::vector<std::size_t>{4});
        QVERIFY(decision.command->describe().find("770065") == std::string::npos);
        // A password with spaces is fine here: hex has none.
        QVERIFY(decide("kaspersky-security-center-network-agent", values, {"", "two words"}).command);
    }

    void aPasswordWithNoDocumentedPropertyIsNotPassed()
    {
        const auto decision =
            decide("kaspersky-anti-virus", entry(std::string("MsiExec.exe /X") + kKesCode, kKesCode, true),
                   {"user", "secret"});
        QVERIFY2(decision.command, decision.refusal.c_str());
        QCOMPARE(decision.command->arguments.size(), std::size_t(4));
        QVERIFY(decision.command->secretArguments.empty());
        QCOMPARE(decision.command->notes.size(), std::size_t(1));
        QVERIFY(decision.command->notes.front().find("secret") == std::string::npos);
    }

    void allowedUninstallerRunsWithItsArguments()
    {
        const auto decision = decide("kaspersky-anti-virus",
                                     entry(std::string("\"") + kAllowed + "\" --delete-key \"HKLM\\A B\" --exit 3010"));
        QVERIFY2(decision.command, decision.refusal.c_str());
        QVERIFY(!decision.command->msiexec);
        QCOMPARE(decision.command->program, std::string(kAllowed));
        QCOMPARE(toQt(decision.command->arguments), (QStringList{"--delete-key", "HKLM\\A B", "--exit", "3010"}));
        // The quiet form is preferred when the entry has one.
        auto quiet = entry(std::string("\"") + kAllowed + "\"");
        quiet.quietUninstallString = std::string("\"") + kAllowed + "\" /quiet";
        QCOMPARE(toQt(decide("kaspersky-anti-virus", quiet).command->arguments), QStringList{"/quiet"});
    }

    void hostileUninstallersAreRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cmd") << "cmd.exe /c \"C:\\evil.exe\""
                             << "never runs a command string";
        QTest::newRow("cmd by path") << "C:\\Windows\\System32\\cmd.exe /c del C:\\x"
                                     << "never runs a command string";
        QTest::newRow("powershell") << "\"C:\\Program Files (x86)\\Kaspersky Lab\\x\\powershell.exe\" -c x"
                                    << "never runs a command string";
        QTest::newRow("rundll32") << "rundll32.exe evil.dll,Entry"
                                  << "never runs a command string";
        QTest::newRow("outside") << "\"C:\\Users\\Public\\offramp-test-uninstaller.exe\""
                                 << "outside the folders";
        QTest::newRow("programdata") << "\"C:\\ProgramData\\Kaspersky Lab\\offramp-test-uninstaller.exe\""
                                     << "outside the folders";
        QTest::newRow("folder itself") << "\"C:\\Program Files (x86)\\Kaspersky Lab\\offramp-test-uninstaller.exe\""
                                       << "outside the folders";
        QTest::newRow("lookalike folder")
            << "\"C:\\Program Files (x86)\\Kaspersky Lab Evil\\x\\offramp-test-uninstaller.exe\""
            << "outside the folders";
        QTest::newRow("not allowed name") << "\"C:\\Program Files (x86)\\Kaspersky Lab\\x\\other.exe\""
                                          << "not an uninstaller the catalog allows";
        QTest::newRow("climb")
            << "\"C:\\Program Files (x86)\\Kaspersky Lab\\..\\..\\Users\\offramp-test-uninstaller.exe\""
            << "climbs folders";
        QTest::newRow("relative") << "offramp-test-uninstaller.exe /S"
                                  << "not an absolute path";
        QTest::newRow("unc") << "\"\\\\server\\share\\offramp-test-uninstaller.exe\""
                             << "not an absolute path";
        QTest::newRow("device") << "\"\\\\?\\C:\\Program Files (x86)\\Kaspersky Lab\\x\\offramp-test-uninstaller.exe\""
                                << "not an absolute path";
        QTest::newRow("stream") << "\"C:\\Program Files (x86)\\Kaspersky Lab\\x\\offramp-test-uninstaller.exe:evil\""
                                << "file stream";
        QTest::newRow("trailing dot") << "\"C:\\Program Files (x86)\\Kaspersky Lab.\\x\\offramp-test-uninstaller.exe\""
                                      << "ends with a dot";
        QTest::newRow("unquoted spaces") << "C:\\Program Files (x86)\\Kaspersky Lab\\x\\offramp-test-uninstaller.exe /S"
                                         << "no quotes";
        QTest::newRow("empty") << ""
                               << "names no uninstaller";
    }
    void hostileUninstallersAreRefused()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        const auto decision = decide("kaspersky-anti-virus", entry(line.toStdString()));
        QVERIFY(!decision.command);
        QVERIFY2(decision.refusal.find(reason.toStdString()) != std::string::npos, decision.refusal.c_str());
        QCOMPARE(decision.refusal.find('\n'), std::string::npos);
    }

    void checkedPathsAreCaseInsensitive()
    {
        const Product& p = product("kaspersky-anti-virus");
        QVERIFY(checkUninstallerPath(
                    "c:\\PROGRAM FILES (X86)\\kaspersky lab\\Kaspersky Anti-Virus 21.3\\OFFRAMP-TEST-UNINSTALLER.EXE",
                    policyFor(p))
                    .ok());
        QVERIFY(
            checkUninstallerPath("C:/Program Files (x86)/Kaspersky Lab/x/offramp-test-uninstaller.exe", policyFor(p))
                .ok());
    }

    // A program the policy does not allow: an InvalidInput error about that program, whose line says why.
    void refusedUninstallersSayWhyWithAKind_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("why");
        QTest::newRow("outside") << "C:\\Users\\ana\\offramp-test-uninstaller.exe"
                                 << "it is outside the folders the catalog allows uninstallers to run from";
        QTest::newRow("name") << "C:\\Program Files (x86)\\Kaspersky Lab\\x\\notepad.exe"
                              << "it is not an uninstaller the catalog allows";
        QTest::newRow("climb") << "C:\\Program Files (x86)\\Kaspersky Lab\\..\\offramp-test-uninstaller.exe"
                               << "it climbs folders with \"..\"";
        QTest::newRow("relative") << "offramp-test-uninstaller.exe"
                                  << "it is not an absolute path on a drive";
    }
    void refusedUninstallersSayWhyWithAKind()
    {
        QFETCH(QString, program);
        QFETCH(QString, why);
        const auto checked = checkUninstallerPath(program.toStdString(), policyFor(product("kaspersky-anti-virus")));
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
        QCOMPARE(QString::fromStdString(checked.error().what()), why);
        QCOMPARE(QString::fromStdString(checked.error().subject()), program);
    }

    // The product code of an msiexec command line, or why there is none: two different ones are Damaged, none is
    // NotFound, each with the line the refusal quotes.
    void msiexecProductCodesAreReadWithAKind()
    {
        const auto one = productCodeIn(splitWindowsCommandLine(std::string("MsiExec.exe /X") + kAgentCode + " /qn"));
        QVERIFY(one.ok());
        QCOMPARE(one.value(), std::string(kAgentCode));
        const auto two =
            productCodeIn(splitWindowsCommandLine(std::string("MsiExec.exe /X") + kAgentCode + " /I" + kKesCode));
        QVERIFY(!two.ok());
        QCOMPARE(two.error().kind(), ErrorKind::Damaged);
        QCOMPARE(std::string(two.error().what()), std::string("its command line names two different product codes"));
        const auto none = productCodeIn(splitWindowsCommandLine("MsiExec.exe /X{not-a-code}"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind(), ErrorKind::NotFound);
        QCOMPARE(std::string(none.error().what()), std::string("its msiexec command line names no product code"));
        const auto refused = decide("kaspersky-anti-virus", entry("MsiExec.exe /X{not-a-code}"));
        QVERIFY(!refused.command);
        QVERIFY2(refused.refusal.ends_with(": its msiexec command line names no product code"),
                 refused.refusal.c_str());
        QVERIFY2(refused.refusal.starts_with("refused the uninstall entry of "), refused.refusal.c_str());
    }

    void productsThatAreNotBannedAreNotRemoved()
    {
        const auto decision = decide("ultraav", entry("MsiExec.exe /X" + std::string(kKesCode), kKesCode, true));
        QVERIFY(!decision.command);
        QVERIFY(decision.refusal.find("not banned") != std::string::npos);
    }

    void businessProductsGoInTheDocumentedOrder()
    {
        auto finding = [](std::string_view id, FindingState state) {
            Finding f;
            f.product = &product(id);
            f.state = state;
            Evidence entry;
            entry.kind = FactKind::UninstallEntry;
            entry.fact.kind = FactKind::UninstallEntry;
            entry.fact.where = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + std::string(id);
            entry.where = entry.fact.where;
            f.evidence.push_back(entry);
            return f;
        };
        const std::vector<Finding> findings{
            finding("kaspersky-security-center-network-agent", FindingState::Installed),
            finding("ultraav", FindingState::Installed),
            finding("kaspersky-unidentified", FindingState::Leftovers),
            finding("kaspersky-endpoint-security-windows", FindingState::Installed),
            finding("kaspersky-anti-virus", FindingState::Installed),
        };
        QStringList order;
        for (const RemovalStep& step : planRemoval(findings, Platform::Windows).steps) {
            order << QString::fromStdString(step.product->id);
        }
        QCOMPARE(order, (QStringList{"kaspersky-endpoint-security-windows", "kaspersky-anti-virus",
                                     "kaspersky-security-center-network-agent"}));
        QCOMPARE(windowsRemovalRecipe(product("kaspersky-endpoint-security-windows")).password,
                 UninstallPassword::LoginPassword);
        QCOMPARE(windowsRemovalRecipe(product("kaspersky-security-center-network-agent")).password,
                 UninstallPassword::HexPassword);
        QCOMPARE(windowsRemovalRecipe(product("kaspersky-anti-virus")).password, UninstallPassword::None);
    }
};

QTEST_GUILESS_MAIN(TestUninstallCommand)
#include "tst_uninstallcommand.moc"
