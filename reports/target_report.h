// Quarterly, half-year and annual reports on a plan: its target evaluations laid out as the plan
// appendices are (STT, target or task, plan, result, unit, status, lead unit, note), with the
// narrative summary above the table and a summary by status with its total below the targets.
#pragma once

#include "domain/calendar_date.h"
#include "domain/target_evaluation.h"
#include "reports/report_document.h"

#include <string>
#include <vector>

namespace innodesk::reports {

struct TargetReportHeading {
    std::vector<std::string> issuing_body;  // {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}
    std::string place;                      // "Khánh Hòa": the date line's place
    std::string reference;                  // "Số: 15/BC-SKHCN", or empty
    domain::CalendarDate date;              // the report's date
};

// Landscape A4. Table group I lists the targets in the plan's order; group II counts them by
// status, and its total row ("Tổng số chỉ tiêu") is the sum of those counts (a =SUM formula in
// the XLSX). Results are numbers where the target counts something: counts, whole đồng, percent.
ReportDocument TargetReport(const domain::PlanEvaluation& evaluation, const TargetReportHeading& heading,
                            domain::Language language);

}  // namespace innodesk::reports
