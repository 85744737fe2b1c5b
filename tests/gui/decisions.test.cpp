// From application to signed decision through the windows of an officer and an approver, and a
// signed decision changed behind InnoDesk's back.
#include "gui_fixture.h"

#include "gui/applications_page.h"
#include "gui/decisions_page.h"
#include "gui/draft_decision_dialog.h"
#include "gui/reconciliation_dialog.h"
#include "gui/wx_text.h"

#include "app/database_verifier.h"
#include "app/demo_database.h"
#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"

#include <sqlite3.h>

#include <functional>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/filepicker.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

// The table pages' columns.
constexpr unsigned kApplicationState = 7;
constexpr unsigned kDecisionStatus = 6;
constexpr unsigned kDecisionSignature = 7;

const wxString kValidBadge = wxString::FromUTF8("✔ valid");

template <typename Enum>
wxString English(std::span<const domain::EnumEntry<Enum>> entries, Enum value) {
    return U(std::string(domain::EntryOf(entries, value).en));
}

domain::Application ApplicationNow(GuiFixture& fixture, domain::ApplicationId id) {
    auto& checker = fixture.Checker();
    return checker.Applications().Get(id);
}

// Selects the application in the page and clicks the lifecycle button; the database and the
// list must then show the new state.
void Move(GuiFixture& fixture, gui::ApplicationsPage& page, domain::ApplicationId id, const char* button,
          domain::ApplicationState expected) {
    INFO("button " << button);
    SelectRow(*page.List(), id);
    Click(page, button);
    fixture.Modals().Verify();
    CHECK(ApplicationNow(fixture, id).state == expected);
    CHECK(Cell(*page.List(), id, kApplicationState) ==
          English(domain::ApplicationLifecycle().states, expected));
}

struct SignedThroughTheWindows {
    domain::ApplicationId application = 0;
    domain::Money requested;
    domain::DecisionId decision = 0;
    gui::MainFrame* approver_window = nullptr;
};

