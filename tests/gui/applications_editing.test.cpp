// Correcting a draft or submitted application from the Applications page (double-click, the
// right-click menu), the reload-or-overwrite question when someone changed it meanwhile, the caps
// checked as the amounts are typed, and the page's dialogs in Vietnamese.
#include "application_steps.h"

#include "app/install_paths.h"
#include "domain/decision_service.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

void Activate(wxDataViewListCtrl& list, domain::ApplicationId id) {
    SelectRow(list, id);
    wxDataViewEvent activated(wxEVT_DATAVIEW_ITEM_ACTIVATED, &list, list.RowToItem(RowOf(list, id)));
    list.HandleWindowEvent(activated);
}

// The right-click menu's item for the button `name`, chosen.
void ChooseFromMenu(gui::ApplicationsPage& page, const char* name) {
    const auto menu = page.ContextMenu();
    const int id = Find<wxButton>(page, name).GetId();
    auto* item = menu->FindItem(id);
    INFO("menu item of " << name);
    REQUIRE(item != nullptr);
    REQUIRE(item->IsEnabled());
    wxCommandEvent chosen(wxEVT_MENU, id);
    page.HandleWindowEvent(chosen);
}

// Someone else's correction of the title, through a session of their own.
void TitleChangedElsewhere(GuiFixture& fixture, domain::ApplicationId id, const std::string& title) {
    auto& other = fixture.SignIn("canbo.an");
    auto application = other.Applications().Get(id);
    application.title = title;
    other.Applications().Edit(application, other.Actor());
}

}  // namespace

TEST_CASE("A draft is corrected by double-click, a submitted one from the right-click menu", "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto draft = NewDraft(fixture, "Sửa bằng nhấp đúp (kiểm thử giao diện)");
    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);

    const std::string corrected = "Ứng dụng cảm biến độ mặn cho ao tôm (đã sửa)";
    fixture.Modals().Expect("edit_application_dialog", [&](wxDialog& dialog) {
        CHECK(Find<wxTextCtrl>(dialog, "title").GetValue() == U(draft.title));
        CHECK(Find<wxTextCtrl>(dialog, "requested").GetValue() == "100,000,000");
        CHECK(Find<wxTextCtrl>(dialog, "co_funding").GetValue() == "150,000,000");
        Type(dialog, "title", U(corrected));
        CHECK(ShootOver(frame, dialog, "gui-application-edit-en"));
        Click(dialog, "save");
    });
    Activate(*page.List(), draft.id);
    fixture.Modals().Verify();
    CHECK(checker.Applications().Get(draft.id).title == corrected);
    CHECK(StatusMessage(frame) ==
          wxString::Format("Application %lld saved.", static_cast<long long>(draft.id)));

    SelectRow(*page.List(), draft.id);
    Click(page, "submit");
    SelectRow(*page.List(), draft.id);
    fixture.Modals().Expect("edit_application_dialog", [&](wxDialog& dialog) {
        Type(dialog, "requested", "120.000.000");
        Click(dialog, "save");
    });
    ChooseFromMenu(page, "edit_application");
    fixture.Modals().Verify();
    const auto now = checker.Applications().Get(draft.id);
    CHECK(now.requested_amount == domain::Money::Parse("120.000.000"));
    CHECK(now.state == domain::ApplicationState::Submitted);

    // Once under review it is no longer corrected: the menu's item is off, and double-click opens the view.
    Click(page, "start_review");
    const auto menu = page.ContextMenu();
    CHECK_FALSE(menu->FindItem(Find<wxButton>(page, "edit_application").GetId())->IsEnabled());
    fixture.Modals().Expect("application_view_dialog",
                            [&](wxDialog& dialog) { Click(dialog, "close_view"); });
    Activate(*page.List(), draft.id);
    fixture.Modals().Verify();
}

