// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/DpkgStatusReader.h"

#include "engine/MachineProbe.h"
#include "engine/utils/AsciiCase.h"
#include "platform/FolderListing.h"
#include "platform/common/ReadOnlyFile.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace offramp::platform {

namespace {

// Compares a field name with an ASCII name, ignoring case as dpkg does.
bool isField(const char* name, std::size_t length, std::string_view expected)
{
    return utils::equalsIgnoringCase(std::string_view(name, length), expected);
}

// Looks at the text 64 bytes at a time: a few vector compares mark, for a whole block, where lines end,
// where a field name could stop (':' or a space or control byte) and where NUL bytes are. Finding the
// next mark is then a bit scan, not a loop over characters: a status file has millions of lines.
class TextMarks
{
public:
    TextMarks(const char* begin, const char* end)
        : m_begin(begin)
        , m_end(end)
        , m_block(begin)
        , m_nul(end)
    {
        if (begin < end) {
            load(begin);
        }
    }

    // The first '\n' at or after p, or the end. Calls must not go backwards.
    const char* nextNewline(const char* p) { return next(p, &TextMarks::m_newlines); }
    // The first ':' or byte up to ' ' (which includes '\n') at or after p, or the end.
    const char* nextStop(const char* p) { return next(p, &TextMarks::m_stops); }
    // The first NUL byte in the blocks looked at so far, or the end: it covers every line found.
    const char* firstNul() const { return m_nul; }

private:
    static constexpr std::ptrdiff_t blockSize = 64;

    const char* next(const char* p, std::uint64_t TextMarks::*marks)
    {
        if (p >= m_end) {
            return m_end;
        }
        if (p >= m_block + blockSize) {
            // Skipped ahead over blank lines, which hold nothing but '\n'.
            load(m_begin + (p - m_begin) / blockSize * blockSize);
        }
        for (;;) {
            const std::uint64_t found = this->*marks & (~std::uint64_t{0} << (p - m_block));
            if (found != 0) {
                return m_block + std::countr_zero(found);
            }
            const char* const block = m_block + blockSize;
            if (block >= m_end) {
                return m_end;
            }
            load(block);
            p = block;
        }
    }

    void load(const char* block)
    {
        m_block = block;
        std::uint64_t newlines = 0;
        std::uint64_t stops = 0;
        std::uint64_t nuls = 0;
        if (m_end - block >= blockSize) {
#if defined(__SSE2__)
            const __m128i newline = _mm_set1_epi8('\n');
            const __m128i colon = _mm_set1_epi8(':');
            const __m128i space = _mm_set1_epi8(' ');
            const __m128i zero = _mm_setzero_si128();
            const auto lanes = [block](std::ptrdiff_t i) {
                return _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i));
            };
            const __m128i b0 = lanes(0);
            const __m128i b1 = lanes(1);
            const __m128i b2 = lanes(2);
            const __m128i b3 = lanes(3);
            const auto newlineBits = [&newline](__m128i bytes) { return bits(_mm_cmpeq_epi8(bytes, newline)); };
            // Unsigned "byte <= ' '": the smaller of the two is the byte itself.
            const auto stopBits = [&space, &colon](__m128i bytes) {
                return bits(
                    _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(bytes, space), bytes), _mm_cmpeq_epi8(bytes, colon)));
            };
            newlines = newlineBits(b0) | newlineBits(b1) << 16 | newlineBits(b2) << 32 | newlineBits(b3) << 48;
            stops = stopBits(b0) | stopBits(b1) << 16 | stopBits(b2) << 32 | stopBits(b3) << 48;
            // NUL bytes are rare: one test for the block, and their places only when there is one.
            const __m128i nulLanes = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b0, zero), _mm_cmpeq_epi8(b1, zero)),
                                                  _mm_or_si128(_mm_cmpeq_epi8(b2, zero), _mm_cmpeq_epi8(b3, zero)));
            if (_mm_movemask_epi8(nulLanes) != 0) {
                std::uint64_t unusedNewlines = 0;
                std::uint64_t unusedStops = 0;
                mark(block, blockSize, unusedNewlines, unusedStops, nuls);
            }
#else
            mark(block, blockSize, newlines, stops, nuls);
