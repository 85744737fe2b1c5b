// The heading and closing of the department's reports, from the administrator's settings and the
// plan, so that the window and the command line print the same:
//   innodesk-cli setting set report_issuing_body "UBND TỈNH KHÁNH HÒA|SỞ KHOA HỌC VÀ CÔNG NGHỆ"
//   innodesk-cli setting set report_place "Khánh Hòa"
//   innodesk-cli setting set report_symbol "BC-SKHCN"
//   innodesk-cli setting set report_signer_title "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC"
//   innodesk-cli setting set report_signer_name "Nguyễn Văn An"
//   innodesk-cli setting set report_recipients "Bộ Khoa học và Công nghệ|UBND tỉnh|Lưu: VT, KHTC"
//   innodesk-cli setting set decision_proposer "Trưởng phòng Quản lý khoa học"
// Without them, the Khánh Hòa department's heading, the symbol BC-SKHCN, "GIÁM ĐỐC" and "Lưu: VT"
// are used, and the signer's name is left for the signer to write.
#pragma once

#include "domain/calendar_date.h"
#include "domain/plan.h"
#include "domain/store.h"
#include "domain/text_rules.h"
#include "reports/target_report.h"

namespace innodesk::app {

inline constexpr const char* kSettingReportIssuingBody = "report_issuing_body";  // lines separated by '|'
inline constexpr const char* kSettingReportPlace = "report_place";
inline constexpr const char* kSettingReportSymbol = "report_symbol";             // "BC-SKHCN"
inline constexpr const char* kSettingReportSignerTitle = "report_signer_title";  // lines separated by '|'
inline constexpr const char* kSettingReportSignerName = "report_signer_name";
inline constexpr const char* kSettingReportRecipients = "report_recipients";  // separated by '|'
// Who proposes the department's decisions ("Theo đề nghị của …") and executes them with the
// Office (Điều 3); default "Trưởng phòng Quản lý khoa học".
inline constexpr const char* kSettingDecisionProposer = "decision_proposer";
inline constexpr const char* kDefaultDecisionProposer = "Trưởng phòng Quản lý khoa học";

// From the settings alone, dated today (the clock's date), with no number.
reports::TargetReportHeading ReportHeading(domain::Store& store, const domain::Clock& clock);

// For a report on `plan`: when the plan names a province other than the department's own
// (domain/department_province.h; else report_place), the report is that province's department's:
// the superior line is its People's Committee ("UBND THÀNH PHỐ HUẾ", "UBND TỈNH QUẢNG NGÃI", by
// the unit's kind in data/provinces.tsv), the place is the province, and the signer's name (the
// setting names our department's signer) is left blank. Otherwise (the same province, none named,
// or a name not in the table) the settings, as above.
reports::TargetReportHeading ReportHeading(domain::Store& store, const domain::Clock& clock,
                                           const domain::Plan& plan, const domain::TextRules& text);

// The setting report_symbol, or "BC-SKHCN".
std::string ReportSymbol(domain::Store& store, const domain::Clock& clock);

}  // namespace innodesk::app
