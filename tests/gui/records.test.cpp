// The record screens beyond applications and decisions: issuing a voucher, a new IP filing and
// its next status, a new training event with its attendees and an imported attendance sheet,
// and the Reviews page's ranking and council workbook. Each is driven through its real dialog
// and checked in the database afterwards.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/file_choice.h"
#include "gui/ip_filings_page.h"
#include "gui/reviews_page.h"
#include "gui/training_page.h"
#include "gui/vouchers_page.h"

#include "domain/enterprise_service.h"
#include "domain/ip_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"
#include "domain/tax_code.h"
#include "domain/training_service.h"
#include "domain/voucher_service.h"
#include "interchange/xlsx_reader.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/stattext.h>

#include <fstream>

using namespace innodesk;
using namespace innodesk::gui::testing;

namespace {

// An enterprise of its own for the test: no vouchers, no family, no history to collide with.
domain::Enterprise NewEnterprise(GuiFixture& fixture, const std::string& name, int start) {
    auto& officer = fixture.SignIn("canbo.an");
    domain::Enterprise enterprise;
    enterprise.tax_code = domain::TaxCode::Parse(UnusedTaxCode(officer, start));
    enterprise.name = name;
    enterprise.province = "Khánh Hòa";
    enterprise.commune = "Phường Nha Trang";
    return officer.Enterprises().Register(enterprise, officer.Actor());
}

// A date typed into a form's date field, as dd/mm/yyyy.
void SetDate(wxWindow& root, const wxString& name, int day, int month, int year) {
    Type(root, name, wxString::Format("%02d/%02d/%04d", day, month, year));
}

}  // namespace

TEST_CASE("Issuing a voucher names the enterprise as its tax code is typed and stores the voucher", "[gui]") {
    GuiFixture fixture;
    const auto enterprise = NewEnterprise(fixture, "Công ty TNHH Phiếu Hỗ trợ Cam Ranh", 2345000);
    auto& checker = fixture.Checker();
    const std::string unregistered = UnusedTaxCode(checker, 3456000);

    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "vouchers");
    auto* page = frame.FindPage<gui::VouchersPage>();
    REQUIRE(page != nullptr);

    fixture.Modals().Expect("issue_voucher_dialog", [&](wxDialog& dialog) {
        Type(dialog, "voucher_tax_code", unregistered);
        CHECK(UnwrappedLabel(dialog, "voucher_tax_code_feedback").Contains(wxString::FromUTF8(unregistered)));
        CHECK_FALSE(UnwrappedLabel(dialog, "voucher_tax_code_feedback").StartsWith(wxString::FromUTF8("✓")));
        Type(dialog, "voucher_tax_code", enterprise.tax_code.Value());
        CHECK(UnwrappedLabel(dialog, "voucher_tax_code_feedback") ==
              wxString::FromUTF8("✓ " + enterprise.name));
        Choose(dialog, "content", "Consultants for transfer, standards and IP");
        Type(dialog, "year", "2026");
        Type(dialog, "face_value", "20.000.000");
        Type(dialog, "state_share", "14.000.000");
        SetDate(dialog, "issued_on", 15, 6, 2026);
        SetDate(dialog, "valid_until", 15, 12, 2026);
        Click(dialog, "save");
    });
    Click(*page, "issue_voucher");
    fixture.Modals().Verify();

    domain::VoucherFilter filter;
    filter.enterprise_id = enterprise.id;
    const auto vouchers = checker.Vouchers().List(filter);
    REQUIRE(vouchers.size() == 1);
    CHECK(vouchers[0].state_share == domain::Money::Dong(14'000'000));
    CHECK(vouchers[0].face_value == domain::Money::Dong(20'000'000));
    CHECK(vouchers[0].content == domain::SupportContent::Consulting);
    CHECK(vouchers[0].valid_until == domain::CalendarDate::FromYmd(2026, 12, 15));
    // The page reloaded and selected the new voucher.
    CHECK(page->SelectedId() == vouchers[0].id);
}

