// What an enterprise import tells about provinces: which rule gave each row its province (the
// province column, the address, the department's province) and which former names it mapped.
#pragma once

#include "cli_context.h"
#include "domain/enterprise_import.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace innodesk::cli {

// A few lines for people: per rule the rows it served (as line ranges), then each former
// province the file named with its successor ("Ninh Thuận → Khánh Hòa").
void PrintProvinceSources(CliContext& context, const std::vector<domain::ProvinceAssignment>& provinces);

// Every row: line, province, rule ("column", "address", "department"), written, former.
nlohmann::json ProvinceSourcesJson(const std::vector<domain::ProvinceAssignment>& provinces);

}  // namespace innodesk::cli