// The whole path an application takes, each step clicked in the windows: the officer creates,
// submits, reviews and recommends it and drafts a decision over it; the approver, in a window of
// their own, signs the decision with the demo PKCS#12 file.
SignedThroughTheWindows OfficerDraftsApproverSigns(GuiFixture& fixture) {
    SignedThroughTheWindows result;
    auto& checker = fixture.Checker();
    const auto enterprise = checker.Enterprises().Search("", 1).at(0);
    const auto programme = checker.Programmes().List().at(0);
    const auto rubric = checker.Reviews().RubricFor(programme.id);
    REQUIRE_FALSE(rubric.criteria.empty());
    const std::string title = "Ứng dụng IoT giám sát ao nuôi tôm (kiểm thử giao diện)";
    result.requested = domain::Money::Parse("150.000.000");

    // Officer: a new application.
    auto& officer_window = fixture.OpenWindow("canbo.an");
    ShowPage(officer_window, "applications");
    auto* applications = officer_window.FindPage<gui::ApplicationsPage>();
    REQUIRE(applications != nullptr);
    fixture.Modals().Expect("application_dialog", [&](wxDialog& dialog) {
        Type(dialog, "enterprise", U(enterprise.tax_code.Value()));
        Choose(dialog, "programme", U(programme.code + " — " + programme.name));
        Type(dialog, "year", "2026");
        Type(dialog, "title", U(title));
        Type(dialog, "requested", "150.000.000");
        Type(dialog, "co_funding", "150.000.000");
        auto* save = dialog.FindWindow(wxID_SAVE);
        REQUIRE(save != nullptr);
        Click(*save);
    });
    Click(*applications, "new_application");
    fixture.Modals().Verify();
    domain::ApplicationFilter filter;
    filter.enterprise_id = enterprise.id;
    filter.limit = 10'000;
    for (const auto& a : checker.Applications().List(filter))
        if (a.title == title) result.application = a.id;
    REQUIRE(result.application != 0);
    const auto created = ApplicationNow(fixture, result.application);
    CHECK(created.state == domain::ApplicationState::Draft);
    CHECK(created.programme_id == programme.id);
    CHECK(created.year == 2026);
    CHECK(created.requested_amount == result.requested);
    CHECK(RowOf(*applications->List(), result.application) >= 0);  // the list reloaded

    // Submit, start the review, review it, recommend it.
    Move(fixture, *applications, result.application, "submit", domain::ApplicationState::Submitted);
    Move(fixture, *applications, result.application, "start_review", domain::ApplicationState::UnderReview);
    // The council: the officer names themselves; from then on only they may review it.
    fixture.Modals().Expect("reviewers_dialog", [&](wxDialog& dialog) {
        auto& list = Find<wxCheckListBox>(dialog, "reviewers");
        int officer = wxNOT_FOUND;
        for (unsigned i = 0; i < list.GetCount(); ++i)
            if (list.GetString(i).Contains("(canbo.an)")) officer = static_cast<int>(i);
        REQUIRE(officer != wxNOT_FOUND);
        CHECK_FALSE(list.IsChecked(static_cast<unsigned>(officer)));
        TickListItem(dialog, "reviewers", static_cast<unsigned>(officer));
        CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-reviewers-dialog.png"));
        Click(dialog, "save_reviewers");
    });
    SelectRow(*applications->List(), result.application);
    Click(*applications, "reviewers");
    fixture.Modals().Verify();
    const auto council = checker.Reviews().Show(result.application).assignments;
    REQUIRE(council.size() == 1);
    CHECK(council[0].reviewer == "canbo.an");
    std::vector<domain::CriterionScore> scores;
    fixture.Modals().Expect("review_dialog", [&](wxDialog& dialog) {
        CHECK_FALSE(Find<wxCheckBox>(dialog, "conflict").GetValue());
        // No scoring before the conflict declaration.
        CHECK_FALSE(Find<wxButton>(dialog, "submit_scores").IsEnabled());
        for (const auto& criterion : rubric.criteria)
            CHECK_FALSE(Find<wxTextCtrl>(dialog, "score_" + criterion.code).IsEnabled());
        Click(dialog, "declare");
        int i = 0;
        for (const auto& criterion : rubric.criteria) {
            const int score = criterion.max_score - (i++ % 3);
            Type(dialog, "score_" + criterion.code, wxString::Format("%d", score));
            scores.push_back({criterion.code, score});
        }
        Click(dialog, "submit_scores");
    });
    SelectRow(*applications->List(), result.application);
    Click(*applications, "review");
    fixture.Modals().Verify();
    const auto reviews = checker.Reviews().Show(result.application);
    REQUIRE(reviews.reviews.size() == 1);
    const auto& review = reviews.reviews.front().review;
    CHECK(review.reviewer == "canbo.an");
    CHECK_FALSE(review.has_conflict);
    CHECK(review.IsScored());
    CHECK(review.scores == scores);
    Move(fixture, *applications, result.application, "recommend", domain::ApplicationState::Recommended);

    // Officer: a draft decision over it, to be signed by the director.
    ShowPage(officer_window, "decisions");
    auto* officer_decisions = officer_window.FindPage<gui::DecisionsPage>();
    REQUIRE(officer_decisions != nullptr);
    const std::string signer = fixture.DisplayName("lanhdao.binh");
    const std::string number = "GUI-" + std::to_string(result.application) + "/QĐ-SKHCN";
    fixture.Modals().Expect("draft_decision_dialog", [&](wxDialog& dialog) {
        CHECK(Find<wxChoice>(dialog, "kind").GetStringSelection() == "Approval");
        Type(dialog, "number", U(number));
        Type(dialog, "legal_basis", U("Quyết định số 12/2025/QĐ-UBND của UBND tỉnh Khánh Hòa"));
        Choose(dialog, "signer", U(signer));
        // Ticked at the amount requested, which the approved amount starts as.
        auto& candidates = Find<wxDataViewListCtrl>(dialog, "applications");
        const wxString prefix = wxString::Format("#%lld ", static_cast<long long>(result.application));
        int index = -1;
        for (int i = 0; i < candidates.GetItemCount(); ++i)
            if (candidates.GetTextValue(static_cast<unsigned>(i), gui::DraftDecisionDialog::kApplication)
                    .StartsWith(prefix))
                index = i;
        REQUIRE(index >= 0);
        candidates.SetToggleValue(true, static_cast<unsigned>(index), gui::DraftDecisionDialog::kTicked);
        wxDataViewEvent ticked(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, &candidates, candidates.RowToItem(index));
        candidates.HandleWindowEvent(ticked);
        Click(dialog, "save_draft");
    });
    Click(*officer_decisions, "draft_decision");
    fixture.Modals().Verify();
    auto decisions = checker.Decisions();
    domain::DecisionFilter all;
    all.limit = 100'000;
    for (const auto& d : decisions.List(all))
        if (d.number == number) result.decision = d.id;
    REQUIRE(result.decision != 0);
    {
        const auto draft = decisions.Get(result.decision);
        CHECK(draft.status == domain::DecisionStatus::Draft);
        CHECK(draft.signer_name == signer);
        REQUIRE(draft.items.size() == 1);
        CHECK(draft.items.front().application_id == result.application);
        CHECK(draft.items.front().approved_amount == result.requested);
    }
    CHECK(Cell(*officer_decisions->List(), result.decision, kDecisionSignature) == "draft, not signed");
    // An officer does not sign.
    auto& officer_sign = Find<wxButton>(*officer_decisions, "sign_decision");
    CHECK_FALSE(officer_sign.IsEnabled());
    CHECK(officer_sign.GetToolTipText() == "Only approvers sign decisions.");

    // Approver: signs it with the demo PKCS#12 file.
    auto& approver_window = fixture.OpenWindow("lanhdao.binh");
    result.approver_window = &approver_window;
    ShowPage(approver_window, "decisions");
    auto* approver_decisions = approver_window.FindPage<gui::DecisionsPage>();
    REQUIRE(approver_decisions != nullptr);
    CHECK_FALSE(Find<wxButton>(*approver_decisions, "draft_decision").IsEnabled());
    SelectRow(*approver_decisions->List(), result.decision);
    const auto key_file = fixture.DemoKeyFile(signer);
    REQUIRE(std::filesystem::exists(key_file));
    fixture.Modals().Expect("sign_dialog", [&](wxDialog& dialog) {
        CHECK(Find<wxRadioButton>(dialog, "use_file").GetValue());
        SetCheck(dialog, "use_file", true);
        auto& picker = Find<wxFilePickerCtrl>(dialog, "p12_file");
        picker.SetPath(U(key_file.string()));
        wxFileDirPickerEvent chosen(wxEVT_FILEPICKER_CHANGED, &picker, picker.GetId(), picker.GetPath());
        picker.HandleWindowEvent(chosen);
        Type(dialog, "p12_password", app::kDemoKeyPassword);
        Click(dialog, "unlock_key");
        Click(dialog, "sign");
    });
    fixture.Modals().ClearMessageBoxes();
    Click(*approver_decisions, "sign_decision");
    fixture.Modals().Verify();
    const auto& boxes = fixture.Modals().MessageBoxes();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front().caption == "Decision signed");
    CHECK(boxes.front().message.StartsWith(kValidBadge + "\n\n"));
    // The trail's head, signed with the same key, written outside the database file.
    CHECK(boxes.front().message.Contains("Audit checkpoint (entry"));
    return result;
}

}  // namespace

