// Decision as HTML.
#include "decision_document.h"

#include "domain/calendar_date.h"

namespace innodesk::interchange {
namespace {

std::string Escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

const char* BadgeColour(const std::string& verdict) {
    if (verdict == "valid") return "#1b7f3a";
    if (verdict == "invalid") return "#b3261e";
    return "#8a6d00";
}

std::string ApplicationTable(const std::vector<DecisionDocumentRow>& rows) {
    std::string html;
    html +=
        "<table>\n<tr><th>STT</th><th>Hồ sơ<br><span class=\"en\">Application</span></th><th>Doanh nghiệp"
        "<br><span class=\"en\">Enterprise</span></th><th>Mã số thuế<br><span class=\"en\">Tax "
        "code</span></th>"
        "<th>Nội dung<br><span class=\"en\">Title</span></th><th>Kinh phí hỗ trợ<br><span class=\"en\">"
        "Approved</span></th></tr>\n";
    domain::Money total;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        total = total + row.approved_amount;
        html += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + std::to_string(row.application_id) +
                "</td><td>" + Escape(row.enterprise_name) + "</td><td>" + Escape(row.tax_code) + "</td><td>" +
                Escape(row.title) + "</td><td class=\"amount\">" + Escape(row.approved_amount.Format()) +
                "</td></tr>\n";
    }
    html +=
        "<tr><td colspan=\"5\"><b>Tổng cộng</b> <span class=\"en\">(total)</span></td><td "
        "class=\"amount\"><b>" +
        Escape(total.Format()) + "</b></td></tr>\n</table>\n";
    return html;
}

// A task acceptance: what it accepts, as label / value rows.
std::string TaskTable(const DecisionDocumentTask& task) {
    const std::vector<std::pair<std::string, std::string>> rows{
        {"Mã nhiệm vụ <span class=\"en\">(task code)</span>", Escape(task.code)},
        {"Tên nhiệm vụ <span class=\"en\">(title)</span>", Escape(task.title)},
        {"Cấp, phương thức <span class=\"en\">(level, award)</span>",
         Escape(task.level + ", " + task.award_mode)},
        {"Tổ chức chủ trì <span class=\"en\">(lead)</span>", Escape(task.lead_name)},
        {"Chủ nhiệm <span class=\"en\">(principal investigator)</span>", Escape(task.principal_investigator)},
        {"Hợp đồng <span class=\"en\">(contract)</span>", Escape(task.contract_number)},
        {"Kinh phí ngân sách <span class=\"en\">(state budget)</span>", Escape(task.state_budget.Format())},
        {"Hội đồng nghiệm thu <span class=\"en\">(council)</span>",
         Escape(task.council + ", " + task.held_on.Format())},
        {"Biên bản <span class=\"en\">(minutes)</span>", Escape(task.minutes_number)},
        {"Kết quả <span class=\"en\">(result)</span>",
         "<b>" + Escape(task.result) + "</b> <span class=\"en\">(" + Escape(task.result_en) + ")</span>"},
    };
    std::string html = "<table>\n";
    for (const auto& [label, value] : rows) html += "<tr><th>" + label + "</th><td>" + value + "</td></tr>\n";
    return html + "</table>\n";
}

}  // namespace

std::string DecisionHtml(const DecisionDocument& doc) {
    const auto& d = doc.decision;
    const auto& kind = domain::EntryOf(domain::DecisionKinds(), d.kind);
    std::string html;
    html += "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n<title>Quyết định " +
            Escape(d.number) +
            "</title>\n<style>\n"
            "body{font-family:'Times New Roman',serif;max-width:52em;margin:2em auto;line-height:1.45}\n"
            "h1{text-align:center;font-size:1.3em;margin-bottom:0}.en{color:#555;font-style:italic}\n"
            "table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:.3em .5em}\n"
            "td.amount{text-align:right;white-space:nowrap}.badge{display:inline-block;padding:.4em .8em;"
            "color:#fff;border-radius:.3em}\n</style></head><body>\n";
    html += "<p>SỞ KHOA HỌC VÀ CÔNG NGHỆ — Số: <b>" + Escape(d.number) + "</b> — ngày " + d.date.Format() +
            "</p>\n";
    html += "<h1>QUYẾT ĐỊNH — " + Escape(std::string(kind.vi)) +
            "</h1>\n<p class=\"en\" style=\"text-align:center\">Decision — " + Escape(std::string(kind.en)) +
            "</p>\n";
    if (!doc.supersedes_number.empty())
        html += "<p>Thay thế quyết định số <b>" + Escape(doc.supersedes_number) +
                "</b> <span class=\"en\">(supersedes decision " + Escape(doc.supersedes_number) +
                ")</span></p>\n";
    html += "<p><b>Căn cứ</b> <span class=\"en\">(legal basis)</span>: " + Escape(d.legal_basis) + "</p>\n";
    if (doc.task)
        html += TaskTable(*doc.task);
    else
        html += ApplicationTable(doc.rows);
    html += "<p><b>Điều kiện</b> <span class=\"en\">(conditions)</span>: " + Escape(d.conditions) + "</p>\n";
    html += "<p><b>Người ký</b> <span class=\"en\">(signed by)</span>: " + Escape(d.signer_name) + "</p>\n";
    html += "<hr>\n<p><span class=\"badge\" style=\"background:" + std::string(BadgeColour(doc.verdict)) +
            "\">" + Escape(doc.verdict) + "</span> " + Escape(doc.explanation.vi) + " <span class=\"en\">" +
            Escape(doc.explanation.en) + "</span></p>\n";
    if (d.signature) {
        html += "<p>Chữ ký số <span class=\"en\">(digital signature)</span>: " +
                Escape(doc.signer_subject.empty() ? d.signature->signer_subject : doc.signer_subject) +
                "<br>SHA-256: <code>" + Escape(d.signature->signer_fingerprint) + "</code><br>" +
                "Ký lúc <span class=\"en\">(signed at)</span>: " +
                domain::FormatMoment(d.signature->signed_at_unix, *doc.zone) + "</p>\n";
    }
    html += "<p class=\"en\">Xuất từ InnoDesk lúc " + domain::FormatMoment(doc.exported_at_unix, *doc.zone) +
            ". Bản có giá trị là decision.json cùng chữ ký decision.p7s. / Exported from InnoDesk; the "
            "authoritative "
            "record is decision.json with its signature decision.p7s.</p>\n</body></html>\n";
    return html;
}

}  // namespace innodesk::interchange
