// Rules the CSV and XLSX readers share for turning raw rows into a Table.
#include "interchange/table_shape.h"

#include <algorithm>

namespace innodesk::interchange {

namespace {

bool IsAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

std::string_view TrimAsciiWhitespace(std::string_view text) {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && IsAsciiWhitespace(text[begin])) ++begin;
    while (end > begin && IsAsciiWhitespace(text[end - 1])) --end;
    return text.substr(begin, end - begin);
}

bool IsBlankRow(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return cell.empty(); });
}

void NormaliseHeader(std::vector<std::string>& header) {
    for (std::string& heading : header) {
        const std::string_view trimmed = TrimAsciiWhitespace(heading);
        if (trimmed.size() != heading.size()) heading = std::string(trimmed);
    }
    while (!header.empty() && header.back().empty()) header.pop_back();
}

std::size_t LastNonEmptyCellFrom(const std::vector<std::string>& cells, std::size_t from) {
    for (std::size_t i = cells.size(); i > from; --i) {
        if (!cells[i - 1].empty()) return i;
    }
    return 0;
}

}  // namespace innodesk::interchange