TEST_CASE("An officer's application becomes a decision the approver signs, shown valid", "[gui]") {
    GuiFixture fixture;
    const auto signed_ = OfficerDraftsApproverSigns(fixture);
    auto* page = signed_.approver_window->FindPage<gui::DecisionsPage>();
    REQUIRE(page != nullptr);
    auto& list = *page->List();
    CHECK(Cell(list, signed_.decision, kDecisionSignature) == kValidBadge);
    CHECK(Cell(list, signed_.decision, kDecisionStatus) ==
          English(domain::DecisionStatuses(), domain::DecisionStatus::Signed));
    CHECK(list.GetSelectedRow() == RowOf(list, signed_.decision));  // still on the decision just signed

    auto& checker = fixture.Checker();
    auto decisions = checker.Decisions();
    const auto decision = decisions.Get(signed_.decision);
    CHECK(decision.status == domain::DecisionStatus::Signed);
    REQUIRE(decision.signature.has_value());
    CHECK(decision.signature->signer_user == "lanhdao.binh");
    CHECK(decisions.Verify(decision, *app::DatabaseVerifier(checker.Store(), checker.Clock())).status ==
          domain::VerificationStatus::Valid);
    const auto application = ApplicationNow(fixture, signed_.application);
    CHECK(application.state == domain::ApplicationState::Approved);
    CHECK(application.decision_id == std::optional<domain::DecisionId>(signed_.decision));
    CHECK(application.approved_amount == std::optional<domain::Money>(signed_.requested));

    const auto png = GuiFixture::OutputDir() / "gui-decisions-valid.png";
    CHECK(Screenshot(*signed_.approver_window, png));
}

