// SPDX-License-Identifier: GPL-3.0-or-later
// Facts for removal tests: what a probe would report for packages, uninstall entries and app bundles.
#ifndef OFFRAMP_TESTS_REMOVALFIXTURES_H
#define OFFRAMP_TESTS_REMOVALFIXTURES_H

#include "engine/Fact.h"

#include <string>

namespace offramp::test {

inline Fact packageFact(const std::string& name, const std::string& state = "install ok installed",
                        const std::string& where = "/var/lib/dpkg/status")
{
    Fact fact;
    fact.kind = state.ends_with("config-files") ? FactKind::PackageConfigFiles : FactKind::Package;
    fact.name = name;
    fact.version = "1.0";
    fact.state = state;
    fact.where = where;
    return fact;
}

inline Fact uninstallEntryFact(const std::string& displayName, const std::string& key)
{
    Fact fact;
    fact.kind = FactKind::UninstallEntry;
    fact.name = displayName;
    fact.id = key;
    fact.version = "21.0";
    fact.where = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + key;
    return fact;
}

inline Fact simpleFact(FactKind kind, const std::string& name, const std::string& where = {})
{
    Fact fact;
    fact.kind = kind;
    fact.name = name;
    fact.where = where.empty() ? name : where;
    return fact;
}

} // namespace offramp::test

#endif
