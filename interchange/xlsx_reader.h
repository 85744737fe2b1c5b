// Reads one worksheet of an Excel .xlsx workbook into a Table.
#pragma once

#include <filesystem>
#include <string_view>

#include "interchange/table.h"

namespace innodesk::interchange {

// Reads the sheet called `sheet_name`, or the first sheet in workbook order when it is empty.
// The first non-empty row is the header; later rows keep their sheet row number as
// source_line, blank rows are skipped and short rows padded. Cells become text as Excel shows
// them where it matters for data: shared, inline and rich strings, TRUE/FALSE, error codes
// such as "#N/A", integers without decimals ("300588569"), other numbers with at most 15
// significant digits, and date-formatted numbers as "yyyy-mm-dd". Throws
// DomainError(FileFormat) when the file is not a zip, has no workbook, lacks the sheet, is
// damaged, has a value in a column the header does not name, or passes one of the import
// limits (import_limits.h). The sheet and its shared strings are parsed as they are
// decompressed, so the memory taken is that of the table, whatever the file's size.
Table ReadXlsx(const std::filesystem::path& path, std::string_view sheet_name = {});

}  // namespace innodesk::interchange
