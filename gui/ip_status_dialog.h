// The dialog that records the next status of an IP filing.
#pragma once

#include "form_dialog.h"

#include "domain/ip_filing.h"

#include <vector>

namespace innodesk::gui {

// The next step the office took: only the statuses the lifecycle allows from the current one.
class IpStatusDialog final : public FormDialog {
public:
    IpStatusDialog(wxWindow* parent, app::Workspace& session, const domain::IpFiling& filing);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::IpFiling m_filing;
    std::vector<domain::IpStatus> m_next;
    wxChoice* m_to;
    DateInput m_on;
    wxTextCtrl* m_number;
    wxTextCtrl* m_note;
};

}  // namespace innodesk::gui
