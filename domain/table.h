// Rows of text cells as they come out of an imported file, with where each row came from.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace innodesk::domain {

struct TableRow {
    std::size_t source_line = 0;  // 1-based: the CSV line a record starts on, or the sheet row
    std::vector<std::string> cells;
};

struct Table {
    std::vector<std::string> header;
    std::vector<TableRow> rows;
};

}  // namespace innodesk::domain
