// The Applications page after approval: the contract, payments against the signed amount, the
// approver's variation, the application's own view, steps enabled by state and role with the
// reason in the tooltip, and what an action did said in the status bar, with a submission undone.
#include "application_steps.h"

#include "domain/decision_service.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

constexpr unsigned kStateColumn = 7;

wxString Label(wxWindow& root, const wxString& name) {
    return Find<wxStaticText>(root, name).GetLabel();
}

// Double-click (or Enter) on the row, as the list reports it.
void Activate(wxDataViewListCtrl& list, domain::ApplicationId id) {
    SelectRow(list, id);
    wxDataViewEvent activated(wxEVT_DATAVIEW_ITEM_ACTIVATED, &list, list.RowToItem(RowOf(list, id)));
    list.HandleWindowEvent(activated);
}

// The lifecycle's refusal of a move, in English, as the domain words it.
wxString Refusal(domain::ApplicationState from, domain::ApplicationState to) {
    try {
        domain::ApplicationLifecycle().RequireMove(from, to);
    } catch (const domain::DomainError& error) {
        return U(error.Text().In(domain::Language::English));
    }
    return {};
}

}  // namespace

TEST_CASE("The Applications page's steps follow the selected application's state and the user's role",
          "[gui]") {
    GuiFixture fixture;
    const auto draft = NewDraft(fixture, "Bước theo trạng thái (kiểm thử giao diện)");
    const auto approved = DemoApplication(fixture, domain::ApplicationState::Approved);

    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);
    page.List()->UnselectAll();
    page.Reload();
    auto& contract = Find<wxButton>(page, "contract");
    CHECK_FALSE(contract.IsEnabled());
    CHECK(contract.GetToolTipText() == "Select an application in the list first.");

    SelectRow(*page.List(), draft.id);
    CHECK(Find<wxButton>(page, "submit").IsEnabled());
    CHECK(Find<wxButton>(page, "edit_application").IsEnabled());
    CHECK_FALSE(contract.IsEnabled());
    CHECK(contract.GetToolTipText() ==
          Refusal(domain::ApplicationState::Draft, domain::ApplicationState::Contracted));
    CHECK_FALSE(Find<wxButton>(page, "disburse").IsEnabled());
    CHECK_FALSE(Find<wxButton>(page, "close").IsEnabled());
    auto& vary = Find<wxButton>(page, "vary");
    CHECK_FALSE(vary.IsEnabled());
    CHECK(vary.GetToolTipText() ==
          wxString::Format("Only the amount of an approved application that is not closed can be varied; "
                           "application %lld is 'Draft'.",
                           static_cast<long long>(draft.id)));

    SelectRow(*page.List(), approved.id);
    CHECK(contract.IsEnabled());
    CHECK_FALSE(Find<wxButton>(page, "submit").IsEnabled());
    CHECK(Find<wxButton>(page, "withdraw").IsEnabled());
    auto& edit = Find<wxButton>(page, "edit_application");
    CHECK_FALSE(edit.IsEnabled());
    CHECK(edit.GetToolTipText() ==
          wxString::Format(
              "Only a draft or submitted application can be edited; application %lld is 'Approved'.",
              static_cast<long long>(approved.id)));

    // The right-click menu offers the same steps, enabled as the buttons are.
    const auto menu = page.ContextMenu();
    const auto item = [&](const char* name) {
        const int id = Find<wxButton>(page, name).GetId();
        auto* found = menu->FindItem(id);
        INFO("menu item of " << name);
        REQUIRE(found != nullptr);
        return found;
    };
    CHECK(item("contract")->IsEnabled());
    CHECK_FALSE(item("submit")->IsEnabled());
    CHECK_FALSE(item("edit_application")->IsEnabled());
    CHECK(item("open_application")->IsEnabled());
    fixture.Modals().Verify();
}

