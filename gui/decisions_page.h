// Decisions: every decision with its verification badge (valid, or invalid/indeterminate with
// the reason), drafting a decision over recommended applications, signing with a PKCS#12 file or a
// token, exporting the signed payload, its signature and a readable page, and verifying them all.
// A province's archive holds thousands of signed decisions and each check takes a millisecond
// or more: the newest are checked as the list loads, the rest a few at a time between events, so
// the window opens at once and stays responsive while their badges fill in.
#pragma once

#include "table_page.h"

#include "domain/decision.h"
#include "domain/signature_ports.h"

#include <wx/timer.h>

#include <memory>
#include <vector>

namespace innodesk::gui {

class DecisionsPage final : public TablePage {
public:
    DecisionsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Decisions"); }
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;

    // How many signed decisions are checked as the list loads (the newest); the rest follow
    // between events. For the tests, whose archives are small.
    void CheckOnLoad(std::size_t count) { m_verified_on_load = count; }
    bool StillChecking() const { return m_verifying.IsRunning(); }

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void SignSelected();
    // The records clerk numbers, dates and seals a signed decision with the department's certificate.
    void IssueSelected();
    // Saves the decision's signed PDF (as issued, else as the approver signed it) where the user says.
    void SaveSignedPdf();
    void DiscardSelected();
    void ExportSelected();
    void VerifyAll();
    void VerifySomeMore();  // the next few of m_unverified, then again until none is left

    static constexpr std::size_t kVerifiedPerStep = 20;
    std::size_t m_verified_on_load = 100;
    std::unique_ptr<domain::SignatureVerifier> m_verifier;
    std::vector<domain::Decision> m_unverified;  // listed with "checking…", newest first
    std::size_t m_next_unverified = 0;
    wxTimer m_verifying;
};

}  // namespace innodesk::gui