TEST_CASE("A signed decision's amount changed by SQL outside InnoDesk shows invalid after a refresh",
          "[gui]") {
    GuiFixture fixture;
    const auto signed_ = OfficerDraftsApproverSigns(fixture);
    auto& window = *signed_.approver_window;
    auto* page = window.FindPage<gui::DecisionsPage>();
    REQUIRE(page != nullptr);
    auto& list = *page->List();
    REQUIRE(Cell(list, signed_.decision, kDecisionSignature) == kValidBadge);

    // Someone with the database file and the sqlite3 library, not InnoDesk.
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(fixture.DatabaseFile().c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
        sqlite3_busy_timeout(db.get(), 5000);
        const std::string sql =
            "UPDATE decision_item SET approved_amount = approved_amount + 1 WHERE decision_id = " +
            std::to_string(signed_.decision);
        char* error = nullptr;
        const int rc = sqlite3_exec(db.get(), sql.c_str(), nullptr, nullptr, &error);
        INFO((error ? error : ""));
        sqlite3_free(error);
        REQUIRE(rc == SQLITE_OK);
        REQUIRE(sqlite3_changes(db.get()) == 1);
    }
    // The window shows what it read until it is refreshed (F5).
    CHECK(Cell(list, signed_.decision, kDecisionSignature) == kValidBadge);
    Menu(window, "View", "Refresh");
    fixture.Modals().Verify();
    CHECK(Cell(list, signed_.decision, kDecisionSignature) ==
          wxString::FromUTF8("✘ invalid: The content was changed after it was signed."));
    CHECK(Screenshot(window, GuiFixture::OutputDir() / "gui-decisions-invalid.png"));

    auto& checker = fixture.Checker();
    const auto verification = checker.Decisions().Verify(
        signed_.decision, *app::DatabaseVerifier(checker.Store(), checker.Clock()));
    CHECK(verification.status == domain::VerificationStatus::Invalid);
    CHECK(verification.reason == domain::SignatureReason::ContentChanged);

    // "Verify all" counts it among the failures (on its own connection, in the background).
    fixture.Modals().ClearMessageBoxes();
    Click(*page, "verify_all");
    fixture.Modals().Verify();
    const auto& boxes = fixture.Modals().MessageBoxes();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front().caption == "Verify all");
    CHECK(boxes.front().message.Contains("Failed: 1\n"));
    CHECK((boxes.front().style & wxICON_WARNING) != 0);
}

