// What an import command does with the rows it refused: a CSV report that Excel opens (line,
// column, value, code, reason in the run's language), a JSON list, and the refusal itself.
#pragma once

#include "cli_context.h"
#include "domain/enterprise_import.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace innodesk::cli {

void WriteImportErrorReport(CliContext& context, const std::vector<domain::ImportRowError>& errors,
                            const std::string& path);

nlohmann::json ImportErrorsJson(const CliContext& context, const std::vector<domain::ImportRowError>& errors);

// When rows were refused: prints the first 20 to stderr (unless they went to `report_path`) and
// throws, so that the command exits 1. Returns when nothing was refused.
void RefuseImportedRows(CliContext& context, const std::vector<domain::ImportRowError>& errors,
                        const std::string& report_path);

}  // namespace innodesk::cli