TEST_CASE(
    "An approved application's contract is recorded from the page (a wrong end refused in the domain's "
    "words, the dialog kept open), then its work started, accepted, monitored and closed",
    "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto today = checker.Clock().Today();
    // An application whose contract may end a year from today (the end lies in its year to ten years on)
    // and whose decision is not dated after today.
    const auto approved = DemoApplication(fixture, domain::ApplicationState::Approved, [&](const auto& a) {
        return a.decision_id && a.year + 10 >= today.AddDays(365).Year() &&
               checker.Decisions().Get(*a.decision_id).date <= today;
    });

    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);
    SelectRow(*page.List(), approved.id);
    const std::string number = "HĐ 15/2026/HĐ-SKHCN (kiểm thử)";
    const auto yesterday = today.AddDays(-1);
    const auto end = today.AddDays(365);
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("application_contract_dialog", [&](wxDialog& dialog) {
        Type(dialog, "contract_number", U(number));
        Type(dialog, "signed_on", U(today.Format()));
        Type(dialog, "ends_on", U(yesterday.Format()));
        Click(dialog, "save");
        REQUIRE(dialog.IsModal());  // refused, still open with what was typed
        CHECK(LastErrorBox(fixture).Contains(U("The contract's end " + yesterday.Format() +
                                               " must come after its signing on " + today.Format() + ".")));
        CHECK(Find<wxTextCtrl>(dialog, "contract_number").GetValue() == U(number));
        Type(dialog, "ends_on", U(end.Format()));
        CHECK(ShootOver(frame, dialog, "gui-application-contract-en"));
        Click(dialog, "save");
    });
    Click(page, "contract");
    fixture.Modals().Verify();
    fixture.Modals().AllowErrorBoxes(false);

    const auto now = checker.Applications().Get(approved.id);
    CHECK(now.state == domain::ApplicationState::Contracted);
    CHECK(now.contract_number == number);
    CHECK(now.contract_signed_on == std::optional(today));
    CHECK(now.contract_ends_on == std::optional(end));
    CHECK(Cell(*page.List(), approved.id, kStateColumn) == "Contracted");
    CHECK(StatusMessage(frame) == wxString::Format("Contract %s recorded for application %lld.", U(number),
                                                   static_cast<long long>(approved.id)));
    // The next steps open up: payments and the start of the work.
    CHECK(Find<wxButton>(page, "disburse").IsEnabled());
    CHECK(Find<wxButton>(page, "start_work").IsEnabled());
    CHECK_FALSE(Find<wxButton>(page, "contract").IsEnabled());

    // Then the rest of its life, each step said in the status bar.
    const struct {
        const char* button;
        domain::ApplicationState state;
        const char* said;
    } steps[] = {
        {"start_work", domain::ApplicationState::InProgress, "Work on application %lld started."},
        {"accept", domain::ApplicationState::Accepted, "Acceptance of application %lld recorded."},
        {"monitor", domain::ApplicationState::Monitoring,
         "Post-acceptance monitoring of application %lld started."},
        {"close", domain::ApplicationState::Closed, "Application %lld closed."},
    };
    for (const auto& step : steps) {
        INFO("step " << step.button);
        Click(page, step.button);
        CHECK(checker.Applications().Get(approved.id).state == step.state);
        CHECK(StatusMessage(frame) == wxString::Format(step.said, static_cast<long long>(approved.id)));
    }
    CHECK_FALSE(Find<wxButton>(page, "withdraw").IsEnabled());  // closed: nothing more to do
    fixture.Modals().Verify();
}

