// Writes a report as an editable Word document (.docx, Office Open XML): the heading as a
// borderless two-column table, the body, the results table as a Word table whose header row
// repeats on every page, then Nơi nhận and the signature block side by side, in Times New Roman
// on A4 with the margins of Decree 30/2020/NĐ-CP (20 mm top and bottom, 30 mm left, 15 mm right).
#pragma once

#include "reports/report_document.h"

#include <filesystem>
#include <string>

namespace innodesk::reports {

// Point sizes (Decree 30/2020/NĐ-CP, appendix I): body and headings 14, the results table 13,
// the heading's names 13, "Nơi nhận:" 12 and its list 11.
inline constexpr double kDocxBodyPoints = 14;
inline constexpr double kDocxTablePoints = 13;
inline constexpr const char* kDocxFont = "Times New Roman";

// The .docx file's bytes (a zip of XML parts written with pugixml and libzip). Validates and
// normalises first; throws DomainError(Storage) if libzip fails.
std::string DocxReport(const ReportDocument& document);

// Writes `target` whole or not at all (see output_file.h).
void WriteDocxReport(const ReportDocument& document, const std::filesystem::path& target);

}  // namespace innodesk::reports
