// Settings: the window's language, the database it opens and the PKCS#11 module of its signing
// tokens (this workstation: the module is shown, it is set in the workstation's files, never in the
// database), the roots pinned on this workstation (the only trusted ones), and for administrators the
// database's trust store (intermediate CAs and CRLs, roots only as a help) and the department's time
// zone and timestamping authority (kept in the database), with the changes to trust and signers awaiting a
// second administrator's confirmation.
#pragma once

#include "page.h"
#include "pinned_roots_box.h"

#include "domain/admin_repositories.h"

#include "domain/four_eyes_service.h"
#include "domain/trust_service.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <memory>

namespace innodesk::gui {

class SettingsPage final : public Page {
public:
    SettingsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Settings"); }
    void Reload() override;

private:
    // After rows or texts change height: the body's scroll range follows its contents.
    void Relayout();
    void AddTrustFile();
    void RemoveTrustItem();
    // Proposes a change to trust or signers; says in the status bar whether it was applied or
    // awaits a second administrator.
    void Propose(const domain::ProposedChange& change);
    void ConfirmProposal();
    void RejectProposal();
    std::int64_t SelectedProposal() const;  // 0 when none
    domain::FourEyesService FourEyes();
    void ShowModule();
    // Checks the name against the zone database, stores it and sets this window's clock to it.
    void SaveTimeZone();
    // The department's TSA: proposed like the other signing settings (a second administrator confirms).
    void ProposeTsaUrl();
    void ChooseTsaCa();
    void ShowTsa(domain::TrustService& trust);
    void TestDatabase();
    void SaveDatabase();
    // "Intermediate CA", "Revocation list", or a root the database keeps only as a help.
    static wxString DatabaseItemRole(const domain::TrustItem& item);

    wxScrolledWindow* m_body;  // parent of every box, scrolled when the page is taller than the window
    wxChoice* m_language;
    wxTextCtrl* m_database;
    wxStaticText* m_module;
    wxTextCtrl* m_time_zone;
    wxTextCtrl* m_tsa_url;
    wxStaticText* m_tsa_ca;
    wxDataViewListCtrl* m_trust;
    std::vector<std::int64_t> m_trust_ids;
    std::unique_ptr<PinnedRootsBox> m_pinned_roots;
    wxStaticText* m_four_eyes;  // one-person rule or four eyes, in words
    wxDataViewListCtrl* m_proposals;
    std::vector<std::int64_t> m_proposal_ids;
};

}  // namespace innodesk::gui
