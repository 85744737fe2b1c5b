// Table pages: clicking a column sorts by what the cells mean (Vietnamese alphabetical order,
// amounts by value), the export writes the rows shown in the order shown, as XLSX or CSV, and
// the filters narrow what is shown.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/applications_page.h"
#include "gui/file_choice.h"
#include "gui/vouchers_page.h"
#include "gui/wx_text.h"

#include "domain/application_service.h"

#include "domain/money.h"
#include "interchange/csv_reader.h"
#include "interchange/xlsx_reader.h"

#include <wx/dataview.h>

#include <algorithm>
#include <fstream>
#include <iterator>

using namespace innodesk;
using namespace innodesk::gui::testing;

namespace {

// The column whose header reads `title`.
wxDataViewColumn& Column(wxDataViewListCtrl& list, const wxString& title) {
    for (unsigned i = 0; i < list.GetColumnCount(); ++i)
        if (list.GetColumn(i)->GetTitle() == title) return *list.GetColumn(i);
    FAIL("no column " << title.utf8_string());
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("Sorting by enterprise follows Vietnamese order and the export keeps the order shown", "[gui]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(page != nullptr);
    auto& list = Find<wxDataViewListCtrl>(*page, "applications_list");
    REQUIRE(list.GetItemCount() > 20);

    auto& enterprise = Column(list, "Enterprise");
    enterprise.SetSortOrder(true);
    const auto csv = fixture.DatabaseFile().parent_path() / "applications.csv";
    {
        const AnswerFiles answer("export_file", csv);
        Menu(frame, "Edit", "Export the list…");
    }
    fixture.Modals().Verify();
    const auto table = interchange::ParseCsv([&] {
        std::ifstream in(csv, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }());
    REQUIRE(table.rows.size() == static_cast<std::size_t>(list.GetItemCount()));
    const auto& text = fixture.Checker().Text();
    std::vector<std::string> keys;
    for (const auto& row : table.rows) keys.push_back(text.SortKey(row.cells.at(1)));
    CHECK(std::is_sorted(keys.begin(), keys.end()));
    // Đ after D and before E, as in a Vietnamese dictionary, not after Z as in Unicode order.
    std::size_t last_d = 0, first_dd = table.rows.size(), first_e = table.rows.size();
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& name = table.rows[i].cells.at(1);
        if (name.rfind("D", 0) == 0) last_d = i;
        if (name.rfind("Đ", 0) == 0) first_dd = std::min(first_dd, i);
        if (name.rfind("E", 0) == 0) first_e = std::min(first_e, i);
    }
    if (first_dd < table.rows.size()) {
        CHECK(last_d < first_dd);
        if (first_e < table.rows.size()) CHECK(first_dd < first_e);
    }
}

TEST_CASE("Sorting by amount orders by value, and the XLSX export holds the amounts as numbers", "[gui]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(page != nullptr);
    auto& list = Find<wxDataViewListCtrl>(*page, "applications_list");
    Column(list, "Requested").SetSortOrder(false);  // largest first
    const auto xlsx = fixture.DatabaseFile().parent_path() / "applications.xlsx";
    {
        const AnswerFiles answer("export_file", xlsx);
        Menu(frame, "Edit", "Export the list…");
    }
    fixture.Modals().Verify();
    const auto table = interchange::ReadXlsx(xlsx);
    REQUIRE(table.rows.size() == static_cast<std::size_t>(list.GetItemCount()));
    CHECK(table.header.at(5) == "Requested");
    std::vector<std::int64_t> amounts;
    for (const auto& row : table.rows)
        amounts.push_back(std::stoll(row.cells.at(5)));  // a number, not "1.234 ₫"
    CHECK(std::is_sorted(amounts.rbegin(), amounts.rend()));
    CHECK(amounts.front() > amounts.back());
}

TEST_CASE("Sorting by a date orders by the calendar, not by the dd/mm/yyyy text, and the export holds dates",
          "[gui]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "vouchers");
    auto* page = frame.FindPage<gui::VouchersPage>();
    REQUIRE(page != nullptr);
    auto& list = Find<wxDataViewListCtrl>(*page, "vouchers_list");
    REQUIRE(list.GetItemCount() > 20);
    Column(list, "Valid until").SetSortOrder(true);  // soonest first
    const auto xlsx = fixture.DatabaseFile().parent_path() / "vouchers.xlsx";
    {
        const AnswerFiles answer("export_file", xlsx);
        Menu(frame, "Edit", "Export the list…");
    }
    fixture.Modals().Verify();
    const auto table = interchange::ReadXlsx(xlsx);
    REQUIRE(table.rows.size() == static_cast<std::size_t>(list.GetItemCount()));
    CHECK(table.header.at(7) == "Valid until");
    std::vector<std::string> iso, shown;
    for (const auto& row : table.rows) {
        const std::string& date = row.cells.at(7);  // a date cell, read back as yyyy-mm-dd
        REQUIRE(date.size() == 10);
        iso.push_back(date);
        shown.push_back(date.substr(8, 2) + "/" + date.substr(5, 2) + "/" + date.substr(0, 4));
    }
    CHECK(std::is_sorted(iso.begin(), iso.end()));
    CHECK(iso.front() < iso.back());
    // Ordered by their text, the days would come first: 01/12/2026 before 15/06/2026.
    CHECK_FALSE(std::is_sorted(shown.begin(), shown.end()));
}

TEST_CASE("The support-content filter keeps only that content's applications, with the year and state",
          "[gui]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(page != nullptr);
    auto& list = Find<wxDataViewListCtrl>(*page, "applications_list");
    const int all = list.GetItemCount();

    auto& checker = fixture.Checker();
    auto applications = checker.Applications();
    domain::ApplicationFilter filter;
    filter.limit = 20'000;
    filter.content = domain::SupportContent::Consulting;
    const auto consulting = applications.List(filter);
    REQUIRE_FALSE(consulting.empty());
    REQUIRE(static_cast<int>(consulting.size()) < all);

    Choose(*page, "applications_content", "Consultants for transfer, standards and IP");
    REQUIRE(list.GetItemCount() == static_cast<int>(consulting.size()));
    for (const auto& application : consulting)
        CHECK(Cell(list, application.id, 3) == "Consultants for transfer, standards and IP");

    // With a state as well: both apply.
    filter.state = consulting.front().state;
    Choose(*page, "applications_state", gui::EnumLabel(domain::ApplicationLifecycle().states, *filter.state));
    CHECK(list.GetItemCount() == static_cast<int>(applications.List(filter).size()));
    Choose(*page, "applications_state", "All states");
    Choose(*page, "applications_content", "All support contents");
    CHECK(list.GetItemCount() == all);
    fixture.Modals().Verify();
}
