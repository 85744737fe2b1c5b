// Editing an enterprise from its list (double-click, Enter, the Edit button, the right-click menu),
// the reload-or-overwrite question after someone else saved it, the form's checks as typed (phone,
// e-mail, VSIC, lengths in characters), and what every form does on Cancel, Escape and the close
// box when its input changed.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/enterprises_page.h"
#include "gui/table_page.h"
#include "gui/training_page.h"
#include "gui/wx_text.h"

#include "domain/enterprise_fields.h"
#include "domain/enterprise_service.h"
#include "domain/tax_code.h"

#include <wx/button.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <functional>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

// Selects the list's row as a click would (the page hears of the new selection).
domain::Enterprise SelectEnterprise(gui::EnterprisesPage& page, unsigned row) {
    auto& model = page.Model();
    REQUIRE(row < model.GetCount());
    const wxDataViewItem item = model.GetItem(row);
    page.List()->UnselectAll();
    page.List()->Select(item);
    wxDataViewEvent selected(wxEVT_DATAVIEW_SELECTION_CHANGED, page.List(), item);
    page.List()->HandleWindowEvent(selected);
    return *model.At(row);
}

// A double-click or Enter on the selected row: GTK reports both as the row's activation.
void ActivateSelected(gui::EnterprisesPage& page) {
    wxDataViewEvent activated(wxEVT_DATAVIEW_ITEM_ACTIVATED, page.List(), page.List()->GetSelection());
    page.List()->HandleWindowEvent(activated);
}

// The menu item labelled `label`, or null.
wxMenuItem* ItemLabelled(wxMenu& menu, const wxString& label) {
    for (wxMenuItem* item : menu.GetMenuItems())
        if (item->GetItemLabelText() == wxMenuItem::GetLabelText(label)) return item;
    return nullptr;
}

void PressEscape(wxWindow& window) {
    wxKeyEvent escape(wxEVT_CHAR_HOOK);
    escape.m_keyCode = WXK_ESCAPE;
    escape.SetEventObject(&window);
    window.HandleWindowEvent(escape);
}

wxString Repeated(const char* utf8, int times) {
    wxString text;
    for (int i = 0; i < times; ++i) text += wxString::FromUTF8(utf8);
    return text;
}

}  // namespace

TEST_CASE(
    "An enterprise opens for editing from a double-click, Enter, the Edit button and the right-click menu",
    "[gui][editing]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    auto& edit = Find<wxButton>(*page, "edit_enterprise");
    CHECK_FALSE(edit.IsEnabled());  // nothing selected yet
    const auto enterprise = SelectEnterprise(*page, 2);
    CHECK(edit.IsEnabled());
    auto enterprises = fixture.Checker().Enterprises();

    // Double-click (and Enter, the same activation): the form shows the record; the address saved.
    const wxString address = wxString::FromUTF8("số 12 Lê Thánh Tôn, phường Nha Trang");
    fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
        CHECK(dialog.GetTitle() == "Edit enterprise");
        CHECK(Find<wxTextCtrl>(dialog, "tax_code").GetValue() == U(enterprise.tax_code.Value()));
        CHECK_FALSE(Find<wxTextCtrl>(dialog, "tax_code").IsEditable());
        CHECK(Find<wxTextCtrl>(dialog, "name").GetValue() == U(enterprise.name));
        Type(dialog, "address", address);
        Click(dialog, "save");
    });
    ActivateSelected(*page);
    fixture.Modals().Verify();
    CHECK(enterprises.Get(enterprise.id).address == address.utf8_string());
    CHECK(enterprises.Get(enterprise.id).version == enterprise.version + 1);

    // The right-click menu lists the page's actions, enabled as their buttons are, and runs them.
    auto menu = page->ContextMenu();
    REQUIRE(menu->GetMenuItemCount() == 2);
    wxMenuItem* edit_item = ItemLabelled(*menu, "Edit…");
    REQUIRE(edit_item != nullptr);
    CHECK(edit_item->IsEnabled());
    REQUIRE(ItemLabelled(*menu, "New enterprise…") != nullptr);
    fixture.Modals().ClearMessageBoxes();
    fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
        CHECK(Find<wxTextCtrl>(dialog, "address").GetValue() == address);
        Click(*dialog.FindWindow(wxID_CANCEL));  // nothing changed: closes without a question
    });
    menu->SendEvent(edit_item->GetId());
    fixture.Modals().Verify();
    CHECK(fixture.Modals().MessageBoxes().empty());

    // The Edit button.
    fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
        Type(dialog, "phone", "0258 3822 123");
        Click(dialog, "save");
    });
    Click(edit);
    fixture.Modals().Verify();
    CHECK(enterprises.Get(enterprise.id).phone == "0258 3822 123");

    // A reader's menu offers the same actions, disabled as the buttons are, saying why.
    auto& viewer_frame = fixture.OpenWindow("xem.giang");
    ShowPage(viewer_frame, "enterprises");
    auto* viewer_page = viewer_frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(viewer_page != nullptr);
    SelectEnterprise(*viewer_page, 0);
    auto viewer_menu = viewer_page->ContextMenu();
    for (wxMenuItem* item : viewer_menu->GetMenuItems()) {
        CHECK_FALSE(item->IsEnabled());
        CHECK(item->GetHelp() == "Only officers add and edit enterprises; your role reads them.");
    }
    ActivateSelected(*viewer_page);  // opens nothing for a reader
    fixture.Modals().Verify();
}

