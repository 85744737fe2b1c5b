// The CSV report of refused import rows.
#include "import_error_report.h"

#include "interchange/csv_writer.h"

#include <algorithm>
#include <fstream>

namespace innodesk::cli {

void WriteImportErrorReport(CliContext& context, const std::vector<domain::ImportRowError>& errors,
                            const std::string& path) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& error : errors)
        rows.push_back({std::to_string(error.line), error.column, error.value,
                        std::string(domain::CodeName(error.code)), context.Say(error.reason)});
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file)
        throw domain::DomainError(
            domain::ErrorCode::Storage,
            {"Không ghi được báo cáo lỗi vào " + path + ". Kiểm tra thư mục và quyền ghi.",
             "Cannot write the error report to " + path + ". Check the folder and permissions."});
    interchange::WriteCsv(
        file,
        {context.Say("dòng", "line"), context.Say("cột", "column"), context.Say("giá trị", "value"),
         context.Say("mã lỗi", "code"), context.Say("lý do", "reason")},
        rows);
}

nlohmann::json ImportErrorsJson(const CliContext& context,
                                const std::vector<domain::ImportRowError>& errors) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& error : errors)
        list.push_back({{"line", error.line},
                        {"column", error.column},
                        {"value", error.value},
                        {"code", domain::CodeName(error.code)},
                        {"reason", context.Say(error.reason)}});
    return list;
}

void RefuseImportedRows(CliContext& context, const std::vector<domain::ImportRowError>& errors,
                        const std::string& report_path) {
    if (errors.empty()) return;
    const std::size_t shown = report_path.empty() ? std::min<std::size_t>(errors.size(), 20) : 0;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& error = errors[i];
        context.err << context.Say("dòng ", "line ") << error.line
                    << (error.column.empty() ? "" : ", " + error.column) << ": " << context.Say(error.reason)
                    << '\n';
    }
    if (errors.size() > shown && report_path.empty())
        context.err << context.Say("… và ", "… and ") << errors.size() - shown
                    << context.Say(" dòng lỗi khác; dùng --errors FILE để có đủ danh sách.",
                                   " more; use --errors FILE for the full list.")
                    << '\n';
    throw domain::DomainError(domain::ErrorCode::InvalidValue,
                              {std::to_string(errors.size()) + " dòng không nhập được.",
                               std::to_string(errors.size()) + " rows were not imported."});
}

}  // namespace innodesk::cli
