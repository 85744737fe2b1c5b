// The records clerk's issue in the desktop, on the demo database as generated: the decisions the demo
// left signed but not issued, the issue dialog with the register's number and today's date, the
// department's demo key offered, the signed PDF with both signatures; and the refusal of an
// approver's key.
#include "gui_fixture.h"

#include "gui/decisions_page.h"
#include "gui/sign_dialog.h"
#include "gui/wx_text.h"

#include "app/demo_database.h"
#include "app/demo_keys.h"
#include "app/pinned_trust.h"
#include "domain/decision_service.h"
#include "domain/issue_service.h"
#include "signing/pades_verify.h"
#include "signing/signing.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string_view>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

constexpr const char* kClerk = "vanthu.dung";
constexpr const char* kDirector = "lanhdao.binh";

// The signed decisions the demo left for its clerk, oldest first.
std::vector<domain::Decision> WaitingForTheClerk(GuiFixture& fixture) {
    domain::DecisionFilter signed_ones;
    signed_ones.status = domain::DecisionStatus::Signed;
    signed_ones.limit = 100'000;
    std::vector<domain::Decision> waiting;
    for (auto& decision : fixture.Checker().Decisions().List(signed_ones))
        if (!decision.issue) waiting.push_back(std::move(decision));
    std::sort(waiting.begin(), waiting.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return waiting;
}

gui::DecisionsPage& ClerkDecisions(GuiFixture& fixture, const domain::Decision& decision) {
    auto& window = fixture.OpenWindow(kClerk);
    ShowPage(window, "decisions");
    auto* page = window.FindPage<gui::DecisionsPage>();
    REQUIRE(page != nullptr);
    SelectRow(*page->List(), decision.id);
    return *page;
}

void ChooseKeyFile(wxDialog& dialog, const std::filesystem::path& file) {
    auto& picker = Find<wxFilePickerCtrl>(dialog, "p12_file");
    picker.SetPath(U(file.string()));
    wxFileDirPickerEvent chosen(wxEVT_FILEPICKER_CHANGED, &picker, picker.GetId(), picker.GetPath());
    picker.HandleWindowEvent(chosen);
}

domain::IssueService Issues(GuiFixture& fixture) {
    auto& checker = fixture.Checker();
    return {checker.Store(), checker.Text(), checker.Clock()};
}

std::string ReadText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The demo's root pinned where this process's pins are now, as generate pins it: an earlier test
// case (pdf_verify.test.cpp's PinSharedTestRoot) moves INNODESK_TRUST_DIR to a folder of its own
// for the rest of the run, where the demo's root is not.
void PinDemoRoot(GuiFixture& fixture) {
    const auto root = fixture.DemoKeyFile(app::kDemoOrganisationName).parent_path() / "demo-root-ca.pem";
    app::PinForThisUser(ReadText(root), "innodesk-demo-root-gui-issuing.pem");
}

}  // namespace