TEST_CASE("A stale enterprise edit says who changed it and when, and reloads or overwrites as chosen",
          "[gui][editing]") {
    GuiFixture fixture;
    auto& colleague = fixture.SignIn("canbo.an");  // the same officer at another workstation
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    const auto enterprise = SelectEnterprise(*page, 1);
    auto theirs = colleague.Enterprises();
    const auto change_behind = [&](const std::string& address) {
        auto stored = theirs.Get(enterprise.id);
        stored.address = address;
        theirs.Update(stored, colleague.Actor());
    };

    fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
        // Reload: the form shows the stored record and stays open.
        change_behind("số 1 Trần Phú");
        Type(dialog, "phone", "0258 1111 222");
        fixture.Modals().Expect("conflict_dialog", [&](wxDialog& conflict) {
            const wxString message = UnwrappedLabel(conflict, "conflict_message");
            INFO(message.utf8_string());
            CHECK(message.StartsWith(
                U("Enterprise " + enterprise.tax_code.Value() + " was changed by canbo.an at ")));
            CHECK(message.Contains("Your change was not saved."));
            Click(conflict, "reload");
        });
        Click(dialog, "save");
        REQUIRE(dialog.IsModal());
        CHECK(Find<wxTextCtrl>(dialog, "address").GetValue() == wxString::FromUTF8("số 1 Trần Phú"));
        CHECK(Find<wxTextCtrl>(dialog, "phone").GetValue() == U(enterprise.phone));

        // Cancel: back to the form as typed; nothing saved.
        Type(dialog, "phone", "0258 3333 444");
        change_behind("số 2 Trần Phú");
        fixture.Modals().Expect("conflict_dialog", [&](wxDialog& conflict) { Click(conflict, "cancel"); });
        Click(dialog, "save");
        REQUIRE(dialog.IsModal());
        CHECK(Find<wxTextCtrl>(dialog, "phone").GetValue() == "0258 3333 444");
        CHECK(Find<wxTextCtrl>(dialog, "address").GetValue() == wxString::FromUTF8("số 1 Trần Phú"));

        // Overwrite: the form is saved over the version stored now.
        fixture.Modals().Expect("conflict_dialog", [&](wxDialog& conflict) { Click(conflict, "overwrite"); });
        Click(dialog, "save");
    });
    Click(*page, "edit_enterprise");
    fixture.Modals().Verify();
    const auto stored = fixture.Checker().Enterprises().Get(enterprise.id);
    CHECK(stored.phone == "0258 3333 444");
    CHECK(stored.address == "số 1 Trần Phú");  // the form's, over "số 2 Trần Phú"
}

