// Decisions page.
#include "decisions_page.h"

#include "background_work.h"
#include "draft_decision_dialog.h"
#include "error_dialog.h"
#include "sign_dialog.h"
#include "verification_badge.h"
#include "wx_text.h"

#include "app/audit_checkpoint.h"
#include "app/database_verifier.h"
#include "app/decision_export.h"
#include "app/decision_pdf.h"
#include "domain/decision_service.h"
#include "domain/issue_service.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>

#include <filesystem>

namespace innodesk::gui {
namespace {

constexpr std::size_t kSignatureColumn = 7;  // the badge, last of the columns below

}  // namespace

DecisionsPage::DecisionsPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{"#", 40},
                 {_("Number"), 130, ColumnKind::Text, true},
                 {_("Date"), 90, ColumnKind::Date},
                 {_("Kind"), 120},
                 {_("Applications"), 115, ColumnKind::Number},
                 {_("Total"), 150, ColumnKind::Money},
                 {_("Status"), 100},
                 {_("Signature"), 760}},
                "decisions"),
      m_verifying(this) {
    const bool officer = session.Is(domain::Role::Officer);
    const bool approver = session.Is(domain::Role::Approver);
    AddAction(_("Draft…"), "draft_decision", officer, CannotCreateReason(), [this] { CreateRecord(); });
    AddAction(_("Discard draft"), "discard_decision", officer, CannotCreateReason(),
              [this] { DiscardSelected(); });
    AddAction(_("Sign…"), "sign_decision", approver, _("Only approvers sign decisions."),
              [this] { SignSelected(); });
    AddAction(_("Number and issue…"), "issue_decision", session.Is(domain::Role::Clerk),
              _("Only the records clerk issues decisions."), [this] { IssueSelected(); });
    AddAction(_("Signed PDF…"), "save_signed_pdf", true, {}, [this] { SaveSignedPdf(); });
    AddAction(_("Export…"), "export_decision", true, {}, [this] { ExportSelected(); });
    AddAction(_("Verify all"), "verify_all", true, {}, [this] { VerifyAll(); });
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { VerifySomeMore(); }, m_verifying.GetId());
}

wxString DecisionsPage::CannotCreateReason() const {
    return _("Only officers draft decisions.");
}

void DecisionsPage::CreateRecord() {
    if (!CanCreate()) return;
    DraftDecisionDialog dialog(this, m_session);
    if (dialog.ShowModal() == wxID_OK) ShowRecord(dialog.Drafted());
}

std::vector<TableRow> DecisionsPage::LoadRows() {
    m_verifying.Stop();
    m_unverified.clear();
    m_next_unverified = 0;
    auto service = m_session.Decisions();
    m_verifier = m_session.VerifierForDisplay();
    domain::DecisionFilter filter;
    filter.limit = 5000;
    std::vector<TableRow> rows;
    std::size_t checked = 0;
    for (auto& d : service.List(filter)) {
        const domain::Money total = domain::TotalApproved(d);
        const bool acceptance = d.kind == domain::DecisionKind::TaskAcceptance;
        // A draft costs nothing to check; the newest signed ones are checked now, the rest later.
        const bool now = !d.signature || checked < m_verified_on_load;
        const wxString badge = now ? VerificationBadge(service.Verify(d, *m_verifier)) : _("checking…");
        if (d.signature && now) ++checked;
        rows.push_back(
            {d.id,
             {wxString::Format("%lld", static_cast<long long>(d.id)), U(domain::DecisionReference(d)),
              TableCell::Date(d.issue ? d.issue->issued_on : d.date),
              EnumLabel(domain::DecisionKinds(), d.kind),
              // A task's acceptance covers a task, not applications, and grants nothing.
              acceptance ? TableCell() : TableCell::Number(static_cast<std::int64_t>(d.items.size())),
              acceptance ? TableCell() : TableCell::Amount(total),
              d.issue ? _("issued") : EnumLabel(domain::DecisionStatuses(), d.status), badge}});
        if (!now) m_unverified.push_back(std::move(d));
    }
    if (!m_unverified.empty()) m_verifying.StartOnce(1);
    return rows;
}

void DecisionsPage::VerifySomeMore() {
    // One step at a time: the next is scheduled only after this one, so that an error dialog
    // shown here is not followed by another from a timer firing behind it.
    const std::size_t until = std::min(m_unverified.size(), m_next_unverified + kVerifiedPerStep);
    const bool checked = Attempt(this, [&] {
        auto service = m_session.Decisions();
        for (; m_next_unverified < until; ++m_next_unverified) {
            const auto& d = m_unverified[m_next_unverified];
            SetCell(d.id, kSignatureColumn, VerificationBadge(service.Verify(d, *m_verifier)));
        }
    });
    if (checked && m_next_unverified < m_unverified.size()) {
        m_verifying.StartOnce(1);
        return;
    }
    m_unverified.clear();  // all done, or a failure was shown: F5 starts over
    m_next_unverified = 0;
}

