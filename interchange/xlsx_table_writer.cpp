// The XLSX table writer, on libxlsxwriter.
#include "xlsx_table_writer.h"

#include "domain/character_count.h"
#include "domain/errors.h"
#include "domain/utf8_path.h"
#include "fopen_name.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <system_error>

namespace innodesk::interchange {
namespace {

using domain::DomainError;
using domain::ErrorCode;

// Excel's limits: a cell holds at most 32,767 characters, a sheet name 31.
constexpr std::size_t kMaxCellBytes = 32767;
constexpr std::size_t kMaxSheetNameCodePoints = 31;
constexpr double kMaxColumnWidth = 60;
// Whole đồng beyond 2^53 would lose units as a spreadsheet number; such a cell is written as text.
constexpr std::int64_t kLargestExactNumber = std::int64_t{1} << 53;

[[noreturn]] void CannotWrite(const std::filesystem::path& path, const std::string& why) {
    throw DomainError(
        ErrorCode::Storage,
        {"Không ghi được tệp " + domain::Utf8Of(path) + ": " + why +
             ". Kiểm tra thư mục, dung lượng đĩa, và đóng tệp nếu đang mở trong Excel.",
         "Cannot write " + domain::Utf8Of(path) + ": " + why +
             ". Check the folder and free disk space, and close the file if Excel has it open."},
        "out");
}

bool IsContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Cuts UTF-8 text to at most `bytes` bytes without splitting a character.
std::string CutUtf8(const std::string& text, std::size_t bytes) {
    if (text.size() <= bytes) return text;
    std::size_t end = bytes;
    while (end > 0 && IsContinuationByte(text[end])) --end;
    return text.substr(0, end);
}

std::string SheetName(const std::string& wanted, std::size_t index) {
    std::string name;
    for (char c : wanted) name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
    // 31 characters, counted as Excel counts them (code points; Vietnamese letters are one each).
    std::size_t end = 0, count = 0;
    while (end < name.size() && count < kMaxSheetNameCodePoints) {
        ++end;
        while (end < name.size() && IsContinuationByte(name[end])) ++end;
        ++count;
    }
    name.resize(end);
    if (name.empty() || name.front() == '\'' || name.back() == '\'')
        name = "Sheet" + std::to_string(index + 1);
    return name;
}

struct WorkbookCloser {
    void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};

struct Formats {
    lxw_format* header;
    lxw_format* money;
    lxw_format* number;
    lxw_format* date;
    lxw_format* decimal;
    lxw_format* text;
};

Formats AddFormats(lxw_workbook* workbook) {
    Formats formats{};
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xDDEBF7);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
    // "#,##0" shows the locale's grouping: 1.234.567 in a Vietnamese Excel or Calc.
    formats.money = workbook_add_format(workbook);
    format_set_num_format(formats.money, "#,##0 \"₫\"");
    formats.number = workbook_add_format(workbook);
    format_set_num_format(formats.number, "0");
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "dd/mm/yyyy");
    formats.decimal = workbook_add_format(workbook);
    format_set_num_format(formats.decimal, "0.0");
    formats.text = workbook_add_format(workbook);
    format_set_num_format(formats.text, "@");
    return formats;
}

class CellWriter {
public:
    CellWriter(lxw_worksheet* sheet, const Formats& formats) : m_sheet(sheet), m_formats(formats) {}

