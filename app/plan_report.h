// A plan's report as the window and the command line make it: its content from the workspace (the
// evaluation, the work items with their latest progress and the tasks that carry each out), the
// draft, issuing it as a record with its snapshot, and the document of a report already issued.
#pragma once

#include "app/workspace.h"
#include "domain/issued_report.h"
#include "reports/report_document.h"
#include "reports/target_report.h"

#include <filesystem>
#include <optional>
#include <string>

namespace innodesk::app {

struct ReportRequest {
    std::string plan_code;
    domain::Period period = domain::Period::Year(2026);
    std::optional<domain::CalendarDate> as_of;  // default today
    std::string difficulties;                   // the officer's words, kept with an issued report
    std::string proposals;
    domain::Language language = domain::Language::Vietnamese;
};

// Where a report's data comes from: the store, read with the text rules and the clock's today.
struct ReportSource {
    domain::Store& store;
    const domain::TextRules& text;
    const domain::Clock& clock;
};
ReportSource SourceOf(Workspace& workspace);

reports::TargetReportContent PlanReportContent(const ReportSource& source, const ReportRequest& request);

// The report as a draft: dated today, its number left blank for the registry (văn thư) to fill in.
reports::ReportDocument DraftReport(const ReportSource& source, const ReportRequest& request);

struct IssueRequest {
    ReportRequest report;
    int number = 0;                            // 15 in "Số: 15/BC-SKHCN"
    std::optional<domain::CalendarDate> date;  // the document's date; default today
    std::string signer_title;  // lines separated by '|'; default the setting report_signer_title
    std::string signer_name;   // default the setting report_signer_name
};

// Builds the report with its number, date and signer, and keeps it (IssuedReportService::Issue:
// one transaction with its audit entry) with a snapshot of the document and the evaluation's
// figures. Throws what Issue throws (a number already issued, missing words, roles).
domain::IssuedReport IssueReport(const ReportSource& source, const IssueRequest& request,
                                 const domain::Actor& actor);

// The document of an issued report exactly as it was issued, from its snapshot.
reports::ReportDocument IssuedDocument(const domain::IssuedReport& report);

// "docx", "pdf", "xlsx" or "csv": writes `document` in that format, whole or not at all.
void WriteReportFile(const reports::ReportDocument& document, const std::string& format,
                     const std::filesystem::path& target);

}  // namespace innodesk::app