TEST_CASE("The enterprise form checks phone, e-mail and VSIC as typed, and limits lengths in characters",
          "[gui][editing]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    const std::string tax_code = UnusedTaxCode(fixture.Checker());
    // 400 letters of three bytes each: 1 200 bytes, within the limit of 400 characters.
    const wxString longest = Repeated("Ệ", static_cast<int>(domain::kEnterpriseNameMaxCharacters));

    fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
        auto& save = Find<wxButton>(dialog, "save");
        auto& email = Find<wxTextCtrl>(dialog, "email");
        Type(dialog, "tax_code", U(tax_code));
        Type(dialog, "name", wxString::FromUTF8("Công ty TNHH Kiểm thử Điện thoại"));
        Type(dialog, "province", wxString::FromUTF8("Khánh Hòa"));
        REQUIRE(save.IsEnabled());
        const wxPoint email_at = email.GetPosition();

        // The phone "abc": its problem under the field before Save, and Save disabled.
        Type(dialog, "phone", "abc");
        CHECK(UnwrappedLabel(dialog, "phone_status") ==
              "Phone number 'abc' may hold only digits, spaces and + - ( ) . — for example 0258 3822 123.");
        CHECK_FALSE(save.IsEnabled());
        CHECK(email.GetPosition() == email_at);  // the message took its reserved room, moving nothing
        Pump(std::chrono::milliseconds(300));    // painted before the picture is taken
        CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-enterprise-phone-abc.png"));
        Type(dialog, "phone", "0258 382");
        CHECK(UnwrappedLabel(dialog, "phone_status") ==
              "Phone number '0258 382' has only 7 digits; it needs at least 8.");
        Type(dialog, "phone", "+84 (258) 382.2123");
        CHECK(UnwrappedLabel(dialog, "phone_status").empty());
        CHECK(save.IsEnabled());

        Type(dialog, "email", "vanthu.congty.vn");
        CHECK(UnwrappedLabel(dialog, "email_status") == "E-mail 'vanthu.congty.vn' has no @.");
        CHECK_FALSE(save.IsEnabled());
        Type(dialog, "email", "vanthu@congty");
        CHECK(UnwrappedLabel(dialog, "email_status").Contains("is not of the form name@domain"));
        Type(dialog, "email", "vanthu@congty.vn");
        CHECK(UnwrappedLabel(dialog, "email_status").empty());

        Type(dialog, "vsic", "10a");
        CHECK(UnwrappedLabel(dialog, "vsic_status").StartsWith("VSIC code '10A' is not valid"));
        CHECK_FALSE(save.IsEnabled());
        Type(dialog, "vsic", "1075");
        CHECK(UnwrappedLabel(dialog, "vsic_status").empty());
        CHECK(email.GetPosition() == email_at);

        // The name field holds 400 characters of Vietnamese (1 200 bytes), and not one more: a key
        // typed beyond them is refused, saying why.
        Type(dialog, "name", longest);
        CHECK(Find<wxTextCtrl>(dialog, "name").GetValue() == longest);
        CHECK(UnwrappedLabel(dialog, "name_status").empty());
        TypeAtCaret(dialog, "name", "A");
        CHECK(Find<wxTextCtrl>(dialog, "name").GetValue() == longest);
        CHECK(UnwrappedLabel(dialog, "name_status") == "The name holds at most 400 characters.");
        REQUIRE(save.IsEnabled());
        Click(save);
    });
    Click(*page, "new_enterprise");
    fixture.Modals().Verify();
    const auto saved = fixture.Checker().Enterprises().GetByTaxCode(tax_code);
    CHECK(saved.name == longest.utf8_string());
    CHECK(saved.name.size() == 3 * domain::kEnterpriseNameMaxCharacters);
    CHECK(saved.phone == "+84 (258) 382.2123");
    CHECK(saved.email == "vanthu@congty.vn");
    CHECK(saved.vsic == "1075");
}

