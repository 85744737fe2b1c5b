// A report document as a self-contained web page (decision.html, decision-en.html): the same
// parts in the same order as the PDF — heading, title, paragraphs, table, Nơi nhận and the
// signature block, closing notes — for reading on screen and printing from a browser.
#pragma once

#include "reports/report_document.h"

#include <string>

namespace innodesk::reports {

// UTF-8 HTML with its styles inline, in the document's language (lang="vi" or "en"). Text is
// normalised and checked as for the other writers (NormalisedText).
std::string HtmlReport(const ReportDocument& document);

}  // namespace innodesk::reports
