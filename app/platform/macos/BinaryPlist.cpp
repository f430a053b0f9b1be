// SPDX-License-Identifier: GPL-3.0-or-later
// The binary property list reader ("bplist00", as CFBinaryPList.c describes it):
//   header "bplist00" | objects | offset table | 32-byte trailer
// The trailer gives the width of offsets and object references, the number of objects, the top
// object and where the offset table starts. Every number read from the file is checked before use.
#include "engine/utils/Utf8.h"
#include "platform/macos/Plist.h"

#include <bit>
#include <cstring>

namespace offramp::platform {
namespace {

constexpr std::uint64_t kHeaderSize = 8;
constexpr std::uint64_t kTrailerSize = 32;
// Objects may be shared, so a small file can describe a huge tree; these bound what it may expand to.
constexpr std::uint64_t kMaxValues = 1'000'000;
constexpr std::uint64_t kMaxCopiedBytes = 64ULL * 1024 * 1024;

std::string hex(std::uint64_t value)
{
    constexpr std::string_view kDigits = "0123456789abcdef";
    std::string out;
    do {
        out.insert(out.begin(), kDigits[value & 0xF]);
        value >>= 4;
    } while (value != 0);
    return "0x" + out;
}

class BinaryReader
{
public:
    explicit BinaryReader(std::string_view bytes)
        : m_bytes(bytes)
    {}

    PlistValue document()
    {
        const std::uint64_t size = m_bytes.size();
        if (size < kHeaderSize + kTrailerSize) {
            throw PlistError("truncated binary plist: " + std::to_string(size) +
                             " bytes is too short for the header and the 32-byte trailer");
        }
        const std::uint64_t trailer = size - kTrailerSize;
        m_offsetSize = byteAt(trailer + 6);
        m_refSize = byteAt(trailer + 7);
        m_objectCount = readUnsigned(trailer + 8, 8);
        const std::uint64_t top = readUnsigned(trailer + 16, 8);
        m_tableOffset = readUnsigned(trailer + 24, 8);

        if (m_offsetSize < 1 || m_offsetSize > 8) {
            throw PlistError("binary plist: the trailer gives an offset size of " + std::to_string(m_offsetSize) +
                             " bytes (it must be 1 to 8); the file is damaged or truncated");
        }
        if (m_refSize < 1 || m_refSize > 8) {
            throw PlistError("binary plist: the trailer gives an object reference size of " +
                             std::to_string(m_refSize) +
                             " bytes (it must be 1 to 8); the file is damaged or truncated");
        }
        if (m_objectCount == 0) {
            throw PlistError("binary plist: the trailer lists no objects");
        }
        if (m_tableOffset < kHeaderSize + 1) {
            throw PlistError("binary plist: the offset table starts at " + std::to_string(m_tableOffset) +
                             ", inside the header");
        }
        if (m_tableOffset > trailer || m_objectCount > (trailer - m_tableOffset) / m_offsetSize) {
            throw PlistError("truncated binary plist: offset table runs past the end (" +
                             std::to_string(m_objectCount) + " offsets of " + std::to_string(m_offsetSize) +
                             " bytes from offset " + std::to_string(m_tableOffset) + " in a file of " +
                             std::to_string(size) + " bytes)");
        }
        if (top >= m_objectCount) {
            throw PlistError("binary plist: the top object is number " + std::to_string(top) + " of only " +
                             std::to_string(m_objectCount) + " objects");
        }
        m_active.assign(m_objectCount, false);
        return readObject(top, 1);
    }

private:
    std::uint8_t byteAt(std::uint64_t at) const { return static_cast<std::uint8_t>(m_bytes[at]); }

    // A big-endian unsigned number of `width` (1 to 8) bytes; the caller has checked the range.
    std::uint64_t readUnsigned(std::uint64_t at, unsigned width) const
    {
        std::uint64_t value = 0;
        for (unsigned i = 0; i < width; ++i) {
            value = (value << 8) | byteAt(at + i);
        }
        return value;
    }

    // Checks that `count` units of `unitSize` bytes from `at` lie within the object area.
    void need(std::uint64_t object, std::uint64_t at, std::uint64_t count, std::uint64_t unitSize,
              std::string_view what) const
    {
        if (at > m_tableOffset || count > (m_tableOffset - at) / unitSize) {
            throw PlistError("truncated binary plist: object " + std::to_string(object) + " (" + std::string(what) +
                             " at offset " + std::to_string(at) + ", " + std::to_string(count) + " x " +
                             std::to_string(unitSize) + " bytes) runs past the end of the object area");
        }
    }

