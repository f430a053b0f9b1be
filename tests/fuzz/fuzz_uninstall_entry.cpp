// SPDX-License-Identifier: GPL-3.0-or-later
// The uninstall-string checks (engine/UninstallCommand): what may run, decided from an uninstall entry's values
// as the registry holds them, under the shipped catalog's policy. The bytes are NUL-separated fields: product id,
// key name, UninstallString, QuietUninstallString, "msi" when WindowsInstaller is 1, login, password.
// Whatever the entry says, only msiexec or an allowed program in an allowed folder may run, and a password never
// shows in the description of the command.
#include "FuzzSupport.h"
#include "engine/UninstallCommand.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

using namespace offramp;

namespace {

// The product a field names, or else a banned one picked by the field's length.
const Product& productFor(std::string_view id)
{
    const Catalog& catalog = fuzz::shippedCatalog();
    if (const Product* named = catalog.product(id)) {
        return *named;
    }
    std::vector<const Product*> banned;
    for (const Product& product : catalog.products) {
        if (product.banned) {
            banned.push_back(&product);
        }
    }
    return *banned.at(id.size() % banned.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = fuzz::text(data, size);
    std::array<std::string, 7> fields;
    std::size_t start = 0;
    for (std::string& field : fields) {
        if (start > bytes.size()) {
            break;
        }
        const std::size_t end = std::min(bytes.find('\0', start), bytes.size());
        field = bytes.substr(start, end - start);
        start = end + 1;
    }
    const Product& product = productFor(fields[0]);
    const UninstallEntryValues entry{fields[1], fields[2], fields[3], fields[4] == "msi"};
    const UninstallCredentials credentials{fields[5], fields[6]};
    const UninstallPolicy policy = uninstallPolicy(fuzz::shippedCatalog(), product, WindowsFolders{});
    const UninstallDecision decision =
        decideUninstall(product, entry, windowsRemovalRecipe(product), policy, credentials);

    static_cast<void>(checkUninstallerPath(fields[2], policy));
    if (!decision.command) {
        fuzz::require(!decision.refusal.empty(), "a refusal without a reason");
        return 0;
    }
    const UninstallCommand& command = *decision.command;
    if (command.msiexec) {
        fuzz::require(command.program == policy.msiexec, "msiexec from somewhere else than the system's folder");
        fuzz::require(normalizeProductCode(command.productCode) == command.productCode, "a malformed product code");
    } else {
        fuzz::require(checkUninstallerPath(command.program, policy).ok(), "a program the policy does not allow");
    }
    // The description splits back into the command with each password, and only the passwords, masked.
    const std::vector<std::string> shown = splitWindowsCommandLine(command.describe());
    fuzz::require(shown.size() == command.arguments.size() + 1 && shown.front() == command.program,
                  "a description that is not the command");
    for (std::size_t i = 0; i < command.arguments.size(); ++i) {
        const std::string& argument = command.arguments[i];
        const bool secret = std::ranges::find(command.secretArguments, i) != command.secretArguments.end();
        const std::string masked = argument.substr(0, argument.find('=') + 1) + "********";
        fuzz::require(shown[i + 1] == (secret ? masked : argument),
                      secret ? "a password shown" : "an argument shown otherwise than it is");
    }
    return 0;
}
