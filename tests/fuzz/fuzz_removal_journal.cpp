// SPDX-License-Identifier: GPL-3.0-or-later
// The removal journal reader (engine/RemovalJournal), which resume and the wizard use on a journal file that a
// crash, a power cut or a person may have damaged. A journal it reads is written back and read again unchanged.
#include "FuzzSupport.h"
#include "engine/RemovalJournal.h"

using namespace offramp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Journal journal;
    try {
        journal = journalFromText(fuzz::text(data, size), "removal-journal.json");
    } catch (const JournalError&) {
        return 0; // refused, saying what and where
    }
    const std::string written = journalToText(journal);
    Journal again;
    try {
        again = journalFromText(written, "removal-journal.json");
    } catch (const JournalError& error) {
        static_cast<void>(std::fprintf(stderr, "%s\n", error.what()));
        fuzz::require(false, "a journal Offramp wrote cannot be read back");
    }
    fuzz::require(journalToText(again) == written, "a journal changes when it is read back");
    return 0;
}
