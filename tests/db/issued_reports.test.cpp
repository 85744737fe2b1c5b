// Reports issued as records on both backends: stored whole with their snapshot, audited, numbered
// once a year per symbol; the heading of another province's plan; and a rendered 000 and 002
// report kept under build/report-pages for a person to look at.
#include "scenario.h"
#include "test_helpers.h"

#include "app/plan_report.h"
#include "app/report_heading.h"
#include "domain/department_province.h"
#include "domain/issued_report_service.h"
#include "domain/target_service.h"
#include "domain/work_item_service.h"
#include "interchange/plan_file.h"
#include "reports/pdf_report_writer.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace innodesk;
using namespace innodesk::domain;
using innodesk::testing::Refusal;

namespace {

Plan Import(testing::Scenario& s, const char* file) {
    TargetService service(s.db.Store(), s.clock);
    return service.Import(
        interchange::ReadPlanFile(std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / file,
                                  s.db.Text()),
        s.officer);
}

app::IssueRequest Request(int number, CalendarDate date) {
    app::IssueRequest request;
    request.report.plan_code = "KH-DMST-DN-2026";
    request.report.period = Period::Quarter(2026, 2);
    request.report.as_of = CalendarDate::FromYmd(2026, 6, 15);
    request.report.difficulties = "Kinh phí bố trí chậm.";
    request.report.proposals = "Đề nghị bổ sung kinh phí.";
    request.number = number;
    request.date = date;
    request.signer_name = "Nguyễn Văn An";
    return request;
}

long long AuditEntries(testing::TestDatabase& db, const std::string& action) {
    long long count = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM audit_entry WHERE action = :a", soci::use(action),
        soci::into(count);
    return count;
}

}  // namespace

TEST_CASE("An issued report is kept whole with its snapshot and audited, its number issued once a year",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    const app::ReportSource source{db.Store(), db.Text(), s.clock};
    const auto june = CalendarDate::FromYmd(2026, 6, 15);

    const auto issued = app::IssueReport(source, Request(15, june), s.officer);
    CHECK(issued.Reference() == "15/BC-SKHCN");
    CHECK(issued.year == 2026);
    CHECK(issued.issued_by == s.officer.user_name);
    CHECK(AuditEntries(db, "report.issue") == 1);
    IssuedReportService service(db.Store(), s.clock);
    const auto stored = service.Get(2026, "BC-SKHCN", 15);
    CHECK(stored.snapshot == issued.snapshot);
    CHECK(stored.difficulties == "Kinh phí bố trí chậm.");
    const auto document = app::IssuedDocument(stored);
    CHECK(document.reference == "Số: 15/BC-SKHCN");
    CHECK(document.place_and_date == "Khánh Hòa, ngày 15 tháng 6 năm 2026");
    CHECK(document.signature.name == "Nguyễn Văn An");

    // Refused: the same number that year (nothing stored, nothing audited), and the other cases.
    const auto again = Refusal([&] { app::IssueReport(source, Request(15, june), s.officer); });
    CHECK(again.Code() == ErrorCode::Duplicate);
    CHECK_THAT(again.Message(Language::English),
               Catch::Contains("15/BC-SKHCN") && Catch::Contains("already issued"));
    CHECK_THAT(again.Message(Language::Vietnamese),
               Catch::Contains("đã dùng cho báo cáo kế hoạch KH-DMST-DN-2026"));
    CHECK(Refusal([&] { app::IssueReport(source, Request(16, june), s.viewer); }).Code() ==
          ErrorCode::PermissionDenied);
    CHECK(Refusal([&] { app::IssueReport(source, Request(0, june), s.officer); }).Code() ==
          ErrorCode::InvalidValue);
    CHECK(Refusal([&] {
              app::IssueReport(source, Request(16, CalendarDate::FromYmd(2026, 6, 16)), s.officer);
          }).Code() == ErrorCode::InvalidValue);  // after today
    auto no_difficulties = Request(16, june);
    no_difficulties.report.difficulties = " ";
    CHECK(Refusal([&] { app::IssueReport(source, no_difficulties, s.officer); }).Code() ==
          ErrorCode::InvalidValue);
    CHECK(service.List().size() == 1);
    CHECK(AuditEntries(db, "report.issue") == 1);

    // Numbers restart each year: 15 of 2025 is another document.
    const auto last_year =
        app::IssueReport(source, Request(15, CalendarDate::FromYmd(2025, 12, 30)), s.officer);
    CHECK(last_year.year == 2025);
    CHECK(service.List("KH-DMST-DN-2026").size() == 2);
    CHECK(service.List("KH-KHAC").empty());
    CHECK(Refusal([&] { service.Get(2026, "BC-SKHCN", 99); }).Code() == ErrorCode::NotFound);
}

