// Writes a report's table as CSV: UTF-8 with a byte-order mark (so that Excel reads Vietnamese
// correctly), RFC 4180 quoting, CR LF line ends.
#pragma once

#include "reports/report_document.h"

#include <filesystem>
#include <string>

namespace innodesk::reports {

// The CSV bytes: the column headers, then one record per table row (group and total rows
// included, as they read in the table). Counts and amounts are plain digits ("1234567"), which
// every spreadsheet reads as a number whatever its locale; percentages and text as displayed.
// The heading and paragraphs are not part of a CSV file. Validates and normalises first.
std::string CsvReport(const ReportDocument& document);

// Writes CsvReport to `target` whole or not at all (see output_file.h).
void WriteCsvReport(const ReportDocument& document, const std::filesystem::path& target);

}  // namespace innodesk::reports
