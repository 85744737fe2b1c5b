// The CSV report of refused import rows.
#include "import_error_report.h"

#include "interchange/csv_writer.h"

#include <fstream>

namespace innodesk::cli {

void WriteImportErrorReport(CliContext& context, const std::vector<domain::ImportRowError>& errors,
                            const std::string& path) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& error : errors)
        rows.push_back({std::to_string(error.line), error.column, error.value, std::string(domain::CodeName(error.code)),
                        context.Say(error.reason)});
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file)
        throw domain::DomainError(domain::ErrorCode::Storage,
                                  {"Không ghi được báo cáo lỗi vào " + path + ". Kiểm tra thư mục và quyền ghi.",
                                   "Cannot write the error report to " + path + ". Check the folder and permissions."});
    interchange::WriteCsv(file,
                          {context.Say("dòng", "line"), context.Say("cột", "column"), context.Say("giá trị", "value"),
                           context.Say("mã lỗi", "code"), context.Say("lý do", "reason")},
                          rows);
}

}  // namespace innodesk::cli
