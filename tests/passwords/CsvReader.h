// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef OFFRAMP_TESTS_CSVREADER_H
#define OFFRAMP_TESTS_CSVREADER_H

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace offramp::test {

using CsvRows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader, written independently of the writers under test: every record ends with CRLF
// (the last one too), a quoted field may hold commas, CR, LF and doubled quotes, an unquoted field may hold
// none of them, and after a closing quote only a comma or CRLF may follow. Anything else throws with the
// byte offset, so a writer that gets quoting or line ends wrong cannot pass.
inline CsvRows parseCsv(std::string_view text)
{
    CsvRows rows;
    std::vector<std::string> row;
    std::size_t i = 0;
    const auto fail = [&](const std::string& what) {
        throw std::runtime_error("CSV offset " + std::to_string(i) + ": " + what);
    };
    if (text.empty()) {
        return rows;
    }
    while (true) {
        std::string field;
        if (i < text.size() && text[i] == '"') {
            ++i;
            while (true) {
                if (i >= text.size()) {
                    fail("unterminated quoted field");
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r') {
                if (text[i] == '"' || text[i] == '\n') {
                    fail("a quote or LF in an unquoted field");
                }
                field += text[i++];
            }
        }
        row.push_back(std::move(field));
        if (i < text.size() && text[i] == ',') {
            ++i;
            continue;
        }
        if (text.substr(i, 2) != "\r\n") {
            fail("a record must end with CRLF");
        }
        i += 2;
        rows.push_back(std::move(row));
        row.clear();
        if (i == text.size()) {
            return rows;
        }
    }
}

} // namespace offramp::test

#endif
