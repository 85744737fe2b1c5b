// A report document as JSON and back, whole: what an issued report keeps as its snapshot, so that
// it renders again exactly as it was issued, whatever the data says later.
#pragma once

#include "reports/report_document.h"

#include <string>

namespace innodesk::reports {

// {"format": "innodesk-report-document/1", "language": "vi", "orientation": "landscape", …}.
std::string DocumentJson(const ReportDocument& document);

// Reads what DocumentJson wrote. Throws DomainError(FileFormat) naming what is wrong when the text
// is not such a document, and Validate's errors when its table does not add up.
ReportDocument DocumentFromJson(const std::string& text);

}  // namespace innodesk::reports
