// Signing in the desktop: the signing dialog shows what is signed and the certificate that signs
// it, keeps a wrong password's file chosen, offers a demo database's keys; File → Sign out and
// Switch user.
#include "gui_fixture.h"

#include "gui/decisions_page.h"
#include "gui/sign_dialog.h"
#include "gui/sign_in_dialog.h"
#include "gui/table_cells.h"
#include "gui/wx_text.h"

#include "app/demo_database.h"
#include "app/demo_keys.h"
#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/task_service.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/listctrl.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include <optional>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

constexpr const char* kDirector = "lanhdao.binh";

struct Draft {
    domain::Decision decision;
    std::vector<domain::Application> applications;
};

// An approval the officer drafts over two recommended applications of the demo, to be signed by
// the director.
Draft DraftOverTwo(GuiFixture& fixture) {
    auto& officer = fixture.SignIn("canbo.an");
    domain::ApplicationFilter filter;
    filter.state = domain::ApplicationState::Recommended;
    filter.limit = 2;
    Draft draft;
    draft.applications = officer.Applications().List(filter);
    REQUIRE(draft.applications.size() == 2);
    domain::Decision decision;
    decision.number = "GUI-KY-01/QĐ-SKHCN";
    decision.date = officer.Clock().Today();
    decision.kind = domain::DecisionKind::Approval;
    decision.legal_basis = "Quyết định số 1350/QĐ-UBND ngày 15/5/2025 của UBND tỉnh Khánh Hòa";
    decision.signer_name = fixture.DisplayName(kDirector);
    decision.items = {{draft.applications[0].id, domain::Money::Dong(12'000'000)},
                      {draft.applications[1].id, domain::Money::Dong(8'500'000)}};
    draft.decision = officer.Decisions().Draft(decision, officer.Actor()).decision;
    return draft;
}

void ChooseKeyFile(wxDialog& dialog, const std::filesystem::path& file) {
    auto& picker = Find<wxFilePickerCtrl>(dialog, "p12_file");
    picker.SetPath(U(file.string()));
    wxFileDirPickerEvent chosen(wxEVT_FILEPICKER_CHANGED, &picker, picker.GetId(), picker.GetPath());
    picker.HandleWindowEvent(chosen);
}

gui::DecisionsPage& ApproverDecisions(GuiFixture& fixture, const domain::Decision& decision) {
    auto& window = fixture.OpenWindow(kDirector);
    ShowPage(window, "decisions");
    auto* page = window.FindPage<gui::DecisionsPage>();
    REQUIRE(page != nullptr);
    SelectRow(*page->List(), decision.id);
    return *page;
}

domain::DecisionStatus StatusOf(GuiFixture& fixture, domain::DecisionId id) {
    return fixture.Checker().Decisions().Get(id).status;
}

}  // namespace

TEST_CASE("The signing dialog lists the decision's applications and total, and the certificate before Sign",
          "[gui]") {
    GuiFixture fixture;
    const auto draft = DraftOverTwo(fixture);
    auto& page = ApproverDecisions(fixture, draft.decision);
    const auto key = fixture.DemoKeyFile(fixture.DisplayName(kDirector));
    fixture.Modals().Expect("sign_dialog", [&](wxDialog& dialog) {
        CHECK(UnwrappedLabel(dialog, "decision_summary").Contains(U(draft.decision.number)));
        CHECK(UnwrappedLabel(dialog, "decision_summary").Contains("Approval"));
        auto& items = Find<wxListView>(dialog, "decision_items");
        REQUIRE(items.GetItemCount() == 2);
        // In the decision's own order, as stored.
        const auto stored = fixture.Checker().Decisions().Get(draft.decision.id);
        for (long row = 0; row < 2; ++row) {
            const auto& item = stored.items[static_cast<std::size_t>(row)];
            const auto application = fixture.Checker().Applications().Get(item.application_id);
            const auto enterprise = fixture.Checker().Enterprises().Get(application.enterprise_id);
            CHECK(items.GetItemText(row, 0) ==
                  wxString::Format("#%lld", static_cast<long long>(application.id)));
            CHECK(items.GetItemText(row, 1) == U(enterprise.name));
            CHECK(items.GetItemText(row, 2) == U(application.title));
            CHECK(items.GetItemText(row, 3) == gui::TableCell::Amount(item.approved_amount).Text());
        }
        CHECK(UnwrappedLabel(dialog, "decision_total")
                  .Contains(gui::TableCell::Amount(domain::Money::Dong(20'500'000)).Text()));
        // Nothing to sign with before a key is unlocked.
        CHECK_FALSE(Find<wxButton>(dialog, "sign").IsEnabled());
        ChooseKeyFile(dialog, key);
        Type(dialog, "p12_password", app::kDemoKeyPassword);
        Click(dialog, "unlock_key");
        const wxString certificate = UnwrappedLabel(dialog, "certificate");
        CHECK(certificate.Contains("Subject: "));
        CHECK(certificate.Contains(U(fixture.DisplayName(kDirector))));
        CHECK(certificate.Contains("Issuer: "));
        CHECK(certificate.Contains("Valid from "));
        CHECK(certificate.Contains("Serial number: "));
        CHECK(Find<wxButton>(dialog, "sign").IsEnabled());
        CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-sign-dialog.png"));
        Click(dialog, "sign");
    });
    Click(page, "sign_decision");
    fixture.Modals().Verify();
    CHECK(StatusOf(fixture, draft.decision.id) == domain::DecisionStatus::Signed);
}