TEST_CASE("Older signatures are checked after the list is shown, a few at a time, tampering included",
          "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    auto decisions = checker.Decisions();
    domain::DecisionFilter filter;
    filter.limit = 5000;
    std::vector<domain::Decision> signed_ones;
    for (auto& d : decisions.List(filter))  // newest first, as the page lists them
        if (d.signature) signed_ones.push_back(std::move(d));
    REQUIRE(signed_ones.size() > 5);

    // The oldest signed decision changed behind InnoDesk's back: among those checked later.
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(fixture.DatabaseFile().c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
        const std::string sql = "UPDATE decision SET legal_basis = legal_basis || '.' WHERE id = " +
                                std::to_string(signed_ones.back().id);
        REQUIRE(sqlite3_exec(db.get(), sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_changes(db.get()) == 1);
    }

    auto& window = fixture.OpenWindow("xem.giang");
    ShowPage(window, "decisions");
    auto* page = window.FindPage<gui::DecisionsPage>();
    REQUIRE(page != nullptr);
    page->CheckOnLoad(3);
    Menu(window, "View", "Refresh");
    auto& list = *page->List();
    const wxString checking = wxString::FromUTF8("checking…");
    // Shown at once: the three newest checked, the others waiting for their turn.
    CHECK(Cell(list, signed_ones[0].id, kDecisionSignature) == kValidBadge);
    CHECK(Cell(list, signed_ones[2].id, kDecisionSignature) == kValidBadge);
    CHECK(Cell(list, signed_ones[3].id, kDecisionSignature) == checking);
    CHECK(Cell(list, signed_ones.back().id, kDecisionSignature) == checking);
    CHECK(page->StillChecking());

    REQUIRE(WaitUntil([&] { return !page->StillChecking(); }, std::chrono::seconds(10)));
    for (std::size_t i = 0; i + 1 < signed_ones.size(); ++i) {
        INFO("decision " << signed_ones[i].number);
        CHECK(Cell(list, signed_ones[i].id, kDecisionSignature) == kValidBadge);
    }
    CHECK(Cell(list, signed_ones.back().id, kDecisionSignature) ==
          wxString::FromUTF8("✘ invalid: The content was changed after it was signed."));
    // The filter finds a badge filled in later.
    Type(*page, "decisions_filter", "invalid");
    CHECK(list.GetItemCount() == 1);
    fixture.Modals().Verify();
}

TEST_CASE("Tools › Reconciliation shows a role raised by SQL outside InnoDesk, and the checkpoint", "[gui]") {
    GuiFixture fixture;
    const auto signed_ = OfficerDraftsApproverSigns(fixture);
    auto& window = *signed_.approver_window;
    const auto open = [&](const std::function<void(gui::ReconciliationDialog&)>& look) {
        fixture.Modals().Expect("reconciliation_dialog", [&](wxDialog& dialog) {
            auto* reconciliation = dynamic_cast<gui::ReconciliationDialog*>(&dialog);
            REQUIRE(reconciliation != nullptr);
            look(*reconciliation);
            auto* close = dialog.FindWindow(wxID_OK);
            REQUIRE(close != nullptr);
            Click(*close);
        });
        Menu(window, "Tools", wxString::FromUTF8("Reconciliation…"));
        fixture.Modals().Verify();
    };
    open([&](gui::ReconciliationDialog& dialog) {
        INFO(UnwrappedLabel(dialog, "reconciliation_summary").utf8_string());
        CHECK(dialog.Report().Clean());
        CHECK(UnwrappedLabel(dialog, "reconciliation_summary").StartsWith("No discrepancies"));
        CHECK(UnwrappedLabel(dialog, "reconciliation_summary").Contains("matches the audit trail"));
        CHECK(Find<wxDataViewListCtrl>(dialog, "reconciliation_findings").GetItemCount() == 0);
    });

    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(fixture.DatabaseFile().c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
        sqlite3_busy_timeout(db.get(), 5000);
        REQUIRE(sqlite3_exec(db.get(), "UPDATE app_user SET role = 'admin' WHERE name = 'canbo.an'", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
    }
    open([&](gui::ReconciliationDialog& dialog) {
        auto& findings = Find<wxDataViewListCtrl>(dialog, "reconciliation_findings");
        REQUIRE(findings.GetItemCount() == 1);
        CHECK(findings.GetTextValue(0, 0) == "app_user");
        CHECK(findings.GetTextValue(0, 2) == "role");
        CHECK(findings.GetTextValue(0, 3) == "\"admin\"");
        CHECK(findings.GetTextValue(0, 4) == "\"officer\"");
        CHECK(UnwrappedLabel(dialog, "reconciliation_summary").StartsWith("1 discrepancies"));
    });
}