    lxw_error Write(lxw_row_t row, lxw_col_t column, const XlsxCell& cell) {
        return std::visit([&](const auto& value) { return WriteValue(row, column, value); }, cell);
    }

private:
    lxw_error WriteValue(lxw_row_t row, lxw_col_t column, const std::string& text) {
        if (text.empty()) return LXW_NO_ERROR;
        return worksheet_write_string(m_sheet, row, column, CutUtf8(text, kMaxCellBytes).c_str(),
                                      m_formats.text);
    }
    lxw_error WriteValue(lxw_row_t row, lxw_col_t column, std::int64_t number) {
        if (number > kLargestExactNumber || number < -kLargestExactNumber)
            return WriteValue(row, column, std::to_string(number));
        return worksheet_write_number(m_sheet, row, column, static_cast<double>(number), m_formats.number);
    }
    lxw_error WriteValue(lxw_row_t row, lxw_col_t column, const domain::Money& money) {
        const auto dong = money.Dong();
        if (dong > kLargestExactNumber || dong < -kLargestExactNumber)
            return WriteValue(row, column, money.Format());
        return worksheet_write_number(m_sheet, row, column, static_cast<double>(dong), m_formats.money);
    }
    lxw_error WriteValue(lxw_row_t row, lxw_col_t column, const domain::CalendarDate& date) {
        lxw_datetime value{
            date.Year(), static_cast<int>(date.Month()), static_cast<int>(date.Day()), 0, 0, 0};
        return worksheet_write_datetime(m_sheet, row, column, &value, m_formats.date);
    }

    lxw_error WriteValue(lxw_row_t row, lxw_col_t column, XlsxDecimal decimal) {
        return worksheet_write_number(m_sheet, row, column, decimal.value, m_formats.decimal);
    }

    lxw_worksheet* m_sheet;
    const Formats& m_formats;
};

double DisplayWidth(const XlsxCell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return static_cast<double>(domain::CharacterCount(*text));
    if (std::holds_alternative<domain::Money>(cell)) return 16;
    if (std::holds_alternative<domain::CalendarDate>(cell)) return 11;
    return 10;
}

void WriteSheet(lxw_workbook* workbook, const Formats& formats, const XlsxSheet& table, std::size_t index,
                const std::filesystem::path& path) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, SheetName(table.name, index).c_str());
    if (!sheet) CannotWrite(path, "the sheet name '" + table.name + "' is not accepted");
    const lxw_col_t columns = static_cast<lxw_col_t>(table.header.size());
    if (columns == 0) return;
    std::vector<double> widths(columns, 8);
    CellWriter cells(sheet, formats);
    for (lxw_col_t column = 0; column < columns; ++column) {
        const auto& title = table.header[column];
        widths[column] = std::max(widths[column], static_cast<double>(domain::CharacterCount(title)) + 2);
        if (const auto error = worksheet_write_string(sheet, 0, column, CutUtf8(title, kMaxCellBytes).c_str(),
                                                      formats.header))
            CannotWrite(path, lxw_strerror(error));
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const auto sheet_row = static_cast<lxw_row_t>(r + 1);
        for (lxw_col_t column = 0; column < columns && column < row.size(); ++column) {
            if (const auto error = cells.Write(sheet_row, column, row[column]))
                CannotWrite(path, lxw_strerror(error));
            widths[column] = std::max(widths[column], DisplayWidth(row[column]) + 2);
        }
    }
    for (lxw_col_t column = 0; column < columns; ++column)
        worksheet_set_column(sheet, column, column, std::min(widths[column], kMaxColumnWidth), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(columns - 1));
}

}  // namespace

void WriteXlsxTables(const std::filesystem::path& path, const std::vector<XlsxSheet>& sheets) {
    const std::filesystem::path partial = domain::PathFromUtf8(domain::Utf8Of(path) + ".partial");
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    try {
#ifdef _WIN32
        // The file must exist for its short name: created empty here, libxlsxwriter rewrites it.
        { std::ofstream(partial, std::ios::binary); }
        const std::string name = NameForFopen(partial);
        std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(name.c_str()));
#else
        std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(partial.c_str()));
#endif
        if (!workbook) CannotWrite(path, "the workbook could not be created");
        const Formats formats = AddFormats(workbook.get());
        for (std::size_t i = 0; i < sheets.size(); ++i)
            WriteSheet(workbook.get(), formats, sheets[i], i, path);
        // Closing is when the file is actually written.
        if (const auto error = workbook_close(workbook.release())) CannotWrite(path, lxw_strerror(error));
        std::error_code rename_error;
        std::filesystem::rename(partial, path, rename_error);
        if (rename_error) CannotWrite(path, rename_error.message());
    } catch (...) {
        std::filesystem::remove(partial, ignored);
        throw;
    }
}

}  // namespace innodesk::interchange