TEST_CASE(
    "A payment shows the signed amount, what was paid and what remains, and an over-payment is refused "
    "with the domain's message and the dialog kept open",
    "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto paid_of = [&](domain::ApplicationId id) {
        domain::Money paid;
        for (const auto& payment : checker.Applications().Disbursements(id)) paid += payment.amount;
        return paid;
    };
    const auto million = domain::Money::Parse("1.000.000");
    const auto contracted = DemoApplication(
        fixture, domain::ApplicationState::Contracted,
        [&](const auto& a) { return a.approved_amount && *a.approved_amount - paid_of(a.id) > million; });
    const auto payments_before = checker.Applications().Disbursements(contracted.id).size();
    const auto paid = paid_of(contracted.id);
    const auto remaining = *contracted.approved_amount - paid;
    const auto too_much = remaining + domain::Money::Parse("1.000");

    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);
    SelectRow(*page.List(), contracted.id);
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("application_disburse_dialog", [&](wxDialog& dialog) {
        CHECK(Label(dialog, "approved_amount") == Money(*contracted.approved_amount));
        CHECK(Label(dialog, "paid_amount") == Money(paid));
        CHECK(Label(dialog, "remaining_amount") == Money(remaining));
        Type(dialog, "amount", Money(too_much));
        Type(dialog, "payment_reference", "UNC 15/KBNN-KH");
        Click(dialog, "save");
        REQUIRE(dialog.IsModal());
        // The domain's own words, its amounts in the notation of its messages.
        CHECK(LastErrorBox(fixture).Contains(
            U("Paying " + too_much.Format() + " exceeds the remaining " + remaining.Format() + " (decision " +
              checker.Decisions().Get(contracted.decision_id.value()).number + " approved " +
              contracted.approved_amount->Format() + ", paid " + paid.Format() + ").")));
        CHECK(Find<wxTextCtrl>(dialog, "payment_reference").GetValue() == "UNC 15/KBNN-KH");
        Type(dialog, "amount", Money(million));
        CHECK(ShootOver(frame, dialog, "gui-application-disburse-en"));
        Click(dialog, "save");
    });
    Click(page, "disburse");
    fixture.Modals().Verify();
    fixture.Modals().AllowErrorBoxes(false);

    const auto payments = checker.Applications().Disbursements(contracted.id);
    REQUIRE(payments.size() == payments_before + 1);
    CHECK(paid_of(contracted.id) == paid + million);
    bool recorded = false;
    for (const auto& payment : payments)
        recorded = recorded || (payment.amount == million && payment.reference == "UNC 15/KBNN-KH");
    CHECK(recorded);
    CHECK(StatusMessage(frame) ==
          wxString::Format("Payment of %s recorded on application %lld; %s remaining.", Money(million),
                           static_cast<long long>(contracted.id), Money(remaining - million)));
}

TEST_CASE(
    "An officer drafts a decision varying an approved amount, with a reason: the amount changes only when it "
    "is signed",
    "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto approved = DemoApplication(fixture, domain::ApplicationState::Approved, [](const auto& a) {
        return a.approved_amount && *a.approved_amount > domain::Money::Parse("10.000.000");
    });
    const auto lower = *approved.approved_amount - domain::Money::Parse("1.000.000");

    auto& officer_frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(officer_frame);
    SelectRow(*page.List(), approved.id);
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("application_vary_dialog", [&](wxDialog& dialog) {
        CHECK(Label(dialog, "approved_amount") == Money(*approved.approved_amount));
        Type(dialog, "variation_number", U("931/QĐ-SKHCN"));
        Type(dialog, "new_amount", Money(lower));
        Click(dialog, "save");
        REQUIRE(dialog.IsModal());
        CHECK(LastErrorBox(fixture).Contains("A reason for varying the amount is required."));
        Type(dialog, "reason", U("Điều chỉnh theo biên bản thẩm định lại (kiểm thử)"));
        CHECK(ShootOver(officer_frame, dialog, "gui-application-vary-en"));
        Click(dialog, "save");
    });
    Click(page, "vary");
    fixture.Modals().Verify();
    fixture.Modals().AllowErrorBoxes(false);

    // A draft superseding the governing decision; the application keeps its signed amount.
    const auto now = checker.Applications().Get(approved.id);
    CHECK(now.approved_amount == approved.approved_amount);
    std::optional<domain::Decision> drafted;
    for (const auto& decision : checker.Decisions().List({domain::DecisionStatus::Draft, 1000}))
        if (decision.number == "931/QĐ-SKHCN") drafted = decision;
    REQUIRE(drafted);
    CHECK(drafted->supersedes == approved.decision_id);
    REQUIRE(drafted->items.size() == 1);
    CHECK(drafted->items.front().approved_amount == lower);
    CHECK(StatusMessage(officer_frame) ==
          wxString::Format("Drafted decision %s varying application %lld from %s to %s; the amount changes "
                           "when an approver signs it.",
                           U("931/QĐ-SKHCN"), static_cast<long long>(approved.id),
                           Money(*approved.approved_amount), Money(lower)));
}

