// Reads CSV text as Excel and the registry portals really export it into a Table.
#pragma once

#include <string>
#include <string_view>

#include "interchange/table.h"

namespace innodesk::interchange {

struct CsvOptions {
    // Empty: detect (UTF-8 or UTF-16 byte-order mark, else strict UTF-8). Otherwise any ICU
    // converter name, such as "windows-1258".
    std::string encoding;
    // 0: take whichever of ',' ';' and tab occurs most often, outside quotes, in the header.
    char delimiter = 0;
};

// RFC 4180 with what real files add: CR LF, LF or lone CR line ends, quoted fields holding
// delimiters and line breaks, spaces around unquoted cells (trimmed), blank rows (skipped),
// short rows (padded to the header). The first non-blank record is the header. Throws
// DomainError(FileFormat) naming the line for an empty file, undecodable bytes, an
// unterminated quote, a row with more non-empty fields than the header has columns, or text
// that passes one of the import limits (import_limits.h), naming the line and field.
Table ParseCsv(std::string_view bytes, const CsvOptions& options = {});

}  // namespace innodesk::interchange
