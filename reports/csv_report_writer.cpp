// Report tables as CSV, through the interchange library's RFC 4180 writer.
#include "reports/csv_report_writer.h"

#include "interchange/csv_writer.h"
#include "reports/output_file.h"

#include <sstream>

namespace innodesk::reports {

namespace {

std::string CsvField(const ReportCell& cell) {
    switch (cell.number) {
        case CellNumber::Count:
        case CellNumber::Money:
            return std::to_string(cell.whole);
        case CellNumber::Percent:
        case CellNumber::None:
            break;
    }
    return cell.text;
}

}  // namespace

std::string CsvReport(const ReportDocument& original) {
    Validate(original);
    const ReportDocument document = NormalisedText(original);
    std::vector<std::string> header;
    for (const auto& column : document.table.columns) header.push_back(column.header);
    std::vector<std::vector<std::string>> records;
    for (const auto& row : document.table.rows) {
        auto& record = records.emplace_back();
        for (const auto& cell : row.cells) record.push_back(CsvField(cell));
    }
    std::ostringstream out;
    interchange::WriteCsv(out, header, records);
    return std::move(out).str();
}

void WriteCsvReport(const ReportDocument& document, const std::filesystem::path& target) {
    WriteFileWhole(target, CsvReport(document));
}

}  // namespace innodesk::reports
