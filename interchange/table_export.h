// Exports a table to the file a person chose: XLSX or CSV by the file's extension, written whole
// or not at all (beside the target, renamed when complete).
#pragma once

#include "xlsx_table_writer.h"

#include <filesystem>
#include <string>
#include <vector>

namespace innodesk::interchange {

// ".csv" (any case) writes CSV for Excel (see csv_writer.h), with amounts and dates as people
// read them (1.234.567 ₫, dd/mm/yyyy); anything else writes an XLSX workbook of one sheet.
// Throws DomainError(Storage) when the file cannot be written.
void ExportTable(const std::filesystem::path& path, const XlsxSheet& table);

}  // namespace innodesk::interchange
