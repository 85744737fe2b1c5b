// Decisions: every decision with its verification badge (valid, or invalid/indeterminate with
// the reason), drafting a decision over recommended applications, signing with a PKCS#12 file or a
// token, exporting the signed payload, its signature and a readable page, and verifying them all.
#pragma once

#include "table_page.h"

namespace innodesk::gui {

class DecisionsPage final : public TablePage {
public:
    DecisionsPage(wxWindow* parent, Session& session);
    wxString Title() const override { return _("Decisions"); }
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void SignSelected();
    void DiscardSelected();
    void ExportSelected();
    void VerifyAll();
};

}  // namespace innodesk::gui