#endif
        } else {
            mark(block, m_end - block, newlines, stops, nuls);
        }
        m_newlines = newlines;
        m_stops = stops;
        if (nuls != 0 && m_nul == m_end) {
            m_nul = block + std::countr_zero(nuls);
        }
    }

#if defined(__SSE2__)
    static std::uint64_t bits(__m128i lanes)
    {
        return static_cast<std::uint16_t>(_mm_movemask_epi8(lanes));
    }
#endif

    static void mark(const char* block, std::ptrdiff_t size, std::uint64_t& newlines, std::uint64_t& stops,
                     std::uint64_t& nuls)
    {
        for (std::ptrdiff_t i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(block[i]);
            const std::uint64_t bit = std::uint64_t{1} << i;
            newlines |= byte == '\n' ? bit : 0;
            stops |= byte <= ' ' || byte == ':' ? bit : 0;
            nuls |= byte == 0 ? bit : 0;
        }
    }

    const char* m_begin;
    const char* m_end;
    const char* m_block;
    std::uint64_t m_newlines = 0;
    std::uint64_t m_stops = 0;
    const char* m_nul;
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

std::string_view fieldValue(const char* colon, const char* lineEnd)
{
    const char* begin = colon + 1;
    while (begin < lineEnd && isBlank(*begin)) {
        ++begin;
    }
    const char* end = lineEnd;
    while (end > begin && isBlank(end[-1])) {
        --end;
    }
    return {begin, static_cast<std::size_t>(end - begin)};
}

// Scans a status database piece by piece; each piece ends at the end of a stanza (or of the file).
class StatusScanner
{
public:
    // `keepNotInstalled` keeps a fact for packages that are not installed too: an update that says so
    // cancels what the status file says.
    StatusScanner(const PackageFilter& wanted, std::string_view machinePath, bool keepNotInstalled = false)
        : m_wanted(wanted)
        , m_machinePath(machinePath)
        , m_keepNotInstalled(keepNotInstalled)
    {}

    void scan(std::string_view text);
    std::vector<Fact> takeFacts() { return std::move(m_facts); }

private:
    [[noreturn]] void damaged(std::size_t line, std::string_view what) const
    {
        throw ProbeError(std::string(m_machinePath) + " line " + std::to_string(line) + ": " + std::string(what) +
                             " \u2014 the dpkg database looks damaged",
                         ErrorKind::Damaged, std::string(m_machinePath));
    }

    const PackageFilter& m_wanted;
    std::string_view m_machinePath;
    bool m_keepNotInstalled = false;
    std::size_t m_line = 0; // lines scanned in earlier pieces
    std::vector<Fact> m_facts;
};

