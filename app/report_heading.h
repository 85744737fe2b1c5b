// The heading of the department's reports (the issuing body, the place on the date line), from
// the administrator's settings, so that the window and the command line print the same:
//   innodesk-cli setting set report_issuing_body "UBND TỈNH KHÁNH HÒA|SỞ KHOA HỌC VÀ CÔNG NGHỆ"
//   innodesk-cli setting set report_place "Khánh Hòa"
// Without them, the Khánh Hòa department's heading is used.
#pragma once

#include "domain/calendar_date.h"
#include "domain/store.h"
#include "reports/target_report.h"

namespace innodesk::app {

inline constexpr const char* kSettingReportIssuingBody = "report_issuing_body";  // lines separated by '|'
inline constexpr const char* kSettingReportPlace = "report_place";

// Dated today (the clock's date).
reports::TargetReportHeading ReportHeading(domain::Store& store, const domain::Clock& clock);

}  // namespace innodesk::app