TEST_CASE(
    "Double-click on an application past review opens its view: request, decision, payments against "
    "the signed amount and history",
    "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    auto& officer = fixture.SignIn("canbo.an");
    const auto contracted = DemoApplication(fixture, domain::ApplicationState::Contracted,
                                            [](const auto& a) { return a.approved_amount && a.decision_id; });
    // Two payments of the test's own, so that the list and the sums are known.
    const auto first = domain::Money::Parse("2.000.000"), second = domain::Money::Parse("3.000.000");
    const auto today = officer.Clock().Today();
    const auto verifier = officer.VerifierForDisplay();
    officer.Applications().Disburse(contracted.id, first, today, "UNC 1/KBNN", officer.Actor(), *verifier);
    officer.Applications().Disburse(contracted.id, second, today, "UNC 2/KBNN", officer.Actor(), *verifier);
    const auto payments = checker.Applications().Disbursements(contracted.id);
    domain::Money paid;
    for (const auto& payment : payments) paid += payment.amount;
    const auto history = checker.Applications().History(contracted.id);
    const auto enterprise = checker.Enterprises().Get(contracted.enterprise_id);
    const auto decision = checker.Decisions().Get(*contracted.decision_id);

    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);
    fixture.Modals().Expect("application_view_dialog", [&](wxDialog& dialog) {
        CHECK(UnwrappedLabel(dialog, "view_tax_code") == U(enterprise.tax_code.Value()));
        CHECK(UnwrappedLabel(dialog, "view_enterprise") == U(enterprise.name));
        CHECK(UnwrappedLabel(dialog, "view_requested") == Money(contracted.requested_amount));
        CHECK(UnwrappedLabel(dialog, "view_decision") == U(decision.number));
        CHECK_FALSE(UnwrappedLabel(dialog, "view_verdict").empty());
        CHECK(UnwrappedLabel(dialog, "view_contract") == U(contracted.contract_number));
        CHECK(Find<wxDataViewListCtrl>(dialog, "view_payments").GetItemCount() ==
              static_cast<int>(payments.size()));
        CHECK(UnwrappedLabel(dialog, "view_paid").StartsWith(Money(paid)));
        CHECK(UnwrappedLabel(dialog, "view_remaining").StartsWith(Money(*contracted.approved_amount - paid)));
        CHECK(Find<wxDataViewListCtrl>(dialog, "view_history").GetItemCount() ==
              static_cast<int>(history.size()));
        // The payments tab in the picture (the Vietnamese one shows the file's tab).
        Find<wxNotebook>(dialog, "application_view_tabs").SetSelection(2);
        CHECK(ShootOver(frame, dialog, "gui-application-view-payments-en"));
        Click(dialog, "close_view");
    });
    Activate(*page.List(), contracted.id);
    fixture.Modals().Verify();
}

TEST_CASE(
    "Submitting says so in the status bar, and the submission is undone the same day by the button "
    "or by Ctrl+Z",
    "[gui]") {
    GuiFixture fixture;
    auto& checker = fixture.Checker();
    const auto draft = NewDraft(fixture, "Nộp rồi hoàn tác (kiểm thử giao diện)");
    const auto id = static_cast<long long>(draft.id);

    auto& frame = fixture.OpenWindow("canbo.an");
    auto& page = ApplicationsOf(frame);
    auto& undo = Find<wxButton>(page, "undo_submission");
    CHECK_FALSE(undo.IsEnabled());
    SelectRow(*page.List(), draft.id);
    Click(page, "submit");
    CHECK(checker.Applications().Get(draft.id).state == domain::ApplicationState::Submitted);
    CHECK(StatusMessage(frame) ==
          wxString::Format("Application %lld submitted. Undo it today with Ctrl+Z or Undo submission.", id));
    REQUIRE(undo.IsEnabled());
    Click(undo);
    CHECK(checker.Applications().Get(draft.id).state == domain::ApplicationState::Draft);
    CHECK(Cell(*page.List(), draft.id, kStateColumn) == "Draft");
    CHECK(StatusMessage(frame) ==
          wxString::Format("Submission of application %lld undone: it is a draft again.", id));
    CHECK_FALSE(undo.IsEnabled());

    // Again, undone with Ctrl+Z (the page's accelerator sends the undo command).
    SelectRow(*page.List(), draft.id);
    Click(page, "submit");
    REQUIRE(checker.Applications().Get(draft.id).state == domain::ApplicationState::Submitted);
    wxCommandEvent ctrl_z(wxEVT_MENU, undo.GetId());
    page.HandleWindowEvent(ctrl_z);
    CHECK(checker.Applications().Get(draft.id).state == domain::ApplicationState::Draft);

    // Other steps say what they did too.
    SelectRow(*page.List(), draft.id);
    Click(page, "submit");
    Click(page, "start_review");
    CHECK(StatusMessage(frame) == wxString::Format("Review of application %lld started.", id));
    CHECK_FALSE(undo.IsEnabled());  // only the last action is undone, and only a submission
    fixture.Modals().Verify();
}
