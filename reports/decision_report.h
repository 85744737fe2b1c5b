// The printable decision (decision.pdf, and its English rendering decision-en.pdf): a decision
// laid out as a Vietnamese administrative quyết định (Decree 30/2020/NĐ-CP, appendix I), with
// the digital signature and its check at export time under the signature block.
#pragma once

#include "domain/errors.h"
#include "interchange/decision_document.h"
#include "reports/report_document.h"

#include <string>
#include <vector>

namespace innodesk::reports {

// The parts of the decision that come from the department's settings (app/report_heading.h).
struct DecisionHeading {
    // Top left, the superior first: {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}.
    std::vector<std::string> issuing_body;
    std::string place;  // "Khánh Hòa"; empty leaves the date line without one
    // Who proposed the decision ("Theo đề nghị của …") and, with the Office, executes it (Điều 3):
    // "Trưởng phòng Quản lý khoa học".
    std::string proposer;
    // The signer's authority when the decision's signer names no title of the department's
    // leaders ("Giám đốc …", "Phó Giám đốc …"): {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}.
    std::vector<std::string> signer_title;
    std::string archive = "Lưu: VT";  // the last line of Nơi nhận
};

// The decision as Decree 30 lays it out: the heading (issuing body, Quốc hiệu and Tiêu ngữ,
// "Số: 125/QĐ-SKHCN", "Khánh Hòa, ngày 20 tháng 6 năm 2026"), "QUYẾT ĐỊNH" / "Về việc …", the
// authority that enacts it ("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"), the legal bases one per line
// ("Căn cứ …;", the last ending "."), "Theo đề nghị của …", "QUYẾT ĐỊNH:", Điều 1 with the table of
// applications and amounts and their total (for a refusal the applications refused, for a task
// acceptance the task), Điều 2 the conditions, Điều 3 who executes it, Nơi nhận and the signature
// block. Vietnamese has no English in it; English is the same decision rendered in English (the
// officers' own words — legal bases, conditions, names — stay as written).
ReportDocument DecisionReport(const interchange::DecisionDocument& document, const DecisionHeading& heading,
                              domain::Language language = domain::Language::Vietnamese);

// The decision as its signed PDF (the document itself, which the approver and then the department
// sign): DecisionReport without the export's notes on its signature (the signatures are in the PDF),
// with the number and the date left for the records clerk to fill in after the approver has signed.
// Until then their places show "Số:        /QĐ-SKHCN" (`symbol`: "QĐ-SKHCN") and "Khánh Hòa, ngày
// tháng    năm 2026" (the year of the draft's date).
ReportDocument SignedDecisionForm(const interchange::DecisionDocument& document,
                                  const DecisionHeading& heading, const std::string& symbol,
                                  domain::Language language = domain::Language::Vietnamese);

// What the clerk writes into those places: "Số: 126/QĐ-SKHCN" and "Khánh Hòa, ngày 07 tháng 12 năm
// 2026" (Decree 30/2020/NĐ-CP's forms; English: "No.: 126/QĐ-SKHCN", "Khánh Hòa, 07/12/2026").
std::string DecisionReferenceLine(const std::string& number, domain::Language language);
std::string DecisionPlaceAndDateLine(const DecisionHeading& heading, const domain::CalendarDate& date,
                                     domain::Language language);

}  // namespace innodesk::reports
