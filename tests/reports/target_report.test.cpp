// Target evaluations as a report: the narrative in both languages, the appendix table, the
// summary by status with its total, and the three formats of it.
#include "test_support.h"

#include "reports/csv_report_writer.h"
#include "reports/pdf_report_writer.h"
#include "reports/target_narrative.h"
#include "reports/target_report.h"
#include "reports/xlsx_report_writer.h"

#include <catch2/catch.hpp>

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
    return {{"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"},
            "Khánh Hòa",
            "Số: 15/BC-SKHCN",
            domain::CalendarDate::FromYmd(2026, 8, 16)};
}

std::string Joined(const std::vector<ReportParagraph>& paragraphs) {
    std::string text;
    for (const auto& paragraph : paragraphs) text += paragraph.text + "\n";
    return text;
}

}  // namespace

TEST_CASE("The narrative says what is met, on track, at risk and behind, and by how much", "[reports]") {
    const auto vi = Joined(TargetNarrative(Evaluation(), Language::Vietnamese));
    CHECK_THAT(vi, Catch::Contains(
                       "Tính đến ngày 15/08/2026, kế hoạch “Kế hoạch hỗ trợ đổi mới sáng tạo trong "
                       "doanh nghiệp năm 2026” (KH-DMST-2026) có 5 chỉ tiêu trong Quý III/2026: 1 đã đạt, "
                       "1 đúng tiến độ, 1 có nguy cơ không đạt, 1 chậm tiến độ và 1 chưa có số liệu."));
    CHECK_THAT(vi,
               Catch::Contains("Các chỉ tiêu đã đạt: T01 “Doanh nghiệp được hỗ trợ đổi mới sáng tạo” (đạt 16 "
                               "doanh nghiệp; kế hoạch từ 15 doanh nghiệp)."));
    CHECK_THAT(vi,
               Catch::Contains(
                   "T02 “Sản phẩm, mô hình kinh doanh mới” (đạt 0 sản phẩm; kế hoạch khoảng 4 sản "
                   "phẩm; còn thiếu 4 sản phẩm; theo tiến độ đến ngày 15/08/2026 cần khoảng 2 sản phẩm)"));
    CHECK_THAT(vi, Catch::Contains("đạt 50 % (8/16)"));
    CHECK_THAT(vi, Catch::Contains("còn thiếu 20 %"));
    CHECK_THAT(vi,
               Catch::Contains("T04 “Xếp hạng PII của tỉnh” (chưa có số liệu, cần nhập số liệu thủ công"));
    CHECK_THAT(vi, Catch::Contains("còn thiếu 750.000.000 đồng"));

    const auto en = Joined(TargetNarrative(Evaluation(), Language::English));
    CHECK_THAT(en, Catch::Contains(
                       "As of 15/08/2026, the plan “Enterprise innovation support plan 2026” "
                       "(KH-DMST-2026) has 5 targets for Q3 2026: 1 met, 1 on track, 1 at risk, 1 behind "
                       "and 1 without data."));
    CHECK_THAT(en, Catch::Contains("short by 4 products; the pace asks for about 2 products by 15/08/2026"));
    CHECK_THAT(en, Catch::Contains("no data yet, a value must be entered by hand"));
}

TEST_CASE("The target report lays out the appendix table and counts targets by status", "[reports]") {
    const auto doc = TargetReport(Evaluation(), Heading(), Language::Vietnamese);
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.orientation == PageOrientation::Landscape);
    CHECK(doc.place_and_date == "Khánh Hòa, ngày 16 tháng 08 năm 2026");
    CHECK(doc.subtitle.back() == "Quý III/2026");
    const auto& rows = doc.table.rows;
    REQUIRE(rows.size() == 1 + 5 + 1 + 5 + 1);
    CHECK(rows[0].kind == RowKind::Group);
    const auto& first = rows[1].cells;
    CHECK(first[0].text == "18");
    CHECK(first[2].text == "từ 15 doanh nghiệp");
    CHECK(first[3].number == CellNumber::Count);
    CHECK(first[3].whole == 16);
    CHECK(first[5].text == "Đạt");
    CHECK(rows[3].cells[3].number == CellNumber::Percent);
    CHECK_THAT(rows[3].cells[7].text, Catch::Contains("Tỷ lệ 8/16"));
    CHECK(rows[4].cells[3].text == "Chưa có");
    CHECK_THAT(rows[4].cells[7].text, Catch::Contains("Chỉ tiêu nhập tay, chưa có số liệu"));
    CHECK(rows[5].cells[3].number == CellNumber::Money);
    CHECK(rows[5].cells[3].text == "1.250.000.000");
    const auto& total = rows.back();
    CHECK(total.kind == RowKind::Total);
    CHECK(total.cells[1].text == "Tổng số chỉ tiêu");
    CHECK(total.cells[3].whole == 5);
    CHECK(total.summed_rows == std::vector<std::size_t>{7, 8, 9, 10, 11});
}

TEST_CASE("A quarterly target report in the three formats", "[reports]") {
    test::TemporaryFolder folder;
    const auto doc = TargetReport(Evaluation(), Heading(), Language::Vietnamese);
    WritePdfReport(doc, folder / "bao-cao-quy-III.pdf");
    WriteXlsxReport(doc, folder / "bao-cao-quy-III.xlsx");
    WriteCsvReport(doc, folder / "bao-cao-quy-III.csv");
    CHECK(folder.Entries() ==
          std::vector<std::string>{"bao-cao-quy-III.csv", "bao-cao-quy-III.pdf", "bao-cao-quy-III.xlsx"});
    const std::string text = test::PdfText(folder / "bao-cao-quy-III.pdf");
    CHECK_THAT(text, Catch::Contains(
                         "Kết quả thực hiện Kế hoạch hỗ trợ đổi mới sáng tạo trong doanh nghiệp năm 2026"));
    CHECK_THAT(text, Catch::Contains("Tổng số chỉ tiêu"));
    CHECK_THAT(text, Catch::Contains("Chậm tiến độ"));
    CHECK_THAT(text, Catch::Contains("1.250.000.000"));
    const std::string csv = test::ReadBytes(folder / "bao-cao-quy-III.csv");
    CHECK_THAT(csv, Catch::Contains("\r\n,Tổng số chỉ tiêu,,5,chỉ tiêu,,,\r\n"));
    std::error_code ignored;
    std::filesystem::create_directories(INNODESK_REPORT_SAMPLES_DIR, ignored);
    for (const char* extension : {"pdf", "xlsx"})
        std::filesystem::copy_file(
            folder / (std::string("bao-cao-quy-III.") + extension),
            std::filesystem::path(INNODESK_REPORT_SAMPLES_DIR) / (std::string("target-report.") + extension),
            std::filesystem::copy_options::overwrite_existing, ignored);
}