TEST_CASE(
    "A form with unsaved input asks before Cancel, Escape or the close box drop it, and an unchanged one "
    "closes at once",
    "[gui][editing]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    const auto question = [&] {
        const auto& boxes = fixture.Modals().MessageBoxes();
        return boxes.size() == 1 && boxes.front().message == "Discard the unsaved changes?";
    };

    struct Way {
        const char* name;
        std::function<void(wxDialog&)> close;
    };
    const std::vector<Way> ways{
        {"Cancel", [](wxDialog& dialog) { Click(*dialog.FindWindow(wxID_CANCEL)); }},
        {"Escape", [](wxDialog& dialog) { PressEscape(Find<wxTextCtrl>(dialog, "name")); }},
        {"the close box", [](wxDialog& dialog) { dialog.Close(); }},
    };
    for (const auto& way : ways) {
        INFO("closed by " << way.name);
        // Unchanged: closes without a question.
        fixture.Modals().ClearMessageBoxes();
        fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
            way.close(dialog);
            CHECK_FALSE(dialog.IsModal());
        });
        Click(*page, "new_enterprise");
        fixture.Modals().Verify();
        CHECK(fixture.Modals().MessageBoxes().empty());
        // Changed: asks (the test's answer is Yes), then closes.
        fixture.Modals().Expect("enterprise_dialog", [&](wxDialog& dialog) {
            Type(dialog, "name", wxString::FromUTF8("Công ty chưa lưu"));
            way.close(dialog);
            CHECK(question());
            CHECK_FALSE(dialog.IsModal());
        });
        Click(*page, "new_enterprise");
        fixture.Modals().Verify();
    }
}

TEST_CASE("Every table page's right-click menu lists the page's actions, enabled as their buttons are",
          "[gui][editing]") {
    GuiFixture fixture;
    for (const char* user : {"canbo.an", "xem.giang"}) {
        INFO("signed in as " << user);
        auto& frame = fixture.OpenWindow(user);
        std::vector<gui::TablePage*> pages;
        std::function<void(wxWindow&)> collect = [&](wxWindow& window) {
            for (wxWindow* child : window.GetChildren()) {
                if (auto* page = dynamic_cast<gui::TablePage*>(child)) pages.push_back(page);
                collect(*child);
            }
        };
        collect(frame);
        REQUIRE(pages.size() >= 8);
        int enabled_items = 0;
        for (gui::TablePage* page : pages) {
            INFO("page " << page->GetName().utf8_string());
            ShowPage(frame, page->GetName());
            // The buttons on the page: each item is one of them.
            std::vector<wxButton*> buttons;
            std::function<void(wxWindow&)> find_buttons = [&](wxWindow& window) {
                for (wxWindow* child : window.GetChildren()) {
                    if (auto* button = dynamic_cast<wxButton*>(child); button && button->IsShown())
                        buttons.push_back(button);
                    if (!child->IsTopLevel()) find_buttons(*child);
                }
            };
            find_buttons(*page);
            const auto menu = page->ContextMenu();
            REQUIRE(menu->GetMenuItemCount() > 0);  // every table page has actions
            for (const wxMenuItem* item : menu->GetMenuItems()) {
                INFO("menu item " << item->GetItemLabelText().utf8_string());
                const auto button = std::find_if(buttons.begin(), buttons.end(), [&](const wxButton* b) {
                    return wxMenuItem::GetLabelText(b->GetLabel()) == item->GetItemLabelText();
                });
                REQUIRE(button != buttons.end());
                CHECK(item->IsEnabled() == (*button)->IsEnabled());
                if (item->IsEnabled()) ++enabled_items;
            }
        }
        if (std::string(user) == "canbo.an") CHECK(enabled_items > 0);
    }
    fixture.Modals().Verify();
}