    void spend(std::uint64_t bytes)
    {
        m_copiedBytes += bytes;
        if (m_copiedBytes > kMaxCopiedBytes) {
            throw PlistError("binary plist: its shared strings and data expand to more than 64 MiB");
        }
    }

    std::uint64_t objectOffset(std::uint64_t index) const
    {
        const std::uint64_t offset = readUnsigned(m_tableOffset + index * m_offsetSize, m_offsetSize);
        if (offset < kHeaderSize || offset >= m_tableOffset) {
            throw PlistError("binary plist: object " + std::to_string(index) + " is said to start at offset " +
                             std::to_string(offset) + ", outside the object area (" + std::to_string(kHeaderSize) +
                             " to " + std::to_string(m_tableOffset) + ")");
        }
        return offset;
    }

    // The count in a marker's low nibble, or the integer object after it when the nibble is 0xF.
    // Sets `start` to the first byte of the object's contents.
    std::uint64_t readCount(std::uint64_t object, std::uint64_t offset, std::uint64_t& start) const
    {
        const unsigned low = byteAt(offset) & 0xFU;
        if (low != 0xF) {
            start = offset + 1;
            return low;
        }
        need(object, offset + 1, 1, 1, "length marker");
        const unsigned marker = byteAt(offset + 1);
        if ((marker >> 4) != 0x1 || (marker & 0xFU) > 3) {
            throw PlistError("binary plist: object " + std::to_string(object) + " has a malformed length (marker " +
                             hex(marker) + " where an integer of 1 to 8 bytes belongs)");
        }
        const unsigned width = 1U << (marker & 0xFU);
        need(object, offset + 2, width, 1, "length");
        start = offset + 2 + width;
        return readUnsigned(offset + 2, width);
    }

    std::uint64_t readRef(std::uint64_t object, std::uint64_t at) const
    {
        const std::uint64_t ref = readUnsigned(at, m_refSize);
        if (ref >= m_objectCount) {
            throw PlistError("binary plist: object " + std::to_string(object) + " refers to object " +
                             std::to_string(ref) + ", but there are only " + std::to_string(m_objectCount));
        }
        return ref;
    }

