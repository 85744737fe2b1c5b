// Writes a report as an XLSX workbook (libxlsxwriter): the heading, the table with borders, bold
// headers, wrapped text, number formats and =SUM formulas on total rows (with their values
// cached, so readers that do not recalculate still show them), then the paragraphs.
#pragma once

#include "reports/report_document.h"

#include <filesystem>

namespace innodesk::reports {

// Counts and amounts use the number format "#,##0": the value stays a number (so the sums work)
// and the spreadsheet groups its digits in the reader's notation, "1.234.567" in a Vietnamese
// Calc or Excel, "1,234,567" in an English one. Percentages use "0%" or "0.0%".
// Validates and normalises first; writes `target` whole or not at all (see output_file.h).
void WriteXlsxReport(const ReportDocument& document, const std::filesystem::path& target);

}  // namespace innodesk::reports
