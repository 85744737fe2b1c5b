// The Enterprises page: the enterprise form's tax-code check, search as you type, and the
// commune and sector filters.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/enterprises_page.h"

#include "domain/enterprise_service.h"
#include "domain/errors.h"
#include "domain/tax_code.h"
#include "domain/vsic_section.h"

#include <wx/button.h>

#include <algorithm>
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
    const auto saved = checker.Enterprises().GetByTaxCode(good);
    CHECK(saved.tax_code.Value() == good);
    CHECK(saved.name == name.utf8_string());
    CHECK(saved.province == "Khánh Hòa");  // typed in the other tone placement, stored by the unit's name
    // The page shows the enterprise just added, selected: found by its tax code, as the list of
    // every enterprise is read a page at a time.
    CHECK(page->SearchField()->GetValue() == wxString(good));
    REQUIRE(page->Model().GetCount() == 1);
    const wxDataViewItem selected = page->List()->GetSelection();
    REQUIRE(selected.IsOk());
    CHECK(page->Model().At(page->Model().GetRow(selected))->id == saved.id);
    page->SearchField()->ChangeValue(wxEmptyString);
    page->Reload();
    CHECK(page->Model().GetCount() == before + 1);
}

TEST_CASE("Searching 'khanh hoa' finds an enterprise registered as Khánh Hoà, after the typing pause",
          "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    auto enterprises = checker.Enterprises();

    // Registries still export the old tone placement (Khánh Hoà); it is stored as Khánh Hòa.
    auto& officer = fixture.SignIn("canbo.an");
    domain::Enterprise old_spelling;
    old_spelling.tax_code = domain::TaxCode::Parse(UnusedTaxCode(checker));
    old_spelling.name = "Hợp tác xã Yến sào Ninh Hoà";
    old_spelling.province = "Khánh Hoà";
    old_spelling = officer.Enterprises().Register(old_spelling, officer.Actor());

    // Every enterprise of the province, by either spelling, as the database has it.
    std::set<std::string> in_province;
    std::set<std::string> spellings;
    const auto everyone = enterprises.Search("", 100'000);
    for (const auto& e : everyone)
        if (checker.Text().SearchFold(e.province) == "khanh hoa") {
            in_province.insert(e.tax_code.Value());
            spellings.insert(e.province);
        }
    REQUIRE(spellings == std::set<std::string>{"Khánh Hòa"});
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
    CHECK(shown_provinces.count("Khánh Hoà") == 0);
    CHECK(shown_provinces.count("Khánh Hòa") == 1);
    CHECK(model.GetCount() < everyone.size());
    // What the list control shows is the model's rows.
    CHECK(page->List()->GetModel() == &model);
}

TEST_CASE("The commune and sector filters narrow the list, its count and a search together", "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    auto enterprises = checker.Enterprises();
    const auto communes = enterprises.Communes();
    REQUIRE(communes.size() > 1);
    // The commune with the most enterprises, so that every filter below leaves several.
    const auto busiest =
        *std::max_element(communes.begin(), communes.end(),
                          [](const auto& a, const auto& b) { return a.enterprises < b.enterprises; });

    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    auto& model = page->Model();
    const auto everyone = static_cast<unsigned>(enterprises.Count());
    REQUIRE(model.GetCount() == everyone);

    // Each commune is offered once, with its count, after "All communes".
    auto& commune_choice = *page->CommuneFilter();
    REQUIRE(commune_choice.GetCount() == communes.size() + 1);
    wxString busiest_item;
    for (const auto& item : commune_choice.GetStrings())
        if (item.StartsWith(wxString::FromUTF8(busiest.commune + " ("))) busiest_item = item;
    REQUIRE_FALSE(busiest_item.empty());
    Choose(*page, "enterprise_commune", busiest_item);
    CHECK(model.GetCount() == static_cast<unsigned>(busiest.enterprises));
    for (unsigned row = 0; row < model.GetCount(); row += 7) {
        wxVariant commune;
        model.GetValueByRow(commune, row, gui::EnterpriseListModel::kCommune);
        CHECK(commune.GetString().utf8_string() == busiest.commune);
    }

    // Manufacturing (section C) within that commune: every row's VSIC code is in divisions 10–33.
    Choose(*page, "enterprise_sector", wxString::FromUTF8("C — Manufacturing"));
    const domain::EnterpriseFilter both{busiest.commune, 'C'};
    const auto expected = static_cast<unsigned>(enterprises.Count(both));
    REQUIRE(expected > 0);
    REQUIRE(model.GetCount() == expected);
    for (unsigned row = 0; row < model.GetCount(); ++row) {
        wxVariant code;
        model.GetValueByRow(code, row, gui::EnterpriseListModel::kTaxCode);
        const auto e = enterprises.GetByTaxCode(code.GetString().utf8_string());
        INFO(e.name << " " << e.vsic);
        CHECK(domain::VsicSectionOf(e.vsic) == 'C');
        CHECK(e.commune == busiest.commune);
    }

    // A search within the filters (the first row's tax code: it and its branches there); F5
    // keeps both filters as they were.
    REQUIRE(expected > 1);
    wxVariant first_code;
    model.GetValueByRow(first_code, 0, gui::EnterpriseListModel::kTaxCode);
    const std::string query = first_code.GetString().utf8_string().substr(0, 10);
    const auto searched = enterprises.Search(query, both, gui::EnterpriseListModel::kMaxMatches);
    REQUIRE_FALSE(searched.empty());
    REQUIRE(searched.size() < expected);
    Type(*page, "enterprise_search", wxString::FromUTF8(query));
    REQUIRE(WaitUntil([&] { return model.GetCount() == searched.size(); }, std::chrono::seconds(3)));
    page->Reload();
    CHECK(model.GetCount() == searched.size());
    CHECK(commune_choice.GetStringSelection() == busiest_item);

    // Back to every sector and commune: the whole search.
    Choose(*page, "enterprise_sector", "All sectors");
    Choose(*page, "enterprise_commune", "All communes");
    CHECK(
        model.GetCount() ==
        enterprises.Search(query, domain::EnterpriseFilter{}, gui::EnterpriseListModel::kMaxMatches).size());
    CHECK(model.GetCount() >= searched.size());
    fixture.Modals().Verify();
}
