// Target evaluations as a report: the narrative in both languages, the appendix table, the
// summary by status with its total, and the three formats of it.
#include "test_support.h"

#include "reports/csv_report_writer.h"
#include "reports/docx_report_writer.h"
#include "reports/pdf_report_writer.h"
#include "reports/target_narrative.h"
#include "reports/target_report.h"
#include "reports/xlsx_report_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innodesk;
using namespace innodesk::reports;
using domain::Language;
using domain::TargetKind;
using domain::TargetStatus;

namespace {

domain::TargetEvaluation Target(int order, std::string code, domain::LocalisedText label, TargetKind kind,
                                domain::Bound bound, domain::LocalisedText unit, std::optional<double> actual,
                                TargetStatus status) {
    domain::TargetEvaluation target;
    target.order = order;
    target.stt = std::to_string(17 + order);
    target.code = std::move(code);
    target.label = std::move(label);
    target.kind = kind;
    target.bound = bound;
    target.unit = std::move(unit);
    target.bound_text = domain::DescribeBound(bound, target.unit);
    target.lead_unit = {"Sở Khoa học và Công nghệ", "Department of Science and Technology"};
    target.source = "000 Phụ lục, dòng " + target.stt;
    target.actual = actual;
    target.status = status;
    return target;
}

// Quarter III of 2026 evaluated on 15/08/2026: 46 of its 92 days gone, half the pace.
domain::PlanEvaluation Evaluation() {
    domain::PlanEvaluation evaluation;
    evaluation.plan_code = "KH-DMST-2026";
    evaluation.plan_title = {"Kế hoạch hỗ trợ đổi mới sáng tạo trong doanh nghiệp năm 2026",
                             "Enterprise innovation support plan 2026"};
    evaluation.period = domain::Period::Quarter(2026, 3);
    evaluation.as_of = domain::CalendarDate::FromYmd(2026, 8, 15);
    const domain::LocalisedText firms{"doanh nghiệp", "enterprises"};
    evaluation.targets.push_back(Target(
        1, "T01", {"Doanh nghiệp được hỗ trợ đổi mới sáng tạo", "Enterprises supported"},
        TargetKind::DistinctEnterprises, {domain::BoundForm::AtLeast, 15, 15}, firms, 16, TargetStatus::Met));
    evaluation.targets.push_back(
        Target(2, "T02", {"Sản phẩm, mô hình kinh doanh mới", "New products or models"}, TargetKind::Objects,
               {domain::BoundForm::About, 4, 4}, {"sản phẩm", "products"}, 0, TargetStatus::Behind));
    auto share = Target(3, "T03", {"Doanh nghiệp ứng dụng công nghệ", "Enterprises applying technology"},
                        TargetKind::Percentage, {domain::BoundForm::AtLeast, 70, 70}, {"%", "%"}, 50,
                        TargetStatus::AtRisk);
    share.numerator = 8;
    share.denominator = 16;
    evaluation.targets.push_back(share);
    auto manual =
        Target(4, "T04", {"Xếp hạng PII của tỉnh", "Provincial PII rank"}, TargetKind::Rank,
               {domain::BoundForm::AtMost, 23, 23}, {"hạng", "rank"}, std::nullopt, TargetStatus::NoData);
    manual.manual = true;
    evaluation.targets.push_back(manual);
    auto money = Target(5, "T05", {"Kinh phí hỗ trợ đã giải ngân", "Support disbursed"}, TargetKind::Money,
                        {domain::BoundForm::AtLeast, 2'000'000'000, 2'000'000'000}, {"đồng", "VND"},
                        1'250'000'000, TargetStatus::OnTrack);
    money.quarters = {{"2026-Q3", 1'250'000'000}};
    evaluation.targets.push_back(money);
    return evaluation;
}

TargetReportHeading Heading() {
    TargetReportHeading heading;
    heading.issuing_body = {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"};
    heading.place = "Khánh Hòa";
    heading.reference = ReferenceLine(15, "BC-SKHCN", Language::Vietnamese);
    heading.date = domain::CalendarDate::FromYmd(2026, 8, 16);
    heading.recipients = {"Bộ Khoa học và Công nghệ", "UBND tỉnh (b/c)", "Lưu: VT, KHTC"};
    heading.signature = {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, "Nguyễn Văn An"};
    return heading;
}

domain::WorkItem Item(std::string code, std::string stt, std::string section, std::string content,
                      std::string source) {
    domain::WorkItem item;
    item.code = std::move(code);
    item.stt = std::move(stt);
    item.section = {section, section};
    item.content = {content, content};
    item.lead_unit = {"Sở KH&CN", "Department of Science and Technology"};
    item.cooperating_units = {{"Sở Tài chính", "Department of Finance"},
                              {"Sở Tư pháp", "Department of Justice"}};
    item.product = {"Dự thảo Nghị quyết", "Draft resolution"};
    item.timing.text = "Tháng 7/2026";
    item.source = std::move(source);
    return item;
}

// The evaluation above with three work items under two sections of the appendix, one carried out
// by a task, and one transcribed from the same appendix row as target T01 (so shown once).
TargetReportContent Content() {
    TargetReportContent content;
    content.evaluation = Evaluation();
    content.evaluation.targets[0].source = "000 Phụ lục II, mục 2.a";
    ReportWorkItem policy;
    policy.item = Item("PL01", "1.", "I. Triển khai đồng bộ các cơ chế, chính sách",
                       "Xây dựng chính sách hỗ trợ", "000 Phụ lục, dòng 1");
    domain::WorkItemProgress done;
    done.status = domain::WorkItemStatus::Done;
    done.result = "Đã trình UBND tỉnh ngày 10/07/2026";
    policy.latest = done;
    ReportTask task;
    task.code = "ĐTCT.2026.03";
    task.title = "Ứng dụng truy xuất nguồn gốc thủy sản";
    task.lead = "Công ty CP Thủy sản Nha Trang";
    task.starts_on = domain::CalendarDate::FromYmd(2026, 3, 1);
    task.ends_on = domain::CalendarDate::FromYmd(2027, 2, 28);
    task.state = domain::TaskState::InProgress;
    policy.tasks.push_back(task);
    ReportWorkItem training;
    training.item = Item("PL31", "31.", "III. Phát triển nguồn nhân lực", "Đào tạo quản trị đổi mới sáng tạo",
                         "000 Phụ lục, dòng 31");
    training.overdue = true;
    ReportWorkItem same_row;
    same_row.item = Item("2a", "a)", "III. Phát triển nguồn nhân lực", "Hỗ trợ doanh nghiệp đổi mới sáng tạo",
                         "000 Phụ lục II, mục 2 a)");
    content.work_items = {policy, training, same_row};
    content.difficulties = "Kinh phí bố trí chậm.\nMột số doanh nghiệp chưa báo cáo kết quả.";
    content.proposals = "Đề nghị UBND tỉnh bổ sung kinh phí năm 2026.";
    return content;
}

std::string AllText(const ReportDocument& doc) {
    std::string text = doc.reference + "\n" + doc.place_and_date + "\n";
    for (const auto& p : doc.before_table) text += p.text + "\n";
    for (const auto& row : doc.table.rows)
        for (const auto& cell : row.cells) text += cell.text + "\n";
    for (const auto& p : doc.after_table) text += p.text + "\n";
    return text;
}

std::string Joined(const std::vector<ReportParagraph>& paragraphs) {
    std::string text;
    for (const auto& paragraph : paragraphs) text += paragraph.text + "\n";
    return text;
}

}  // namespace

TEST_CASE("The narrative sums up the targets met, at risk and behind in a sentence each", "[reports]") {
    const auto paragraphs = TargetNarrative(Evaluation(), Language::Vietnamese);
    REQUIRE(paragraphs.size() == 6);  // the count, then one sentence for each of the five statuses
    const auto vi = Joined(paragraphs);
    CHECK_THAT(vi, Catch::Contains(
                       "Tính đến ngày 15/08/2026, kế hoạch “Kế hoạch hỗ trợ đổi mới sáng tạo trong "
                       "doanh nghiệp năm 2026” (KH-DMST-2026) có 5 chỉ tiêu trong Quý III/2026: 1 đã đạt, "
                       "1 đúng tiến độ, 1 có nguy cơ không đạt, 1 chậm tiến độ và 1 chưa có số liệu."));
    CHECK(paragraphs[1].text == "Đã đạt kế hoạch: “Doanh nghiệp được hỗ trợ đổi mới sáng tạo”.");
    CHECK_THAT(vi,
               Catch::Contains("Chậm tiến độ: “Sản phẩm, mô hình kinh doanh mới” (đạt 0 sản phẩm; kế hoạch "
                               "khoảng 4 sản phẩm; còn thiếu 4 sản phẩm; theo tiến độ đến ngày 15/08/2026 "
                               "cần khoảng 2 sản phẩm)."));
    CHECK_THAT(vi, Catch::Contains("đạt 50 % (8/16)"));
    CHECK_THAT(vi, Catch::Contains("còn thiếu 20 %"));
    CHECK_THAT(vi, Catch::Contains("Chưa có số liệu, cần cập nhật: “Xếp hạng PII của tỉnh”."));
    // Internal target codes mean nothing to the reader.
    CHECK_THAT(vi, !Catch::Contains("T02"));

    const auto en = Joined(TargetNarrative(Evaluation(), Language::English));
    CHECK_THAT(en, Catch::Contains(
                       "As of 15/08/2026, the plan “Enterprise innovation support plan 2026” "
                       "(KH-DMST-2026) has 5 targets for Q3 2026: 1 met, 1 on track, 1 at risk, 1 behind "
                       "and 1 without data."));
    CHECK_THAT(en, Catch::Contains("short by 4 products; the pace asks for about 2 products by 15/08/2026"));
}

TEST_CASE("The narrative names a few targets of a status and counts the rest", "[reports]") {
    auto evaluation = Evaluation();
    const auto met = evaluation.targets[0];
    evaluation.targets.clear();
    for (int i = 1; i <= 5; ++i) {
        auto target = met;
        target.label = {"Chỉ tiêu số " + std::to_string(i), "Target " + std::to_string(i)};
        evaluation.targets.push_back(target);
    }
    auto long_label = met;
    long_label.label.vi = std::string(30, 'x') + " " + std::string(40, 'y') + " " + std::string(40, 'z');
    long_label.status = TargetStatus::NoData;
    evaluation.targets.push_back(long_label);
    const auto paragraphs = TargetNarrative(evaluation, Language::Vietnamese);
    REQUIRE(paragraphs.size() == 3);
    CHECK(
        paragraphs[1].text ==
        "Đã đạt kế hoạch: “Chỉ tiêu số 1”, “Chỉ tiêu số 2”, “Chỉ tiêu số 3” và 2 chỉ tiêu khác (chi tiết tại "
        "bảng).");
    CHECK(paragraphs[2].text ==
          "Chưa có số liệu, cần cập nhật: “" + std::string(30, 'x') + " " + std::string(40, 'y') + "…”.");
}

TEST_CASE("The target report is an administrative document of Decree 30", "[reports]") {
    const auto doc = TargetReport(Content(), Heading(), Language::Vietnamese);
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.orientation == PageOrientation::Landscape);
    CHECK(doc.issuing_body == std::vector<std::string>{"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"});
    CHECK(doc.national_heading ==
          std::vector<std::string>{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"});
    CHECK(doc.reference == "Số: 15/BC-SKHCN");
    CHECK(doc.place_and_date == "Khánh Hòa, ngày 16 tháng 8 năm 2026");
    CHECK(doc.title == "BÁO CÁO");
    CHECK(doc.subtitle ==
          std::vector<std::string>{
              "Kết quả thực hiện Kế hoạch hỗ trợ đổi mới sáng tạo trong doanh nghiệp năm 2026",
              "Quý III/2026"});
    CHECK(doc.recipients ==
          std::vector<std::string>{"- Bộ Khoa học và Công nghệ;", "- UBND tỉnh (b/c);", "- Lưu: VT, KHTC."});
    CHECK(doc.signature.authority == std::vector<std::string>{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"});
    CHECK(doc.signature.name == "Nguyễn Văn An");
    CHECK(ReferenceLine(5, "BC-SKHCN", Language::Vietnamese) == "Số: 05/BC-SKHCN");
    CHECK(ReferenceLine(0, "BC-SKHCN", Language::Vietnamese) == "Số:     /BC-SKHCN");

    // The officer's difficulties and proposals, a paragraph for each line, under their headings.
    std::vector<std::string> after;
    for (const auto& p : doc.after_table) after.push_back(p.text);
    CHECK(after == std::vector<std::string>{
                       "Số liệu tổng hợp đến ngày 15/08/2026.", "II. KHÓ KHĂN, VƯỚNG MẮC",
                       "Kinh phí bố trí chậm.", "Một số doanh nghiệp chưa báo cáo kết quả.",
                       "III. ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị UBND tỉnh bổ sung kinh phí năm 2026."});
    // The work items are summed up in the overview too.
    CHECK_THAT(
        doc.before_table.back().text,
        Catch::Contains("Về các nhiệm vụ của kế hoạch: 1/3 nhiệm vụ đã hoàn thành, 0 đang thực hiện, 0 "
                        "chậm tiến độ, 2 chưa triển khai hoặc chưa có báo cáo; 1 nhiệm vụ đã quá hạn."));
    // No internal references: no source rows, no target codes.
    const std::string text = AllText(doc);
    CHECK_THAT(text, !Catch::Contains("Nguồn"));
    CHECK_THAT(text, !Catch::Contains("Phụ lục"));
    CHECK_THAT(text, !Catch::Contains("T01"));
}

TEST_CASE("The results table groups targets, then work items by section with their tasks", "[reports]") {
    const auto doc = TargetReport(Content(), Heading(), Language::Vietnamese);
    std::vector<std::string> headers;
    for (const auto& column : doc.table.columns) headers.push_back(column.header);
    CHECK(headers == std::vector<std::string>{"STT", "Nội dung", "Sản phẩm/kết quả", "Đơn vị chủ trì",
                                              "Đơn vị phối hợp", "Thời gian", "Đánh giá"});
    std::vector<std::string> layout;  // kind and STT of each row
    for (const auto& row : doc.table.rows)
        layout.push_back(std::string(row.kind == RowKind::Group   ? "G "
                                     : row.kind == RowKind::Total ? "T "
                                                                  : "") +
                         row.cells[0].text);
    // T01 is shown once, on the work item of the same appendix row (2a), not again among the targets.
    CHECK(layout == std::vector<std::string>{"G A", "19", "20", "21", "22", "G B", "G I", "1.", "-", "G III",
                                             "31.", "a)", "G C", "1", "2", "3", "4", "5", "T "});
    const auto& rows = doc.table.rows;
    CHECK(rows[6].cells[1].text == "Triển khai đồng bộ các cơ chế, chính sách");
    const auto& policy = rows[7].cells;
    CHECK(policy[1].text == "Xây dựng chính sách hỗ trợ");
    CHECK(policy[2].text == "Dự thảo Nghị quyết\nKết quả: Đã trình UBND tỉnh ngày 10/07/2026");
    CHECK(policy[3].text == "Sở KH&CN");
    CHECK(policy[4].text == "Sở Tài chính; Sở Tư pháp");
    CHECK(policy[5].text == "Tháng 7/2026");
    CHECK(policy[6].text == "Hoàn thành");
    const auto& task = rows[8].cells;
    CHECK(task[1].text == "Nhiệm vụ ĐTCT.2026.03: Ứng dụng truy xuất nguồn gốc thủy sản");
    CHECK(task[3].text == "Công ty CP Thủy sản Nha Trang");
    CHECK(task[5].text == "01/03/2026 – 28/02/2027");
    CHECK(task[6].text == "Đang thực hiện");
    CHECK(rows[10].cells[6].text == "Chưa có báo cáo (quá hạn)");
    const auto& merged = rows[11].cells;
    CHECK(merged[2].text == "Dự thảo Nghị quyết\nKế hoạch: từ 15 doanh nghiệp\nKết quả: 16 doanh nghiệp");
    CHECK(merged[6].text == "Đạt");
    const auto& share = rows[2].cells;
    CHECK(share[2].text == "Kế hoạch: từ 70 %\nKết quả: 50 % (8/16)");
    CHECK(share[6].text == "Có nguy cơ không đạt");
    CHECK(rows[3].cells[2].text ==
          "Kế hoạch: tối đa 23 hạng\nKết quả: chưa có số liệu\nChỉ tiêu cần nhập số liệu");
    CHECK(rows[4].cells[2].text == "Kế hoạch: từ 2.000.000.000 đồng\nKết quả: 1.250.000.000 đồng");
    const auto& total = rows.back();
    CHECK(total.cells[1].text == "Tổng số chỉ tiêu");
    CHECK(total.cells[2].whole == 5);
    CHECK(total.summed_rows == std::vector<std::size_t>{13, 14, 15, 16, 17});
}

TEST_CASE("A draft report says the difficulties and proposals are still to be written", "[reports]") {
    const auto doc = TargetReport(Evaluation(), Heading(), Language::Vietnamese);
    REQUIRE(doc.after_table.size() == 5);
    CHECK(doc.after_table[2].text == "(Cán bộ theo dõi ghi khó khăn, vướng mắc trước khi ban hành.)");
    CHECK(doc.after_table[2].style == ParagraphStyle::Note);
    CHECK(doc.after_table[4].text == "(Cán bộ theo dõi ghi đề xuất, kiến nghị trước khi ban hành.)");
}

TEST_CASE("A quarterly target report in the four formats", "[reports]") {
    test::TemporaryFolder folder;
    const auto doc = TargetReport(Content(), Heading(), Language::Vietnamese);
    WritePdfReport(doc, folder / "bao-cao-quy-III.pdf");
    WriteXlsxReport(doc, folder / "bao-cao-quy-III.xlsx");
    WriteCsvReport(doc, folder / "bao-cao-quy-III.csv");
    WriteDocxReport(doc, folder / "bao-cao-quy-III.docx");
    CHECK(folder.Entries() == std::vector<std::string>{"bao-cao-quy-III.csv", "bao-cao-quy-III.docx",
                                                       "bao-cao-quy-III.pdf", "bao-cao-quy-III.xlsx"});
    const auto docx = nlohmann::json::parse(test::DocxJson(folder / "bao-cao-quy-III.docx"));
    REQUIRE(docx["tables"].size() == 3);
    CHECK(docx["tables"][1][0] ==
          nlohmann::json::array({"STT", "Nội dung", "Sản phẩm/kết quả", "Đơn vị chủ trì", "Đơn vị phối hợp",
                                 "Thời gian", "Đánh giá"}));
    CHECK(docx["tables"][1][9][1] == "Nhiệm vụ ĐTCT.2026.03: Ứng dụng truy xuất nguồn gốc thủy sản");
    CHECK(docx["tables"][2][0][0] ==
          "Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- UBND tỉnh (b/c);\n- Lưu: VT, KHTC.");
    std::string paragraphs;
    for (const auto& paragraph : docx["paragraphs"])
        paragraphs += paragraph["text"].get<std::string>() + "\n";
    CHECK_THAT(paragraphs, Catch::Contains("\nII. KHÓ KHĂN, VƯỚNG MẮC\nKinh phí bố trí chậm.\n"));
    CHECK_THAT(paragraphs,
               Catch::Contains("\nIII. ĐỀ XUẤT, KIẾN NGHỊ\nĐề nghị UBND tỉnh bổ sung kinh phí năm 2026.\n"));
    const std::string text = test::PdfText(folder / "bao-cao-quy-III.pdf");
    CHECK_THAT(text, Catch::Contains(
                         "Kết quả thực hiện Kế hoạch hỗ trợ đổi mới sáng tạo trong doanh nghiệp năm 2026"));
    CHECK_THAT(text, Catch::Contains("Tổng số chỉ tiêu"));
    CHECK_THAT(text, Catch::Contains("Chậm tiến độ"));
    CHECK_THAT(text, Catch::Contains("1.250.000.000"));
    const std::string csv = test::ReadBytes(folder / "bao-cao-quy-III.csv");
    CHECK_THAT(csv, Catch::Contains("\r\n,Tổng số chỉ tiêu,5,chỉ tiêu,,,\r\n"));
    CHECK_THAT(csv, Catch::Contains("Nhiệm vụ ĐTCT.2026.03: Ứng dụng truy xuất nguồn gốc thủy sản"));
    CHECK_THAT(text, Catch::Contains("Nơi nhận:"));
    CHECK_THAT(text, Catch::Contains("Lưu: VT, KHTC."));
    CHECK_THAT(text, Catch::Contains("PHÓ GIÁM ĐỐC"));
    CHECK_THAT(text, Catch::Contains("Nguyễn Văn An"));
    CHECK_THAT(text, Catch::Contains("Đề nghị UBND tỉnh bổ sung kinh phí năm 2026."));
    std::error_code ignored;
    std::filesystem::create_directories(INNODESK_REPORT_SAMPLES_DIR, ignored);
    for (const char* extension : {"pdf", "xlsx"})
        std::filesystem::copy_file(
            folder / (std::string("bao-cao-quy-III.") + extension),
            std::filesystem::path(INNODESK_REPORT_SAMPLES_DIR) / (std::string("target-report.") + extension),
            std::filesystem::copy_options::overwrite_existing, ignored);
}
