// Table export.
#include "table_export.h"

#include "csv_writer.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <system_error>

namespace innodesk::interchange {
namespace {

struct CellText {
    std::string operator()(const std::string& text) const { return text; }
    std::string operator()(std::int64_t number) const { return std::to_string(number); }
    std::string operator()(const domain::Money& money) const { return money.Format(); }
    std::string operator()(const domain::CalendarDate& date) const { return date.Format(); }
    std::string operator()(XlsxDecimal decimal) const {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.1f", decimal.value);
        return buffer;
    }
};

bool IsCsv(const std::filesystem::path& path) {
    std::string extension = domain::Utf8Of(path.extension());
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".csv";
}

void WriteCsvFile(const std::filesystem::path& path, const XlsxSheet& table) {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (const auto& cell : row) cells.push_back(std::visit(CellText{}, cell));
        rows.push_back(std::move(cells));
    }
    const std::filesystem::path partial = domain::PathFromUtf8(domain::Utf8Of(path) + ".partial");
    try {
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            if (!out)
                throw domain::DomainError(
                    domain::ErrorCode::Storage,
                    {"Không tạo được tệp " + domain::Utf8Of(path) + ". Kiểm tra thư mục và quyền ghi.",
                     "Cannot create " + domain::Utf8Of(path) + ". Check the folder and write permission."},
                    "out");
            WriteCsv(out, table.header, rows);
        }
        std::filesystem::rename(partial, path);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw;
    }
}

}  // namespace

void ExportTable(const std::filesystem::path& path, const XlsxSheet& table) {
    if (IsCsv(path))
        WriteCsvFile(path, table);
    else
        WriteXlsxTables(path, {table});
}

}  // namespace innodesk::interchange
