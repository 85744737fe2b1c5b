// Writes a table as an XLSX workbook that Excel and LibreOffice Calc open as a real table:
// typed cells (numbers, money in whole đồng, dates), a bold frozen header with filters, and
// columns wide enough for their text.
#pragma once

#include "domain/calendar_date.h"
#include "domain/money.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace innodesk::interchange {

// A score or share with one decimal, such as 83.5 (%).
struct XlsxDecimal {
    double value = 0;
};

// A cell's value: text, a whole number, an amount of money, a date or a one-decimal number. Text
// is written as text even when it looks like a number, so that tax codes keep their leading zeros.
using XlsxCell = std::variant<std::string, std::int64_t, domain::Money, domain::CalendarDate, XlsxDecimal>;

struct XlsxSheet {
    std::string name;  // shortened to Excel's 31 characters; []:*?/\ replaced
    std::vector<std::string> header;
    std::vector<std::vector<XlsxCell>> rows;
};

// Writes the sheets into `path`, whole or not at all: the workbook is written beside it and
// renamed into place when complete. Throws DomainError(Storage) saying why it could not be
// written (the folder, the disk, a file open in Excel).
void WriteXlsxTables(const std::filesystem::path& path, const std::vector<XlsxSheet>& sheets);

}  // namespace innodesk::interchange
