// The Reports page: the officer's difficulties and proposals go into the report, and it is
// exported as an editable DOCX.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/dashboard_page.h"
#include "gui/reports_page.h"

#include "app/install_paths.h"

#include <wx/textctrl.h>

#include <catch2/catch.hpp>

#include <fstream>

using namespace innodesk;
using namespace innodesk::gui::testing;

TEST_CASE("The Reports page puts the officer's difficulties and proposals in the report and exports DOCX",
          "[gui]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "dashboard");
    auto* dashboard = frame.FindPage<gui::DashboardPage>();
    REQUIRE(dashboard != nullptr);
    {
        const AnswerFiles answer("import_plan_file",
                                 app::PlansDirectory() / "000-khanh-hoa-dmst-dn-2026.yaml");
        Click(*dashboard, "import_plan");
    }
    fixture.Modals().Verify();

    ShowPage(frame, "reports");
    auto* page = frame.FindPage<gui::ReportsPage>();
    REQUIRE(page != nullptr);
    Find<wxTextCtrl>(*page, "report_difficulties").SetValue(wxString::FromUTF8("Kinh phí bố trí chậm."));
    Find<wxTextCtrl>(*page, "report_proposals").SetValue(wxString::FromUTF8("Đề nghị bổ sung kinh phí."));
    const auto target = std::filesystem::temp_directory_path() / "innodesk-gui-report.docx";
    std::filesystem::remove(target);
    {
        const AnswerFiles answer("report_file", target);
        Click(*page, "report_docx");
    }
    fixture.Modals().Verify();
    const auto& shown = page->Shown();
    REQUIRE(shown.has_value());
    std::vector<std::string> after;
    for (const auto& paragraph : shown->after_table) after.push_back(paragraph.text);
    CHECK(std::find(after.begin(), after.end(), "Kinh phí bố trí chậm.") != after.end());
    CHECK(std::find(after.begin(), after.end(), "Đề nghị bổ sung kinh phí.") != after.end());
    CHECK(shown->table.columns.at(2).header == "Sản phẩm/kết quả");
    REQUIRE(std::filesystem::exists(target));
    std::ifstream in(target, std::ios::binary);
    std::string magic(2, '\0');
    in.read(magic.data(), 2);
    CHECK(magic == "PK");  // a zip, as every DOCX is
    std::filesystem::remove(target);
}
