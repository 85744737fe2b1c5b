// Four eyes in the desktop (issue 19, item 3): the demo department's single administrator works
// under the one-person rule and the Dashboard says so; with a second administrator, removing a
// trust store item in Settings only proposes it (the status bar says so), and the other
// administrator confirms it in the same page.
#include "gui_fixture.h"

#include "gui/dashboard_page.h"
#include "gui/settings_page.h"

#include "app/workspace.h"
#include "domain/four_eyes_service.h"
#include "domain/user_service.h"
#include "signing/scrypt_password_hasher.h"

#include <memory>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/stattext.h>

using namespace innodesk;
using namespace innodesk::gui::testing;

namespace {

const char* kSecondAdminPassword = "Quản trị thứ hai - demo 2026";

wxString StatusMessage(wxFrame& frame) {
    return frame.GetStatusBar()->GetStatusText(gui::kStatusMessageField);
}

}  // namespace

TEST_CASE("The Dashboard says when one administrator changes trust and signers alone", "[gui][four-eyes]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("quantri");
    ShowPage(frame, "dashboard");
    auto* dashboard = frame.FindPage<gui::DashboardPage>();
    REQUIRE(dashboard != nullptr);
    auto& notice = Find<wxStaticText>(*dashboard, "dashboard_four_eyes");
    CHECK(notice.IsShown());
    CHECK(UnwrappedLabel(*dashboard, "dashboard_four_eyes")
              .Contains("A single administrator: changes to trust and signers need no second"));
    CHECK(Screenshot(frame, GuiFixture::OutputDir() / "gui-dashboard-one-person-rule.png"));

    // With a second administrator the notice goes: the four eyes hold again.
    auto& checker = fixture.Checker();
    checker.Users().Add({"quantri.hai", "Lê Văn Hai", domain::Role::Admin, kSecondAdminPassword},
                        checker.Actor());
    dashboard->Reload();
    CHECK_FALSE(notice.IsShown());
}

TEST_CASE("Removing a trust item is proposed in Settings and confirmed there by a second administrator",
          "[gui][four-eyes]") {
    std::unique_ptr<app::Workspace> second_session;  // outlives the fixture's windows
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    checker.Users().Add({"quantri.hai", "Lê Văn Hai", domain::Role::Admin, kSecondAdminPassword},
                        checker.Actor());
    const auto items_before = checker.Trust().List();
    REQUIRE_FALSE(items_before.empty());

    auto& frame = fixture.OpenWindow("quantri");
    ShowPage(frame, "settings");
    auto* settings = frame.FindPage<gui::SettingsPage>();
    REQUIRE(settings != nullptr);
    auto& trust = Find<wxDataViewListCtrl>(*settings, "trust_store");
    trust.SelectRow(0);
    Click(*settings, "remove_trust_item");
    fixture.Modals().Verify();
    CHECK(StatusMessage(frame).Contains(
        "Proposed, awaiting confirmation by a second administrator (proposal #1)"));
    CHECK(checker.Trust().List().size() == items_before.size());  // nothing removed yet
    auto& proposals = Find<wxDataViewListCtrl>(*settings, "proposals");
    REQUIRE(proposals.GetItemCount() == 1);
    CHECK(proposals.GetTextValue(0, 1).Contains("remove from the trust store"));
    // The proposer's own Confirm is refused.
    fixture.Modals().AllowErrorBoxes(true);
    proposals.SelectRow(0);
    Click(*settings, "confirm_proposal");
    REQUIRE_FALSE(fixture.Modals().MessageBoxes().empty());
    CHECK(fixture.Modals().MessageBoxes().back().message.Contains("cannot confirm their own proposal"));
    fixture.Modals().Verify();
    fixture.Modals().ClearMessageBoxes();
    fixture.Modals().AllowErrorBoxes(false);
    CHECK(checker.Trust().List().size() == items_before.size());
    CHECK(Screenshot(frame, GuiFixture::OutputDir() / "gui-settings-proposals.png"));

    // The second administrator sees it in the same page and confirms.
    second_session =
        app::Workspace::Open(persistence::DatabaseTarget::Parse(fixture.DatabaseFile().string()),
                             persistence::OpenMode::MustExist, signing::ScryptParameters{10, 8, 1});
    second_session->SignIn("quantri.hai", kSecondAdminPassword);
    auto& second = fixture.OpenWindow(*second_session);
    ShowPage(second, "settings");
    auto* second_settings = second.FindPage<gui::SettingsPage>();
    REQUIRE(second_settings != nullptr);
    auto& pending = Find<wxDataViewListCtrl>(*second_settings, "proposals");
    REQUIRE(pending.GetItemCount() == 1);
    pending.SelectRow(0);
    Click(*second_settings, "confirm_proposal");
    fixture.Modals().Verify();
    CHECK(StatusMessage(second).Contains("Proposal 1 confirmed"));
    CHECK(checker.Trust().List().size() == items_before.size() - 1);
    CHECK(pending.GetItemCount() == 0);
}