void DecisionsPage::SignSelected() {
    const auto id = SelectedId();
    if (!id) return;
    auto service = m_session.Decisions();
    const auto decision = service.Get(*id);
    service.RequireCanSign(*id, m_session.Actor());  // before anyone types a password or PIN
    // The dialog shows what is signed and the certificate that signs it, and hands over the key
    // it unlocked.
    SignDialog dialog(this, m_session, decision);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto signer = dialog.TakeSigner();
    if (!signer) return;
    const auto verifier = m_session.Verifier();
    wxBusyCursor busy;
    // The decision's PDF, signed with the same key in the same transaction.
    const auto options = app::SigningOptionsOf(m_session.Store());
    const domain::DocumentMaker document = [&](const domain::Decision& signed_decision) {
        return app::ApproverDecisionPdf(m_session.Store(), m_session.Text(), m_session.Clock(),
                                        signed_decision, app::SigningKeyOf(*signer), options);
    };
    const auto outcome = service.Sign(*id, *signer, *verifier, m_session.Actor(), document);
    Reload();
    const auto check = service.Verify(outcome.decision, *verifier);
    // The trail's head, signed with the same key, kept outside an SQLite file (app/audit_checkpoint.h).
    const auto checkpoint = app::CheckpointAfterSigning(m_session.Target(), m_session.Store(), *signer);
    wxMessageBox(VerificationBadge(check) + "\n\n" + Say(checkpoint.message), _("Decision signed"),
                 wxOK | (checkpoint.written ? wxICON_INFORMATION : wxICON_WARNING), this);
}

void DecisionsPage::IssueSelected() {
    const auto id = SelectedId();
    if (!id) return;
    const auto decision = m_session.Decisions().Get(*id);
    domain::IssueService issues(m_session.Store(), m_session.Text(), m_session.Clock());
    const auto verifier = m_session.Verifier();
    const int year = m_session.Clock().Today().Year();
    // Refused before anyone types a PIN: not a clerk, not signed, issued already, no organisation
    // certificate enrolled.
    const std::string suggested =
        issues.RequireCanIssue({*id, {}, m_session.Clock().Today()}, *verifier, m_session.Actor());
    SignDialog dialog(this, m_session, decision, SigningPurpose::Issue,
                      decision.number.empty() ? issues.NextNumber(year) : suggested);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto seal = dialog.TakeSigner();
    if (!seal) return;
    const domain::IssueRequest request{*id, dialog.IssueNumber(), dialog.IssueDate()};
    wxBusyCursor busy;
    const auto options = app::SigningOptionsOf(m_session.Store());
    const auto approver_pdf = issues.Document(*id, domain::DocumentStage::Approver);
    const domain::DocumentMaker document = [&](const domain::Decision& issued_decision) {
        return app::IssuedDecisionPdf(
            m_session.Store(), m_session.Text(), m_session.Clock(), issued_decision,
            approver_pdf ? std::optional<std::vector<std::uint8_t>>(approver_pdf->pdf) : std::nullopt,
            app::SigningKeyOf(*seal), options);
    };
    const auto issued = issues.Issue(request, *seal, *verifier, m_session.Actor(), document);
    Reload();
    wxMessageBox(wxString::Format(_("Decision %s of %s is issued: its signed PDF carries the approver's "
                                    "signature and the department's seal."),
                                  U(issued.issue->number), U(issued.issue->issued_on.Format())),
                 _("Decision issued"), wxOK | wxICON_INFORMATION, this);
}

void DecisionsPage::SaveSignedPdf() {
    const auto id = SelectedId();
    if (!id) return;
    const auto pdf = app::LatestDecisionPdf(m_session.Store(), m_session.Text(), m_session.Clock(), *id);
    if (!pdf) {
        wxMessageBox(_("This decision has no signed PDF: it is made when an approver signs the decision in "
                       "InnoDesk, and sealed when the clerk issues it."),
                     _("Signed PDF"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    const auto decision = m_session.Decisions().Get(*id);
    std::string name = domain::DecisionReference(decision);
    for (char& c : name)
        if (c == '/' || c == '#') c = '-';
    wxFileDialog ask(this, _("Save the signed PDF"), wxEmptyString, U(name + ".pdf"), _("PDF (*.pdf)|*.pdf"),
                     wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK) return;
    app::WriteDecisionPdf(*pdf, std::filesystem::path(S(ask.GetPath())));
}

void DecisionsPage::DiscardSelected() {
    const auto id = SelectedId();
    if (!id) return;
    if (wxMessageBox(_("Discard this draft decision?"), _("Discard draft"), wxYES_NO | wxICON_QUESTION,
                     this) != wxYES)
        return;
    m_session.Decisions().Discard(*id, m_session.Actor());
    Reload();
}

void DecisionsPage::ExportSelected() {
    const auto id = SelectedId();
    if (!id) return;
    // Refused before the officer picks a folder.
    domain::RequireExportable(m_session.Decisions().Get(*id));
    wxDirDialog ask(this, _("Folder for decision.json, decision.p7s, decision.pdf, decision-en.pdf, "
                            "decision.html and decision-en.html"));
    if (ask.ShowModal() != wxID_OK) return;
    app::ExportDecision(m_session.Store(), m_session.Text(), m_session.Clock(), *id,
                        std::filesystem::path(S(ask.GetPath())));
    wxMessageBox(wxString::Format(_("Exported to %s"), ask.GetPath()), _("Export"), wxOK | wxICON_INFORMATION,
                 this);
}

void DecisionsPage::VerifyAll() {
    domain::VerificationTally tally;
    RunInBackground(this, _("Verifying"), _("Verifying every decision's signature…"),
                    [&](domain::ProgressObserver& progress) {
                        // Its own connection: a database session belongs to one thread.
                        tally = m_session.OpenForBackgroundWork()->VerifyAllDecisions(&progress);
                    });
    wxMessageBox(wxString::Format(_("Valid: %zu\nFailed: %zu\nNot digitally signed: %zu"), tally.valid,
                                  tally.failed, tally.unsigned_count),
                 _("Verify all"), wxOK | (tally.failed > 0 ? wxICON_WARNING : wxICON_INFORMATION), this);
    Reload();
}

}  // namespace innodesk::gui