TEST_CASE("A new IP filing is recorded, moved to its next status, and its history shows the step", "[gui]") {
    GuiFixture fixture;
    const auto enterprise = NewEnterprise(fixture, "Công ty Cổ phần Sáng chế Vạn Ninh", 4567000);
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "ip_filings");
    auto* page = frame.FindPage<gui::IpFilingsPage>();
    REQUIRE(page != nullptr);

    fixture.Modals().Expect("new_filing_dialog", [&](wxDialog& dialog) {
        Type(dialog, "filing_tax_code", enterprise.tax_code.Value());
        Type(dialog, "ip_title", "Quy trình nuôi yến trong nhà bằng cảm biến độ ẩm");
        Type(dialog, "application_number", "1-2026-09876");
        SetDate(dialog, "filed_on", 3, 3, 2026);
        Type(dialog, "supported_amount", "15.000.000");
        Click(dialog, "save");
    });
    Click(*page, "new_filing");
    fixture.Modals().Verify();

    auto& checker = fixture.Checker();
    auto ip = checker.IpFilings();
    domain::IpFilingFilter filter;
    filter.enterprise_id = enterprise.id;
    auto filings = ip.List(filter);
    REQUIRE(filings.size() == 1);
    CHECK(filings[0].title == "Quy trình nuôi yến trong nhà bằng cảm biến độ ẩm");
    CHECK(filings[0].supported_amount == domain::Money::Dong(15'000'000));
    CHECK(page->SelectedId() == filings[0].id);

    fixture.Modals().Expect("ip_status_dialog", [&](wxDialog& dialog) {
        // Only the steps the lifecycle allows from 'filed' are offered.
        auto& next = Find<wxChoice>(dialog, "ip_status");
        CHECK(next.FindString("Formality accepted") != wxNOT_FOUND);
        CHECK(next.FindString("Granted") == wxNOT_FOUND);
        Choose(dialog, "ip_status", "Formality accepted");
        SetDate(dialog, "status_on", 20, 5, 2026);
        Type(dialog, "note", "Cục SHTT chấp nhận đơn hợp lệ");
        Click(dialog, "save");
    });
    Click(*page, "ip_status");
    fixture.Modals().Verify();
    const auto moved = ip.Get(filings[0].id);
    CHECK(moved.status == domain::IpStatus::FormalityAccepted);
    CHECK(moved.status_on == domain::CalendarDate::FromYmd(2026, 5, 20));

    fixture.Modals().Expect("ip_history_dialog", [&](wxDialog& dialog) {
        auto& list = Find<wxDataViewListCtrl>(dialog, "ip_history_list");
        REQUIRE(list.GetItemCount() >= 1);
        const int last = list.GetItemCount() - 1;
        CHECK(list.GetTextValue(static_cast<unsigned>(last), 1) == "Formality accepted");
        CHECK(list.GetTextValue(static_cast<unsigned>(last), 2) == "20/05/2026");
        Click(*dialog.FindWindow(wxID_OK));
    });
    Click(*page, "ip_history");
    fixture.Modals().Verify();
}