TEST_CASE("A correction that meets someone else's change names them and offers Reload and Overwrite",
          "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto draft = NewDraft(fixture, "Xung đột phiên bản (kiểm thử giao diện)");
    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);
    SelectRow(*page.List(), draft.id);

    const std::string theirs = "Tên do người khác sửa (kiểm thử)";
    const std::string mine = "Tên do tôi sửa (kiểm thử)";
    fixture.Modals().Expect("edit_application_dialog", [&](wxDialog& dialog) {
        // Changed behind the form: Reload brings the stored record into it.
        TitleChangedElsewhere(fixture, draft.id, theirs);
        Type(dialog, "title", U(mine));
        fixture.Modals().Expect("application_conflict_dialog", [&](wxDialog& question) {
            const wxString message = Find<wxStaticText>(question, "conflict_message").GetLabel();
            CHECK(message.Contains(wxString::Format("Application %lld was changed by canbo.an at ",
                                                    static_cast<long long>(draft.id))));
            CHECK(ShootOver(frame, question, "gui-application-conflict-en"));
            Click(question, "reload");
        });
        Click(dialog, "save");
        REQUIRE(dialog.IsModal());
        CHECK(Find<wxTextCtrl>(dialog, "title").GetValue() == U(theirs));
        CHECK(checker.Applications().Get(draft.id).title == theirs);

        // Changed again: Overwrite keeps what was typed.
        TitleChangedElsewhere(fixture, draft.id, theirs + " lần hai");
        Type(dialog, "title", U(mine));
        fixture.Modals().Expect("application_conflict_dialog",
                                [&](wxDialog& question) { Click(question, "overwrite"); });
        Click(dialog, "save");
    });
    Click(page, "edit_application");
    fixture.Modals().Verify();
    CHECK(checker.Applications().Get(draft.id).title == mine);
}

TEST_CASE("The support cap's share is checked as the amounts are typed, in reserved space, before Save",
          "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto enterprise = checker.Enterprises().Search("", 1).at(0);
    const auto programme = checker.Programmes().List().at(0);
    // A support content of the first programme whose cap limits the state's share.
    domain::Application draft;
    draft.enterprise_id = enterprise.id;
    draft.programme_id = programme.id;
    draft.year = checker.Clock().Today().Year();
    draft.title = "x";
    draft.requested_amount = domain::Money::Parse("100.000.000");
    wxString expected;
    for (const auto& content : domain::SupportContents()) {
        draft.content = content.value;
        for (const auto& problem : checker.Applications().AmountProblems(draft)) {
            const auto text = U(problem.Text().In(domain::Language::English));
            if (expected.empty() && text.Contains("% of the total cost")) {
                expected = text;
                break;
            }
        }
        if (!expected.empty()) break;
    }
    REQUIRE_FALSE(expected.empty());
    const wxString content_label =
        U(std::string(domain::EntryOf(domain::SupportContents(), draft.content).en));

    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);
    fixture.Modals().Expect("application_dialog", [&](wxDialog& dialog) {
        auto& save = Find<wxButton>(dialog, "save");
        const wxPoint save_at = save.GetPosition();
        const wxSize size = dialog.GetSize();
        Type(dialog, "enterprise", U(enterprise.tax_code.Value()));
        Choose(dialog, "content", content_label);
        Type(dialog, "title", U("Kiểm tra trần hỗ trợ khi gõ (kiểm thử)"));
        Type(dialog, "co_funding", "0");
        Type(dialog, "requested", "100.000.000");
        CHECK(UnwrappedLabel(dialog, "amount_problems").Contains(expected));
        CHECK(save.GetPosition() == save_at);  // the message's room was kept for it
        CHECK(dialog.GetSize() == size);
        CHECK(ShootOver(frame, dialog, "gui-application-cap-en"));
        // Enough co-funding: the share is within the cap and the message goes.
        Type(dialog, "co_funding", "900.000.000");
        CHECK_FALSE(UnwrappedLabel(dialog, "amount_problems").Contains("% of the total cost"));
        dialog.EndModal(wxID_CANCEL);
    });
    Click(page, "new_application");
    fixture.Modals().Verify();
}

