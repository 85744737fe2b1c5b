// Reads a table from a file, choosing the reader by the file's extension.
#pragma once

#include <filesystem>

#include "interchange/csv_reader.h"
#include "interchange/table.h"

namespace innodesk::interchange {

// .xlsx → ReadXlsx (first sheet; `options` do not apply); .csv, .tsv and .txt → ParseCsv
// (.tsv defaults to tab-separated). Throws DomainError(FileFormat) for other extensions, for a
// missing or unreadable file (with the path and the reason), for a CSV, TSV or TXT file
// larger than ImportLimits::kMaxTextFileBytes (checked while reading, so a pipe or a growing
// file is stopped too), and for anything the reader refuses; CSV messages then start with the
// file's name.
Table ReadTableFile(const std::filesystem::path& path, const CsvOptions& options = {});

}  // namespace innodesk::interchange
