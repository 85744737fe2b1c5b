// libFuzzer target: any bytes as a CSV or TSV file, with each encoding and delimiter option the
// import offers. The reader must return a table or refuse with DomainError, nothing else.
#include "domain/errors.h"
#include "interchange/csv_reader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace innodesk;
    if (size == 0) return 0;
    // The first byte picks the options, as a person would on the command line.
    static const char* const kEncodings[] = {"", "windows-1258", "UTF-16LE", "UTF-8"};
    static const char kDelimiters[] = {0, ',', ';', '\t'};
    interchange::CsvOptions options;
    options.encoding = kEncodings[data[0] & 3];
    options.delimiter = kDelimiters[(data[0] >> 2) & 3];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const auto table = interchange::ParseCsv(bytes, options);
        for (const auto& row : table.rows)
            if (row.cells.size() != table.header.size()) __builtin_trap();  // rows are padded to the header
    } catch (const domain::DomainError&) {
        // a refusal with a reason is the right answer to a bad file
    }
    return 0;
}
