// A plan's report: content, draft, issue and re-render.
#include "plan_report.h"

#include "app/report_heading.h"
#include "domain/issued_report_service.h"
#include "reports/csv_report_writer.h"
#include "reports/docx_report_writer.h"
#include "reports/pdf_report_writer.h"
#include "reports/report_document_json.h"
#include "reports/xlsx_report_writer.h"

#include <nlohmann/json.hpp>

#include <map>

namespace innodesk::app {
namespace {

using json = nlohmann::json;

constexpr const char* kSnapshotFormat = "innodesk-issued-report/1";

// Every task of the plan, by the work item it carries out (its plan line), in code order.
std::map<std::string, std::vector<reports::ReportTask>> TasksByItem(const ReportSource& source,
                                                                    const std::string& plan_code) {
    std::map<std::string, std::vector<reports::ReportTask>> tasks;
    domain::TaskFilter filter;
    filter.plan_code = plan_code;
    for (;;) {
        const auto page = domain::TaskService(source.store, source.text, source.clock).List(filter);
        for (const auto& summary : page) {
            const auto& task = summary.task;
            if (task.plan_line.empty()) continue;
            tasks[task.plan_line].push_back(
                {task.code, task.title, summary.lead_name, task.starts_on, task.ends_on, task.state});
        }
        if (page.size() < filter.limit) break;
        filter.offset += filter.limit;
    }
    return tasks;
}

reports::TargetReportHeading HeadingFor(const ReportSource& source, const std::string& plan_code) {
    const auto plan = domain::TargetService(source.store, source.clock).Get(plan_code);
    return ReportHeading(source.store, source.clock, plan, source.text);
}

// The figures as issued, beside the document, for whoever reads the record without rendering it.
json Figures(const domain::PlanEvaluation& evaluation) {
    json targets = json::array();
    for (const auto& target : evaluation.targets) {
        json row{{"stt", target.stt},
                 {"code", target.code},
                 {"label", target.label.vi},
                 {"plan", target.bound_text.vi},
                 {"status", std::string(domain::EntryOf(domain::TargetStatuses(), target.status).code)}};
        row["actual"] = target.actual ? json(*target.actual) : json(nullptr);
        if (target.numerator) row["numerator"] = *target.numerator;
        if (target.denominator) row["denominator"] = *target.denominator;
        targets.push_back(std::move(row));
    }
    return {{"plan", evaluation.plan_code},
            {"period", evaluation.period.Code()},
            {"as_of", evaluation.as_of.Iso()},
            {"targets", targets}};
}

}  // namespace

ReportSource SourceOf(Workspace& workspace) {
    return {workspace.Store(), workspace.Text(), workspace.Clock()};
}

reports::TargetReportContent PlanReportContent(const ReportSource& source, const ReportRequest& request) {
    reports::TargetReportContent content;
    content.evaluation = domain::TargetService(source.store, source.clock)
                             .Evaluate(request.plan_code, request.period, request.as_of);
    auto tasks = TasksByItem(source, request.plan_code);
    for (auto& view : domain::WorkItemService(source.store, source.clock)
                          .List(request.plan_code, content.evaluation.as_of)) {
        reports::ReportWorkItem row;
        row.latest = view.latest;
        row.overdue = view.overdue;
        const auto found = tasks.find(view.item.code);
        if (found != tasks.end()) row.tasks = std::move(found->second);
        row.item = std::move(view.item);
        content.work_items.push_back(std::move(row));
    }
    content.difficulties = request.difficulties;
    content.proposals = request.proposals;
    return content;
}

reports::ReportDocument DraftReport(const ReportSource& source, const ReportRequest& request) {
    auto heading = HeadingFor(source, request.plan_code);
    heading.reference = reports::ReferenceLine(0, ReportSymbol(source.store, source.clock), request.language);
    return reports::TargetReport(PlanReportContent(source, request), heading, request.language);
}

domain::IssuedReport IssueReport(const ReportSource& source, const IssueRequest& request,
                                 const domain::Actor& actor) {
    auto heading = HeadingFor(source, request.report.plan_code);
    const std::string symbol = ReportSymbol(source.store, source.clock);
    heading.date = request.date.value_or(source.clock.Today());
    heading.reference = reports::ReferenceLine(request.number, symbol, request.report.language);
    if (!request.signer_title.empty()) {
        heading.signature.authority.clear();
        std::size_t start = 0;
        while (start <= request.signer_title.size()) {
            const auto end = request.signer_title.find('|', start);
            const auto line =
                request.signer_title.substr(start, end == std::string::npos ? end : end - start);
            if (line.find_first_not_of(' ') != std::string::npos) heading.signature.authority.push_back(line);
            if (end == std::string::npos) break;
            start = end + 1;
        }
    }
    if (!request.signer_name.empty()) heading.signature.name = request.signer_name;
    const auto content = PlanReportContent(source, request.report);
    const auto document = reports::TargetReport(content, heading, request.report.language);

    domain::IssuedReport report;
    report.number = request.number;
    report.symbol = symbol;
    report.plan_code = content.evaluation.plan_code;
    report.period = content.evaluation.period.Code();
    report.issued_on = heading.date;
    for (const auto& line : heading.signature.authority)
        report.signer_title += (report.signer_title.empty() ? "" : "\n") + line;
    report.signer_name = heading.signature.name;
    report.difficulties = request.report.difficulties;
    report.proposals = request.report.proposals;
    report.language = request.report.language == domain::Language::Vietnamese ? "vi" : "en";
    report.snapshot = json{{"format", kSnapshotFormat},
                           {"document", json::parse(reports::DocumentJson(document))},
                           {"figures", Figures(content.evaluation)}}
                          .dump();
    return domain::IssuedReportService(source.store, source.clock).Issue(std::move(report), actor);
}

reports::ReportDocument IssuedDocument(const domain::IssuedReport& report) {
    const json snapshot = json::parse(report.snapshot, nullptr, false);
    if (snapshot.is_discarded() || !snapshot.is_object() || snapshot.value("format", "") != kSnapshotFormat ||
        !snapshot.contains("document"))
        throw domain::DomainError(
            domain::ErrorCode::FileFormat,
            {"Bản lưu của báo cáo số " + report.Reference() + " bị hỏng; không dựng lại được.",
             "The stored copy of report " + report.Reference() +
                 " is damaged; it cannot "
                 "be rendered again."},
            "snapshot");
    return reports::DocumentFromJson(snapshot.at("document").dump());
}

void WriteReportFile(const reports::ReportDocument& document, const std::string& format,
                     const std::filesystem::path& target) {
    if (format == "docx")
        reports::WriteDocxReport(document, target);
    else if (format == "pdf")
        reports::WritePdfReport(document, target);
    else if (format == "xlsx")
        reports::WriteXlsxReport(document, target);
    else if (format == "csv")
        reports::WriteCsvReport(document, target);
    else
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Định dạng “" + format + "” không có; chọn docx, pdf, xlsx hoặc csv.",
                                   "There is no format “" + format + "”; choose docx, pdf, xlsx or csv."},
                                  "format");
}

}  // namespace innodesk::app