TEST_CASE("A plan of another province is reported by that province's department", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    SetDepartmentProvince(db.Store(), db.Text(), "Khánh Hòa", s.admin);
    Plan plan;
    plan.code = "KH-X";
    const auto heading = [&](const std::string& province) {
        plan.province = province;
        return app::ReportHeading(db.Store(), s.clock, plan, db.Text());
    };
    TrustService(db.Store(), s.clock).SetSetting(app::kSettingReportSignerName, "Nguyễn Văn An", s.admin);

    const auto own = heading("Khánh Hòa");
    CHECK(own.issuing_body == std::vector<std::string>{"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"});
    CHECK(own.place == "Khánh Hòa");
    CHECK(own.signature.name == "Nguyễn Văn An");
    CHECK(heading("").issuing_body == own.issuing_body);  // none named: the settings

    const auto hue = heading("Huế");
    CHECK(hue.issuing_body == std::vector<std::string>{"UBND THÀNH PHỐ HUẾ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"});
    CHECK(hue.place == "Huế");
    CHECK(hue.signature.name.empty());        // our director does not sign Huế's report
    const auto kon_tum = heading("Kon Tum");  // merged into Quảng Ngãi in 2025
    CHECK(kon_tum.issuing_body.front() == "UBND TỈNH QUẢNG NGÃI");
    CHECK(kon_tum.place == "Quảng Ngãi");
}

// Item 5 of issue 17: the pages a person looks at (pdftoppm -png build/report-pages/*.pdf).
TEST_CASE("The 000 and 002 reports render as administrative documents", "[db][sqlite-only]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    SetDepartmentProvince(db.Store(), db.Text(), "Khánh Hòa", s.admin);
    TrustService settings(db.Store(), s.clock);
    settings.SetSetting(app::kSettingReportSignerTitle, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", s.admin);
    settings.SetSetting(app::kSettingReportSignerName, "Nguyễn Văn An", s.admin);
    settings.SetSetting(app::kSettingReportRecipients,
                        "Bộ Khoa học và Công nghệ|UBND tỉnh (b/c)|Lưu: VT, KHTC", s.admin);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    auto hue = interchange::ReadPlanFile(
        std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / "002-hue-khcn-dmst-2026-2030.yaml",
        db.Text());
    hue.province = "Huế";  // the plan file's province: key comes with h-plans17
    TargetService(db.Store(), s.clock).Import(hue, s.officer);
    const app::ReportSource source{db.Store(), db.Text(), s.clock};
    const std::filesystem::path pages = std::filesystem::path(INNODESK_BINARY_DIR) / "report-pages";
    std::filesystem::create_directories(pages);
    for (const auto& [code, name] : {std::pair<std::string, std::string>{"KH-DMST-DN-2026", "000"},
                                     std::pair<std::string, std::string>{hue.code, "002"}}) {
        app::ReportRequest request;
        request.plan_code = code;
        request.period = Period::Quarter(2026, 2);
        request.as_of = CalendarDate::FromYmd(2026, 6, 15);
        request.difficulties =
            "Kinh phí sự nghiệp khoa học năm 2026 được bố trí chậm.\nMột số doanh nghiệp "
            "chưa gửi báo cáo kết quả thực hiện.";
        request.proposals = "Đề nghị UBND tỉnh bổ sung kinh phí cho các nhiệm vụ chuyển tiếp.";
        auto document = app::DraftReport(source, request);
        if (name == "002") {
            // Storing a plan's province comes with h-plans17; until then the heading is made from the
            // plan as read, as DraftReport will once TargetService::Get returns the province.
            auto heading = app::ReportHeading(db.Store(), s.clock, hue, db.Text());
            heading.reference = reports::ReferenceLine(0, "BC-SKHCN", Language::Vietnamese);
            document =
                reports::TargetReport(app::PlanReportContent(source, request), heading, Language::Vietnamese);
            CHECK(document.issuing_body.front() == "UBND THÀNH PHỐ HUẾ");
            CHECK(document.place_and_date == "Huế, ngày 15 tháng 6 năm 2026");
        } else {
            CHECK(document.issuing_body.front() == "UBND TỈNH KHÁNH HÒA");
        }
        app::WriteReportFile(document, "pdf", pages / (name + ".pdf"));
        app::WriteReportFile(document, "docx", pages / (name + ".docx"));
        CHECK(std::filesystem::file_size(pages / (name + ".pdf")) > 10000);
    }
}
