// The dialog that issues an innovation voucher to a registered enterprise.
#pragma once

#include "form_dialog.h"

#include "domain/programme.h"
#include "domain/voucher.h"

#include <vector>

namespace innodesk::gui {

// Issuing: to a registered enterprise, for a support content of a programme year, at a face
// value with the state's share; the service checks the caps, the budget and the bars.
class IssueVoucherDialog final : public FormDialog {
public:
    IssueVoucherDialog(wxWindow* parent, app::Workspace& session);
    domain::VoucherId Issued() const { return m_issued; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    std::vector<domain::Programme> m_programmes;
    EnterpriseField m_enterprise;
    wxChoice* m_programme;
    wxChoice* m_content;
    WholeNumberInput m_year;
    wxTextCtrl* m_face;
    wxTextCtrl* m_share;
    DateInput m_issued_on;
    DateInput m_valid_until;
    domain::VoucherId m_issued = 0;
};

}  // namespace innodesk::gui
