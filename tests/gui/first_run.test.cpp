// The first-run dialog asks for the department's province, a choice of the 34, before it creates
// an empty database.
#include "gui_driver.h"

#include "app/common_passwords.h"
#include "domain/province.h"
#include "gui/first_run_dialog.h"
#include "text/icu_text_rules.h"

#include <wx/choice.h>
#include <wx/radiobut.h>

#include <string>
#include <vector>

using namespace innodesk;
using namespace innodesk::gui::testing;

TEST_CASE("The first-run dialog offers the 34 provinces and creates an empty database only with one",
          "[gui]") {
    const text::IcuTextRules text;
    std::vector<std::string> provinces;
    const domain::ProvinceDirectory directory(text);
    for (const auto& unit : directory.Units()) provinces.push_back(unit.name);

    ModalScript modals;
    modals.AllowErrorBoxes(true);
    const auto common = app::LoadCommonPasswords(text);
    gui::FirstRunDialog dialog(nullptr, "/tmp/new.db", provinces, text, common);
    modals.Expect("first_run_dialog", [&](wxDialog& shown) {
        auto& choice = Find<wxChoice>(shown, "department_province");
        CHECK(choice.GetCount() == 34);
        CHECK_FALSE(choice.IsEnabled());  // demo data is selected: the demo department is Khánh Hòa's
        auto& empty = Find<wxRadioButton>(shown, "empty");
        empty.SetValue(true);
        wxCommandEvent chosen(wxEVT_RADIOBUTTON, empty.GetId());
        chosen.SetEventObject(&empty);
        empty.ProcessWindowEvent(chosen);
        REQUIRE(choice.IsEnabled());

        Type(shown, "admin_name", "quantri");
        Type(shown, "admin_display_name", "Phạm Quốc Huy");
        Type(shown, "admin_password", "a long passphrase here");
        Type(shown, "admin_password_again", "a long passphrase here");
        auto* create = shown.FindWindow(wxID_OK);
        REQUIRE(create != nullptr);
        Click(*create);  // no province chosen: refused, and the dialog stays open
        REQUIRE(modals.MessageBoxes().size() == 1);
        const std::string refusal = modals.MessageBoxes().back().message.utf8_string();
        CHECK((refusal.find("Choose the department's province") != std::string::npos ||
               refusal.find("Chọn tỉnh của Sở") != std::string::npos));

        const int khanh_hoa = choice.FindString(wxString::FromUTF8("Khánh Hòa"));
        REQUIRE(khanh_hoa != wxNOT_FOUND);
        choice.SetSelection(khanh_hoa);
        // The password rules are checked here too, before anything is created.
        Type(shown, "admin_password", "quantri-2026-Sở");
        Type(shown, "admin_password_again", "quantri-2026-Sở");
        Click(*create);
        REQUIRE(modals.MessageBoxes().size() == 2);
        const std::string weak = modals.MessageBoxes().back().message.utf8_string();
        CHECK((weak.find("sign-in name") != std::string::npos ||
               weak.find("tên đăng nhập") != std::string::npos));
        Type(shown, "admin_password", "a long passphrase here");
        Type(shown, "admin_password_again", "a long passphrase here");
        Click(*create);
    });
    CHECK(dialog.ShowModal() == wxID_OK);
    modals.Verify();
    CHECK(dialog.Province() == "Khánh Hòa");
    CHECK_FALSE(dialog.WantsDemo());
}
