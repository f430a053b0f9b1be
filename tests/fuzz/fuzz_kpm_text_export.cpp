// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of Kaspersky Password Manager's text export (engine/KpmTextExport), and the conversion of what it
// reads into each password manager's CSV, as convert-passwords and the wizard do.
#include "FuzzSupport.h"
#include "engine/KpmTextExport.h"
#include "engine/PasswordCsv.h"

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    KpmExport source;
    try {
        source = parseKpmTextExport(fuzz::text(data, size));
    } catch (const KpmFormatError&) {
        return 0; // refused with its line and reason
    }
    for (const PasswordCsvFormat format : passwordCsvFormats) {
        const PasswordCsv csv = convertToPasswordCsv(source, format);
        fuzz::require(csv.report.readTotal() == source.entries.size(), "entries read but not counted");
        fuzz::require(csv.report.writtenTotal() + csv.report.skipped.size() == source.entries.size(),
                      "an entry neither written nor reported as skipped");
    }
    return 0;
}