TEST_CASE("A wrong password keeps the signing dialog open with the file chosen and the password cleared",
          "[gui]") {
    GuiFixture fixture;
    const auto draft = DraftOverTwo(fixture);
    auto& page = ApproverDecisions(fixture, draft.decision);
    const auto key = fixture.DemoKeyFile(fixture.DisplayName(kDirector));
    fixture.Modals().Expect("sign_dialog", [&](wxDialog& dialog) {
        ChooseKeyFile(dialog, key);
        Type(dialog, "p12_password", "not-the-password");
        Click(dialog, "unlock_key");
        CHECK(dialog.IsModal());  // still open
        CHECK(UnwrappedLabel(dialog, "key_message").Contains("wrong password"));
        CHECK_FALSE(
            UnwrappedLabel(dialog, "key_message").Contains("OpenSSL"));  // the library's words in the tooltip
        CHECK(Find<wxFilePickerCtrl>(dialog, "p12_file").GetPath() == U(key.string()));
        auto& password = Find<wxTextCtrl>(dialog, "p12_password");
        CHECK(password.GetValue().empty());
        CHECK(wxWindow::FindFocus() == &password);
        CHECK_FALSE(Find<wxButton>(dialog, "sign").IsEnabled());
        // The right password now, without choosing the file again.
        Type(dialog, "p12_password", app::kDemoKeyPassword);
        Click(dialog, "unlock_key");
        CHECK(UnwrappedLabel(dialog, "key_message").empty());
        Click(dialog, "sign");
    });
    Click(page, "sign_decision");
    fixture.Modals().Verify();
    CHECK(StatusOf(fixture, draft.decision.id) == domain::DecisionStatus::Signed);
}

TEST_CASE("A demo database's keys are offered in the signing dialog, the approver's own chosen", "[gui]") {
    GuiFixture fixture;
    const auto draft = DraftOverTwo(fixture);
    const std::string director = fixture.DisplayName(kDirector);
    // Without them beside the database (this fixture keeps them elsewhere), nothing is offered.
    auto& page = ApproverDecisions(fixture, draft.decision);
    fixture.Modals().Expect("sign_dialog", [&](wxDialog& dialog) {
        CHECK(dialog.FindWindow("demo_keys") == nullptr);
        dialog.EndModal(wxID_CANCEL);
    });
    Click(page, "sign_decision");
    fixture.Modals().Verify();
    // Where innodesk-cli generate and the first-run offer put them: "<file>.demo-pki".
    const auto folder =
        app::DemoKeyFolder(persistence::DatabaseTarget::Parse(fixture.DatabaseFile().string()));
    std::filesystem::copy(fixture.DemoKeyFile(director).parent_path(), folder,
                          std::filesystem::copy_options::recursive);
    fixture.Modals().Expect("sign_dialog", [&](wxDialog& dialog) {
        auto& keys = Find<wxChoice>(dialog, "demo_keys");
        CHECK(keys.GetCount() == 3);  // the three demo approvers
        CHECK(keys.GetStringSelection() == U(director));
        CHECK(Find<wxFilePickerCtrl>(dialog, "p12_file").GetPath() ==
              U((folder / (director + ".p12")).string()));
        Type(dialog, "p12_password", app::kDemoKeyPassword);
        Click(dialog, "unlock_key");
        Click(dialog, "sign");
    });
    Click(page, "sign_decision");
    fixture.Modals().Verify();
    CHECK(StatusOf(fixture, draft.decision.id) == domain::DecisionStatus::Signed);
}

