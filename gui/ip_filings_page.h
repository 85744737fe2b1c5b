// IP filings: the filings of supported enterprises with their current status, and each
// filing's history of status changes.
#pragma once

#include "table_page.h"

namespace innodesk::gui {

class IpFilingsPage final : public TablePage {
public:
    IpFilingsPage(wxWindow* parent, Session& session);
    wxString Title() const override { return _("IP filings"); }

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void ShowHistory();
};

}  // namespace innodesk::gui
