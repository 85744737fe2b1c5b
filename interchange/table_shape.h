// Rules the CSV and XLSX readers share for turning raw rows into a Table's header and rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace innodesk::interchange {

// Without leading and trailing ASCII space, tab, CR and LF.
std::string_view TrimAsciiWhitespace(std::string_view text);

// True when every cell is empty (a row Excel writes as ",,,," or a row of formatted blanks).
bool IsBlankRow(const std::vector<std::string>& cells);

// Trims every heading and drops trailing empty headings, which Excel leaves behind for
// columns that were formatted but never filled in.
void NormaliseHeader(std::vector<std::string>& header);

// 1-based position of the last non-empty cell at or after `from`, or 0 if there is none.
std::size_t LastNonEmptyCellFrom(const std::vector<std::string>& cells, std::size_t from);

}  // namespace innodesk::interchange
