// Quarterly, half-year and annual reports on a plan as a Vietnamese administrative document
// (Decree 30/2020/NĐ-CP, appendix I): the heading, the officer's summary, the results table grouped
// as the plan's appendix is (targets, then the work items by section with the tasks that carry
// them out), the difficulties and proposals the officer writes, Nơi nhận and the signature block.
#pragma once

#include "domain/calendar_date.h"
#include "domain/target_evaluation.h"
#include "domain/task.h"
#include "domain/work_item.h"
#include "reports/report_document.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::reports {

struct TargetReportHeading {
    std::vector<std::string> issuing_body;  // {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}
    std::string place;                      // "Khánh Hòa": the date line's place
    std::string reference;                  // "Số: 15/BC-SKHCN", or empty
    domain::CalendarDate date;              // the report's date
    std::vector<std::string> recipients;    // "Bộ Khoa học và Công nghệ", …, "Lưu: VT, KHTC"
    SignatureBlock signature;               // {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, "Nguyễn Văn A"
};

// A task that carries out a work item, as a row under it.
struct ReportTask {
    std::string code;  // "ĐTCT.2026.03"
    std::string title;
    std::string lead;  // the lead organisation's name
    std::optional<domain::CalendarDate> starts_on;
    std::optional<domain::CalendarDate> ends_on;
    domain::TaskState state = domain::TaskState::Proposed;
};

// A work item of the plan with its latest progress as of the report's date.
struct ReportWorkItem {
    domain::WorkItem item;
    std::optional<domain::WorkItemProgress> latest;
    bool overdue = false;
    std::vector<ReportTask> tasks;
};

struct TargetReportContent {
    domain::PlanEvaluation evaluation;
    std::vector<ReportWorkItem> work_items;  // in the plan's order
    // The officer's words (paragraphs separated by line feeds); empty in a draft, where the
    // report says they are still to be written.
    std::string difficulties;
    std::string proposals;
};

// Landscape A4. The table's columns: STT · nội dung · sản phẩm/kết quả · đơn vị chủ trì · đơn vị
// phối hợp · thời gian · đánh giá. Group A lists the targets, group B the work items under their
// sections (I, II, …) with their tasks, group C counts the targets by status with a total row (a
// =SUM formula in the XLSX). A target that is the same appendix row as a work item (the same
// source) is shown once, on the work item's row.
ReportDocument TargetReport(const TargetReportContent& content, const TargetReportHeading& heading,
                            domain::Language language);
ReportDocument TargetReport(const domain::PlanEvaluation& evaluation, const TargetReportHeading& heading,
                            domain::Language language);

// "Số: 15/BC-SKHCN" from the number and the symbol; "Số: /BC-SKHCN" (a number to fill in) for 0.
std::string ReferenceLine(int number, const std::string& symbol, domain::Language language);

}  // namespace innodesk::reports
