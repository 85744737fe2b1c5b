// A decision as a report document.
#include "reports/decision_report.h"

#include "reports/report_labels.h"

namespace innodesk::reports {

namespace {

using domain::Language;

std::string VerdictLabel(const std::string& verdict) {
    if (verdict == "valid") return "HỢP LỆ";
    if (verdict == "invalid") return "KHÔNG HỢP LỆ";
    if (verdict == "indeterminate") return "CHƯA XÁC ĐỊNH ĐƯỢC";
    if (verdict == "draft") return "DỰ THẢO, CHƯA KÝ";
    if (verdict == "recorded") return "ĐÃ GHI NHẬN, KHÔNG KÝ SỐ";
    return verdict;
}

void ApplicationTable(const std::vector<interchange::DecisionDocumentRow>& rows, ReportDocument& doc) {
    constexpr Language vi = Language::Vietnamese;
    doc.table_caption = "Danh sách hồ sơ (applications)";

    auto& table = doc.table;
    table.columns = {
        {"STT", 6, ColumnAlign::Centre},         {"Hồ sơ", 7, ColumnAlign::Centre},
        {"Doanh nghiệp", 25, ColumnAlign::Left}, {"Mã số thuế", 14, ColumnAlign::Centre},
        {"Nội dung", 27, ColumnAlign::Left},     {"Kinh phí hỗ trợ (đồng)", 17, ColumnAlign::Right}};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        table.AddItem({ReportCell::Text(std::to_string(i + 1)),
                       ReportCell::Text(std::to_string(row.application_id)),
                       ReportCell::Text(row.enterprise_name), ReportCell::Text(row.tax_code),
                       ReportCell::Text(row.title), ReportCell::Amount(row.approved_amount, vi)});
    }
    table.AddTotal({ReportCell::Text(""), ReportCell::Text(""), ReportCell::Text("Tổng cộng"),
                    ReportCell::Text(""), ReportCell::Text(""), ReportCell::Amount(domain::Money(), vi)},
                   table.AllItems(), vi);
}

// A task acceptance: Điều 1 names the task and the result; the table what was evaluated.
void TaskTable(const interchange::DecisionDocumentTask& task, ReportDocument& doc) {
    doc.before_table.push_back(
        {ParagraphStyle::Body, "Điều 1. Công nhận kết quả nghiệm thu nhiệm vụ " + task.code + " \"" +
                                   task.title + "\": " + task.result +
                                   ". (Article 1: the acceptance of task " + task.code +
                                   " is recognised: " + task.result_en + ".)"});
    doc.table_caption = "Nhiệm vụ được nghiệm thu (the task accepted)";
    auto& table = doc.table;
    table.columns = {
        {"STT", 6, ColumnAlign::Centre}, {"Mục", 30, ColumnAlign::Left}, {"Nội dung", 64, ColumnAlign::Left}};
    const std::vector<std::pair<std::string, std::string>> rows{
        {"Mã nhiệm vụ (task code)", task.code},
        {"Tên nhiệm vụ (title)", task.title},
        {"Cấp, phương thức (level, award)", task.level + ", " + task.award_mode},
        {"Tổ chức chủ trì (lead)", task.lead_name},
        {"Chủ nhiệm (principal investigator)", task.principal_investigator},
        {"Hợp đồng (contract)", task.contract_number},
        {"Kinh phí ngân sách (state budget)", task.state_budget.Format()},
        {"Hội đồng nghiệm thu (council)", task.council + ", " + task.held_on.Format()},
        {"Biên bản (minutes)", task.minutes_number},
        {"Kết quả (result)", task.result + " (" + task.result_en + ")"},
    };
    for (std::size_t i = 0; i < rows.size(); ++i)
        table.AddItem({ReportCell::Text(std::to_string(i + 1)), ReportCell::Text(rows[i].first),
                       ReportCell::Text(rows[i].second)});
}

}  // namespace

ReportDocument DecisionReport(const interchange::DecisionDocument& source,
                              std::vector<std::string> issuing_body, const std::string& place) {
    const auto& decision = source.decision;
    const auto& kind = domain::EntryOf(domain::DecisionKinds(), decision.kind);
    constexpr Language vi = Language::Vietnamese;

    ReportDocument doc;
    doc.language = vi;
    doc.orientation = PageOrientation::Portrait;
    doc.issuing_body = std::move(issuing_body);
    doc.reference = "Số: " + decision.number;
    doc.national_heading = NationalHeading(vi);
    doc.place_and_date = PlaceAndDate(place, decision.date, vi);
    doc.title = "QUYẾT ĐỊNH";
    doc.subtitle = {"Về việc " + std::string(kind.vi) + " (" + std::string(kind.en) + ")"};
    if (!source.supersedes_number.empty())
        doc.before_table.push_back(
            {ParagraphStyle::Body, "Quyết định này thay thế Quyết định số " + source.supersedes_number +
                                       " (supersedes decision " + source.supersedes_number + ")."});
    doc.before_table.push_back({ParagraphStyle::Heading, "Căn cứ (legal basis)"});
    doc.before_table.push_back({ParagraphStyle::Body, decision.legal_basis});
    if (source.task)
        TaskTable(*source.task, doc);
    else
        ApplicationTable(source.rows, doc);

    auto& after = doc.after_table;
    after.push_back({ParagraphStyle::Heading, "Điều kiện (conditions)"});
    after.push_back({ParagraphStyle::Body, decision.conditions.empty() ? "Không có." : decision.conditions});
    after.push_back({ParagraphStyle::Heading, "Người ký (signed by): " + decision.signer_name});
    after.push_back({ParagraphStyle::Heading, "Kiểm tra chữ ký số khi xuất: " + VerdictLabel(source.verdict) +
                                                  " (" + source.verdict + ")"});
    if (!source.explanation.vi.empty()) after.push_back({ParagraphStyle::Body, source.explanation.vi});
    if (!source.explanation.en.empty()) after.push_back({ParagraphStyle::Note, source.explanation.en});
    if (decision.signature) {
        const auto& signature = *decision.signature;
        const std::string subject =
            source.signer_subject.empty() ? signature.signer_subject : source.signer_subject;
        after.push_back({ParagraphStyle::Body, "Chữ ký số của (digital signature by): " + subject});
        after.push_back(
            {ParagraphStyle::Body,
             "Ký lúc (signed at): " + domain::FormatMoment(signature.signed_at_unix, *source.zone)});
        after.push_back({ParagraphStyle::Note,
                         "SHA-256 của chứng thư (certificate fingerprint): " + signature.signer_fingerprint});
    }
    after.push_back({ParagraphStyle::Note,
                     "Xuất từ InnoDesk lúc " + domain::FormatMoment(source.exported_at_unix, *source.zone) +
                         ". Bản có giá trị là decision.json cùng chữ ký decision.p7s; bản PDF này "
                         "chỉ để đọc và in. / Exported from InnoDesk; the authoritative record is "
                         "decision.json with its signature decision.p7s, this PDF is for reading "
                         "and printing."});
    return doc;
}

}  // namespace innodesk::reports