    std::string utf16ToUtf8(std::uint64_t start, std::uint64_t units) const
    {
        std::string out;
        out.reserve(units);
        for (std::uint64_t i = 0; i < units; ++i) {
            auto unit = static_cast<char32_t>(readUnsigned(start + 2 * i, 2));
            if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < units) {
                const auto next = static_cast<char32_t>(readUnsigned(start + 2 * (i + 1), 2));
                if (next >= 0xDC00 && next <= 0xDFFF) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00);
                    ++i;
                }
            }
            utils::appendUtf8(out, unit); // a lone surrogate becomes U+FFFD
        }
        return out;
    }

    PlistValue readObject(std::uint64_t index, int depth)
    {
        if (++m_valueCount > kMaxValues) {
            throw PlistError("binary plist: its shared objects expand to more than a million values");
        }
        const std::uint64_t offset = objectOffset(index);
        const unsigned marker = byteAt(offset);
        const unsigned low = marker & 0xFU;
        switch (marker >> 4) {
        case 0x0:
            if (low == 0x0) {
                return {};
            }
            if (low == 0x8 || low == 0x9) {
                return low == 0x9;
            }
            break;
        case 0x1: {
            // 1, 2 and 4-byte integers are unsigned, 8-byte ones signed; 16-byte ones keep their low 64 bits.
            if (low > 4) {
                break;
            }
            const unsigned width = 1U << low;
            need(index, offset + 1, width, 1, "integer");
            return static_cast<std::int64_t>(
                readUnsigned(offset + 1 + (width - std::min(width, 8U)), std::min(width, 8U)));
        }
        case 0x2:
            if (low == 2) {
                need(index, offset + 1, 4, 1, "real");
                return static_cast<double>(
                    std::bit_cast<float>(static_cast<std::uint32_t>(readUnsigned(offset + 1, 4))));
            }
            if (low == 3) {
                need(index, offset + 1, 8, 1, "real");
                return std::bit_cast<double>(readUnsigned(offset + 1, 8));
            }
            break;
        case 0x3:
            if (low == 3) {
                need(index, offset + 1, 8, 1, "date");
                return PlistDate{std::bit_cast<double>(readUnsigned(offset + 1, 8))};
            }
            break;
        case 0x4: {
            std::uint64_t start = 0;
            const std::uint64_t length = readCount(index, offset, start);
            need(index, start, length, 1, "data");
            spend(length);
            const auto* first = reinterpret_cast<const std::uint8_t*>(m_bytes.data() + start);
            return PlistValue::Data(first, first + length);
        }
        case 0x5: {
            // "ASCII" strings; stray bytes above 0x7F are read as Latin-1 so that the result is valid UTF-8.
            std::uint64_t start = 0;
            const std::uint64_t length = readCount(index, offset, start);
            need(index, start, length, 1, "string");
            spend(length);
            std::string text;
            text.reserve(length);
            for (std::uint64_t i = 0; i < length; ++i) {
                utils::appendUtf8(text, byteAt(start + i));
            }
            return text;
        }
        case 0x6: {
            std::uint64_t start = 0;
            const std::uint64_t units = readCount(index, offset, start);
            need(index, start, units, 2, "UTF-16 string");
            spend(units * 2);
            return utf16ToUtf8(start, units);
        }
        case 0x8: {
            // A UID (keyed archives): kept as an integer.
            const unsigned width = low + 1;
            need(index, offset + 1, width, 1, "UID");
            return static_cast<std::int64_t>(
                readUnsigned(offset + 1 + (width - std::min(width, 8U)), std::min(width, 8U)));
        }
        case 0xA:
        case 0xB: // ordered set
        case 0xC: // set
        case 0xD:
            return readContainer(index, offset, marker >> 4 == 0xD, depth);
        default:
            break;
        }
        throw PlistError("binary plist: object " + std::to_string(index) + " at offset " + std::to_string(offset) +
                         " has an unknown type (marker " + hex(marker) + ")");
    }

    PlistValue readContainer(std::uint64_t index, std::uint64_t offset, bool dict, int depth)
    {
        if (depth > kPlistMaxDepth) {
            throw PlistError("binary plist: arrays and dictionaries nested more than " +
                             std::to_string(kPlistMaxDepth) + " deep");
        }
        if (m_active[index]) {
            throw PlistError("binary plist: object " + std::to_string(index) + " contains itself (a reference cycle)");
        }
        std::uint64_t start = 0;
        const std::uint64_t count = readCount(index, offset, start);
        // A dictionary lists its keys' references, then its values'.
        need(index, start, count, dict ? 2ULL * m_refSize : m_refSize, dict ? "dictionary" : "array");
        m_active[index] = true;
        PlistValue result;
        if (dict) {
            PlistValue::Dict entries;
            for (std::uint64_t i = 0; i < count; ++i) {
                const std::uint64_t keyRef = readRef(index, start + i * m_refSize);
                const std::uint64_t valueRef = readRef(index, start + (count + i) * m_refSize);
                PlistValue key = readObject(keyRef, depth + 1);
                if (key.asString() == nullptr) {
                    throw PlistError("binary plist: dictionary object " + std::to_string(index) +
                                     " has a key of type " + std::string(plistTypeName(key.type())) +
                                     " (keys must be strings)");
                }
                entries.insert_or_assign(*key.asString(), readObject(valueRef, depth + 1));
            }
            result = std::move(entries);
        } else {
            PlistValue::Array items;
            items.reserve(count);
            for (std::uint64_t i = 0; i < count; ++i) {
                items.push_back(readObject(readRef(index, start + i * m_refSize), depth + 1));
            }
            result = std::move(items);
        }
        m_active[index] = false;
        return result;
    }

    std::string_view m_bytes;
    unsigned m_offsetSize = 0;
    unsigned m_refSize = 0;
    std::uint64_t m_objectCount = 0;
    std::uint64_t m_tableOffset = 0;
    std::vector<bool> m_active; // objects being read, to refuse reference cycles
    std::uint64_t m_valueCount = 0;
    std::uint64_t m_copiedBytes = 0;
};

} // namespace

PlistValue parseBinaryPlist(std::string_view bytes)
{
    if (bytes.substr(0, kHeaderSize) != "bplist00") {
        throw PlistError("binary plist: the file does not start with \"bplist00\"");
    }
    return BinaryReader(bytes).document();
}

} // namespace offramp::platform
