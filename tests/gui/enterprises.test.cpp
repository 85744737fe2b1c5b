// The Enterprises page: the enterprise form's tax-code check, and search as you type.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/enterprises_page.h"

#include "domain/enterprise_service.h"
#include "domain/errors.h"
#include "domain/tax_code.h"

#include <wx/button.h>

#include <set>

using namespace innodesk;
using namespace innodesk::gui::testing;

TEST_CASE("A new enterprise's wrong tax code is explained and blocks Save until corrected", "[gui]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    const unsigned before = page->Model().GetCount();
    REQUIRE(before > 0);

    const std::string good = UnusedTaxCode(fixture.Checker());
    const int check_digit = good.back() - '0';
    const int typo_digit = (check_digit + 1) % 10;
    const std::string typo = good.substr(0, 9) + std::to_string(typo_digit);
    const wxString name = wxString::FromUTF8("Công ty TNHH Kiểm thử Giao diện Nha Trang");
    const wxString province = wxString::FromUTF8("Khánh Hoà");

    fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
        auto* save = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_SAVE));
        REQUIRE(save != nullptr);
        CHECK_FALSE(save->IsEnabled());  // empty form

        Type(dialog, "tax_code", typo);
        Type(dialog, "name", name);
        Type(dialog, "province", province);
        CHECK(UnwrappedLabel(dialog, "tax_code_status").utf8_string() ==
              "Tax code '" + typo + "' is not valid: check digit (the 10th) should be " +
                  std::to_string(check_digit) + ", not " + std::to_string(typo_digit) +
                  ". Check the digits typed.");
        CHECK_FALSE(save->IsEnabled());  // only the tax code is wrong now

        Type(dialog, "tax_code", good);
        CHECK(UnwrappedLabel(dialog, "tax_code_status") == "Valid tax code.");
        CHECK(save->IsEnabled());
        Click(*save);
    });
    Click(*page, "new_enterprise");
    fixture.Modals().Verify();

    auto& checker = fixture.Checker();
    const auto saved = domain::EnterpriseService(*checker.store, checker.text).GetByTaxCode(good);
    CHECK(saved.tax_code.Value() == good);
    CHECK(saved.name == name.utf8_string());
    CHECK(saved.province == province.utf8_string());
    CHECK(page->Model().GetCount() == before + 1);  // the page reloaded after Save
}

TEST_CASE("Searching 'khanh hoa' finds Khánh Hoà and Khánh Hòa alike, after the typing pause", "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    domain::EnterpriseService enterprises(*checker.store, checker.text);

    // The demo data writes the new tone placement (Khánh Hòa); registries still export the old.
    auto& officer = fixture.SignIn("canbo.an");
    domain::Enterprise old_spelling;
    old_spelling.tax_code = domain::TaxCode::Parse(UnusedTaxCode(checker));
    old_spelling.name = "Hợp tác xã Yến sào Ninh Hoà";
    old_spelling.province = "Khánh Hoà";
    old_spelling =
        domain::EnterpriseService(*officer.store, officer.text).Register(old_spelling, officer.actor);

    // Every enterprise of the province, by either spelling, as the database has it.
    std::set<std::string> in_province;
    std::set<std::string> spellings;
    const auto everyone = enterprises.Search("", 100'000);
    for (const auto& e : everyone)
        if (checker.text.SearchFold(e.province) == "khanh hoa") {
            in_province.insert(e.tax_code.Value());
            spellings.insert(e.province);
        }
    REQUIRE(spellings == std::set<std::string>{"Khánh Hoà", "Khánh Hòa"});
    REQUIRE(in_province.size() < everyone.size());

    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    auto& model = page->Model();
    REQUIRE(model.GetCount() == everyone.size());

    Type(*page, "enterprise_search", "khanh hoa");
    // Nothing is searched while typing goes on: the query waits for a 150 ms pause.
    CHECK(model.GetCount() == everyone.size());
    REQUIRE(WaitUntil([&] { return model.GetCount() != everyone.size(); }, std::chrono::seconds(3)));
    fixture.Modals().Verify();

    std::set<std::string> shown_codes;
    std::set<std::string> shown_provinces;
    for (unsigned row = 0; row < model.GetCount(); ++row) {
        wxVariant code;
        wxVariant province;
        model.GetValueByRow(code, row, gui::EnterpriseListModel::kTaxCode);
        model.GetValueByRow(province, row, gui::EnterpriseListModel::kProvince);
        shown_codes.insert(code.GetString().utf8_string());
        shown_provinces.insert(province.GetString().utf8_string());
    }
    CHECK(shown_codes.count(old_spelling.tax_code.Value()) == 1);
    for (const auto& code : in_province) {
        INFO("enterprise " << code << " of Khánh Hoà/Khánh Hòa is not in the list");
        CHECK(shown_codes.count(code) == 1);
    }
    CHECK(shown_provinces.count("Khánh Hoà") == 1);
    CHECK(shown_provinces.count("Khánh Hòa") == 1);
    CHECK(model.GetCount() < everyone.size());
    // What the list control shows is the model's rows.
    CHECK(page->List()->GetModel() == &model);
}