namespace {

// While alive, the windows speak Vietnamese, as the program started in Vietnamese: the language,
// then the compiled catalog. English again at the end.
class InVietnamese {
public:
    InVietnamese() {
        gui::SetCurrentLanguage(domain::Language::Vietnamese);
        auto* translations = new wxTranslations();
        translations->SetLanguage(wxLANGUAGE_VIETNAMESE);
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(U(app::LocaleDirectory().string()));
        wxTranslations::Set(translations);
        REQUIRE(translations->AddCatalog("innodesk"));
    }
    ~InVietnamese() {
        gui::SetCurrentLanguage(domain::Language::English);
        wxTranslations::Set(new wxTranslations());
    }
    InVietnamese(const InVietnamese&) = delete;
    InVietnamese& operator=(const InVietnamese&) = delete;
};

// Opens the dialog of the page's button `button` on `application`, checks its title and keeps a
// picture of it over the window (one dialog per test case: each case has an X server of its own).
void ShootInVietnamese(GuiFixture& fixture, const std::string& user, domain::ApplicationId application,
                       const char* button, const char* dialog_name, const wxString& title,
                       const char* picture) {
    InVietnamese vietnamese;
    auto& frame = fixture.OpenWindow(user);
    auto& page = ApplicationsOf(frame);
    SelectRow(*page.List(), application);
    fixture.Modals().Expect(dialog_name, [&](wxDialog& dialog) {
        CHECK(dialog.GetTitle() == title);
        if (wxWindow::FindWindowByName("co_funding", &dialog))
            Type(dialog, "co_funding", "0");  // the cap's message
        CHECK(ShootOver(frame, dialog, picture));
        dialog.EndModal(wxID_CANCEL);
    });
    Click(page, button);
    fixture.Modals().Verify();
}

wxString Numbered(const char* format, domain::ApplicationId id) {
    return wxString::Format(U(format), static_cast<long long>(id));
}

}  // namespace

TEST_CASE("The contract dialog speaks Vietnamese in a Vietnamese window", "[gui]") {
    GuiFixture fixture;
    const auto approved = DemoApplication(fixture, domain::ApplicationState::Approved);
    ShootInVietnamese(fixture, "canbo.an", approved.id, "contract", "application_contract_dialog",
                      Numbered("Hợp đồng của hồ sơ số %lld", approved.id), "gui-application-contract-vi");
}

TEST_CASE("The payment dialog speaks Vietnamese in a Vietnamese window", "[gui]") {
    GuiFixture fixture;
    const auto contracted = DemoApplication(fixture, domain::ApplicationState::Contracted,
                                            [](const auto& a) { return a.approved_amount.has_value(); });
    ShootInVietnamese(fixture, "canbo.an", contracted.id, "disburse", "application_disburse_dialog",
                      Numbered("Giải ngân cho hồ sơ số %lld", contracted.id), "gui-application-disburse-vi");
}

TEST_CASE("The variation dialog speaks Vietnamese in a Vietnamese window", "[gui]") {
    GuiFixture fixture;
    const auto approved = DemoApplication(fixture, domain::ApplicationState::Approved);
    ShootInVietnamese(fixture, "canbo.an", approved.id, "vary", "application_vary_dialog",
                      Numbered("Dự thảo quyết định điều chỉnh kinh phí hồ sơ số %lld", approved.id),
                      "gui-application-vary-vi");
}

TEST_CASE("The application's view speaks Vietnamese in a Vietnamese window", "[gui]") {
    GuiFixture fixture;
    const auto contracted = DemoApplication(fixture, domain::ApplicationState::Contracted);
    ShootInVietnamese(fixture, "canbo.an", contracted.id, "open_application", "application_view_dialog",
                      Numbered("Hồ sơ số %lld", contracted.id), "gui-application-view-vi");
}

TEST_CASE("The edit dialog speaks Vietnamese in a Vietnamese window, the cap's message included", "[gui]") {
    GuiFixture fixture;
    const auto draft = NewDraft(fixture, "Hồ sơ nháp để chụp màn hình (kiểm thử)");
    ShootInVietnamese(fixture, "canbo.an", draft.id, "edit_application", "edit_application_dialog",
                      Numbered("Sửa hồ sơ số %lld", draft.id), "gui-application-edit-vi");
}