TEST_CASE(
    "The demo's clerk issues a signed decision with the department's demo key: the register's "
    "number, today's date, a PDF with both signatures valid",
    "[gui]") {
    GuiFixture fixture;
    PinDemoRoot(fixture);
    const auto waiting = WaitingForTheClerk(fixture);
    // The demo issued the others and left these for the clerk.
    REQUIRE(waiting.size() == app::kDecisionsLeftForTheClerk);
    const auto& decision = waiting.front();
    const auto today = fixture.Checker().Clock().Today();
    // The number the approver signed when the draft carries one, else the register's next.
    const std::string number =
        decision.number.empty() ? Issues(fixture).NextNumber(today.Year()) : decision.number;
    // The demo keys beside the database, as innodesk-cli generate leaves them.
    const auto folder =
        app::DemoKeyFolder(persistence::DatabaseTarget::Parse(fixture.DatabaseFile().string()));
    std::filesystem::copy(fixture.DemoKeyFile(app::kDemoOrganisationName).parent_path(), folder,
                          std::filesystem::copy_options::recursive);
    auto& page = ClerkDecisions(fixture, decision);
    fixture.Modals().Expect("issue_dialog", [&](wxDialog& dialog) {
        CHECK(Find<wxTextCtrl>(dialog, "issue_number").GetValue() == U(number));
        auto* issue = dynamic_cast<gui::SignDialog*>(&dialog);
        REQUIRE(issue != nullptr);
        CHECK(issue->IssueDate() == today);
        // Only the department's key is offered to the clerk, and chosen.
        auto& keys = Find<wxChoice>(dialog, "demo_keys");
        CHECK(keys.GetCount() == 1);
        CHECK(keys.GetStringSelection() == U(app::kDemoOrganisationName));
        CHECK(Find<wxFilePickerCtrl>(dialog, "p12_file").GetPath() ==
              U((folder / (std::string(app::kDemoOrganisationName) + ".p12")).string()));
        CHECK_FALSE(Find<wxButton>(dialog, "issue").IsEnabled());
        Type(dialog, "p12_password", app::kDemoKeyPassword);
        Click(dialog, "unlock_key");
        CHECK(UnwrappedLabel(dialog, "certificate").Contains(U(app::kDemoOrganisationName)));
        CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-issue-dialog.png"));
        Click(dialog, "issue");
    });
    Click(page, "issue_decision");
    fixture.Modals().Verify();

    const auto issued = fixture.Checker().Decisions().Get(decision.id);
    REQUIRE(issued.issue.has_value());
    CHECK(issued.issue->number == number);
    CHECK(issued.issue->issued_on == today);
    const auto pdf = Issues(fixture).Document(decision.id, domain::DocumentStage::Issued);
    REQUIRE(pdf.has_value());
    const signing::PreparedTrustStore trust(
        signing::TrustStore{{}, {}, {ReadText(folder / "demo-root-ca.pem")}, {}});
    const auto report = signing::VerifyPdf(
        std::string_view(reinterpret_cast<const char*>(pdf->pdf.data()), pdf->pdf.size()), trust);
    std::vector<std::string> signers;
    for (const auto& signature : report.signatures) {
        if (signature.document_timestamp) continue;
        INFO(signature.field_name << ": " << signature.explanation.en);
        CHECK(signature.verdict == signing::Verdict::Valid);
        CHECK_FALSE(signature.modified_after_signing);
        signers.push_back(signature.signer_subject);
    }
    REQUIRE(signers.size() == 2);
    // The approver's first, then the department's seal.
    CHECK(signers[0].find(decision.signer_name) != std::string::npos);
    CHECK(signers[1].find(app::kDemoOrganisationName) != std::string::npos);
    CHECK(report.AllValid());
}

TEST_CASE(
    "The demo's clerk is refused an issue sealed with an approver's key, naming the organisation "
    "certificate and issues nothing",
    "[gui]") {
    GuiFixture fixture;
    PinDemoRoot(fixture);
    const auto waiting = WaitingForTheClerk(fixture);
    REQUIRE_FALSE(waiting.empty());
    const auto& decision = waiting.front();
    const auto next_before = Issues(fixture).NextNumber(fixture.Checker().Clock().Today().Year());
    auto& page = ClerkDecisions(fixture, decision);
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("issue_dialog", [&](wxDialog& dialog) {
        ChooseKeyFile(dialog, fixture.DemoKeyFile(fixture.DisplayName(kDirector)));
        Type(dialog, "p12_password", app::kDemoKeyPassword);
        Click(dialog, "unlock_key");
        Click(dialog, "issue");
    });
    Click(page, "issue_decision");
    fixture.Modals().Verify();
    const auto& boxes = fixture.Modals().MessageBoxes();
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.front().message.Contains("is not the enrolled organisation certificate"));
    CHECK(boxes.front().message.Contains(U(app::kDemoOrganisationName)));
    CHECK(boxes.front().message.Contains(U(fixture.DisplayName(kDirector))));
    CHECK_FALSE(fixture.Checker().Decisions().Get(decision.id).issue.has_value());
    CHECK_FALSE(Issues(fixture).Document(decision.id, domain::DocumentStage::Issued).has_value());
    CHECK(Issues(fixture).NextNumber(fixture.Checker().Clock().Today().Year()) == next_before);
}
