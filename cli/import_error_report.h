// Writing an import's refused rows to a CSV report that Excel opens: line, column, value, code,
// reason (in the run's language).
#pragma once

#include "cli_context.h"
#include "domain/enterprise_import.h"

#include <string>
#include <vector>

namespace innodesk::cli {

void WriteImportErrorReport(CliContext& context, const std::vector<domain::ImportRowError>& errors,
                            const std::string& path);

}  // namespace innodesk::cli