void StatusScanner::scan(std::string_view text)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    TextMarks marks(p, end);

    // Kept in locals rather than members, so that the compiler can hold them in registers.
    std::size_t line = m_line;
    bool open = false;
    std::size_t stanzaLine = 0;
    std::string_view package;
    std::string_view version;
    std::string_view status;
    std::string_view state;
    bool hasPackage = false;

    const auto endStanza = [&]() {
        if (!open) {
            return;
        }
        if (!hasPackage) {
            damaged(stanzaLine, "a stanza has no Package field");
        }
        // A stanza without Status is a package dpkg only knows of: not installed.
        const bool installed = !state.empty() && state != "not-installed";
        if ((installed || m_keepNotInstalled) && m_wanted(package)) {
            Fact fact;
            fact.kind = state == "config-files" ? FactKind::PackageConfigFiles : FactKind::Package;
            fact.name = package;
            fact.version = version;
            fact.state = status;
            fact.where = m_machinePath;
            m_facts.push_back(std::move(fact));
        }
        open = false;
        hasPackage = false;
        package = version = status = state = {};
    };

    while (p < end) {
        ++line;
        const char first = *p;
        if (first == '\n') {
            endStanza();
            ++p;
            continue;
        }
        if (first == ' ' || first == '\t') {
            // A continuation line: part of a field nobody here needs. Whitespace between stanzas is allowed.
            const char* const lineEnd = marks.nextNewline(p);
            if (lineEnd > marks.firstNul()) {
                damaged(line, "a NUL byte");
            }
            if (!open) {
                for (const char* c = p; c < lineEnd; ++c) {
                    if (!isBlank(*c)) {
                        damaged(line, "an indented line that belongs to no field");
                    }
                }
            }
            p = lineEnd < end ? lineEnd + 1 : end;
            continue;
        }

        // A field: its name runs up to the colon, with no space or control character on the way.
        const char* const colon = marks.nextStop(p);
        const char* const lineEnd = marks.nextNewline(colon);
        const char* const next = lineEnd < end ? lineEnd + 1 : end;
        if (lineEnd > marks.firstNul()) {
            damaged(line, "a NUL byte");
        }
        if (first == '\r' && p + 1 == lineEnd) {
            endStanza(); // a blank line, written with CRLF
            p = next;
            continue;
        }
        if (colon == p || colon == lineEnd || *colon != ':') {
            damaged(line, "a line that is not \"Field: value\", a continuation or a blank line");
        }
        if (!open) {
            open = true;
            stanzaLine = line;
        }
        const auto nameLength = static_cast<std::size_t>(colon - p);
        if (nameLength == 7 || nameLength == 6) {
            if (isField(p, nameLength, "Package")) {
                if (hasPackage) {
                    damaged(line, "a second Package field in one stanza");
                }
                package = fieldValue(colon, lineEnd);
                if (package.empty()) {
                    damaged(line, "an empty Package field");
                }
                hasPackage = true;
            } else if (isField(p, nameLength, "Version")) {
                version = fieldValue(colon, lineEnd);
            } else if (isField(p, nameLength, "Status")) {
                status = fieldValue(colon, lineEnd);
                // "want flag state", e.g. "install ok installed"; the state is the last word.
                std::size_t words = 0;
                std::size_t i = 0;
                while (i < status.size()) {
                    while (i < status.size() && isBlank(status[i])) {
                        ++i;
                    }
                    if (i == status.size()) {
                        break;
                    }
                    const std::size_t wordStart = i;
                    while (i < status.size() && !isBlank(status[i])) {
                        ++i;
                    }
                    ++words;
                    state = status.substr(wordStart, i - wordStart);
                }
                if (words != 3) {
                    damaged(line, "a Status of " + std::to_string(words) +
                                      " words where dpkg writes three (\"want flag state\")");
                }
            }
        }
        p = next;
    }
    // The end of the text ends the last stanza, with or without a blank line.
    endStanza();
    m_line = line;
}

// Where the last complete stanza in the buffer ends: just after a blank line, or 0 when there is none.
// The buffer starts at the beginning of a line.
std::size_t lastStanzaEnd(const char* data, std::size_t size)
{
    for (std::size_t i = size; i-- > 0;) {
        if (data[i] != '\n') {
            continue;
        }
        if (i == 0 || data[i - 1] == '\n') {
            return i + 1;
        }
        if (data[i - 1] == '\r' && (i == 1 || data[i - 2] == '\n')) {
            return i + 1;
        }
    }
    return 0;
}

[[noreturn]] void cannotRead(std::string_view machinePath, int error)
{
    throw ProbeError("cannot read " + std::string(machinePath) + ": " + std::strerror(error),
                     errorKindOf(std::error_code(error, std::generic_category())), std::string(machinePath));
}

// Reads a stream that cannot be mapped in pieces that stay in the processor's cache, each ending with a stanza.
void scanInPieces(std::FILE* file, StatusScanner& scanner, std::string_view machinePath)
{
    // Reads go straight into our buffer (if the stream keeps its own, they still work, with a copy more).
    static_cast<void>(std::setvbuf(file, nullptr, _IONBF, 0));
    // It grows only for a stanza larger than itself.
    std::vector<char> buffer(std::size_t{1} << 18);
    std::size_t filled = 0;
    for (;;) {
        if (filled == buffer.size()) {
            buffer.resize(buffer.size() * 2);
        }
        errno = 0;
        filled += std::fread(buffer.data() + filled, 1, buffer.size() - filled, file);
        if (std::ferror(file) != 0) {
            cannotRead(machinePath, errno != 0 ? errno : EIO);
        }
        if (std::feof(file) != 0) {
            scanner.scan({buffer.data(), filled});
            return;
        }
        const std::size_t cut = lastStanzaEnd(buffer.data(), filled);
        if (cut == 0) {
            continue;
        }
        scanner.scan({buffer.data(), cut});
        std::memmove(buffer.data(), buffer.data() + cut, filled - cut);
        filled -= cut;
    }
}