TEST_CASE("A training event is created, an attendee added by hand and a sheet imported with its refused rows",
          "[gui]") {
    GuiFixture fixture;
    const auto enterprise = NewEnterprise(fixture, "Công ty TNHH Đào tạo Diên Khánh", 5678000);
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "training");
    auto* page = frame.FindPage<gui::TrainingPage>();
    REQUIRE(page != nullptr);

    fixture.Modals().Expect("new_event_dialog", [&](wxDialog& dialog) {
        Type(dialog, "event_title", "Tập huấn quản trị đổi mới sáng tạo cho doanh nghiệp");
        SetDate(dialog, "starts_on", 10, 9, 2026);
        SetDate(dialog, "ends_on", 11, 9, 2026);
        Type(dialog, "location", "Nha Trang");
        Click(dialog, "save");
    });
    Click(*page, "new_event");
    fixture.Modals().Verify();
    const auto event_id = page->SelectedId();
    REQUIRE(event_id);

    fixture.Modals().Expect("attendee_dialog", [&](wxDialog& dialog) {
        Type(dialog, "attendee_name", "Nguyễn Thị Thu Hà");
        Type(dialog, "attendee_tax_code", enterprise.tax_code.Value());
        Click(dialog, "save");
    });
    Click(*page, "add_attendee");
    fixture.Modals().Verify();

    // Two good rows and one whose enterprise is not registered.
    const auto sheet = fixture.DatabaseFile().parent_path() / "diem-danh.csv";
    {
        std::ofstream out(sheet, std::ios::binary);
        out << "Họ và tên,Số định danh,Mã số thuế\r\n"
            << "Trần Văn Bình,,\r\n"
            << "Lê Thị Cúc,," << enterprise.tax_code.Value() << "\r\n"
            << "Phạm Minh Đức,,0100109106\r\n";
    }
    page->Select(*event_id);
    const AnswerFiles answer("import_attendance_file", sheet);
    fixture.Modals().Expect("import_errors_dialog", [&](wxDialog& dialog) {
        auto& list = Find<wxDataViewListCtrl>(dialog, "import_errors_list");
        REQUIRE(list.GetItemCount() == 1);
        CHECK(list.GetTextValue(0, 0) == "4");  // the file's line
        Click(*dialog.FindWindow(wxID_OK));
    });
    Click(*page, "import_attendance");
    fixture.Modals().Verify();

    auto& checker = fixture.Checker();
    const auto attendances = checker.Training().Attendances(*event_id);
    std::vector<std::string> names;
    for (const auto& a : attendances) names.push_back(a.person_name);
    CHECK(names == std::vector<std::string>{"Nguyễn Thị Thu Hà", "Trần Văn Bình", "Lê Thị Cúc"});
}

TEST_CASE("The Reviews page ranks a programme year and exports every reviewer's scores to XLSX", "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto programmes = checker.Programmes().List();
    REQUIRE_FALSE(programmes.empty());
    // The demo year with the most reviews, so that the ranking has scored applications.
    auto reviews = checker.Reviews();
    int year = 0;
    std::size_t scored = 0;
    for (int candidate = 2026; candidate <= 2027; ++candidate) {
        std::size_t count = 0;
        for (const auto& entry : reviews.Ranking(programmes[0].id, candidate)) count += entry.mean ? 1 : 0;
        if (count > scored) {
            scored = count;
            year = candidate;
        }
    }
    REQUIRE(scored >= 2);
    const auto ranking = reviews.Ranking(programmes[0].id, year);

    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "reviews");
    auto* page = frame.FindPage<gui::ReviewsPage>();
    REQUIRE(page != nullptr);
    SetSpin(*page, "reviews_year", year);
    auto& list = Find<wxDataViewListCtrl>(*page, "reviews_list");
    REQUIRE(list.GetItemCount() == static_cast<int>(ranking.size()));
    // In rank order, the best first, as the service ranks them.
    CHECK(list.GetTextValue(0, 1) ==
          wxString::Format("%lld", static_cast<long long>(ranking[0].application.id)));
    CHECK(list.GetTextValue(0, 0) == "1");

    const auto workbook = fixture.DatabaseFile().parent_path() / "hoi-dong.xlsx";
    const AnswerFiles answer("export_scores_file", workbook);
    Click(*page, "export_scores");
    fixture.Modals().Verify();
    REQUIRE(std::filesystem::exists(workbook));
    const auto table = interchange::ReadXlsx(workbook);
    // The first sheet is the ranking: a header and one row per application.
    REQUIRE(table.rows.size() == ranking.size());
    CHECK(table.header.at(0) == "Rank");
}
