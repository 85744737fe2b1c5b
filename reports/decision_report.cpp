// A decision as a report document, in Vietnamese or in English.
#include "reports/decision_report.h"

#include "reports/report_labels.h"

#include <string_view>
#include <utility>

namespace innodesk::reports {

namespace {

using domain::Language;

std::string Trimmed(std::string_view text, std::string_view also = "") {
    const auto drop = [&](char c) { return c == ' ' || c == '\t' || also.find(c) != std::string_view::npos; };
    while (!text.empty() && drop(text.front())) text.remove_prefix(1);
    while (!text.empty() && drop(text.back())) text.remove_suffix(1);
    return std::string(text);
}

bool StartsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// What follows `prefix` (which `text` starts with), trimmed.
std::string After(std::string_view text, std::string_view prefix) {
    return Trimmed(text.substr(prefix.size()));
}

// The words of one language: the decision is one language throughout, so every fixed phrase is
// chosen here once.
struct Words {
    Language language;
    bool Vi() const { return language == Language::Vietnamese; }
    std::string Pick(std::string_view vi, std::string_view en) const { return std::string(Vi() ? vi : en); }
    std::string Amount(domain::Money amount) const { return GroupedNumber(amount.Dong(), language); }
};

// The legal bases as typed, one per line or separated by ";", without "Căn cứ" and the end mark.
std::vector<std::string> LegalBases(const std::string& text) {
    std::vector<std::string> bases;
    std::string current;
    const auto flush = [&] {
        std::string basis = Trimmed(current, ";.,\n");
        current.clear();
        for (std::string_view prefix : {"Căn cứ ", "căn cứ ", "CĂN CỨ "})
            if (StartsWith(basis, prefix)) basis = After(basis, prefix);
        if (!basis.empty()) bases.push_back(std::move(basis));
    };
    for (const char c : text) {
        if (c == ';' || c == '\n')
            flush();
        else
            current += c;
    }
    flush();
    return bases;
}

// "UBND TỈNH KHÁNH HÒA" → "PEOPLE'S COMMITTEE OF KHÁNH HÒA PROVINCE"; the department's name in
// English; any other line as written.
std::string EnglishBody(const std::string& line) {
    for (const auto& [prefix, kind] :
         {std::pair{"UBND TỈNH ", " PROVINCE"}, std::pair{"UBND THÀNH PHỐ ", " CITY"}})
        if (StartsWith(line, prefix)) return "PEOPLE'S COMMITTEE OF " + After(line, prefix) + kind;
    if (line == "SỞ KHOA HỌC VÀ CÔNG NGHỆ") return "DEPARTMENT OF SCIENCE AND TECHNOLOGY";
    return line;
}

std::string EnglishAuthority(const std::string& line) {
    if (line == "KT. GIÁM ĐỐC") return "FOR THE DIRECTOR";
    if (line == "PHÓ GIÁM ĐỐC") return "DEPUTY DIRECTOR";
    if (line == "GIÁM ĐỐC") return "DIRECTOR";
    return line;
}

std::string EnglishProposer(const std::string& proposer) {
    if (proposer == "Trưởng phòng Quản lý khoa học") return "the Head of the Science Management Division";
    if (proposer == "Trưởng phòng Kế hoạch - Tài chính")
        return "the Head of the Planning and Finance Division";
    return "the " + proposer;
}

// The signature block from the decision's signer: "Phó Giám đốc Lê Thị Châu" signs for the
// director (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC), "Giám đốc Trần Văn Bình" as GIÁM ĐỐC; a name without
// either title signs under the department's setting.
SignatureBlock Signature(const std::string& signer_name, const DecisionHeading& heading) {
    const std::string name = Trimmed(signer_name);
    constexpr std::string_view deputy = "Phó Giám đốc ";
    constexpr std::string_view director = "Giám đốc ";
    if (StartsWith(name, deputy)) return {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, After(name, deputy)};
    if (StartsWith(name, director)) return {{"GIÁM ĐỐC"}, After(name, director)};
    return {heading.signer_title.empty() ? std::vector<std::string>{"GIÁM ĐỐC"} : heading.signer_title, name};
}

std::string VerdictLabel(const std::string& verdict, const Words& w) {
    if (verdict == "valid") return w.Pick("HỢP LỆ", "VALID");
    if (verdict == "invalid") return w.Pick("KHÔNG HỢP LỆ", "INVALID");
    if (verdict == "indeterminate") return w.Pick("CHƯA XÁC ĐỊNH ĐƯỢC", "INDETERMINATE");
    if (verdict == "draft") return w.Pick("DỰ THẢO, CHƯA KÝ", "DRAFT, NOT SIGNED");
    if (verdict == "recorded") return w.Pick("ĐÃ GHI NHẬN, KHÔNG KÝ SỐ", "RECORDED, NOT DIGITALLY SIGNED");
    return verdict;
}

// Điều 1 of an approval or a refusal, and the table of its applications.
void Applications(const interchange::DecisionDocument& source, const Words& w, ReportDocument& doc) {
    const bool approval = source.decision.kind == domain::DecisionKind::Approval;
    const std::size_t count = source.rows.size();
    domain::Money total;
    for (const auto& row : source.rows) total += row.approved_amount;
    const std::string n = std::to_string(count);
    std::string article;
    if (approval)
        article = w.Vi() ? "Điều 1. Phê duyệt hỗ trợ kinh phí cho " + n +
                               " hồ sơ của doanh nghiệp với tổng kinh phí hỗ trợ " + w.Amount(total) +
                               " đồng, chi tiết như sau:"
                         : "Article 1. To approve support for " + n +
                               (count == 1 ? " application" : " applications") +
                               " of enterprises, totalling VND " + w.Amount(total) + ", as follows:";
    else
        article =
            w.Vi() ? "Điều 1. Không phê duyệt hỗ trợ kinh phí đối với " + n + " hồ sơ của doanh nghiệp sau:"
                   : "Article 1. Not to approve support for the following " + n +
                         (count == 1 ? " application" : " applications") + " of enterprises:";
    doc.before_table.push_back({ParagraphStyle::Body, article});
    doc.table_caption = approval
                            ? w.Pick("Danh sách hồ sơ được phê duyệt hỗ trợ", "Applications approved")
                            : w.Pick("Danh sách hồ sơ không được phê duyệt", "Applications not approved");

    auto& table = doc.table;
    table.columns = {{w.Pick("STT", "No."), 6, ColumnAlign::Centre},
                     {w.Pick("Hồ sơ số", "Application"), 8, ColumnAlign::Centre},
                     {w.Pick("Doanh nghiệp", "Enterprise"), 25, ColumnAlign::Left},
                     {w.Pick("Mã số thuế", "Tax code"), 14, ColumnAlign::Centre},
                     {w.Pick("Nội dung hỗ trợ", "Support for"), approval ? 27.0 : 44.0, ColumnAlign::Left}};
    if (approval)
        table.columns.push_back({w.Pick("Kinh phí hỗ trợ (đồng)", "Support (VND)"), 17, ColumnAlign::Right});
    for (std::size_t i = 0; i < count; ++i) {
        const auto& row = source.rows[i];
        std::vector<ReportCell> cells{ReportCell::Text(std::to_string(i + 1)),
                                      ReportCell::Text(std::to_string(row.application_id)),
                                      ReportCell::Text(row.enterprise_name), ReportCell::Text(row.tax_code),
                                      ReportCell::Text(row.title)};
        if (approval) cells.push_back(ReportCell::Amount(row.approved_amount, w.language));
        table.AddItem(std::move(cells));
    }
    if (approval)
        table.AddTotal(
            {ReportCell::Text(""), ReportCell::Text(""), ReportCell::Text(w.Pick("Tổng cộng", "Total")),
             ReportCell::Text(""), ReportCell::Text(""), ReportCell::Amount(domain::Money(), w.language)},
            table.AllItems(), w.language);
}

bool Failed(const interchange::DecisionDocumentTask& task) {
    return task.result_en == "Failed";
}

// Điều 1 of a task acceptance: the task, the council's result, and the table of what was evaluated.
void Task(const interchange::DecisionDocumentTask& task, const Words& w, ReportDocument& doc) {
    const std::string result = w.Vi() ? task.result : task.result_en;
    std::string article;
    if (Failed(task))
        article = w.Vi() ? "Điều 1. Không công nhận kết quả thực hiện nhiệm vụ " + task.code + " \"" +
                               task.title + "\"; kết quả nghiệm thu: " + result + "."
                         : "Article 1. The results of task " + task.code + " \"" + task.title +
                               "\" are not recognised; acceptance result: " + result + ".";
    else
        article = w.Vi() ? "Điều 1. Công nhận kết quả nghiệm thu nhiệm vụ " + task.code + " \"" + task.title +
                               "\", xếp loại: " + result + "."
                         : "Article 1. To recognise the acceptance of task " + task.code + " \"" +
                               task.title + "\", rated: " + result + ".";
    doc.before_table.push_back({ParagraphStyle::Body, article});
    doc.table_caption = w.Pick("Thông tin nhiệm vụ được nghiệm thu", "The task evaluated");
    auto& table = doc.table;
    table.columns = {{w.Pick("STT", "No."), 6, ColumnAlign::Centre},
                     {w.Pick("Mục", "Item"), 30, ColumnAlign::Left},
                     {w.Pick("Nội dung", "Particulars"), 64, ColumnAlign::Left}};
    const std::string level = w.Vi() || task.level_en.empty() ? task.level : task.level_en;
    const std::string award = w.Vi() || task.award_mode_en.empty() ? task.award_mode : task.award_mode_en;
    const std::vector<std::pair<std::string, std::string>> rows{
        {w.Pick("Mã nhiệm vụ", "Task code"), task.code},
        {w.Pick("Tên nhiệm vụ", "Title"), task.title},
        {w.Pick("Cấp, phương thức giao", "Level, award mode"), level + ", " + award},
        {w.Pick("Tổ chức chủ trì", "Lead organisation"), task.lead_name},
        {w.Pick("Chủ nhiệm nhiệm vụ", "Principal investigator"), task.principal_investigator},
        {w.Pick("Hợp đồng", "Contract"), task.contract_number},
        {w.Pick("Kinh phí ngân sách (đồng)", "State budget (VND)"), w.Amount(task.state_budget)},
        {w.Pick("Hội đồng nghiệm thu", "Acceptance council"), task.council + ", " + task.held_on.Format()},
        {w.Pick("Biên bản", "Minutes"), task.minutes_number},
        {w.Pick("Kết quả", "Result"), result},
    };
    for (std::size_t i = 0; i < rows.size(); ++i)
        table.AddItem({ReportCell::Text(std::to_string(i + 1)), ReportCell::Text(rows[i].first),
                       ReportCell::Text(rows[i].second)});
}

std::string Subtitle(const interchange::DecisionDocument& source, const Words& w) {
    switch (source.decision.kind) {
        case domain::DecisionKind::Approval:
            return w.Pick("Về việc phê duyệt hỗ trợ kinh phí cho doanh nghiệp",
                          "On approving support for enterprises");
        case domain::DecisionKind::Refusal:
            return w.Pick("Về việc không phê duyệt hỗ trợ kinh phí cho doanh nghiệp",
                          "On not approving support for enterprises");
        case domain::DecisionKind::TaskAcceptance:
            break;
    }
    const std::string code = source.task ? " " + source.task->code : std::string();
    if (source.task && Failed(*source.task))
        return w.Pick("Về việc kết quả nghiệm thu nhiệm vụ", "On the acceptance results of task") + code;
    return w.Pick("Về việc công nhận kết quả nghiệm thu nhiệm vụ", "On recognising the acceptance of task") +
           code;
}

// "- Như Điều 3;" … "- Lưu: VT." as Decree 30's model prints the list.
std::vector<std::string> Recipients(const SignatureBlock& signature, const DecisionHeading& heading,
                                    const Words& w) {
    std::vector<std::string> lines{w.Pick("Như Điều 3", "As in Article 3")};
    // A deputy signs for the director, who is told.
    if (!signature.authority.empty() && StartsWith(signature.authority.front(), "KT."))
        lines.push_back(w.Pick("Giám đốc Sở (để báo cáo)", "The Director (for information)"));
    std::string archive = Trimmed(heading.archive, ";.");
    if (archive.empty()) archive = "Lưu: VT";
    if (!w.Vi() && StartsWith(archive, "Lưu:")) archive = "Archived: " + After(archive, "Lưu:");
    lines.push_back(archive);
    for (std::size_t i = 0; i < lines.size(); ++i)
        lines[i] = "- " + lines[i] + (i + 1 == lines.size() ? "." : ";");
    return lines;
}

// The digital signature and its check at export, under the signature block.
std::vector<ReportParagraph> SignatureNotes(const interchange::DecisionDocument& source, const Words& w) {
    std::vector<ReportParagraph> notes;
    const auto& decision = source.decision;
    if (decision.signature) {
        const auto& signature = *decision.signature;
        const std::string subject =
            source.signer_subject.empty() ? signature.signer_subject : source.signer_subject;
        const std::string at = domain::FormatMoment(signature.signed_at_unix, *source.zone);
        notes.push_back({ParagraphStyle::Note, w.Pick("Ký số bởi: ", "Digitally signed by: ") + subject +
                                                   w.Pick("; thời gian ký: ", "; signed at: ") + at +
                                                   w.Pick("; dấu vân tay SHA-256 của chứng thư số: ",
                                                          "; SHA-256 fingerprint of the certificate: ") +
                                                   signature.signer_fingerprint + "."});
    }
    std::string check = w.Pick("Kiểm tra chữ ký số khi xuất: ", "Digital signature checked at export: ") +
                        VerdictLabel(source.verdict, w) + ".";
    const std::string& explanation = w.Vi() ? source.explanation.vi : source.explanation.en;
    if (!explanation.empty()) check += " " + explanation;
    const std::string exported = domain::FormatMoment(source.exported_at_unix, *source.zone);
    check +=
        w.Vi() ? " Xuất từ InnoDesk lúc " + exported +
                     ". Bản có giá trị là decision.json cùng chữ ký decision.p7s; bản này chỉ để đọc và in."
               : " Exported from InnoDesk at " + exported +
                     ". The authoritative record is decision.json with its signature decision.p7s; this copy "
                     "is for reading and printing.";
    notes.push_back({ParagraphStyle::Note, check});
    return notes;
}

}  // namespace

ReportDocument DecisionReport(const interchange::DecisionDocument& source, const DecisionHeading& heading,
                              Language language) {
    const Words w{language};
    const auto& decision = source.decision;

    ReportDocument doc;
    doc.language = language;
    doc.orientation = PageOrientation::Portrait;
    for (const auto& line : heading.issuing_body)
        doc.issuing_body.push_back(w.Vi() ? line : EnglishBody(line));
    doc.reference = DecisionReferenceLine(decision.number, language);
    doc.national_heading = NationalHeading(language);
    doc.place_and_date = PlaceAndDate(heading.place, decision.date, language);
    doc.title = w.Pick("QUYẾT ĐỊNH", "DECISION");
    doc.subtitle = {Subtitle(source, w)};

    // The authority that enacts it: the head of the department that issues it.
    const std::string department =
        heading.issuing_body.empty() ? std::string("SỞ KHOA HỌC VÀ CÔNG NGHỆ") : heading.issuing_body.back();
    auto& before = doc.before_table;
    before.push_back({ParagraphStyle::Centred, w.Vi() ? "GIÁM ĐỐC " + UpperCase(department)
                                                      : "THE DIRECTOR OF THE " + EnglishBody(department)});
    const auto bases = LegalBases(decision.legal_basis);
    for (std::size_t i = 0; i < bases.size(); ++i)
        before.push_back({ParagraphStyle::Body, w.Pick("Căn cứ ", "Pursuant to ") + bases[i] +
                                                    (i + 1 == bases.size() ? "." : ";")});
    if (!heading.proposer.empty())
        before.push_back(
            {ParagraphStyle::Body, w.Vi() ? "Theo đề nghị của " + heading.proposer + "."
                                          : "At the proposal of " + EnglishProposer(heading.proposer) + "."});
    before.push_back({ParagraphStyle::Centred, w.Pick("QUYẾT ĐỊNH:", "DECIDES:")});
    if (source.task)
        Task(*source.task, w, doc);
    else
        Applications(source, w, doc);

    auto& after = doc.after_table;
    const std::string conditions = Trimmed(decision.conditions, ".");
    std::string effect = w.Pick("Quyết định này có hiệu lực kể từ ngày ký",
                                "This Decision takes effect from the date of signing");
    if (!source.supersedes_number.empty())
        effect +=
            w.Pick(" và thay thế Quyết định số ", " and replaces Decision No. ") + source.supersedes_number;
    effect += ".";
    if (conditions.empty()) {
        after.push_back({ParagraphStyle::Body, w.Pick("Điều 2. ", "Article 2. ") + effect});
    } else {
        after.push_back({ParagraphStyle::Body, w.Pick("Điều 2. ", "Article 2. ") + conditions + "."});
        after.push_back({ParagraphStyle::Body, effect});
    }
    const std::string proposer = heading.proposer.empty()
                                     ? std::string()
                                     : (w.Vi() ? heading.proposer : EnglishProposer(heading.proposer)) + ", ";
    after.push_back(
        {ParagraphStyle::Body,
         w.Vi() ? "Điều 3. Chánh Văn phòng Sở, " + proposer +
                      "và các tổ chức, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
                : "Article 3. The Chief of the Department's Office, " + proposer +
                      "and the organisations and individuals named in Article 1 are responsible for "
                      "implementing this Decision."});

    auto signature = Signature(decision.signer_name, heading);
    doc.recipients = Recipients(signature, heading, w);
    if (!w.Vi())
        for (auto& line : signature.authority) line = EnglishAuthority(line);
    doc.signature = std::move(signature);
    doc.closing_notes = SignatureNotes(source, w);
    return doc;
}

std::string DecisionReferenceLine(const std::string& number, Language language) {
    return (language == Language::Vietnamese ? "Số: " : "No.: ") + number;
}

std::string DecisionPlaceAndDateLine(const DecisionHeading& heading, const domain::CalendarDate& date,
                                     Language language) {
    return PlaceAndDate(heading.place, date, language);
}

ReportDocument SignedDecisionForm(const interchange::DecisionDocument& source, const DecisionHeading& heading,
                                  const std::string& symbol, Language language) {
    ReportDocument doc = DecisionReport(source, heading, language);
    doc.closing_notes.clear();
    doc.number_and_date_filled_later = true;
    const bool vi = language == Language::Vietnamese;
    // Wide enough blanks that the number a clerk writes fits the same line.
    doc.reference = (vi ? "Số:            /" : "No.:            /") + symbol;
    const std::string year = std::to_string(source.decision.date.Year());
    const std::string place = heading.place.empty() ? std::string() : heading.place + ", ";
    doc.place_and_date = vi ? (place.empty() ? "Ngày" : place + "ngày") + "        tháng        năm " + year
                            : place + "      /      /" + year;
    return doc;
}

}  // namespace innodesk::reports