PackageFilter watchlistFilter(const Watchlist& watchlist)
{
    return [&watchlist](std::string_view name) { return watchlist.wants(SignatureKind::Packages, name); };
}

} // namespace

std::vector<Fact> readDpkgStatus(std::string_view text, const PackageFilter& wanted, std::string_view machinePath)
{
    StatusScanner scanner(wanted, machinePath);
    scanner.scan(text);
    return scanner.takeFacts();
}

std::vector<Fact> readDpkgStatus(std::string_view text, const Watchlist& watchlist)
{
    return readDpkgStatus(text, watchlistFilter(watchlist));
}

namespace {

std::vector<Fact> scanFile(const std::filesystem::path& hostPath, StatusScanner& scanner, std::string_view machinePath)
{
    const ReadOnlyFile file(hostPath);
    if (file.error() != 0) {
        cannotRead(machinePath, file.error());
    }
    if (const auto mapped = file.mapped()) {
        // Scanned where it lies in the page cache: nothing is copied.
        scanner.scan(*mapped);
        return scanner.takeFacts();
    }
    scanInPieces(file.stream(), scanner, machinePath);
    return scanner.takeFacts();
}

// The pending entries of an updates folder in the order dpkg applies them: names of digits only, by number.
std::vector<std::pair<unsigned long, std::filesystem::path>> pendingUpdates(const std::filesystem::path& hostFolder,
                                                                            std::string_view machineFolder)
{
    std::vector<std::pair<unsigned long, std::filesystem::path>> entries;
    std::error_code error;
    std::filesystem::directory_iterator it = listFolder(hostFolder, error);
    if (error == std::errc::no_such_file_or_directory || error == std::errc::not_a_directory) {
        return entries;
    }
    for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
        const std::string name = it->path().filename().string();
        const bool digits =
            !name.empty() && name.size() <= 9 && std::ranges::all_of(name, [](char c) { return c >= '0' && c <= '9'; });
        if (digits) {
            entries.emplace_back(std::stoul(name), it->path());
        }
    }
    if (error) {
        cannotRead(machineFolder, error.value());
    }
    std::ranges::sort(entries, {}, &std::pair<unsigned long, std::filesystem::path>::first);
    return entries;
}

} // namespace

std::vector<Fact> readDpkgStatusFile(const std::filesystem::path& hostPath, const PackageFilter& wanted,
                                     std::string_view machinePath)
{
    StatusScanner scanner(wanted, machinePath);
    return scanFile(hostPath, scanner, machinePath);
}

std::vector<Fact> readDpkgStatusFile(const std::filesystem::path& hostPath, const Watchlist& watchlist)
{
    return readDpkgStatusFile(hostPath, watchlistFilter(watchlist));
}

void applyDpkgUpdates(const std::filesystem::path& hostFolder, const PackageFilter& wanted, std::vector<Fact>& facts,
                      std::string_view machineFolder)
{
    for (const auto& [number, hostPath] : pendingUpdates(hostFolder, machineFolder)) {
        const std::string machinePath = std::string(machineFolder) + "/" + hostPath.filename().string();
        StatusScanner scanner(wanted, machinePath, true);
        for (Fact& update : scanFile(hostPath, scanner, machinePath)) {
            std::erase_if(facts, [&](const Fact& fact) {
                return (fact.kind == FactKind::Package || fact.kind == FactKind::PackageConfigFiles) &&
                       fact.name == update.name && fact.where.starts_with("/var/lib/dpkg/");
            });
            if (!update.state.empty() && !update.state.ends_with("not-installed")) {
                facts.push_back(std::move(update));
            }
        }
    }
}

void applyDpkgUpdates(const std::filesystem::path& hostFolder, const Watchlist& watchlist, std::vector<Fact>& facts)
{
    applyDpkgUpdates(hostFolder, watchlistFilter(watchlist), facts);
}

} // namespace offramp::platform
