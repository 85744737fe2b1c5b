// The printable decision (decision.pdf): a decision laid out as a Vietnamese administrative
// document for the PDF writer, with the verification verdict at export time.
#pragma once

#include "interchange/decision_document.h"
#include "reports/report_document.h"

#include <string>
#include <vector>

namespace innodesk::reports {

// In Vietnamese, with the English of the verdict and of the closing remark as notes, as in
// decision.html. The table lists the applications with their enterprises and approved amounts
// and a total row. `issuing_body` and `place` head it as they head the department's reports
// (app/report_heading.h); an empty place leaves the date line without one.
ReportDocument DecisionReport(const interchange::DecisionDocument& document,
                              std::vector<std::string> issuing_body, const std::string& place);

}  // namespace innodesk::reports
