// Writes a report as a PDF: A4, pango text on a cairo PDF surface with its font embedded, the
// heading of an administrative report, the table with its header row repeated on every page it
// runs onto, and "Trang 1/3" at the foot of each page.
#pragma once

#include "reports/report_document.h"

#include <filesystem>
#include <string>

namespace innodesk::reports {

// The PDF's bytes. Validates and normalises first; throws Storage if the font is missing (see
// pdf_fonts.h) or cairo fails.
std::string PdfReport(const ReportDocument& document);

// Writes PdfReport to `target` whole or not at all (see output_file.h).
void WritePdfReport(const ReportDocument& document, const std::filesystem::path& target);

}  // namespace innodesk::reports