TEST_CASE("File → Sign out and Switch user sign another user in and rebuild the pages for their role",
          "[gui]") {
    GuiFixture fixture;
    auto& window = fixture.OpenWindow("canbo.an");
    ShowPage(window, "decisions");
    CHECK_FALSE(Find<wxButton>(*window.FindPage<gui::DecisionsPage>(), "sign_decision").IsEnabled());
    const auto sign_in = [&](const char* user, const char* password) {
        return [user, password](wxDialog& dialog) {
            Type(dialog, "user", user);
            Type(dialog, "password", password);
            Click(dialog, "sign_in");
        };
    };
    const auto password_of = [](const std::string& user) {
        for (const auto& account : app::DemoAccounts())
            if (user == account.name) return account.password;
        return "";
    };

    // Switch user: the director, whose Decisions page signs.
    fixture.Modals().Expect("sign_in_dialog", sign_in(kDirector, password_of(kDirector)));
    Menu(window, "File", "Switch user…");
    fixture.Modals().Verify();
    CHECK(window.GetStatusBar()->GetStatusText(1).Contains(kDirector));
    CHECK(window.CurrentPage()->GetName() == "decisions");  // the same page, made again
    CHECK(Find<wxButton>(*window.FindPage<gui::DecisionsPage>(), "sign_decision").IsEnabled());

    // A switch given up keeps the user.
    fixture.Modals().Expect("sign_in_dialog", [](wxDialog& dialog) { dialog.EndModal(wxID_CANCEL); });
    Menu(window, "File", "Switch user…");
    fixture.Modals().Verify();
    CHECK(window.GetStatusBar()->GetStatusText(1).Contains(kDirector));
    CHECK(window.IsShown());

    // Sign out: the window hides while the next user signs in, then shows their pages.
    bool hidden = false;
    fixture.Modals().Expect("sign_in_dialog", [&](wxDialog& dialog) {
        hidden = !window.IsShown();
        sign_in("xem.giang", password_of("xem.giang"))(dialog);
    });
    Menu(window, "File", "Sign out");
    fixture.Modals().Verify();
    CHECK(hidden);
    CHECK(window.IsShown());
    CHECK(window.GetStatusBar()->GetStatusText(1).Contains("xem.giang"));
    CHECK_FALSE(Find<wxButton>(*window.FindPage<gui::DecisionsPage>(), "sign_decision").IsEnabled());
}

TEST_CASE("For a task acceptance the signing dialog names the task instead of applications", "[gui]") {
    GuiFixture fixture;
    auto& session = fixture.SignIn(kDirector);
    auto& window = fixture.OpenWindow(session);
    domain::DecisionFilter all;
    all.limit = 100'000;
    std::optional<domain::Decision> acceptance;
    for (const auto& decision : fixture.Checker().Decisions().List(all))
        if (decision.kind == domain::DecisionKind::TaskAcceptance) acceptance = decision;
    REQUIRE(acceptance.has_value());  // the demo's accepted tasks
    const auto file = fixture.Checker().Tasks().File(*acceptance->task_id);
    fixture.Modals().Expect("sign_dialog", [&](wxDialog& dialog) {
        CHECK(UnwrappedLabel(dialog, "decision_summary").Contains("Task acceptance"));
        const wxString task = UnwrappedLabel(dialog, "decision_task");
        CHECK(task.Contains(U(file.task.code)));
        CHECK(task.Contains(U(file.task.title)));
        CHECK(task.Contains(U(file.lead_name)));
        CHECK(dialog.FindWindow("decision_items") == nullptr);
        dialog.EndModal(wxID_CANCEL);
    });
    gui::SignDialog dialog(&window, session, *acceptance);
    CHECK(dialog.ShowModal() == wxID_CANCEL);
    fixture.Modals().Verify();
}
