// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_ENGINE_SCANRESULT_H
#define OFFRAMP_ENGINE_SCANRESULT_H

#include "engine/utils/Error.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <utility>
#include <vector>

namespace offramp {

// One finding of a saved `offramp-cli scan --json`, as far as a fleet report needs it.
struct ScannedProduct
{
    std::string id; // catalog id
    std::string vendor;
    std::string product; // its name, in the language the scan was made in
    std::string version;
    std::string state; // "installed" or "leftovers"
    bool banned = false;
    std::string user; // a per-user installation's account; empty otherwise
};

// A saved `offramp-cli scan --json` (docs/CLI.md), read back.
struct ScanResult
{
    std::string host; // empty in scans from before it was recorded
    std::string platform;
    std::string root;
    std::vector<ScannedProduct> findings;
    std::vector<std::string> warnings;
};

// The scan result could not be read: what() names the JSON pointer and the reason.
class ScanResultError : public Error
{
public:
    explicit ScanResultError(const std::string& message, ErrorKind kind = ErrorKind::Damaged, std::string subject = {})
        : Error(kind, message, std::move(subject))
    {}
};

// Reads the JSON of a scan (ScanJson.h writes it). Fields a reader does not need (evidence, regulations, what
// later versions add) are not checked. Throws ScanResultError.
ScanResult scanResultFromJson(const nlohmann::json& document);

} // namespace offramp

#endif
