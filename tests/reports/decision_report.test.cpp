// The printable decision: its document and its PDF.
#include "test_support.h"

#include "reports/decision_report.h"
#include "reports/pdf_report_writer.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::reports;

namespace {

interchange::DecisionDocument Decision() {
    interchange::DecisionDocument doc;
    doc.decision.number = "125/QĐ-SKHCN";
    doc.decision.date = domain::CalendarDate::FromYmd(2026, 6, 20);
    doc.decision.legal_basis = "Kế hoạch số 000/KH-UBND về hỗ trợ đổi mới sáng tạo trong doanh nghiệp.";
    doc.decision.conditions = "Doanh nghiệp đối ứng tối thiểu 40% kinh phí.";
    doc.decision.signer_name = "Giám đốc Trần Văn Bình";
    doc.decision.signature = domain::DecisionSignature{
        "lanhdao.binh", std::string(64, 'a'), "CN=Trần Văn Bình", {}, 1'781'000'000};
    doc.rows = {{1, "Công ty TNHH Yến sào Khánh Hòa", "0300588569", "Thuê tư vấn ISO 22000",
                 domain::Money::Dong(100'000'000)},
                {2, "Hợp tác xã Nông nghiệp Diên Khánh", "0101248141", "Truy xuất nguồn gốc xoài",
                 domain::Money::Dong(45'500'000)}};
    doc.supersedes_number = "99/QĐ-SKHCN";
    doc.verdict = "valid";
    doc.explanation = {"Chữ ký hợp lệ.", "The signature is valid."};
    doc.exported_at_unix = 1'781'100'000;
    return doc;
}

}  // namespace

TEST_CASE("The decision as a report document: heading, applications and their total", "[reports]") {
    const auto doc =
        DecisionReport(Decision(), {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, "Khánh Hòa");
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.reference == "Số: 125/QĐ-SKHCN");
    CHECK(doc.place_and_date == "Khánh Hòa, ngày 20 tháng 6 năm 2026");
    CHECK(doc.issuing_body.back() == "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    CHECK(DecisionReport(Decision(), {"SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, "").place_and_date ==
          "Ngày 20 tháng 6 năm 2026");
    CHECK(doc.title == "QUYẾT ĐỊNH");
    REQUIRE(doc.table.rows.size() == 3);
    CHECK(doc.table.rows.back().cells[5].whole == 145'500'000);
    CHECK(doc.table.rows.back().cells[5].text == "145.500.000");
}

TEST_CASE("The decision's PDF reads back with its number, amounts and verdict", "[reports]") {
    test::TemporaryFolder folder;
    WritePdfReport(
        DecisionReport(Decision(), {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, "Khánh Hòa"),
        folder / "decision.pdf");
    const std::string text = test::PdfText(folder / "decision.pdf");
    CHECK_THAT(text, Catch::Contains("QUYẾT ĐỊNH"));
    CHECK_THAT(text, Catch::Contains("Số: 125/QĐ-SKHCN"));
    CHECK_THAT(text, Catch::Contains("Quyết định này thay thế Quyết định số 99/QĐ-SKHCN"));
    CHECK_THAT(text, Catch::Contains("0300588569"));
    CHECK_THAT(text, Catch::Contains("Truy xuất nguồn gốc"));
    CHECK_THAT(text, Catch::Contains("100.000.000"));
    CHECK_THAT(text, Catch::Contains("145.500.000"));
    CHECK_THAT(text, Catch::Contains("HỢP LỆ"));
    CHECK_THAT(text, Catch::Contains("Giám đốc Trần Văn Bình"));
    CHECK(test::PdfPages(folder / "decision.pdf") == 1);
    std::error_code ignored;
    std::filesystem::create_directories(INNODESK_REPORT_SAMPLES_DIR, ignored);
    std::filesystem::copy_file(folder / "decision.pdf",
                               std::filesystem::path(INNODESK_REPORT_SAMPLES_DIR) / "decision.pdf",
                               std::filesystem::copy_options::overwrite_existing, ignored);
}

namespace {

// A department that keeps its records on UTC (a zone the settings may name).
class UtcZone final : public domain::TimeZone {
public:
    const std::string& Name() const override { return m_name; }
    int OffsetSecondsAt(std::int64_t) const override { return 0; }

private:
    std::string m_name = "UTC";
};

bool HasParagraph(const ReportDocument& doc, const std::string& needle) {
    for (const auto& paragraph : doc.after_table)
        if (paragraph.text.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("The decision's signing and export times are written in the department's time zone", "[reports]") {
    auto doc = Decision();
    doc.exported_at_unix = 1'796'599'800;  // 06/12/2026 23:30 UTC
    doc.decision.signature->signed_at_unix = 1'796'599'800 - 3600;
    // The default, Asia/Ho_Chi_Minh: already the 7th.
    CHECK(HasParagraph(DecisionReport(doc, {"SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, ""),
                       "Xuất từ InnoDesk lúc 07/12/2026 06:30"));
    CHECK(HasParagraph(DecisionReport(doc, {"SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, ""),
                       "Ký lúc (signed at): 07/12/2026 05:30"));
    doc.zone = std::make_shared<UtcZone>();
    const auto utc = DecisionReport(doc, {"SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, "");
    CHECK(HasParagraph(utc, "Xuất từ InnoDesk lúc 06/12/2026 23:30"));
    CHECK(HasParagraph(utc, "Ký lúc (signed at): 06/12/2026 22:30"));
    CHECK_THAT(interchange::DecisionHtml(doc), Catch::Contains("Xuất từ InnoDesk lúc 06/12/2026 23:30"));
}

TEST_CASE("A task acceptance decision names the task and the council's result, not applications",
          "[reports]") {
    auto source = Decision();
    source.decision.kind = domain::DecisionKind::TaskAcceptance;
    source.decision.task_id = 7;
    source.rows.clear();
    source.supersedes_number.clear();
    source.task = interchange::DecisionDocumentTask{"ĐTCT.2026.01",
                                                    "Nuôi tôm hùm trong lồng HDPE",
                                                    "Cấp tỉnh",
                                                    "Đặt hàng",
                                                    "Viện Hải dương học",
                                                    "TS. Nguyễn Văn Hải",
                                                    "05/2026/HĐ-KHCN",
                                                    domain::Money::Dong(300'000'000),
                                                    "Hội đồng KH&CN cấp tỉnh",
                                                    domain::CalendarDate::FromYmd(2026, 11, 25),
                                                    "Đạt",
                                                    "Passed",
                                                    "BB-NT 17/2026"};
    const auto doc = DecisionReport(source, {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, "Khánh Hòa");
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.subtitle.front() == "Về việc Công nhận kết quả nghiệm thu nhiệm vụ (Task acceptance)");
    REQUIRE(doc.table.rows.size() == 10);
    CHECK(doc.table.rows.back().cells[2].text == "Đạt (Passed)");

    test::TemporaryFolder folder;
    WritePdfReport(doc, folder / "decision.pdf");
    const std::string text = test::PdfText(folder / "decision.pdf");
    CHECK_THAT(text, Catch::Contains("Điều 1. Công nhận kết quả nghiệm thu nhiệm vụ ĐTCT.2026.01"));
    CHECK_THAT(text, Catch::Contains("BB-NT 17/2026"));
    CHECK_THAT(text, !Catch::Contains("Tổng cộng"));
    const std::string html = interchange::DecisionHtml(source);
    CHECK_THAT(html, Catch::Contains("Viện Hải dương học") && Catch::Contains("<b>Đạt</b>"));
    CHECK_THAT(html, !Catch::Contains("Tổng cộng"));
}
