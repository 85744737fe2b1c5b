// Writes tables as CSV that Excel opens correctly, Vietnamese text included.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::interchange {

// RFC 4180 in UTF-8 with a byte-order mark and CR LF line ends. Fields holding a comma, a
// semicolon, a tab, a quote, CR or LF, or starting or ending with a space, are quoted. Fields that a
// spreadsheet would run as a formula get a leading apostrophe (see NeedsFormulaGuard). Throws
// DomainError(Storage) if the stream fails.
void WriteCsv(std::ostream& out, const std::vector<std::string>& header,
              const std::vector<std::vector<std::string>>& rows);

// True when `field` would start a formula in Excel or LibreOffice: it begins with tab or CR, or,
// after any leading spaces, with '=', '@', their full-width forms '＝' '＠', or with '+', '-', '＋',
// '－' and is not a plain number such as "-5", "+84912345678" or "-1.5e3".
bool NeedsFormulaGuard(std::string_view field);

}  // namespace innodesk::interchange
