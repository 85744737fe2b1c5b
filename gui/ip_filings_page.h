// IP filings: the filings of supported enterprises with their current status; a new filing,
// its next status, the commercially-exploited mark, and each filing's history of status changes.
#pragma once

#include "table_page.h"

namespace innodesk::gui {

class IpFilingsPage final : public TablePage {
public:
    IpFilingsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("IP filings"); }
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void UpdateSelected();
    void ToggleExploited();
    void ShowHistory();
};

}  // namespace innodesk::gui
