// The dialog that records a new IP filing of a supported enterprise.
#pragma once

#include "form_dialog.h"

#include "domain/ip_filing.h"
#include "domain/programme.h"

#include <vector>

namespace innodesk::gui {

// A new filing of a supported enterprise, in status 'filed' on its filing date.
class NewFilingDialog final : public FormDialog {
public:
    NewFilingDialog(wxWindow* parent, app::Workspace& session);
    domain::IpFilingId Added() const { return m_added; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    std::vector<domain::Programme> m_programmes;
    EnterpriseField m_enterprise;
    wxChoice* m_type;
    wxChoice* m_route;
    wxTextCtrl* m_country;
    wxTextCtrl* m_title;
    wxTextCtrl* m_number;
    DateInput m_filed;
    wxTextCtrl* m_amount;
    wxChoice* m_programme;
    domain::IpFilingId m_added = 0;
};

}  // namespace innodesk::gui
